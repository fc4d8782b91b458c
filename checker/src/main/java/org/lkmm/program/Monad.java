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
        /** Where each unknown an operation defines comes from: the place an error on it names. */
        private final java.util.Map<Integer, org.lkmm.ast.SourcePos> origins = new java.util.HashMap<>();

        Atom.Var freshVar() {
            return new Atom.Var(++nextVar);
        }

        Atom.Var freshVar(org.lkmm.ast.SourcePos at) {
            Atom.Var v = freshVar();
            origins.put(v.id(), at);
            return v;
        }

        java.util.Map<Integer, org.lkmm.ast.SourcePos> origins() {
            return origins;
        }

        int freshEiid() {
            return nextEiid++;
        }
    }

    /** An alternative: its value, the equations it assumes, the actions it performed, its structure. */
    record Elt<T>(T value, Chain<Equation> equations, Chain<Action> actions, Outline outline) {
        Elt(T value, Chain<Equation> equations, Chain<Action> actions) {
            this(value, equations, actions, Outline.EMPTY);
        }
    }

    List<Elt<T>> run(Counters c);

    static <T> Monad<T> unit(T v) {
        return c -> List.of(new Elt<>(v, Chain.empty(), Chain.empty()));
    }

    /** One action that is no event of a structure (a loop's cut-off mark), yielding v. */
    static <T> Monad<T> act(Action a, T v) {
        return c -> List.of(new Elt<>(v, Chain.empty(), Chain.of(a)));
    }

    /** An equation, and nothing else (make_one_monad with an empty structure). */
    static <T> Monad<T> assume(Equation e, T v) {
        return c -> List.of(new Elt<>(v, Chain.of(e), Chain.empty()));
    }

    /** data_comp with =*$= (>>=): the continuation runs once per alternative; outputs feed it. */
    default <U> Monad<U> bind(Function<T, Monad<U>> f) {
        return compose(f, Composition.DATA);
    }

    /** data_comp with =$$= (>>==): as bind, but the output stays this computation's. */
    default <U> Monad<U> bindKeepingOutput(Function<T, Monad<U>> f) {
        return compose(f, Composition.DATA_FIRST_OUTPUT);
    }

    /** control_comp with =**= (>>*=): no data edges; the output is the continuation's. */
    default <U> Monad<U> bindControl(Function<T, Monad<U>> f) {
        return compose(f, Composition.CONTROL);
    }

    /**
     * cseq (>>>) and cond_comp (>>>>), between statements: no data edges. Statements feed each
     * other through registers only, so the structure is not kept (the result's is empty).
     */
    default <U> Monad<U> next(Function<T, Monad<U>> f) {
        return compose(f, Composition.STATEMENT);
    }

    /**
     * cond_comp (>>>>): the continuation is a branch on this condition and learns the
     * condition's events, which control every event of the branch.
     */
    default <U> Monad<U> branching(BiFunction<T, int[], Monad<U>> f) {
        return c -> {
            List<Elt<U>> out = new ArrayList<>();
            for (Elt<T> a : run(c)) {
                for (Elt<U> b : f.apply(a.value(), a.outline().events()).run(c)) {
                    out.add(new Elt<>(b.value(), b.equations().then(a.equations()), a.actions().then(b.actions())));
                }
            }
            Collections.reverse(out);
            return out;
        };
    }

    /** How bind composes two structures. */
    enum Composition { DATA, DATA_FIRST_OUTPUT, CONTROL, STATEMENT }

    private <U> Monad<U> compose(Function<T, Monad<U>> f, Composition how) {
        return c -> {
            List<Elt<U>> out = new ArrayList<>();
            for (Elt<T> a : run(c)) {
                for (Elt<U> b : f.apply(a.value()).run(c)) {
                    Chain<Action> actions = a.actions().then(b.actions());
                    Outline o;
                    switch (how) {
                        case DATA, DATA_FIRST_OUTPUT -> {
                            int[] from = a.outline().output();
                            int[] to = b.outline().minimals();
                            if (from.length > 0 && to.length > 0) {
                                actions = actions.then(Chain.of(new Action.Iico(from, to)));
                            }
                            o = a.outline().feeding(b.outline());
                            if (how == Composition.DATA_FIRST_OUTPUT) {
                                o = o.withOutput(a.outline().output());
                            }
                        }
                        case CONTROL -> o = a.outline().beside(b.outline()).withOutput(b.outline().output());
                        default -> o = Outline.EMPTY;
                    }
                    out.add(new Elt<>(b.value(), b.equations().then(a.equations()), actions, o));
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
                            a.actions().then(b.actions()), a.outline().beside(b.outline())));
                }
            }
            Collections.reverse(out);
            return out;
        };
    }

    /** forceT (>>!): the same alternatives, with another value. */
    default <U> Monad<U> yielding(U v) {
        return c -> run(c).stream().map(e -> new Elt<>(v, e.equations(), e.actions(), e.outline())).toList();
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
                out.add(new Elt<>(e.value(), e.equations().after(Equation.assign(condition, Atom.of(1))), e.actions(),
                        e.outline()));
            }
            for (Elt<T> e : no) {
                out.add(new Elt<>(e.value(), e.equations().after(Equation.assign(condition, Atom.of(0))), e.actions(),
                        e.outline()));
            }
            return out;
        };
    }
}
