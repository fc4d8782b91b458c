package org.lkmm.cat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.model.Axiom;
import org.lkmm.model.Execution;
import org.lkmm.model.MemoryModel;
import org.lkmm.model.Structure;
import org.lkmm.model.Verdict;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/**
 * A model read from its files, as the enumerator's MemoryModel. It vouches for no axiom in
 * advance (the enumerator then builds every rf herd7 builds) and judges each candidate with the
 * interpreter: slower than the built-in model, and right for any model. co is taken, as herd
 * takes it, from the orders the model's own with-from generates for each rf.
 */
public final class CatModel implements MemoryModel {
    private final Interpreter interpreter;
    private final String name;
    private final Set<Integer> observed;
    /** The checks every execution within over passes (within), or null; over, when there are some. */
    private final boolean[] skip;
    private final Execution over;

    public CatModel(Interpreter interpreter, String name) {
        this(interpreter, name, Set.of(), null, null);
    }

    private CatModel(Interpreter interpreter, String name, Set<Integer> observed, boolean[] skip, Execution over) {
        this.interpreter = interpreter;
        this.name = name;
        this.observed = Set.copyOf(observed);
        this.skip = skip;
        this.over = over;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean checks(Axiom a) {
        return false;
    }

    @Override
    public Verdict check(Execution x, boolean wantFlags) {
        return interpreter.judge(x, observed, wantFlags, inside(x) ? skip : null).toVerdict();
    }

    /** Whether the checks left out hold on x: its structure is over's and its rf and co are inside over's. */
    private boolean inside(Execution x) {
        return skip != null && x.structure() == over.structure()
                && x.rf().minus(over.rf()).isEmpty() && x.co().minus(over.co()).isEmpty();
    }

    @Override
    public Optional<Verdict> verdictForAll(Execution over) {
        return Optional.empty();
    }

    @Override
    public boolean refutes(Execution partial) {
        return false;
    }

    /** The orders the model's with-from would take co from (Interpreter.coOrders). */
    @Override
    public Optional<List<Map<Integer, List<int[]>>>> coOrders(Structure structure, List<Event> events, Relation rf,
                                                              Relation coSpace) {
        return interpreter.coOrders(structure, events, rf, observed, coSpace);
    }

    /** The checks every execution within over passes are left out (Interpreter.passedByAll). */
    @Override
    public MemoryModel within(Execution over) {
        return interpreter.passedByAll(over).<MemoryModel>map(s -> new CatModel(interpreter, name, observed, s, over))
                .orElse(this);
    }

    @Override
    public boolean coherent(Execution x) {
        return true;
    }

    @Override
    public MemoryModel observing(Set<Integer> locations) {
        return new CatModel(interpreter, name, locations, skip, over);
    }
}
