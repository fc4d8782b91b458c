package org.lkmm.cat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.lkmm.ast.cat.CatModel;
import org.lkmm.ast.cat.Ins.TestType;
import org.lkmm.diag.InputError;
import org.lkmm.model.Execution;
import org.lkmm.model.Structure;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * A memory model read from its files (linux-kernel.cfg, or a .cat with its bell), judging
 * candidate executions as herd7 7.58 would: herd's stdlib.cat runs first, then the bell, then
 * the model. What turns only on a structure is computed once per structure and shared by its
 * rf/co candidates; facts() says which definitions are static and which grow with rf and co.
 * Thread-safe.
 */
public final class Interpreter {
    /** How the interpreter runs: guardedOrders lists only the execution's co in linearisations. */
    public record Options(boolean guardedOrders) {
        public static final Options DEFAULT = new Options(true);
    }

    private final Program program;
    private final Eval eval;
    private final Runner runner;
    private final ModelFacts facts;
    private final Map<Structure, Statics> statics = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<java.nio.file.Path> files;

    private Interpreter(Program program, Bindings bindings, List<java.nio.file.Path> files) {
        this.program = program;
        this.files = files;
        this.eval = new Eval(program, bindings);
        this.runner = new Runner(eval);
        this.facts = new ModelFacts(program);
    }

    public static Interpreter load(ModelSource source) throws InputError {
        return load(source, Options.DEFAULT);
    }

    public static Interpreter load(ModelSource source, Options options) throws InputError {
        Loader loader = new Loader(source.library());
        Set<String> bellTags = source.bell().isPresent() ? BellTags.of(loader.parse(source.bell().get())) : Set.of();
        Bindings bindings = new Bindings(bellTags);
        Compiler c = new Compiler(loader, source.variants());
        for (String name : bindings.staticNames()) {
            c.input(name, 0);
        }
        c.input("rf", Inputs.RF);
        c.input("FW", Inputs.FW);
        Primitives.latentInputs().forEach((name, latent) -> c.constant(name, new Value.Primitive(name), latent, latent, latent));
        c.run(loader.include("stdlib.cat", new org.lkmm.ast.SourcePos(source.model().toString(), 1, 1)));
        if (source.bell().isPresent()) {
            c.run(loader.parse(source.bell().get()));
        }
        CatModel model = loader.parse(source.model());
        c.run(model);
        Map<String, Value> enums = new java.util.HashMap<>();
        for (Slot s : c.slots) {
            if (s.constant instanceof Value.ValSet v && s.name.equals(v.tagType())) {
                enums.put(s.name, v);
            }
        }
        Program p = new Program(c.slots, c.steps, c.inputs, c.analysis.cacheSize, c.analysis.memoSize, c.analysis.runSize, enums, bellTags, c.names(),
                options.guardedOrders());
        return new Interpreter(p, bindings, loader.files());
    }

    /** The files the model was read from: the .cat files it includes, herd's stdlib.cat, the bell. */
    public List<java.nio.file.Path> files() {
        return files;
    }

    /** The verdict and flags on one execution, for a test that observes no location's final value. */
    public CatVerdict judge(Execution x) {
        return judge(x, Set.of(), true);
    }

    /**
     * The verdict on one execution. observed: the locations whose final value the test looks
     * at (herd's FW covers those only: lock.cat's lock-final flag, stdlib's co0).
     */
    public CatVerdict judge(Execution x, Set<Integer> observed, boolean wantFlags) {
        return judge(x, observed, wantFlags, null);
    }

    /** One structure's share, made on first use. */
    private Statics statics(Structure structure) {
        return statics.computeIfAbsent(structure, s -> new Statics(program, s));
    }

    /**
     * Beyond this many choices of final writes, coOrders leaves co to the enumerator: each
     * costs a run of the model, more than judging the co orders it would save.
     */
    private static final int MAX_FINAL_CHOICES = 4;

    /**
     * The co orders the model itself generates for this rf (herd's with co from
     * generate_cos(...), which lists every co herd builds): for each choice of final writes of
     * the observed locations (one, when the model did not look at FW), the orders each location
     * may take (a map from location to orders, first to last); locations it does not name are free. Every execution with this rf
     * whose co is not among them fails the model: its with-from finds no member. None at all:
     * every co fails. Empty when the model needs co to tell (coSpace: every pair the
     * enumerator's co may hold).
     */
    public Optional<List<Map<Integer, List<int[]>>>> coOrders(Structure structure, List<Event> events, Relation rf,
                                                              Set<Integer> observed, Relation coSpace) {
        Statics st = statics(structure);
        Ctx noFinals = Ctx.withoutCo(st, rf, events, EventSet.empty(events.size()), coSpace);
        Runner.CoRun once = runner.runWithoutCo(noFinals);
        if (once.kind() == Runner.CoRun.Kind.UNKNOWN) {
            return Optional.empty();
        } else if ((noFinals.reads & Inputs.FW) == 0) { // what FW is did not matter
            return Optional.of(once.kind() == Runner.CoRun.Kind.NONE ? List.of() : List.of(once.orders()));
        }
        List<EventSet> finals = finalWriteChoices(events, observed);
        if (finals == null) {
            return Optional.empty();
        }
        List<Map<Integer, List<int[]>>> out = new ArrayList<>();
        for (EventSet fw : finals) {
            Runner.CoRun r = runner.runWithoutCo(Ctx.withoutCo(st, rf, events, fw, coSpace));
            if (r.kind() == Runner.CoRun.Kind.UNKNOWN) {
                return Optional.empty();
            } else if (r.kind() == Runner.CoRun.Kind.NONE) {
                continue;
            }
            Map<Integer, List<int[]>> orders = new java.util.LinkedHashMap<>(r.orders());
            boolean some = true;
            for (int w : fw.members()) {
                int loc = events.get(w).location();
                List<int[]> of = orders.get(loc);
                if (of == null) {
                    return Optional.empty(); // FW is co's choice at a location the model leaves free
                }
                List<int[]> ending = of.stream().filter(o -> lastStore(o, events) == w).toList();
                orders.put(loc, ending);
                some &= !ending.isEmpty();
            }
            if (some) {
                out.add(orders);
            }
        }
        return Optional.of(out);
    }

