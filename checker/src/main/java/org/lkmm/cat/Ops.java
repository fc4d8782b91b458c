package org.lkmm.cat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * The operators on values, case by case as herd's interpreter.ml evaluates them (the
 * polymorphic empty and universe, event sets, relations, sets of values), with its error
 * messages. Sequence and the special forms of & are in Combine: they look at the syntax.
 */
final class Ops {
    private final Statics st;

    Ops(Statics st) {
        this.st = st;
    }

    static CatError error(SourcePos pos, String message) {
        return new CatError(pos, message);
    }

    Relation asRel(Value v, SourcePos pos) {
        if (v instanceof Value.Rel r) {
            return r.rel();
        } else if (v instanceof Value.Pair p) {
            return Relation.builder(st.n).add(p.from(), p.to()).build();
        } else if (v instanceof Value.Empty) {
            return st.emptyRel();
        } else if (v instanceof Value.Universe) {
            return st.universeRel();
        }
        throw error(pos, "type rel expected, " + Value.typeName(v) + " found");
    }

    EventSet asEvents(Value v, SourcePos pos) {
        if (v instanceof Value.Events e) {
            return e.set();
        } else if (v instanceof Value.Event e) {
            return EventSet.of(st.n, i -> i == e.event());
        } else if (v instanceof Value.Empty) {
            return EventSet.empty(st.n);
        } else if (v instanceof Value.Universe) {
            return st.all();
        }
        throw error(pos, "type events expected, " + Value.typeName(v) + " found");
    }

    /** herd's tag2set: a tag used as a set is the singleton of it. */
    static Value tagToSet(Value v) {
        return v instanceof Value.Tag t ? new Value.ValSet(t.type(), Set.of(t)) : v;
    }

    Value union(List<Value> values, List<SourcePos> positions) {
        Value first = null;
        Relation rel = null;
        EventSet set = null;
        Set<Value> vals = null;
        String tagType = null;
        for (int k = 0; k < values.size(); k++) {
            Value v = tagToSet(values.get(k));
            if (v instanceof Value.Empty) {
                continue;
            }
            if (v instanceof Value.Universe) {
                return Value.UNIVERSE;
            }
            if (first != null && !sameKind(first, v)) {
                throw error(positions.get(k), "type " + Value.typeName(first) + " expected, " + Value.typeName(v) + " found");
            }
            first = first == null ? v : first;
            if (v instanceof Value.Rel r) {
                rel = rel == null ? r.rel() : rel.union(r.rel());
            } else if (v instanceof Value.Events e) {
                set = set == null ? e.set() : set.union(e.set());
            } else if (v instanceof Value.ValSet s) {
                vals = vals == null ? new LinkedHashSet<>() : vals;
                vals.addAll(s.elements());
                tagType = tagType == null ? s.tagType() : tagType;
            } else {
                throw error(positions.get(k), "cannot perform union on type '" + Value.typeName(v) + "'");
            }
        }
        if (first == null) {
            return Value.EMPTY;
        }
        return rel != null ? new Value.Rel(rel) : set != null ? new Value.Events(set) : new Value.ValSet(tagType, vals);
    }

    private static boolean sameKind(Value a, Value b) {
        return a.getClass() == b.getClass();
    }

    Value inter(Value a, Value b, SourcePos pos) {
        a = tagToSet(a);
        b = tagToSet(b);
        if (a instanceof Value.Rel x && b instanceof Value.Rel y) {
            return new Value.Rel(x.rel().intersect(y.rel()));
        } else if (a instanceof Value.Events x && b instanceof Value.Events y) {
            return new Value.Events(x.set().intersect(y.set()));
        } else if (a instanceof Value.ValSet x && b instanceof Value.ValSet y) {
            Set<Value> out = new LinkedHashSet<>(x.elements());
            out.retainAll(y.elements());
            return new Value.ValSet(x.tagType(), out);
        } else if (a instanceof Value.Universe) {
            return b;
        } else if (b instanceof Value.Universe) {
            return a;
        } else if (a instanceof Value.Empty || b instanceof Value.Empty) {
            return Value.EMPTY;
        }
        throw error(pos, "intersection on " + Value.typeName(a) + " and " + Value.typeName(b));
    }

