package org.lkmm.cat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.cat.Exp.Op1Kind;
import org.lkmm.ast.cat.Exp.OpKind;
import org.lkmm.ast.cat.Pat;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * Evaluates nodes as herd's interpreter.ml does (function eval): lets are lazy, functions are
 * closures over their locals, sequence and & are in Combine. Closed static nodes come from the
 * structure's cache; an execution's dynamic slots are computed once per execution, or taken
 * from the structure's Memo when the inputs they read are the same.
 */
final class Eval {
    final Program program;
    final Bindings bindings;
    final Primitives primitives;
    private final Combine combine = new Combine(this);

    Eval(Program program, Bindings bindings) {
        this.program = program;
        this.bindings = bindings;
        this.primitives = new Primitives(this);
    }

    Value eval(Node n, Locals l, Ctx c) {
        if (n.cacheIndex >= 0) {
            Value v = c.st.cached(n.cacheIndex);
            if (v == null) {
                v = compute(n, Locals.NONE, c.st.ctx);
                c.st.cache(n.cacheIndex, v);
            }
            return v;
        }
        if (n.memoIndex >= 0 && c.isExecution()) {
            return remembered(n, c);
        }
        return compute(n, l, c);
    }

    /**
     * A closed dynamic node: once per execution (a let rec's rounds see it again), and from
     * the structure's Memo when the inputs it read are those of an earlier execution.
     */
    private Value remembered(Node n, Ctx c) {
        int index = n.memoIndex;
        Value v = c.node(index);
        if (v != null) {
            c.reads |= c.nodeReads(index);
            return v;
        }
        boolean shared = !c.st.nodeUnmemoisable(index);
        Memo m = shared ? c.st.nodeMemo(index) : null;
        if (m != null && m.matches(c, program.inputs)) {
            c.reads |= m.reads;
            c.node(index, m.value, m.reads);
            return m.value;
        }
        int outer = c.reads;
        c.reads = 0;
        v = compute(n, Locals.NONE, c);
        int mine = c.reads;
        c.reads = outer | mine;
        c.node(index, v, mine);
        if (shared && (mine & program.inputs.volatileMask) != 0) {
            c.st.nodeUnmemoisable(index, true);
        } else if (shared) {
            c.st.nodeMemo(index, Memo.of(mine, c, program.inputs, v));
        }
        return v;
    }

    Value slot(int index, Ctx c, SourcePos pos) {
        Slot s = program.slots.get(index);
        if (!s.dynamic()) {
            if (s.kind == Slot.Kind.REC) {
                synchronized (c.st) { // its fixed point shows unfinished values to no other thread
                    return c.st.slot(index) != null ? c.st.slot(index) : computeSlot(s, c.st.ctx, pos);
                }
            }
            Value v = c.st.slot(index);
            if (v == null) {
                v = computeSlot(s, c.st.ctx, pos);
                if (c.st.slot(index) == null) {
                    c.st.setSlot(index, v);
                }
                v = c.st.slot(index);
            }
            return v;
        }
        if (!c.isExecution()) {
            throw new IllegalStateException(s.name + " depends on the execution, evaluated per structure");
        }
        Value v = c.dyn[index];
        if (v != null) {
            c.reads |= c.dynReads[index];
            return v;
        }
        boolean memoised = (s.kind == Slot.Kind.LET || s.kind == Slot.Kind.COMPONENT) && !c.st.unmemoisable(index);
        if (memoised) {
            Memo m = c.st.memo(index);
            if (m != null && m.matches(c, program.inputs)) {
                c.dyn[index] = m.value;
                c.dynReads[index] = m.reads;
                c.reads |= m.reads;
                return m.value;
            }
        }
        int outer = c.reads;
        c.reads = 0;
        v = computeSlot(s, c, pos);
        int mine = c.reads;
        c.dyn[index] = v;
        c.dynReads[index] = mine;
        c.reads = outer | mine;
        if (memoised && (mine & program.inputs.volatileMask) != 0) {
            c.st.unmemoisable(index, true); // it read co: no two executions share it
        } else if (memoised) {
            c.st.memo(index, Memo.of(mine, c, program.inputs, v));
        }
        return v;
    }

