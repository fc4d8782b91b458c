package org.lkmm.model;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lkmm.program.FenceKind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * linux-kernel.cat evaluated on one candidate execution: the basic relations, ppo, prop, hb and
 * pb, and the order of the checks. The RCU section lives in {@link Rcu}, the plain-access
 * section in {@link PlainAccesses}.
 */
final class Run {
    final Structure b;
    final Bell bell;
    final LockCat lock;
    final Relation rf;
    final Relation co;
    final Relation fr;
    final Relation rmw;
    final EventSet marked;
    final EventSet plain;
    final EventSet r4rmb;
    final Relation rfe;
    final Relation rfi;
    final Relation coe;
    final Relation fre;
    private final Set<Axiom> disabled;
    private final Rcu rcu = new Rcu(this);
    private final PlainAccesses plainAccesses = new PlainAccesses(this);

    Run(Execution x, Set<Axiom> disabled) {
        this.disabled = disabled;
        this.b = x.structure();
        Structure b = this.b;
        this.bell = b.memo("bell", () -> new Bell(b));
        this.lock = new LockCat(b, x.rf(), x.co());
        this.rf = lock.rf;
        this.co = lock.co;
        this.fr = lock.fr;
        this.marked = b.marked();
        this.plain = b.memory.minus(marked);
        this.rmw = b.rmw.union(lock.lkRmw);
        this.r4rmb = b.reads.minus(b.noreturn);
        this.rfe = rf.intersect(b.external);
        this.rfi = rf.intersect(b.internal);
        this.coe = co.intersect(b.external);
        this.fre = fr.intersect(b.external);
    }

    Verdict verdict(boolean wantFlags) {
        Optional<Axiom> failed = firstFailure();
        Set<String> flags = new TreeSet<>();
        if (failed.isEmpty() && wantFlags) {
            if (bell.srcuBadNesting) {
                flags.add("srcu-bad-nesting");
            }
            if (bell.unbalancedRcu) {
                flags.add("unbalanced-rcu-locking");
            }
            if (bell.unbalancedSrcu) {
                flags.add("unbalanced-srcu-locking");
            }
            if (b.memo("mixed-accesses", () -> !plainAccesses.mixedAccesses().isEmpty())) {
                flags.add("mixed-accesses");
            }
            if (plainAccesses.dataRace()) {
                flags.add("data-race");
            }
            if (b.hasLockEvents()) {
                flags.addAll(lock.flags(b));
            }
        }
        return new Verdict(failed.map(Axiom::catName), flags);
    }

    private Optional<Axiom> firstFailure() {
        if (on(Axiom.LOCK_NEST) && !lock.lockNest(b)) {
            return Optional.of(Axiom.LOCK_NEST);
        }
        if (on(Axiom.UNMATCHED_LOCKS) && !lock.unmatchedLocks(b)) {
            return Optional.of(Axiom.UNMATCHED_LOCKS);
        }
        if (on(Axiom.COHERENCE) && !coherent()) {
            return Optional.of(Axiom.COHERENCE);
        }
        // empty rmw & (fre ; coe) as atomic
        if (on(Axiom.ATOMIC) && !rmw.intersect(fre.seq(coe)).isEmpty()) {
            return Optional.of(Axiom.ATOMIC);
        }
        Relation hb = hb();
        if (on(Axiom.HAPPENS_BEFORE) && !hb.isAcyclic()) {
            return Optional.of(Axiom.HAPPENS_BEFORE);
        }
        Relation pb = pb(hb);
        if (on(Axiom.PROPAGATION) && !pb.isAcyclic()) {
            return Optional.of(Axiom.PROPAGATION);
        }
        if (on(Axiom.RCU) && !rcu.rb(hb, pb).isIrreflexive()) {
            return Optional.of(Axiom.RCU);
        }
        if (on(Axiom.PLAIN_COHERENCE) && !plainAccesses.coherent(hb, pb)) {
            return Optional.of(Axiom.PLAIN_COHERENCE);
        }
        return Optional.empty();
    }

