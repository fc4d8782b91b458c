package org.lkmm.cat;

import java.util.Optional;
import java.util.Set;
import org.lkmm.model.Axiom;
import org.lkmm.model.Execution;
import org.lkmm.model.MemoryModel;
import org.lkmm.model.Verdict;

/**
 * A model read from its files, as the enumerator's MemoryModel. It vouches for no axiom in
 * advance (the enumerator then builds every candidate herd7 builds, rf and co alike) and judges
 * each candidate with the interpreter: slower than the built-in model, and right for any model.
 */
public final class CatModel implements MemoryModel {
    private final Interpreter interpreter;
    private final String name;
    private final Set<Integer> observed;

    public CatModel(Interpreter interpreter, String name) {
        this(interpreter, name, Set.of());
    }

    private CatModel(Interpreter interpreter, String name, Set<Integer> observed) {
        this.interpreter = interpreter;
        this.name = name;
        this.observed = Set.copyOf(observed);
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
        return interpreter.judge(x, observed, wantFlags).toVerdict();
    }

    @Override
    public Optional<Verdict> verdictForAll(Execution over) {
        return Optional.empty();
    }

    @Override
    public boolean refutes(Execution partial) {
        return false;
    }

    @Override
    public boolean coherent(Execution x) {
        return true;
    }

    @Override
    public MemoryModel observing(Set<Integer> locations) {
        return new CatModel(interpreter, name, locations);
    }
}
