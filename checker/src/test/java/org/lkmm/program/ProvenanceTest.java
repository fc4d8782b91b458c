package org.lkmm.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Minimal derivations answer as all derivations would. */
class ProvenanceTest {
    /** A value first derived through the given sites. */
    private static Provenance via(int... sites) {
        Provenance p = Provenance.none();
        for (int s : sites) {
            p = p.through(s);
        }
        return p;
    }

    @Test
    void aReadRejectsOnlyValuesWhoseEveryDerivationWentThroughIt() {
        Provenance twoWays = via(1, 2).merge(via(3));
        assertTrue(twoWays.avoids(1), "the derivation through 3 avoids 1");
        assertTrue(twoWays.avoids(3));
        assertNull(via(1, 2).through(2), "the only derivation went through 2");
        assertFalse(twoWays.through(1).avoids(3), "through 1 only the derivation via 3 is left, now via 1 too");
    }

    @Test
    void derivationsContainingAnotherAddNothing() {
        Provenance small = via(1);
        assertSame(small, small.merge(via(1, 2)), "{1} serves wherever {1,2} would");
        Provenance merged = via(1, 2).merge(via(1));
        assertEquals(1, merged.derivations(), "{1,2} is dropped for {1}");
    }

    @Test
    void aValueComputedFromTwoPairsTheirDerivations() {
        Provenance a = via(1).merge(via(2));
        Provenance b = via(3).merge(via(4));
        Provenance joined = a.join(b);
        assertEquals(4, joined.derivations());
        assertTrue(joined.through(1).avoids(3), "{2,3} and {2,4} are left, then joined with 1");
        assertNull(via(1).join(via(1, 3)).through(3), "every pair goes through 3");
    }
}