    /** acyclic po-loc | com as coherence */
    boolean coherent() {
        return b.poLoc.union(com()).isAcyclic();
    }

    /** The relation an axiom constrains, as the cat file states it. */
    Relation violation(Axiom a) {
        Relation hb = hb();
        return switch (a) {
            case COHERENCE -> b.poLoc.union(com());
            case ATOMIC -> rmw.intersect(fre.seq(coe));
            case HAPPENS_BEFORE -> hb;
            case PROPAGATION -> pb(hb);
            case RCU -> rcu.rb(hb, pb(hb));
            case PLAIN_COHERENCE -> plainAccesses.incoherence(hb, pb(hb));
            case LOCK_NEST -> b.poLoc.restrict(b.lkw, b.lkr).minus(b.poLoc.to(b.ul).seq(b.poLoc));
            case UNMATCHED_LOCKS -> b.loc.restrict(lock.unmatchedLkw, lock.unmatchedLkw)
                    .minus(b.id());
        };
    }

    boolean breaks(Axiom a, Relation r) {
        return switch (a) {
            case COHERENCE, HAPPENS_BEFORE, PROPAGATION -> !r.isAcyclic();
            case RCU -> !r.isIrreflexive();
            default -> !r.isEmpty();
        };
    }

    private boolean on(Axiom a) {
        return !disabled.contains(a);
    }

    Relation com() {
        return rf.union(co).union(fr);
    }

    // ---- Basic relations ----

    Relation acqPo() {
        return b.memo("acq-po", () -> b.po.restrict(b.acquire, b.memory));
    }

    Relation poRel() {
        return b.memo("po-rel", () -> b.po.restrict(b.memory, b.release));
    }

    /** let po-unlock-lock-po = po ; [UL] ; (po|rf) ; [LKR] ; po */
    Relation poUnlockLockPo() {
        return b.po.to(b.ul).seq(b.po.union(rf)).to(b.lkr).seq(b.po);
    }

    Relation rmbRel() {
        return b.memo("rmb", () -> b.fencerel(FenceKind.RMB).restrict(r4rmb, r4rmb));
    }

    Relation wmbRel() {
        return b.memo("wmb", () -> b.fencerel(FenceKind.WMB).restrict(b.writes, b.writes));
    }

    /** The disjuncts of mb that do not involve co. */
    Relation mbWithoutCo() {
        return b.memo("mb-static", () -> {
            EventSet m = b.memory;
            EventSet rmwSet = b.rmwAccesses;
            Relation poOpt = b.po.optional();
            Relation r = b.fencerel(FenceKind.MB).restrict(m, m);
            r = r.union(b.fencerel(FenceKind.BEFORE_ATOMIC).from(m).to(rmwSet).seq(poOpt).to(m));
            r = r.union(poOpt.from(m).to(rmwSet).seq(b.fencerel(FenceKind.AFTER_ATOMIC)).to(m));
            return r.union(poOpt.from(m).to(b.lkw).seq(b.fencerel(FenceKind.AFTER_SPINLOCK)).to(m));
        });
    }

    Relation mb() {
        Relation r = mbWithoutCo();
        if (b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty()) {
            return r;
        }
        EventSet m = b.memory;
        return r.union(b.po.from(m).to(b.ul).seq(co.union(b.po)).to(b.lkw)
                .seq(b.fencerel(FenceKind.AFTER_UNLOCK_LOCK)).to(m));
    }

    /** let gp = po ; [Sync-rcu | Sync-srcu] ; po? */
    Relation gp() {
        return b.memo("gp", () -> b.po.to(b.fences.get(FenceKind.SYNC_RCU).union(b.syncSrcu)).seq(b.po.optional()));
    }

    private Relation strongFenceBaseCache;

