package org.lkmm.model;

import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * lock.cat: pairs lock reads and writes into RMWs, matches locks with unlocks, and merges
 * UL into co and LKR into rf. The enumerator has already chosen co over IW, W and LKW (with
 * unmatched LKWs last) and rf for LF and RU events.
 */
final class LockCat {
    final Relation lkRmw;
    final Relation critical;
    final EventSet unmatchedLkw;
    final Relation co;
    final Relation rf;
    final Relation fr;

    LockCat(Structure b, Relation baseRf, Relation baseCo) {
        Relation poLoc = b.poLoc;
        // let lk-rmw = ([LKR] ; po-loc ; [LKW]) \ (po ; po)
        lkRmw = b.memo("lk-rmw", () -> poLoc.restrict(b.lkr, b.lkw).minus(b.po.seq(b.po)));
        // let critical = ([LKW] ; po-loc ; [UL]) \ (po-loc ; [LKW | UL] ; po-loc)
        critical = b.memo("critical", () -> poLoc.restrict(b.lkw, b.ul).minus(poLoc.to(b.lkw.union(b.ul)).seq(poLoc)));
        unmatchedLkw = b.memo("unmatched-lkw", () -> b.lkw.minus(critical.domain()));
        if (b.lkw.isEmpty() && b.lf.isEmpty() && b.ru.isEmpty()) {
            co = baseCo;
            rf = baseRf;
            fr = rf.inverseSeq(co);
            return;
        }
        // let co = (co | critical | (critical^-1 ; co))+
        co = baseCo.union(critical).union(critical.inverse().seq(baseCo)).plus();
        // let rf = rf | ([IW | UL] ; singlestep(co) ; lk-rmw^-1)
        rf = baseRf.union(co.immediate().from(b.iw.union(b.ul)).seq(lkRmw.inverse()));
        // let fr = rf^-1 ; co
        fr = rf.inverseSeq(co);
    }

    /** empty ([LKW] ; po-loc ; [LKR]) \ (po-loc ; [UL] ; po-loc) as lock-nest */
    boolean lockNest(Structure b) {
        return b.poLoc.restrict(b.lkw, b.lkr).minus(b.poLoc.to(b.ul).seq(b.poLoc)).isEmpty();
    }

    /** v6.11's empty ([LKW] ; po-loc ; [RU]) \ (po-loc ; [UL] ; po-loc) as nested-is-locked */
    boolean nestedIsLocked(Structure b) {
        return b.ru.isEmpty() || b.poLoc.restrict(b.lkw, b.ru).minus(b.poLoc.to(b.ul).seq(b.poLoc)).isEmpty();
    }

    /**
     * Whether each RU reading an unlock of its own thread reads the last one before it, as v6.11's
     * possible-rf-ru has it ((UL * {e}) & po-loc) \ ([UL] ; po-loc ; [UL] ; po-loc); the
     * enumerator offers Linux 6.1's choices (no LKW between), whose other members nested-is-locked
     * forbids, so this leaves exactly v6.11's executions.
     */
    boolean rfRuFromLastUnlock(Structure b, Relation baseRf) {
        return b.ru.isEmpty() || baseRf.restrict(b.ul, b.ru).intersect(b.poLoc.to(b.ul).seq(b.poLoc)).isEmpty();
    }

    /**
     * lock.cat's flags, which depend on the structure alone: flag ~empty [M \ IW] ; loc ;
     * [ALL-LOCKS] as mixed-lock-accesses (M: the bell's memory accesses, which lock events are
     * not; since v6.11 [M \ IW \ ALL-LOCKS], ALL-LOCKS with the SRCU events), ~empty LKW \
     * range(lk-rmw) as unpaired-LKW, ~empty LKR \ domain(lk-rmw) as unpaired-LKR, ~empty UL \
     * range(critical) as unmatched-unlock (an unlock with no lock before it in its thread).
     * lock-final, which turns on the condition, is the model's.
     */
    java.util.List<String> flags(Structure b, Vocabulary voc, Generation gen) {
        return b.memo("lock-flags", gen, () -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            EventSet allLocks = voc.allLocks;
            if (allLocks.isEmpty()) {
                return java.util.List.<String>of();
            }
            EventSet accesses = b.memory.minus(allLocks).minus(b.iw);
            if (!b.loc.restrict(accesses, allLocks).isEmpty()) {
                out.add("mixed-lock-accesses");
            }
            if (!b.lkw.minus(lkRmw.range()).isEmpty()) {
                out.add("unpaired-LKW");
            }
            if (!b.lkr.minus(lkRmw.domain()).isEmpty()) {
                out.add("unpaired-LKR");
            }
            if (!b.ul.minus(critical.range()).isEmpty()) {
                out.add("unmatched-unlock");
            }
            return java.util.List.copyOf(out);
        });
    }

    /** empty ([UNMATCHED-LKW] ; loc ; [UNMATCHED-LKW]) \ id as unmatched-locks */
    boolean unmatchedLocks(Structure b) {
        Relation r = b.loc.restrict(unmatchedLkw, unmatchedLkw);
        return r.minus(b.id()).isEmpty();
    }
}