    private Value computeSlot(Slot s, Ctx c, SourcePos pos) {
        switch (s.kind) {
            case INPUT:
                c.reads |= s.deps; // rf or FW; the static inputs have none
                return bindings.input(s.name, c);
            case CONSTANT:
                return s.constant;
            case LET:
                return eval(s.node, Locals.NONE, c);
            case COMPONENT: {
                List<Value> parts = components(slot(s.whole, c, pos));
                if (s.component >= parts.size()) {
                    throw new CatError(s.pos, "binding mismatch");
                }
                return parts.get(s.component);
            }
            case REC:
                new Fixpoint(this).group(s.group, c);
                if (s.dynamic()) {
                    for (Slot g : s.group) {
                        c.dynReads[g.index] = c.reads; // the group is one computation
                    }
                    return c.dyn[s.index];
                }
                return c.st.slot(s.index);
            default:
                throw new CatError(pos, s.name + " is used before its with ... from chose it");
        }
    }

    /** herd's v_as_vs: a tuple's elements, a pair's two events, else the value alone. */
    static List<Value> components(Value v) {
        if (v instanceof Value.Tuple t) {
            return t.elements();
        } else if (v instanceof Value.Pair p) {
            return List.of(new Value.Event(p.from()), new Value.Event(p.to()));
        }
        return List.of(v);
    }

    private Value compute(Node n, Locals l, Ctx c) {
        if (n instanceof Node.Global g) {
            return slot(g.slot, c, g.pos);
        } else if (n instanceof Node.Local x) {
            Locals cell = l.cell(x.name);
            if (cell == null) {
                throw new CatError(x.pos, "unbound var: " + x.name);
            }
            return cell.get();
        } else if (n instanceof Node.Nary op) {
            return nary(op, l, c);
        } else if (n instanceof Node.Unary u) {
            return unary(u, eval(u.operand, l, c), c);
        } else if (n instanceof Node.App app) {
            Value f = eval(app.function, l, c);
            return apply(f, eval(app.argument, l, c), c, app.pos);
        } else if (n instanceof Node.Konst k) {
            return k.universe ? Value.UNIVERSE : new Value.Rel(c.st.emptyRel());
        } else if (n instanceof Node.TagLit t) {
            return new Value.Tag(t.type, t.name);
        } else if (n instanceof Node.LetIn let) {
            return eval(let.body, new Fixpoint(this).bind(let.bindings, let.recursive, l, c), c);
        } else if (n instanceof Node.Fun f) {
            return new Value.Closure(f.params, f.body, l, f.name, f.intrinsic);
        } else if (n instanceof Node.SetLit set) {
            return setLit(set, l, c);
        } else if (n instanceof Node.MatchTag m) {
            return matchTag(m, l, c);
        } else if (n instanceof Node.MatchSet m) {
            return new Matches(this).matchSet(m, l, c);
        } else if (n instanceof Node.Try t) {
            try {
                return eval(t.body, l, c);
            } catch (CatError e) {
                return eval(t.fallback, l, c);
            }
        } else if (n instanceof Node.If i) {
            return eval(new Matches(this).condition(i, l, c) ? i.then : i.otherwise, l, c);
        }
        throw new CatError(n.pos, ((Node.Fail) n).message);
    }

    Value apply(Value f, Value arg, Ctx c, SourcePos pos) {
        if (f instanceof Value.Closure clo) {
            if (clo.intrinsic != null && program.guardedOrders && c.isExecution()) {
                return c.withoutCo() ? Intrinsics.ordersWanted(arg, c, pos) : Intrinsics.generateOrders(arg, c, pos);
            }
            return eval(clo.body, bindParams(clo.params, arg, clo.frame, pos), c);
        } else if (f instanceof Value.Primitive p) {
            return primitives.fn(p.name()).apply(arg, c, pos);
        }
        throw new CatError(pos, "closure or primitive expected");
    }

    /** herd's add_args: one parameter takes the value, several take a tuple's components. */
    static Locals bindParams(Pat params, Value arg, Locals frame, SourcePos pos) {
        List<java.util.Optional<String>> names = params.names();
        List<Value> values = names.size() == 1 && !params.tuple() ? List.of(arg) : components(arg);
        if (names.size() != values.size()) {
            throw new CatError(pos, "argument_mismatch");
        }
        Locals out = frame;
        for (int k = 0; k < names.size(); k++) {
            out = out.bind(names.get(k).orElse(null), values.get(k));
        }
        return out;
    }

