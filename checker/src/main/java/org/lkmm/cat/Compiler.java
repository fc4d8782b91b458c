package org.lkmm.cat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.cat.Binding;
import org.lkmm.ast.cat.CatModel;
import org.lkmm.ast.cat.Ins;
import org.lkmm.ast.cat.Pat;
import org.lkmm.diag.InputError;

/**
 * Turns the instructions of stdlib.cat, the bell and the model, in the order herd runs them,
 * into slots and steps: includes are followed and variant tests decided here (the variants are
 * known), names are resolved (Expressions), and each definition is analysed as it is made.
 */
final class Compiler {
    final List<Slot> slots = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final Inputs inputs = new Inputs();
    final Analysis analysis;
    final Map<String, Integer> globals = new HashMap<>();
    final Map<String, String> tags = new HashMap<>();
    final Set<String> variants;
    private final Loader loader;
    private final Expressions expressions;
    private final Set<String> including = new HashSet<>();
    /** The fingerprint of each global name's current definition (for Intrinsics). */
    private final Map<String, String> fingerprints = new HashMap<>();

    Compiler(Loader loader, Set<String> variants) {
        this.loader = loader;
        this.variants = variants;
        this.analysis = new Analysis(slots);
        this.expressions = new Expressions(this);
    }

    Slot newSlot(String name, Slot.Kind kind, SourcePos pos) {
        Slot s = new Slot(slots.size(), name, kind, pos);
        slots.add(s);
        return s;
    }

    /** An input of the execution (po, R, rf ...): deps says which execution input it is. */
    void input(String name, int deps) {
        Slot s = newSlot(name, Slot.Kind.INPUT, null);
        s.deps = deps;
        s.grows = deps;
        globals.put(name, s.index);
    }

    void constant(String name, Value v, int deps, int pos, int neg) {
        Slot s = newSlot(name, Slot.Kind.CONSTANT, null);
        s.constant = v;
        s.deps = deps;
        s.grows = pos;
        s.shrinks = neg;
        globals.put(name, s.index);
    }

    void run(CatModel model) throws InputError {
        top(model.instructions());
    }

    private void top(List<Ins> list) throws InputError {
        for (Ins i : list) {
            top(i);
        }
    }

    private void top(Ins i) throws InputError {
        if (i instanceof Ins.Include inc) {
            if (!including.add(inc.file())) {
                throw new InputError(inc.pos(), "file " + inc.file() + " includes itself");
            }
            top(loader.include(inc.file(), inc.pos()).instructions());
            including.remove(inc.file());
        } else if (i instanceof Ins.IfVariant v) {
            top(Variants.holds(v.test(), variants) ? v.then() : v.otherwise());
        } else if (i instanceof Ins.Let let) {
            let(let.bindings());
        } else if (i instanceof Ins.LetRec rec) {
            letRec(rec);
        } else if (i instanceof Ins.WithFrom w) {
            Node set = expressions.compile(w.set(), Set.of());
            analysis.annotate(set);
            Slot s = newSlot(w.var(), Slot.Kind.WITH, w.pos());
            int bit = inputs.addWith(w.var(), s.index);
            if (set.deps != 0 || !set.closed) {
                inputs.volatileMask |= bit; // cos-opt.cat's co: a new member each execution
            }
            s.deps = bit;
            s.grows = bit;
            globals.put(w.var(), s.index);
            fingerprints.remove(w.var());
            steps.add(new Step.With(w.pos(), s.index, w.var(), set));
        } else if (i instanceof Ins.Enum e) {
            Set<Value> all = new LinkedHashSet<>();
            for (String t : e.tags()) {
                tags.put(t, e.name());
                all.add(new Value.Tag(e.name(), t));
            }
            Slot s = newSlot(e.name(), Slot.Kind.CONSTANT, e.pos());
            s.constant = Value.ValSet.of(e.name(), all);
            globals.put(e.name(), s.index);
            fingerprints.remove(e.name());
        } else if (i instanceof Ins.Procedure p) {
            procedure(p);
        } else {
            Optional<Step> step = new Blocks(this, expressions).step(i, new HashSet<>());
            if (step.isPresent()) {
                analysis.annotateStep(step.get());
                steps.add(step.get());
            }
        }
    }

