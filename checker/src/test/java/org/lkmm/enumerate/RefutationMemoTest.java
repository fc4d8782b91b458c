package org.lkmm.enumerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lkmm.relation.Relation;

/** The memo answers a repeated question without asking the model, and stays within its budget. */
class RefutationMemoTest {
    private static Relation pair(int a, int b) {
        Relation.Builder r = Relation.builder(10);
        r.add(a, b);
        return r.build();
    }

    @Test
    void equalRelationsAreJudgedOnce() {
        RefutationMemo memo = new RefutationMemo();
        AtomicInteger asked = new AtomicInteger();
        assertTrue(memo.refutes(null, pair(1, 2), r -> asked.incrementAndGet() > 0));
        assertTrue(memo.refutes(null, pair(1, 2), r -> asked.incrementAndGet() < 0), "the first answer, not a new one");
        assertEquals(1, asked.get());
    }

    @Test
    void leastRecentlyUsedGoFirstBeyondTheBudget() {
        RefutationMemo memo = new RefutationMemo(3 * (10 + 8)); // room for three relations of 10 events
        for (int b = 0; b < 10; b++) {
            memo.refutes(null, pair(0, b), r -> false);
        }
        assertEquals(3, memo.size());
        AtomicInteger asked = new AtomicInteger();
        memo.refutes(null, pair(0, 9), r -> asked.incrementAndGet() > 0);
        memo.refutes(null, pair(0, 0), r -> asked.incrementAndGet() > 0);
        assertEquals(1, asked.get(), "the newest is kept, the oldest is gone");
    }
}
