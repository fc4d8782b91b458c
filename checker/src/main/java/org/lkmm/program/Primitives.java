package org.lkmm.program;

import java.util.BitSet;
import org.lkmm.ast.Expr;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.Primitive;
import org.lkmm.kernel.Role;

/**
 * The events of each primitive form, following herd7's CSem for LKMM v1: fully ordered RMWs are
 * a relaxed RMW between two smp_mb() fences; a failed cmpxchg is a lone once-read.
 */
final class Primitives {
    private final ThreadRunner t;

    Primitives(ThreadRunner runner) {
        this.t = runner;
    }

    Tainted call(Expr.Call c, Primitive p) throws InputError {
        boolean atomic = switch (p.form()) {
            case XCHG, CMPXCHG, ATOMIC_OP, OP_RETURN, FETCH_OP, ADD_UNLESS -> true;
            default -> false;
        };
        boolean outer = t.atomic(atomic);
        try {
            return events(c, p);
        } finally {
            t.atomic(outer);
        }
    }

    private Tainted events(Expr.Call c, Primitive p) throws InputError {
        SourcePos pos = c.pos();
        String name = p.name();
        return switch (p.form()) {
            case LOAD -> {
                Tainted a = address(c, p);
                yield t.read(t.location(a), Annotation.of(p.ordering()), a.deps(), pos, name);
            }
            case STORE, STORE_MB -> {
                Tainted a = address(c, p);
                Tainted v = arg(c, p, Role.VAL);
                t.emit(Kind.WRITE, t.location(a), v.value(), Annotation.of(p.ordering()), null, -1,
                        a.deps(), v.deps(), pos, name);
                if (p.form() == org.lkmm.kernel.Form.STORE_MB) {
                    fence(FenceKind.MB, pos, name);
                }
                yield Tainted.constant(0);
            }
            case FENCE -> {
                fence(FenceKind.of(p.ordering()), pos, name);
                yield Tainted.constant(0);
            }
            case XCHG -> {
                Tainted v = arg(c, p, Role.VAL);
                Tainted a = arg(c, p, Role.PTR);
                yield rmw(p, a, old -> v, false, pos);
            }
            case CMPXCHG -> cmpxchg(c, p);
            case ATOMIC_OP -> {
                Tainted v = operand(c, p);
                Tainted a = arg(c, p, Role.PTR);
                int loc = t.location(a);
                Tainted old = t.read(loc, Annotation.NORETURN, a.deps(), pos, name);
                Tainted w = old.with(apply(p.op(), old.value(), v.value()), v);
                t.emit(Kind.WRITE, loc, w.value(), Annotation.ONCE, null, old.deps().nextSetBit(0),
                        a.deps(), w.deps(), pos, name);
                yield Tainted.constant(0);
            }
            case OP_RETURN, FETCH_OP -> {
                Tainted v = operand(c, p);
                Tainted a = arg(c, p, Role.PTR);
                boolean returnsNew = p.form() == org.lkmm.kernel.Form.OP_RETURN;
                Tainted result = rmw(p, a, old -> old.with(apply(p.op(), old.value(), v.value()), v), returnsNew, pos);
                yield test(p, result);
            }
            case ADD_UNLESS -> addUnless(c, p);
            case LOCK -> {
                lock(arg(c, p, Role.PTR), pos, name);
                yield Tainted.constant(0);
            }
            case UNLOCK -> {
                Tainted a = arg(c, p, Role.PTR);
                t.emit(Kind.UNLOCK, t.location(a), 0, Annotation.ONCE, null, -1, a.deps(), new BitSet(), pos, name);
                yield Tainted.constant(0);
            }
            case TRYLOCK -> {
                Tainted a = arg(c, p, Role.PTR);
                if (t.choose(2) == 0) {
                    lock(a, pos, name);
                    yield Tainted.constant(1);
                }
                t.emit(Kind.LOCK_FAIL, t.location(a), 1, Annotation.ONCE, null, -1, a.deps(), new BitSet(), pos, name);
                yield Tainted.constant(0);
            }
            case IS_LOCKED -> {
                Tainted a = arg(c, p, Role.PTR);
                boolean locked = t.choose(2) == 0;
                t.emit(locked ? Kind.READ_LOCKED : Kind.READ_UNLOCKED, t.location(a), locked ? 1 : 0,
                        Annotation.ONCE, null, -1, a.deps(), new BitSet(), pos, name);
                yield Tainted.constant(locked ? 1 : 0);
            }
            case SRCU_LOCK -> {
                Tainted a = arg(c, p, Role.PTR);
                // herd7 gives each srcu_read_lock() a value unique to its thread and position
                long cookie = (t.threadId() + 1) * 307L + (t.nextPoIndex() + 1) * 599L;
                t.emit(Kind.SRCU_LOCK, t.location(a), cookie, Annotation.ONCE, null, -1, a.deps(), new BitSet(), pos, name);
                yield Tainted.constant(cookie);
            }
            case SRCU_UNLOCK -> {
                Tainted a = arg(c, p, Role.PTR);
                Tainted v = arg(c, p, Role.VAL);
                t.emit(Kind.SRCU_UNLOCK, t.location(a), v.value(), Annotation.ONCE, null, -1, a.deps(), v.deps(), pos, name);
                yield Tainted.constant(0);
            }
            case SRCU_SYNC -> {
                Tainted a = arg(c, p, Role.PTR);
                t.emit(Kind.SRCU_SYNC, t.location(a), 0, Annotation.ONCE, null, -1, a.deps(), new BitSet(), pos, name);
                yield Tainted.constant(0);
            }
        };
    }

