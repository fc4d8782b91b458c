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

    /** empty ([UNMATCHED-LKW] ; loc ; [UNMATCHED-LKW]) \ id as unmatched-locks */
    boolean unmatchedLocks(Structure b) {
        Relation r = b.loc.restrict(unmatchedLkw, unmatchedLkw);
        return r.minus(b.id()).isEmpty();
    }
}
