package org.lkmm.review;

import org.lkmm.ast.SourcePos;

/** An ordering primitive in a test: which process, where, which call. */
public record Site(int process, SourcePos pos, String primitive) {
    /** rcu_read_unlock() goes with its rcu_read_lock() site; it is rewritten alongside it. */
    boolean pairsWithUnlock() {
        return primitive.equals("rcu_read_lock");
    }
}