    Relation strongFenceBase() {
        if (strongFenceBaseCache == null) {
            strongFenceBaseCache = b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty()
                    ? b.memo("strong-fence", () -> mbWithoutCo().union(gp()))
                    : mb().union(gp());
        }
        return strongFenceBaseCache;
    }

    // ---- Fundamental coherence ordering, ppo ----

    Relation dep() {
        return b.memo("dep", () -> b.addr.union(b.data));
    }

    Relation ppo(Relation nonrwFenceAndFence) {
        Relation overwrite = co.union(fr);
        Relation dynamic = overwrite.intersect(b.internal).union(dep().to(marked).seq(rfi));
        if (!b.ul.isEmpty()) {
            dynamic = dynamic.union(poUnlockLockPo().intersect(b.internal));
        }
        return ppoWithoutRfCo().union(dynamic).union(nonrwFenceAndFence);
    }

    /** The parts of to-r and to-w that rf and co do not change: addr, (dep | ctrl) ; [W], addr ; [Plain] ; wmb. */
    Relation ppoWithoutRfCo() {
        return b.memo("ppo-static", () -> dep().union(b.ctrl).to(b.writes)
                .union(b.addr.to(plain).seq(wmbRel()))
                .union(b.addr));
    }

    Relation fence() {
        if (b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty()) {
            return b.memo("fence", () -> strongFenceBase().union(poRel()).union(acqPo()).union(wmbRel()).union(rmbRel()));
        }
        return strongFenceBase().union(poRel()).union(acqPo()).union(wmbRel()).union(rmbRel());
    }

    Relation aCumul(Relation r) {
        return rfe.to(marked).optional().seq(r);
    }

    private Relation cumulFenceCache;
    private Relation propCache;

    Relation cumulFence() {
        if (cumulFenceCache == null) {
            cumulFenceCache = cumulFenceUncached();
        }
        return cumulFenceCache;
    }

    private Relation cumulFenceUncached() {
        Relation inner = aCumul(strongFenceBase().union(poRel())).union(wmbRel()).union(poUnlockLockPo());
        return inner.restrict(marked, marked);
    }

    /** let prop = [Marked] ; (overwrite & ext)? ; cumul-fence* ; [Marked] ; rfe? ; [Marked] */
    Relation prop() {
        if (propCache == null) {
            propCache = propUncached();
        }
        return propCache;
    }

    private Relation propUncached() {
        Relation overwriteExt = co.union(fr).intersect(b.external);
        return overwriteExt.optional().from(marked).seq(propTail());
    }

    /**
     * cumul-fence* ; [Marked] ; rfe? ; [Marked], the part of prop that turns on rf alone when
     * co cannot enter cumul-fence (no after-unlock-lock fence, no lock events): the co choices
     * of one rf choice share it.
     */
    private Relation propTail() {
        if (!b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty() || b.hasLockEvents()) {
            return propTailUncached();
        }
        return b.perRf(rf, this::propTailUncached);
    }

    private Relation propTailUncached() {
        return cumulFence().star().to(marked).seq(rfe.optional()).to(marked);
    }

    Relation hb() {
        Relation prop = prop();
        Relation notId = prop.minus(b.id()).intersect(b.internal);
        return ppo(fence()).union(rfe).union(notId).restrict(marked, marked);
    }

    Relation pb(Relation hb) {
        return prop().seq(strongFenceBase()).seq(hbStar(hb)).to(marked);
    }

    private Relation hbStar;
    private Relation pbStar;

    /** rcu-fence, from the RCU section. */
    Relation rcuFence(Relation hb, Relation pb) {
        return rcu.rcuFence(hb, pb);
    }

    Relation hbStar(Relation hb) {
        if (hbStar == null) {
            hbStar = hb.star();
        }
        return hbStar;
    }

    Relation pbStar(Relation pb) {
        if (pbStar == null) {
            pbStar = pb.star();
        }
        return pbStar;
    }
}