    /** let a = e1 and b = e2: every right-hand side sees the names as they were before. */
    private void let(List<Binding> bindings) {
        List<Slot> made = new ArrayList<>();
        Map<String, String> prints = new HashMap<>();
        for (Binding b : bindings) {
            Node value = expressions.compile(b.exp(), Set.of());
            analysis.annotate(value);
            made.addAll(bind(b.pat(), value, b.pos()));
            if (!b.pat().tuple() && b.pat().names().get(0).isPresent()) {
                String name = b.pat().names().get(0).get();
                String print = Fingerprint.of(b.exp(), this::isPrimitive);
                prints.put(name, print);
                if (value instanceof Node.Fun fun) {
                    fun.intrinsic = Intrinsics.recognise(name, print, fingerprints);
                }
            }
        }
        for (Slot s : made) {
            globals.put(s.name, s.index);
            fingerprints.remove(s.name);
        }
        fingerprints.putAll(prints);
    }

    private List<Slot> bind(Pat pat, Node value, SourcePos pos) {
        if (!pat.tuple()) {
            Slot s = newSlot(pat.names().get(0).orElse("_"), Slot.Kind.LET, pos);
            s.node = value;
            analysis.define(s);
            return pat.names().get(0).isPresent() ? List.of(s) : List.of();
        }
        Slot whole = newSlot("(tuple)", Slot.Kind.LET, pos);
        whole.node = value;
        analysis.define(whole);
        List<Slot> out = new ArrayList<>();
        for (int k = 0; k < pat.names().size(); k++) {
            Optional<String> name = pat.names().get(k);
            if (name.isPresent()) {
                Slot s = newSlot(name.get(), Slot.Kind.COMPONENT, pos);
                s.whole = whole.index;
                s.component = k;
                analysis.define(s);
                out.add(s);
            }
        }
        return out;
    }

    /**
     * let rec: the names are visible in every right-hand side. Functions alone are mutually
     * recursive closures; with values, herd computes a fixed point (env_rec_vals), from empty.
     */
    private void letRec(Ins.LetRec rec) throws InputError {
        if (rec.when().isPresent()) {
            throw new InputError(rec.pos(), "let rec ... when is not supported yet");
        }
        List<Slot> group = new ArrayList<>();
        for (Binding b : rec.bindings()) {
            if (b.pat().tuple() || b.pat().names().get(0).isEmpty()) {
                throw new InputError(b.pos(), "let rec binds names, not tuples or _");
            }
            Slot s = newSlot(b.pat().names().get(0).get(), Slot.Kind.REC, b.pos());
            group.add(s);
        }
        for (Slot s : group) {
            globals.put(s.name, s.index);
            fingerprints.remove(s.name);
        }
        for (int k = 0; k < group.size(); k++) {
            group.get(k).node = expressions.compile(rec.bindings().get(k).exp(), Set.of());
            group.get(k).group = group;
        }
        analysis.defineGroup(group);
    }

    private void procedure(Ins.Procedure p) throws InputError {
        Slot s = newSlot(p.name(), Slot.Kind.CONSTANT, p.pos());
        if (p.recursive()) {
            globals.put(p.name(), s.index);
        }
        Set<String> scope = new HashSet<>();
        p.params().names().forEach(n -> n.ifPresent(scope::add));
        List<Step> body = new Blocks(this, expressions).steps(p.body(), scope);
        body.forEach(analysis::annotateStep);
        s.constant = new Value.Procedure(p.name(), p.params(), body);
        s.deps = Analysis.stepsDeps(body);
        s.grows = s.deps;
        s.shrinks = s.deps;
        globals.put(p.name(), s.index);
        fingerprints.remove(p.name());
    }

    private boolean isPrimitive(String name) {
        Integer slot = globals.get(name);
        return slot != null && slots.get(slot).constant instanceof Value.Primitive;
    }

    Map<String, Integer> names() {
        return new LinkedHashMap<>(globals);
    }
}
