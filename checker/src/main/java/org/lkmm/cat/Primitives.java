package org.lkmm.cat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * herd's built-in functions (interpreter.ml, add_primitives) that C models use: domain, range,
 * different-values, linearisations, classes-loc, classes, tag2events, fromto, fail,
 * as_transitive and inter_transitive. Others (scopes, class relations, page tables) fail with a
 * named error. Inside an execution, linearisations lists only the order the execution has
 * chosen (when it is one): cross.cat builds co as a union of per-location orders, so no other
 * order can be part of the member a with-from then picks.
 */
final class Primitives {
    interface Fn {
        Value apply(Value arg, Ctx c, SourcePos pos);
    }

    /** Primitives whose result grows with their argument. */
    static final Set<String> MONOTONE = Set.of("domain", "range", "different-values", "as_transitive",
            "fromto", "inter_transitive");

    static final List<String> UNSUPPORTED = List.of("at-least-one-writable", "oa-changes", "same-oa", "lift",
            "delift", "deliftinter", "bisimulation", "tag2scope", "tag2level", "tag2fenced", "loc2events");

    private final Eval eval;
    private final Map<String, Fn> fns = new HashMap<>();

    Primitives(Eval eval) {
        this.eval = eval;
        for (String name : latentInputs().keySet()) {
            fns.put(name, of(name));
        }
    }

    Fn fn(String name) {
        return fns.get(name);
    }

    /** Each primitive with the inputs its result turns on beyond its argument. */
    static Map<String, Integer> latentInputs() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String name : List.of("domain", "range", "classes-loc", "classes", "tag2events", "fromto", "fail",
                "as_transitive", "inter_transitive")) {
            out.put(name, 0);
        }
        out.put("different-values", Inputs.VALUES);
        out.put("linearisations", Inputs.CHOICES);
        UNSUPPORTED.forEach(name -> out.put(name, 0));
        return out;
    }

    private Fn of(String name) {
        return switch (name) {
            case "domain" -> (v, c, pos) -> domainOrRange(v, c, pos, true);
            case "range" -> (v, c, pos) -> domainOrRange(v, c, pos, false);
            case "different-values" -> this::differentValues;
            case "linearisations" -> (v, c, pos) -> new Orders(eval.program.guardedOrders).linearisations(v, c, pos);
            case "classes-loc" -> this::byLocation;
            case "classes" -> this::classes;
            case "tag2events" -> this::tagToEvents;
            case "fromto" -> this::fromTo;
            case "fail" -> (v, c, pos) -> {
                throw new CatError(pos, "primitive fail: fail on " + Value.typeName(v));
            };
            case "as_transitive" -> (v, c, pos) -> v;
            case "inter_transitive" -> this::interTransitive;
            default -> (v, c, pos) -> {
                throw new CatError(pos, "primitive " + name + " is not supported");
            };
        };
    }

    private static CatError mismatch(SourcePos pos, String name) {
        return new CatError(pos, "primitive " + name + ": argument mismatch");
    }

    private static Value domainOrRange(Value v, Ctx c, SourcePos pos, boolean domain) {
        if (v instanceof Value.Empty || v instanceof Value.Universe) {
            return v;
        } else if (v instanceof Value.Rel r) {
            return new Value.Events(domain ? r.rel().domain() : r.rel().range());
        }
        throw mismatch(pos, domain ? "domain" : "range");
    }

    /** herd's same_value: memory accesses and srcu_read_(un)lock have a value; others differ from all. */
    private Value differentValues(Value v, Ctx c, SourcePos pos) {
        if (!(v instanceof Value.Rel r)) {
            throw mismatch(pos, "different-values");
        }
        c.reads |= Inputs.VALUES;
        List<Event> events = c.events;
        Relation.Builder out = Relation.builder(c.st.n);
        r.rel().forEach((a, b) -> {
            if (!(hasValue(events.get(a)) && hasValue(events.get(b)) && events.get(a).value() == events.get(b).value())) {
                out.add(a, b);
            }
        });
        return new Value.Rel(out.build());
    }

    private static boolean hasValue(Event e) {
        Kind k = e.kind();
        return k == Kind.READ || k == Kind.WRITE || k == Kind.INIT || k == Kind.SRCU_LOCK || k == Kind.SRCU_UNLOCK;
    }

    /** classes-loc (herd's partition): the events of a set, grouped by location. */
    private Value byLocation(Value v, Ctx c, SourcePos pos) {
        if (!(v instanceof Value.Events s)) {
            throw mismatch(pos, "classes-loc");
        }
        Map<Integer, EventSet.Builder> groups = new LinkedHashMap<>();
        for (int e : s.set().members()) {
            int loc = c.st.events().get(e).location();
            if (loc >= 0) {
                groups.computeIfAbsent(loc, k -> EventSet.builder(c.st.n)).add(e);
            }
        }
        Set<Value> out = new LinkedHashSet<>();
        groups.values().forEach(b -> out.add(new Value.Events(b.build())));
        return new Value.ValSet(null, out);
    }

    private Value classes(Value v, Ctx c, SourcePos pos) {
        if (!(v instanceof Value.Rel r)) {
            throw mismatch(pos, "classes");
        }
        Map<Integer, EventSet> rows = new HashMap<>();
        r.rel().forEach((a, b) -> rows.merge(a, EventSet.of(c.st.n, i -> i == b), EventSet::union));
        return new Value.ValSet(null, new LinkedHashSet<>(rows.values().stream().map(Value.Events::new).toList()));
    }

    /** tag2events('once) is the bell's set Once, as herd gave it to the model. */
    private Value tagToEvents(Value v, Ctx c, SourcePos pos) {
        if (!(v instanceof Value.Tag t)) {
            throw mismatch(pos, "tag2events");
        }
        String set = BellTags.setName(t.name());
        Integer slot = eval.program.globals.get(set);
        if (slot == null || eval.program.slots.get(slot).kind != Slot.Kind.INPUT) {
            throw new CatError(pos, "primitive tag2events: cannot find event set " + set);
        }
        return eval.slot(slot, c, pos);
    }

    /** fromto(F): for each fence, every event po-before it to every event po-after it. */
    private Value fromTo(Value v, Ctx c, SourcePos pos) {
        EventSet fences = c.st.ops.asEvents(v, pos);
        Relation po = c.st.structure.po();
        Relation inverse = po.inverse();
        Relation.Builder out = Relation.builder(c.st.n);
        List<Integer> members = new ArrayList<>();
        for (int f : fences.members()) {
            if (c.st.events().get(f).kind() == Kind.FENCE) {
                members.add(f);
            }
        }
        for (int f : members) {
            for (int a = 0; a < c.st.n; a++) {
                if (inverse.contains(f, a)) {
                    for (int b = 0; b < c.st.n; b++) {
                        if (po.contains(f, b)) {
                            out.add(a, b);
                        }
                    }
                }
            }
        }
        return new Value.Rel(out.build());
    }

    private Value interTransitive(Value v, Ctx c, SourcePos pos) {
        List<Value> parts = Eval.components(v);
        if (parts.size() != 2 || !(parts.get(0) instanceof Value.Rel r) || !(parts.get(1) instanceof Value.Rel s)) {
            throw mismatch(pos, "inter_transitive");
        }
        return new Value.Rel(s.rel().intersect(r.rel().plus()));
    }
}
