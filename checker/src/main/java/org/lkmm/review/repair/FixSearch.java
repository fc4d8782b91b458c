package org.lkmm.review.repair;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the cheapest sets of moves (at most one per slot) that make a test meet its goal.
 * Exact while small: every combination of a cost is tried, cost by cost, until one works, all of
 * that cost being kept. When the next cost has more combinations than the budget left, a beam
 * search takes over: from the test as it is, add one move at a time, keep the width candidates
 * that leave fewest executions with the outcome, and shrink each fix found by dropping or
 * cheapening its moves while it still works.
 */
final class FixSearch {
    /** What trying a set of moves tells: whether it meets the goal, and how far off it is (lower is closer). */
    record Trial(boolean fixed, BigInteger distance) {}

    interface Judge {
        Trial judge(List<Move> moves);
    }

    /** The fixes found, their cost, and how. */
    record Found(List<List<Move>> fixes, int cost, boolean exact, int checked) {}

    private final List<Slot> slots;
    private final Costs costs;
    private final Judge judge;
    private final Map<Set<String>, Trial> seen = new HashMap<>();
    private int checked;

    FixSearch(List<Slot> slots, Costs costs, Judge judge) {
        this.slots = slots;
        this.costs = costs;
        this.judge = judge;
    }

    int cost(List<Move> moves) {
        return moves.stream().mapToInt(m -> costs.of(m.costClass())).sum();
    }

    Trial trial(List<Move> moves) {
        Set<String> key = new TreeSet<>();
        moves.forEach(m -> key.add(m.slot() + "=" + m.to()));
        Trial t = seen.get(key);
        if (t == null) {
            checked++;
            t = judge.judge(moves);
            seen.put(key, t);
        }
        return t;
    }

    /** Every slot at its dearest option: if this does not work, no set of moves is expected to. */
    List<Move> strongest() {
        List<Move> out = new ArrayList<>();
        for (Slot s : slots) {
            out.add(s.options().stream().max(Comparator.comparingInt(m -> costs.of(m.costClass()))).orElseThrow());
        }
        return out;
    }

    Found search(int maxCost, int exactBudget, int beamWidth, int beamBudget) {
        for (int level = 1; level <= maxCost; level++) {
            BigInteger combinations = count(0, level, new HashMap<>());
            if (combinations.compareTo(BigInteger.valueOf(exactBudget - checked)) > 0) {
                return beam(beamWidth, beamBudget);
            }
            List<List<Move>> fixes = new ArrayList<>();
            enumerate(0, level, new ArrayList<>(), fixes);
            if (!fixes.isEmpty()) {
                return new Found(fixes, level, true, checked);
            }
        }
        return new Found(List.of(), 0, true, checked);
    }

    /** How many combinations of moves cost exactly budget, using slots from i on. */
    private BigInteger count(int i, int budget, Map<Long, BigInteger> memo) {
        if (budget == 0) {
            return BigInteger.ONE;
        }
        if (i == slots.size()) {
            return BigInteger.ZERO;
        }
        long key = ((long) i << 32) | budget;
        BigInteger known = memo.get(key);
        if (known != null) {
            return known;
        }
        BigInteger n = count(i + 1, budget, memo);
        for (Move m : slots.get(i).options()) {
            int c = costs.of(m.costClass());
            if (c <= budget) {
                n = n.add(count(i + 1, budget - c, memo));
            }
        }
        memo.put(key, n);
        return n;
    }

    private void enumerate(int i, int budget, List<Move> chosen, List<List<Move>> fixes) {
        if (budget == 0) {
            if (trial(chosen).fixed()) {
                fixes.add(List.copyOf(chosen));
            }
            return;
        }
        if (i == slots.size()) {
            return;
        }
        enumerate(i + 1, budget, chosen, fixes);
        for (Move m : slots.get(i).options()) {
            int c = costs.of(m.costClass());
            if (c <= budget) {
                chosen.add(m);
                enumerate(i + 1, budget - c, chosen, fixes);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private Found beam(int width, int budget) {
        int limit = checked + budget;
        List<List<Move>> beam = List.of(List.of());
        Map<String, List<Move>> fixes = new LinkedHashMap<>();
        int best = Integer.MAX_VALUE;
        for (int depth = 0; depth < slots.size() && !beam.isEmpty() && checked < limit; depth++) {
            List<List<Move>> next = new ArrayList<>();
            Map<List<Move>, BigInteger> distance = new HashMap<>();
            for (List<Move> state : beam) {
                for (Slot s : slots) {
                    if (state.stream().anyMatch(m -> m.slot().equals(s.id()))) {
                        continue;
                    }
                    for (Move m : s.options()) {
                        List<Move> grown = sorted(state, m);
                        if (cost(grown) > best || checked >= limit || distance.containsKey(grown)) {
                            continue;
                        }
                        Trial t = trial(grown);
                        if (t.fixed()) {
                            List<Move> shrunk = shrink(grown);
                            best = Math.min(best, cost(shrunk));
                            fixes.put(key(shrunk), shrunk);
                        } else {
                            distance.put(grown, t.distance());
                            next.add(grown);
                        }
                    }
                }
            }
            int bound = best;
            next.removeIf(state -> cost(state) >= bound);
            next.sort(Comparator.comparing((List<Move> s) -> distance.get(s)).thenComparingInt(this::cost));
            beam = next.subList(0, Math.min(width, next.size()));
        }
        int cheapest = best;
        List<List<Move>> kept = fixes.values().stream().filter(f -> cost(f) == cheapest).toList();
        return new Found(kept, kept.isEmpty() ? 0 : cheapest, false, checked);
    }

    /** A fix made as cheap as dropping or cheapening one move at a time keeps working. */
    List<Move> shrink(List<Move> fix) {
        List<Move> current = fix;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Move m : current) {
                List<Move> without = new ArrayList<>(current);
                without.remove(m);
                if (trial(without).fixed()) {
                    current = without;
                    changed = true;
                    break;
                }
                for (Move cheaper : slotOf(m).options()) {
                    if (costs.of(cheaper.costClass()) < costs.of(m.costClass())) {
                        List<Move> swapped = sorted(without, cheaper);
                        if (trial(swapped).fixed()) {
                            current = swapped;
                            changed = true;
                            break;
                        }
                    }
                }
                if (changed) {
                    break;
                }
            }
        }
        return current;
    }

    private Slot slotOf(Move m) {
        return slots.stream().filter(s -> s.id().equals(m.slot())).findFirst().orElseThrow();
    }

    /** Moves in slot order, so equal sets compare equal. */
    private List<Move> sorted(List<Move> moves, Move added) {
        List<Move> out = new ArrayList<>(moves);
        out.add(added);
        List<String> order = slots.stream().map(Slot::id).toList();
        out.sort(Comparator.comparingInt(m -> order.indexOf(m.slot())));
        return List.copyOf(out);
    }

    private static String key(List<Move> moves) {
        StringBuilder b = new StringBuilder();
        moves.forEach(m -> b.append(m.slot()).append('=').append(m.to()).append(';'));
        return b.toString();
    }

    int checked() {
        return checked;
    }
}
