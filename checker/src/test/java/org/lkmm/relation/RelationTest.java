package org.lkmm.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The algebra against definitions computed the slow, obvious way. */
class RelationTest {
    private static Relation random(Random rnd, int n, double density, boolean acyclic) {
        Relation.Builder b = Relation.builder(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((!acyclic || i < j) && rnd.nextDouble() < density) {
                    b.add(i, j);
                }
            }
        }
        return b.build();
    }

    /** Reachability by repeated composition until nothing changes. */
    private static Relation closureByDefinition(Relation r) {
        Relation c = r;
        while (true) {
            Relation next = c.union(c.seq(r));
            if (next.equals(c)) {
                return c;
            }
            c = next;
        }
    }

    @Test
    void plusIsTheTransitiveClosureOnAcyclicAndCyclicRelations() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(130);
            Relation r = random(rnd, n, rnd.nextDouble() * 0.1, round % 2 == 0);
            assertEquals(closureByDefinition(r), r.plus(), "n=" + n);
        }
    }

    @Test
    void acyclicityAndCyclesAgree() {
        Random rnd = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(100);
            Relation r = random(rnd, n, rnd.nextDouble() * 0.05, round % 3 == 0);
            boolean acyclic = r.plus().isIrreflexive();
            assertEquals(acyclic, r.isAcyclic());
            List<Integer> cycle = r.findCycle();
            assertEquals(acyclic, cycle.isEmpty());
            for (int i = 0; i < cycle.size(); i++) {
                assertTrue(r.contains(cycle.get(i), cycle.get((i + 1) % cycle.size())), "cycle edge");
            }
        }
    }

    @Test
    void inverseSeqIsTheInverseComposed() {
        Random rnd = new Random(13);
        for (int round = 0; round < 100; round++) {
            int n = 1 + rnd.nextInt(130);
            Relation r = random(rnd, n, rnd.nextDouble() * 0.1, false);
            Relation o = random(rnd, n, rnd.nextDouble() * 0.1, false);
            assertEquals(r.inverse().seq(o), r.inverseSeq(o), "n=" + n);
        }
    }

    @Test
    void complementStaysInsideTheUniverse() {
        EventSet s = EventSet.of(70, e -> e % 3 == 0);
        EventSet c = s.complement();
        assertFalse(c.contains(0));
        assertTrue(c.contains(1));
        assertEquals(70, s.members().length + c.members().length);
    }
}
