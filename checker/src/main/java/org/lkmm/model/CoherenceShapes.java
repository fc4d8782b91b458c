package org.lkmm.model;

/**
 * The coherence axiom, acyclic (po-loc | rf | co | fr), and the atomicity axiom, empty rmw &
 * (fre ; coe), as they read on candidate executions (every read has one source, co is total per
 * location): the one place that states them. The model checks executions with it; the
 * enumerator derives from it the rf choices and co orders it builds, so that every candidate
 * it builds passes both while they are checked.
 *
 * <p>Coherence then holds exactly when every two accesses of one location, first before second
 * in program order, go forward in co: the write behind the first (the write itself, or the one
 * a read takes) is earlier in co than the write behind the second, or the same write when the
 * second is a read. These are the four shapes of "Herding cats": CoWW and CoRW need a later
 * write, CoWR and CoRR allow the same one. Atomicity then holds when each RMW's write comes
 * right after the write its read takes (enumerate/CoherenceOrders builds co that way; model/Run
 * checks the axiom as the cat file states it).
 */
public final class CoherenceShapes {
    private CoherenceShapes() {}

    /** What co must do for two po-ordered accesses of one location, given the writes behind them. */
    public enum Need {
        /** Nothing: the same write, which the second, a read, may take again. */
        NOTHING,
        /** Put the first's write before the second's. */
        FIRST_BEFORE_SECOND,
        /** Nothing can: the same write behind both, and the second writes (a read of a po-later own write). */
        IMPOSSIBLE
    }

    public static Need need(int firstWrite, int secondWrite, boolean secondReads) {
        if (firstWrite == secondWrite) {
            return secondReads ? Need.NOTHING : Need.IMPOSSIBLE;
        }
        return Need.FIRST_BEFORE_SECOND;
    }

    /** Whether two such accesses are coherent, given the places in co of the writes behind them. */
    public static boolean inOrder(int firstPlace, int secondPlace, boolean secondReads) {
        return secondReads ? firstPlace <= secondPlace : firstPlace < secondPlace;
    }
}
