package org.lkmm.model;

import org.lkmm.program.FenceKind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * The "Plain accesses and data races" section of linux-kernel.cat: mixed-accesses,
 * visibility and the bounds of plain accesses, plain-coherence and the data-race flag.
 */
final class PlainAccesses {
    private final Run run;

    PlainAccesses(Run run) {
        this.run = run;
    }

    Relation mixedAccesses() {
        Relation poLocNoBarrier = run.b.poLoc.minus(barrier());
        return poLocNoBarrier.restrict(run.plain.intersect(run.b.writes), run.marked)
                .union(poLocNoBarrier.restrict(run.marked, run.plain.intersect(run.b.writes)));
    }

    Relation barrier() {
        EventSet kinds = EventSet.empty(run.b.n);
        for (FenceKind k : new FenceKind[] {FenceKind.BARRIER, FenceKind.RMB, FenceKind.WMB,
                FenceKind.SYNC_RCU, FenceKind.BEFORE_ATOMIC, FenceKind.AFTER_ATOMIC,
                FenceKind.RCU_LOCK, FenceKind.RCU_UNLOCK}) {
            kinds = kinds.union(run.b.fences.get(k));
        }
        kinds = kinds.union(run.voc.mb).union(run.b.syncSrcu).union(run.voc.acquire).union(run.voc.release)
                .union(run.b.srcuLock).union(run.b.srcuUnlock);
        return run.b.fencerel(kinds).union(run.b.po.to(run.voc.release)).union(run.b.po.from(run.voc.acquire));
    }

    private Relation strongFence;
    private Relation fenceFull;
    private Relation nonrwFence;
    private Relation xbstar;

    private void plainRelations(Relation hb, Relation pb) {
        if (strongFence != null) {
            return;
        }
        Relation rcuFence = run.rcuFence(hb, pb);
        strongFence = run.strongFenceBase().union(rcuFence);
        // nonrw-fence was bound before the RCU section redefined strong-fence: cat lets are values
        nonrwFence = run.strongFenceBase().union(run.poRel()).union(run.acqPo());
        fenceFull = nonrwFence.union(run.wmbRel()).union(run.rmbRel()).union(rcuFence);
        Relation rbRel = run.prop().seq(rcuFence).seq(run.hbStar(hb)).seq(run.pbStar(pb)).to(run.marked);
        xbstar = hb.union(pb).union(rbRel).star();
    }

    Relation vis() {
        Relation tail = strongFence.to(run.marked).seq(xbstar).union(xbstar.intersect(run.b.internal));
        return run.cumulFence().star().seq(run.rfe.optional()).to(run.marked).seq(tail);
    }

    Relation wPreBounded() {
        return run.addr.union(fenceFull).optional().from(run.marked);
    }

    Relation rPreBounded() {
        Relation rmbToUnmarked = run.b.fencerel(FenceKind.RMB).restrict(run.r4rmb, run.voc.noreturn.complement());
        return run.addr.union(nonrwFence).union(rmbToUnmarked).optional().from(run.marked);
    }

    /** let w-post-bounded = fence? ; [Marked] (; rmw-sequence since v6.4) */
    Relation wPostBounded() {
        return run.thenRmwSequence(fenceFull.optional().to(run.marked));
    }

    Relation rPostBounded() {
        Relation rmbFrom = run.b.fencerel(FenceKind.RMB).restrict(run.voc.noreturn.complement(), run.r4rmb);
        return nonrwFence.union(rmbFrom).optional().to(run.marked);
    }

    Relation wwVis() {
        return fenceFull.union(strongFence.seq(xbstar).seq(wPreBounded()))
                .union(wPostBounded().seq(vis()).seq(wPreBounded()));
    }

    Relation wrVis() {
        return fenceFull.union(strongFence.seq(xbstar).seq(rPreBounded()))
                .union(wPostBounded().seq(vis()).seq(rPreBounded()));
    }

    Relation rwXbstar() {
        return fenceFull.union(rPostBounded().seq(xbstar).seq(wPreBounded()));
    }

    /** let pre-race = ext & ((Plain * M) | ((M \ IW) * Plain)) */
    Relation preRace() {
        return Relation.product(run.plain, run.b.memory).union(Relation.product(run.b.memory.minus(run.b.iw), run.plain))
                .intersect(run.b.external);
    }

    boolean coherent(Relation hb, Relation pb) {
        return run.plain.isEmpty() || incoherence(hb, pb).isEmpty();
    }

    /** wr-incoh | rw-incoh | ww-incoh */
    Relation incoherence(Relation hb, Relation pb) {
        if (run.plain.isEmpty()) {
            return Relation.empty(run.b.n);
        }
        plainRelations(hb, pb);
        Relation preRace = preRace();
        Relation wrIncoh = preRace.intersect(run.rf).intersect(rwXbstar().inverse());
        Relation rwIncoh = preRace.intersect(run.fr).intersect(wrVis().inverse());
        Relation wwIncoh = preRace.intersect(run.co).intersect(wwVis().inverse());
        return wrIncoh.union(rwIncoh).union(wwIncoh);
    }

    boolean dataRace() {
        if (run.plain.isEmpty()) {
            return false;
        }
        Relation hb = run.hb();
        plainRelations(hb, run.pb(hb));
        Relation preRace = preRace();
        Relation wwVis = wwVis();
        Relation wrVis = wrVis();
        Relation rwX = rwXbstar();
        Relation wwNonrace = wwVis
                .intersect(Relation.product(run.marked, run.b.writes).union(rwX))
                .intersect(Relation.product(run.b.writes, run.marked).union(wrVis));
        Relation wwRace = preRace.intersect(run.co).minus(wwNonrace);
        Relation wrRace = preRace.intersect(run.co.optional().seq(run.rf)).minus(wrVis).minus(rwX.inverse());
        Relation rwRace = preRace.intersect(run.fr).minus(rwX);
        return !wwRace.union(wrRace).union(rwRace).isEmpty();
    }
}