    private interface Update {
        Tainted apply(Tainted old);
    }

    /** An RMW with herd's LKMM v1 orderings: mb becomes fences around a once/once pair. */
    private Tainted rmw(Primitive p, Tainted a, Update update, boolean returnsNew, SourcePos pos) {
        String ordering = p.ordering();
        boolean mb = ordering.equals("mb");
        if (mb) {
            fence(FenceKind.MB, pos, p.name());
        }
        int loc = t.location(a);
        Annotation writeAnn = writeAnnotation(p);
        Tainted old = t.read(loc, readAnnotation(p), a.deps(), pos, p.name());
        Tainted w = update.apply(old);
        t.emit(Kind.WRITE, loc, w.value(), writeAnn, null, old.deps().nextSetBit(0), a.deps(), w.deps(), pos, p.name());
        if (mb) {
            fence(FenceKind.MB, pos, p.name());
        }
        return returnsNew ? w : old;
    }

    private Tainted cmpxchg(Expr.Call c, Primitive p) throws InputError {
        SourcePos pos = c.pos();
        Tainted a = arg(c, p, Role.PTR);
        Tainted expected = arg(c, p, Role.OLD);
        Tainted desired = arg(c, p, Role.NEW);
        int loc = t.location(a);
        // Decide success before emitting anything: the fences of a successful mb cmpxchg come first.
        Candidates.Sourced chosen = t.chooseValue(loc, pos);
        if (chosen.value() != expected.value()) {
            return t.emitRead(loc, chosen, Annotation.ONCE, a.deps(), pos, p.name());
        }
        boolean mb = p.ordering().equals("mb");
        if (mb) {
            fence(FenceKind.MB, pos, p.name());
        }
        Tainted old = t.emitRead(loc, chosen, readAnnotation(p), a.deps(), pos, p.name());
        t.emit(Kind.WRITE, loc, desired.value(), writeAnnotation(p), null, old.deps().nextSetBit(0), a.deps(),
                desired.deps(), pos, p.name());
        if (mb) {
            fence(FenceKind.MB, pos, p.name());
        }
        return old;
    }

    private Tainted addUnless(Expr.Call c, Primitive p) throws InputError {
        SourcePos pos = c.pos();
        Tainted a = arg(c, p, Role.PTR);
        Tainted add = arg(c, p, Role.VAL);
        Tainted unless = arg(c, p, Role.UNLESS);
        int loc = t.location(a);
        Candidates.Sourced chosen = t.chooseValue(loc, pos);
        if (chosen.value() == unless.value()) {
            t.emitRead(loc, chosen, Annotation.ONCE, a.deps(), pos, p.name());
            return Tainted.constant(0);
        }
        fence(FenceKind.MB, pos, p.name());
        Tainted old = t.emitRead(loc, chosen, Annotation.ONCE, a.deps(), pos, p.name());
        Tainted sum = old.with(old.value() + add.value(), add);
        t.emit(Kind.WRITE, loc, sum.value(), Annotation.ONCE, null, old.deps().nextSetBit(0), a.deps(), sum.deps(),
                pos, p.name());
        fence(FenceKind.MB, pos, p.name());
        return Tainted.constant(1);
    }

    private static Annotation readAnnotation(Primitive p) {
        return p.ordering().equals("acquire") ? Annotation.ACQUIRE : Annotation.ONCE;
    }

    private static Annotation writeAnnotation(Primitive p) {
        return p.ordering().equals("release") ? Annotation.RELEASE : Annotation.ONCE;
    }

    private void lock(Tainted a, SourcePos pos, String name) {
        int loc = t.location(a);
        int r = t.emit(Kind.LOCK_READ, loc, 0, Annotation.ACQUIRE, null, -1, a.deps(), new BitSet(), pos, name);
        t.emit(Kind.LOCK_WRITE, loc, 1, Annotation.ONCE, null, r, a.deps(), new BitSet(), pos, name);
    }

    private void fence(FenceKind kind, SourcePos pos, String name) {
        t.emit(Kind.FENCE, -1, 0, Annotation.ONCE, kind, -1, new BitSet(), new BitSet(), pos, name);
    }

    private Tainted address(Expr.Call c, Primitive p) throws InputError {
        int lv = p.argument(Role.LV);
        return lv >= 0 ? t.accessAddress(c.args().get(lv), Role.LV, c) : arg(c, p, Role.PTR);
    }

    private Tainted arg(Expr.Call c, Primitive p, Role role) throws InputError {
        return t.eval(c.args().get(p.argument(role)));
    }

    /** The operand of an atomic: its value argument, or 1 for inc/dec. */
    private Tainted operand(Expr.Call c, Primitive p) throws InputError {
        return p.argument(Role.VAL) >= 0 ? arg(c, p, Role.VAL) : Tainted.constant(1);
    }

    private static long apply(char op, long x, long y) {
        return switch (op) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '&' -> x & y;
            case '|' -> x | y;
            case '^' -> x ^ y;
            default -> throw new IllegalStateException("no operator " + op);
        };
    }

    private static Tainted test(Primitive p, Tainted result) {
        if (p.resultTest().isEmpty()) {
            return result;
        }
        boolean holds = switch (p.resultTest().get()) {
            case "==0" -> result.value() == 0;
            case "<0" -> result.value() < 0;
            default -> throw new IllegalStateException("no test " + p.resultTest().get());
        };
        return new Tainted(holds ? 1 : 0, result.deps());
    }
}