    Value diff(Value a, Value b, SourcePos pos) {
        a = tagToSet(a);
        b = tagToSet(b);
        if (a instanceof Value.Rel x && b instanceof Value.Rel y) {
            return new Value.Rel(x.rel().minus(y.rel()));
        } else if (a instanceof Value.Events x && b instanceof Value.Events y) {
            return new Value.Events(x.set().minus(y.set()));
        } else if (a instanceof Value.ValSet x && b instanceof Value.ValSet y) {
            Set<Value> out = new LinkedHashSet<>(x.elements());
            out.removeAll(y.elements());
            return new Value.ValSet(x.tagType(), out);
        } else if (a instanceof Value.Universe) {
            return complement(b, pos);
        } else if (b instanceof Value.Universe || a instanceof Value.Empty) {
            return Value.EMPTY;
        } else if (b instanceof Value.Empty) {
            return a;
        }
        throw error(pos, "difference on " + Value.typeName(a) + " and " + Value.typeName(b));
    }

    Value complement(Value v, SourcePos pos) {
        if (v instanceof Value.Empty) {
            return Value.UNIVERSE;
        } else if (v instanceof Value.Universe) {
            return Value.EMPTY;
        } else if (v instanceof Value.Events e) {
            return new Value.Events(e.set().complement());
        } else if (v instanceof Value.Rel r) {
            return new Value.Rel(st.universeRel().minus(r.rel()));
        } else if (v instanceof Value.ValSet s && s.tagType() != null) {
            Set<Value> out = new LinkedHashSet<>(st.tagsOf(s.tagType()));
            out.removeAll(s.elements());
            return new Value.ValSet(s.tagType(), out);
        }
        throw error(pos, "set or relation expected, " + Value.typeName(v) + " found");
    }

    /** e1 ++ e2: an element added to a set, a pair to a relation. */
    Value add(Value a, Value b, SourcePos pos) {
        if (a instanceof Value.Universe) {
            throw error(pos, "universe in set ++");
        } else if (b instanceof Value.Universe) {
            return Value.UNIVERSE;
        } else if (b instanceof Value.Empty) {
            if (a instanceof Value.Event e) {
                return new Value.Events(EventSet.of(st.n, i -> i == e.event()));
            } else if (a instanceof Value.Pair p) {
                return new Value.Rel(Relation.builder(st.n).add(p.from(), p.to()).build());
            }
            return new Value.ValSet(a instanceof Value.Tag t ? t.type() : null, Set.of(a));
        } else if (b instanceof Value.ValSet s) {
            Set<Value> out = new LinkedHashSet<>(s.elements());
            out.add(a);
            return new Value.ValSet(s.tagType(), out);
        } else if (b instanceof Value.Rel r) {
            int[] p = pairOf(a, pos);
            Relation.Builder out = Relation.builder(st.n);
            r.rel().forEach(out::add);
            return new Value.Rel(out.add(p[0], p[1]).build());
        } else if (b instanceof Value.Events s && a instanceof Value.Event e) {
            return new Value.Events(s.set().union(EventSet.of(st.n, i -> i == e.event())));
        }
        throw error(pos, "this expression of type '" + Value.typeName(b) + "' should be a set");
    }

    private static int[] pairOf(Value a, SourcePos pos) {
        if (a instanceof Value.Pair p) {
            return new int[] {p.from(), p.to()};
        } else if (a instanceof Value.Tuple t && t.elements().size() == 2
                && t.elements().get(0) instanceof Value.Event x && t.elements().get(1) instanceof Value.Event y) {
            return new int[] {x.event(), y.event()};
        }
        throw error(pos, "this expression of type '" + Value.typeName(a) + "' should be a pair");
    }

    /** herd's ValOrder.compare = 0, for if e1 = e2. */
    static boolean same(Value a, Value b) {
        if (a instanceof Value.Empty && b instanceof Value.Empty) {
            return true;
        } else if (a instanceof Value.Empty || b instanceof Value.Empty) {
            Value other = a instanceof Value.Empty ? b : a;
            return other instanceof Value.Rel r && r.rel().isEmpty()
                    || other instanceof Value.Events e && e.set().isEmpty()
                    || other instanceof Value.ValSet s && s.elements().isEmpty();
        }
        return a.equals(b);
    }
}
