package org.lkmm.model;

import org.lkmm.program.FenceKind;
import org.lkmm.relation.Relation;

/**
 * The RCU section of linux-kernel.cat: rcu-link, the rcu-order fixed point, rcu-fence and rb,
 * for one candidate execution.
 */
final class Rcu {
    private final Run run;

    Rcu(Run run) {
        this.run = run;
    }

    Relation rcuLink(Relation hb, Relation pb) {
        return run.b.po.optional().seq(run.hbStar(hb)).seq(run.pbStar(pb)).seq(run.prop()).seq(run.b.po);
    }

    private Relation rcuFenceCache;

    Relation rcuFence(Relation hb, Relation pb) {
        if (rcuFenceCache == null) {
            rcuFenceCache = rcuFenceUncached(hb, pb);
        }
        return rcuFenceCache;
    }

    private Relation rcuFenceUncached(Relation hb, Relation pb) {
        if (run.b.fences.get(FenceKind.SYNC_RCU).isEmpty() && run.b.syncSrcu.isEmpty()) {
            return Relation.empty(run.b.n); // no grace period: rcu-order is empty
        }
        Relation link = rcuLink(hb, pb);
        Relation rcuGp = Relation.identity(run.b.fences.get(FenceKind.SYNC_RCU));
        Relation srcuGp = Relation.identity(run.b.syncSrcu);
        Relation rscsi = run.bell.rcuRscs.inverse();
        Relation srscsi = run.srcuRscs().inverse();
        Relation loc = run.b.loc;
        // the products with rcu-link that every round of the fixed point reuses
        Relation gpLink = rcuGp.seq(link);
        Relation linkRscs = link.seq(rscsi);
        Relation sgpLink = srcuGp.seq(link);
        Relation linkSrscs = link.seq(srscsi);
        // (srcu parts stay empty without synchronize_srcu(); they are skipped below)
        Relation rscsLink = rscsi.seq(link);
        Relation linkGp = link.seq(rcuGp);
        Relation srscsLink = srscsi.seq(link);
        Relation linkSgp = link.seq(srcuGp);
        boolean srcu = !run.b.syncSrcu.isEmpty();
        Relation order = rcuGp.union(srcuGp)
                .union(gpLink.seq(rscsi))
                .union(rscsLink.seq(rcuGp));
        if (srcu) {
            order = order.union(sgpLink.seq(srscsi).intersect(loc)).union(srscsLink.seq(srcuGp).intersect(loc));
        }
        while (true) {
            Relation next = order
                    .union(gpLink.seq(order).seq(linkRscs))
                    .union(rscsLink.seq(order).seq(linkGp))
                    .union(order.seq(link).seq(order));
            if (srcu) {
                next = next.union(sgpLink.seq(order).seq(linkSrscs).intersect(loc))
                        .union(srscsLink.seq(order).seq(linkSgp).intersect(loc));
            }
            if (next.equals(order)) {
                break;
            }
            order = next;
        }
        return run.b.po.seq(order).seq(run.b.po.optional());
    }

    /** let rb = prop ; rcu-fence ; hb* ; pb* ; [Marked] */
    Relation rb(Relation hb, Relation pb) {
        Relation fence = rcuFence(hb, pb);
        if (fence.isEmpty()) {
            return fence; // no grace period: nothing for hb* and pb* to extend
        }
        return run.prop().seq(fence).seq(run.hbStar(hb)).seq(run.pbStar(pb)).to(run.marked);
    }
}