    private Value unary(Node.Unary u, Value v, Ctx c) {
        Op1Kind op = u.op;
        if (op == Op1Kind.COMP) {
            return c.st.ops.complement(v, u.operand.pos);
        }
        if (op == Op1Kind.TO_ID) {
            if (v instanceof Value.Empty) {
                return v;
            } else if (v instanceof Value.Universe) {
                return new Value.Rel(c.st.identity());
            } else if (v instanceof Value.Events e) {
                return new Value.Rel(Relation.identity(e.set()));
            }
            throw new CatError(u.operand.pos, "type events expected, " + Value.typeName(v) + " found");
        }
        if (v instanceof Value.Universe) {
            return v;
        }
        if (v instanceof Value.Empty) {
            return op == Op1Kind.PLUS || op == Op1Kind.INV ? v : new Value.Rel(c.st.identity());
        }
        if (op == Op1Kind.INV && v instanceof Value.Pair p) {
            return new Value.Pair(p.to(), p.from());
        }
        if (!(v instanceof Value.Rel r)) {
            throw new CatError(u.operand.pos, "type rel expected, " + Value.typeName(v) + " found");
        }
        return new Value.Rel(switch (op) {
            case PLUS -> r.rel().plus();
            case STAR -> r.rel().star();
            case OPT -> r.rel().optional();
            default -> r.rel().inverse();
        });
    }

    private Value nary(Node.Nary op, Locals l, Ctx c) {
        OpKind kind = op.op;
        if (kind == OpKind.SEQ) {
            return combine.seq(op, l, c);
        } else if (kind == OpKind.UNION) {
            List<Value> vs = new ArrayList<>(op.operands.size());
            List<SourcePos> ps = new ArrayList<>(op.operands.size());
            for (Node x : op.operands) {
                vs.add(eval(x, l, c));
                ps.add(x.pos);
            }
            return c.st.ops.union(vs, ps);
        } else if (kind == OpKind.TUPLE) {
            List<Value> vs = new ArrayList<>(op.operands.size());
            for (Node x : op.operands) {
                vs.add(eval(x, l, c));
            }
            return new Value.Tuple(vs);
        }
        Node a = op.operands.get(0);
        Node b = op.operands.get(1);
        if (kind == OpKind.INTER) {
            return combine.inter(op, a, b, l, c);
        } else if (kind == OpKind.DIFF) {
            Value left = eval(a, l, c);
            if (Combine.isEmpty(left)) {
                return left; // nothing to take away from (pre-race minus ... without plain accesses)
            }
            return c.st.ops.diff(left, eval(b, l, c), op.pos);
        } else if (kind == OpKind.CARTESIAN) {
            EventSet from = c.st.ops.asEvents(eval(a, l, c), a.pos);
            return new Value.Rel(Relation.product(from, c.st.ops.asEvents(eval(b, l, c), b.pos)));
        }
        return c.st.ops.add(eval(a, l, c), eval(b, l, c), op.pos);
    }

    private Value setLit(Node.SetLit set, Locals l, Ctx c) {
        if (set.elements.isEmpty()) {
            return Value.EMPTY;
        }
        List<Value> vs = new ArrayList<>();
        for (Node x : set.elements) {
            Value v = eval(x, l, c);
            if (v instanceof Value.Universe) {
                throw new CatError(x.pos, "universe in explicit set");
            }
            if (!vs.isEmpty() && vs.get(0).getClass() != v.getClass()) {
                throw new CatError(x.pos, "type " + Value.typeName(vs.get(0)) + " expected, " + Value.typeName(v) + " found");
            }
            vs.add(v);
        }
        if (vs.get(0) instanceof Value.Event) {
            return new Value.Events(EventSet.of(c.st.n, i -> vs.contains(new Value.Event(i))));
        } else if (vs.get(0) instanceof Value.Pair) {
            Relation.Builder b = Relation.builder(c.st.n);
            vs.forEach(v -> b.add(((Value.Pair) v).from(), ((Value.Pair) v).to()));
            return new Value.Rel(b.build());
        }
        Set<Value> out = new LinkedHashSet<>(vs);
        return new Value.ValSet(vs.get(0) instanceof Value.Tag t ? t.type() : null, out);
    }

    private Value matchTag(Node.MatchTag m, Locals l, Ctx c) {
        Value v = eval(m.scrutinee, l, c);
        if (!(v instanceof Value.Tag t)) {
            throw new CatError(m.scrutinee.pos, "matching on non-tag value of type '" + Value.typeName(v) + "'");
        }
        Node clause = m.clauses.get(t.name());
        if (clause == null) {
            if (m.otherwise == null) {
                throw new CatError(m.pos, "pattern matching failed on value '" + t.name() + "'");
            }
            clause = m.otherwise;
        }
        return eval(clause, l, c);
    }
}