    /** Every FW a co could make: per observed location, one of its stores (its initial write first). */
    private static List<EventSet> finalWriteChoices(List<Event> events, Set<Integer> observed) {
        int n = events.size();
        List<EventSet> out = new ArrayList<>(List.of(EventSet.empty(n)));
        for (int loc : new java.util.TreeSet<>(observed)) {
            List<EventSet> next = new ArrayList<>();
            for (EventSet partial : out) {
                for (int w = 0; w < n; w++) {
                    if (isStore(events.get(w)) && events.get(w).location() == loc) {
                        int last = w;
                        next.add(partial.union(EventSet.of(n, e -> e == last)));
                    }
                }
            }
            if (next.size() > MAX_FINAL_CHOICES) {
                return null;
            }
            out = next.isEmpty() ? out : next;
        }
        return out;
    }

    /** The last store of an order (FW of its location when it is co), or -1. */
    private static int lastStore(int[] order, List<Event> events) {
        for (int i = order.length - 1; i >= 0; i--) {
            if (isStore(events.get(order[i]))) {
                return order[i];
            }
        }
        return -1;
    }

    /**
     * The top-level checks every execution passes whose rf and co are contained in over's
     * (same structure, same events): those over passes whose failure, on this structure, only
     * grows with rf and the with-from choices and turns on nothing else that differs between
     * such executions (not FW, not the events' values, not the choices as such). Over's with-from variables are its
     * whole rf | co, which holds whatever member any of them takes. Empty when there are none.
     * judge(x, observed, wantFlags, skip) leaves them out: its verdict is the same.
     */
    public Optional<boolean[]> passedByAll(Execution over) {
        Statics st = statics(over.structure());
        boolean[] monotone = monotoneChecks(st);
        boolean any = false;
        for (boolean m : monotone) {
            any |= m;
        }
        if (!any) {
            return Optional.empty();
        }
        Ctx c = Ctx.ofExecution(st, over.rf(), over.co(), over.events(), EventSet.empty(over.size()));
        boolean[] passed = runner.runOver(c, monotone);
        for (boolean p : passed) {
            if (p) {
                return Optional.of(passed);
            }
        }
        return Optional.empty();
    }

    /** The verdict on one execution, leaving out the checks of skip (passedByAll; null: none). */
    public CatVerdict judge(Execution x, Set<Integer> observed, boolean wantFlags, boolean[] skip) {
        Ctx c = Ctx.ofExecution(statics(x.structure()), x.rf(), x.co(), x.events(), finalWrites(x, observed));
        return runner.run(c, wantFlags, skip);
    }

    private boolean[] monotoneChecks(Statics st) {
        boolean[] known = st.monotoneChecks;
        if (known != null) {
            return known;
        }
        Analysis onStructure = structureAnalysis(st);
        onStructure.refineSlots();
        boolean[] out = new boolean[program.steps.size()];
        for (int i = 0; i < out.length; i++) {
            if (program.steps.get(i) instanceof Step.Check check && check.type() == TestType.CHECK) {
                Analysis.Facts f = onStructure.of(check.exp());
                int onlyGrows = f.grows() & ~f.shrinks();
                int onlyShrinks = f.shrinks() & ~f.grows();
                out[i] = (f.deps() & (Inputs.FW | Inputs.CHOICES | Inputs.VALUES)) == 0
                        && (f.deps() & ~(check.negated() ? onlyShrinks : onlyGrows)) == 0;
            }
        }
        st.monotoneChecks = out;
        return out;
    }

    private Analysis structureAnalysis(Statics st) {
        return new Analysis(program.slots, n -> {
            try {
                return Combine.isEmpty(eval.eval(n, Locals.NONE, st.ctx));
            } catch (CatError e) {
                return null;
            }
        });
    }

    /** FW: per observed location, the memory write (initial or not) last in co among them. */
    private static EventSet finalWrites(Execution x, Set<Integer> observed) {
        int n = x.size();
        if (observed.isEmpty()) {
            return EventSet.empty(n);
        }
        List<Event> ev = x.events();
        Relation co = x.co();
        EventSet.Builder out = EventSet.builder(n);
        for (int w = 0; w < n; w++) {
            Event e = ev.get(w);
            if (!isStore(e) || !observed.contains(e.location())) {
                continue;
            }
            boolean last = true;
            for (int v = 0; v < n && last; v++) {
                last = !(co.contains(w, v) && isStore(ev.get(v)) && ev.get(v).location() == e.location());
            }
            if (last) {
                out.add(w);
            }
        }
        return out.build();
    }

    private static boolean isStore(Event e) {
        return e.kind() == Kind.WRITE || e.kind() == Kind.INIT;
    }

    /** What the model's definitions depend on (the analysis behind an enumerator's shortcuts). */
    public ModelFacts facts() {
        return facts;
    }

    /**
     * The same on one structure, where the static parts are known: what is empty there (lock
     * events, grace periods, plain accesses absent) takes its dynamic neighbours with it.
     */
    public ModelFacts facts(Structure structure) {
        Statics st = statics(structure);
        return new ModelFacts(program, structureAnalysis(st));
    }

    Program program() {
        return program;
    }
}
