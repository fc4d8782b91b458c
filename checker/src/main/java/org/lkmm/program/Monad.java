package org.lkmm.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;

/**
 * herd7's event monad (herd/eventsMonad.ml), as far as C needs it: a computation yields a list
 * of alternatives, each a value, the equations it assumes and the actions it performed. The
 * combinators keep herd's orders exactly (its folds prepend, so composed lists come out reversed;
 * unions append), because the order in which unknowns are numbered and equations listed decides
 * which name an unknown prints with and what herd's solver manages to solve.
 */
@FunctionalInterface
interface Monad<T> {
    /** Counters shared by a whole test: herd's gensym for unknowns and its event numbers. */
    final class Counters {
        private int nextVar;
        private int nextEiid;

        Atom.Var freshVar() {
            return new Atom.Var(++nextVar);
        }

        int freshEiid() {
            return nextEiid++;
        }
    }

    record Elt<T>(T value, Chain<Equation> equations, Chain<Action> actions) {}

    List<Elt<T>> run(Counters c);

    static <T> Monad<T> unit(T v) {
        return c -> List.of(new Elt<>(v, Chain.empty(), Chain.empty()));
    }

    /** One action, yielding v. */
    static <T> Monad<T> act(Action a, T v) {
        return c -> List.of(new Elt<>(v, Chain.empty(), Chain.of(a)));
    }

    /** An equation, and nothing else (make_one_monad with an empty structure). */
    static <T> Monad<T> assume(Equation e, T v) {
        return c -> List.of(new Elt<>(v, Chain.of(e), Chain.empty()));
    }

    /** data_comp (>>=, >>*=, >>==, cseq): the continuation runs once per alternative. */
    default <U> Monad<U> bind(Function<T, Monad<U>> f) {
        return c -> {
            List<Elt<U>> out = new ArrayList<>();
            for (Elt<T> a : run(c)) {
                for (Elt<U> b : f.apply(a.value()).run(c)) {
                    out.add(new Elt<>(b.value(), b.equations().then(a.equations()), a.actions().then(b.actions())));
                }
            }
            Collections.reverse(out);
            return out;
        };
    }

    /** combi (>>|): both sides run, then every pair of alternatives. */
    default <U, R> Monad<R> par(Monad<U> other, BiFunction<T, U, R> pair) {
        return c -> {
            List<Elt<T>> left = run(c);
            List<Elt<U>> right = other.run(c);
            List<Elt<R>> out = new ArrayList<>();
            for (Elt<T> a : left) {
                for (Elt<U> b : right) {
                    out.add(new Elt<>(pair.apply(a.value(), b.value()), b.equations().then(a.equations()),
                            a.actions().then(b.actions())));
                }
            }
            Collections.reverse(out);
            return out;
        };
    }

    /** forceT (>>!): the same alternatives, with another value. */
    default <U> Monad<U> yielding(U v) {
        return c -> run(c).stream().map(e -> new Elt<>(v, e.equations(), e.actions())).toList();
    }

    /** altT: both computations' alternatives, the first's first. */
    static <T> Monad<T> alt(Monad<T> first, Monad<T> second) {
        return c -> {
            List<Elt<T>> out = new ArrayList<>(first.run(c));
            out.addAll(second.run(c));
            return out;
        };
    }

    /**
     * choiceT: a known condition picks its branch; an unknown one runs both, assuming it true (1)
     * in the first and false (0) in the second.
     */
    static <T> Monad<T> choice(Atom condition, Monad<T> then, Monad<T> otherwise) {
        if (condition instanceof Atom.Val v) {
            return v.value() != 0 ? then : otherwise;
        }
        return c -> {
            List<Elt<T>> yes = then.run(c);
            List<Elt<T>> no = otherwise.run(c);
            List<Elt<T>> out = new ArrayList<>();
            for (Elt<T> e : yes) {
                out.add(new Elt<>(e.value(), e.equations().after(Equation.assign(condition, Atom.of(1))), e.actions()));
            }
            for (Elt<T> e : no) {
                out.add(new Elt<>(e.value(), e.equations().after(Equation.assign(condition, Atom.of(0))), e.actions()));
            }
            return out;
        };
    }
}
