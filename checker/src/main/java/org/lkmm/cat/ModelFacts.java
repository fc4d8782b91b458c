package org.lkmm.cat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.cat.Ins.TestType;

/**
 * The analysis of a model, for an enumerator that wants to take shortcuts only where the model
 * allows them (issue 13): for each definition and check, whether it is static (the same for
 * every rf/co candidate of a structure) and, per input it depends on (rf, each with-from
 * choice such as co, FW, the events' values), whether it only grows, only shrinks, or both as
 * that input grows. A check whose failure is monotone in rf and co stays failed when pairs are
 * added: refuting a partial execution, or approving an over-approximation, is then sound.
 */
public final class ModelFacts {
    public enum Direction { GROWS, SHRINKS, BOTH }

    /** A top-level definition, by the name it has at the end of the model. */
    public record NameFacts(String name, boolean isStatic, Map<String, Direction> inputs) {
        public boolean monotone() {
            return inputs.values().stream().allMatch(d -> d == Direction.GROWS);
        }
    }

    /** A check, flag, undefined_unless or assert; name is its as-name, or empty. */
    public record CheckFacts(Optional<String> name, String test, boolean negated, TestType type,
                             Map<String, Direction> inputs) {
        /** Whether failing stays failing as the inputs grow (the relation tested only grows, or shrinks under ~). */
        public boolean failureMonotone(Set<String> in) {
            Direction wanted = negated ? Direction.SHRINKS : Direction.GROWS;
            return inputs.entrySet().stream().filter(e -> in.contains(e.getKey())).allMatch(e -> e.getValue() == wanted);
        }
    }

    private final Inputs inputNames;
    private final Set<String> bellTags;
    private final Map<String, NameFacts> names = new LinkedHashMap<>();
    private final List<CheckFacts> checks = new ArrayList<>();
    private final List<String> choices = new ArrayList<>();

    /** The model's facts, true on every structure. */
    ModelFacts(Program p) {
        this(p, s -> new Analysis.Facts(s.deps, s.grows, s.shrinks, null, false),
                e -> new Analysis.Facts(e.deps, e.grows, e.shrinks, null, false));
    }

    /**
     * The facts on one structure: a sequence or intersection with a part that is empty there
     * (no lock, no grace period, nothing plain) depends on nothing, so lock.cat's
     * singlestep(co) stops making rf non-monotone in co on a structure without locks.
     */
    ModelFacts(Program p, Analysis onStructure) {
        this(p, slotsOf(onStructure), onStructure::of);
    }

    private static java.util.function.Function<Slot, Analysis.Facts> slotsOf(Analysis a) {
        Analysis.Facts[] facts = a.refineSlots();
        return s -> facts[s.index];
    }

    private ModelFacts(Program p, java.util.function.Function<Slot, Analysis.Facts> slotFacts,
                       java.util.function.Function<Node, Analysis.Facts> nodeFacts) {
        this.inputNames = p.inputs;
        this.bellTags = new java.util.TreeSet<>(p.bellTags);
        p.globals.forEach((name, index) -> {
            Slot s = p.slots.get(index);
            if (s.kind != Slot.Kind.CONSTANT || s.deps != 0) {
                Analysis.Facts f = slotFacts.apply(s);
                names.put(name, new NameFacts(name, f.deps() == 0, directions(f.deps(), f.grows(), f.shrinks())));
            }
        });
        for (Step step : p.steps) {
            if (step instanceof Step.Check c) {
                Analysis.Facts f = nodeFacts.apply(c.exp());
                checks.add(new CheckFacts(Optional.ofNullable(c.name()), c.kind().name().toLowerCase(java.util.Locale.ROOT),
                        c.negated(), c.type(), directions(f.deps(), f.grows(), f.shrinks())));
            } else if (step instanceof Step.With w) {
                choices.add(w.var());
            }
        }
    }

    private Map<String, Direction> directions(int deps, int pos, int neg) {
        Map<String, Direction> out = new LinkedHashMap<>();
        for (String input : inputNames.names(deps)) {
            int bit = inputNames.bit(input);
            boolean grows = (pos & bit) != 0;
            boolean shrinks = (neg & bit) != 0;
            out.put(input, grows && !shrinks ? Direction.GROWS : shrinks && !grows ? Direction.SHRINKS : Direction.BOTH);
        }
        return out;
    }

    /** The annotations the bell declares ('once, 'mb, 'srcu-lock ...), each given as a set. */
    public Set<String> bellTags() {
        return Set.copyOf(bellTags);
    }

    /**
     * Declared tags that no event lkmm builds can carry (lkmmv2's 'ONCE and 'MB, 6.12's
     * 'after-srcu-read-unlock): the model sees their sets empty until the lowering makes them.
     */
    public Set<String> tagsNoEventCarries() {
        Set<String> out = new java.util.TreeSet<>(bellTags);
        out.removeAll(Bindings.producibleTags());
        return out;
    }

    /** Tags lkmm's events carry that the bell does not declare (lkmmv2 has no 'once): they reach no set. */
    public Set<String> tagsTheBellLacks() {
        Set<String> out = new java.util.TreeSet<>(Bindings.producibleTags());
        out.removeAll(bellTags);
        return out;
    }

    /** rf, FW, values, choices, then the with-from variables in model order. */
    public List<String> inputs() {
        return inputNames.names(-1);
    }

    /** The variables the model chooses with with-from (lock.cat's rfe-lf, rf-ru; co). */
    public List<String> choices() {
        return List.copyOf(choices);
    }

    public Optional<NameFacts> name(String name) {
        return Optional.ofNullable(names.get(name));
    }

    public List<NameFacts> names() {
        return List.copyOf(names.values());
    }

    /** The checks that can fail an execution (not flags), in model order. */
    public List<CheckFacts> checks() {
        return checks.stream().filter(c -> c.type() == TestType.CHECK).toList();
    }

    public List<CheckFacts> flags() {
        return checks.stream().filter(c -> c.type() == TestType.FLAG).toList();
    }

    /** Whether every check's failure is monotone in rf and in every with-from choice. */
    public boolean checksMonotone() {
        List<String> in = new ArrayList<>(choices);
        in.add("rf");
        return checksMonotoneIn(Set.copyOf(in));
    }

    public boolean checksMonotoneIn(Set<String> in) {
        return checks().stream().allMatch(c -> c.failureMonotone(in));
    }
}
