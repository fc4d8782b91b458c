package org.lkmm.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lkmm.program.FenceKind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * linux-kernel.cat, one method per definition, evaluated on one candidate execution.
 * Axioms listed in {@code disabled} are not checked (to show each one is load-bearing).
 */
public final class Lkmm {
    private final Set<Axiom> disabled;

    public Lkmm() {
        this(EnumSet.noneOf(Axiom.class));
    }

    public Lkmm(Set<Axiom> disabled) {
        this.disabled = disabled.isEmpty() ? EnumSet.noneOf(Axiom.class) : EnumSet.copyOf(disabled);
    }

    public Verdict check(Execution x, boolean wantFlags) {
        return new Run(x).verdict(wantFlags);
    }

    /** A broken axiom and the relation that breaks it (its cycle, reflexive pair or members). */
    public record Failure(Axiom axiom, Relation witness) {}

    /** Every enabled axiom the execution breaks, in the order of the cat file. */
    public List<Failure> failures(Execution x) {
        Run run = new Run(x);
        List<Failure> out = new ArrayList<>();
        for (Axiom a : Axiom.values()) {
            if (!disabled.contains(a)) {
                Relation r = run.violation(a);
                if (run.breaks(a, r)) {
                    out.add(new Failure(a, r));
                }
            }
        }
        return out;
    }

    private final class Run {
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

        Run(Execution x) {
            this.b = x.structure();
            Structure b = this.b;
            this.bell = b.memo("bell", () -> new Bell(b));
            this.lock = new LockCat(b, x.rf(), x.co());
            this.rf = lock.rf;
            this.co = lock.co;
            this.fr = lock.fr;
            this.marked = b.memo("marked", () -> Bell.marked(b, b.rmw));
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
                if (b.memo("mixed-accesses", () -> !mixedAccesses().isEmpty())) {
                    flags.add("mixed-accesses");
                }
                if (dataRace()) {
                    flags.add("data-race");
                }
            }
            return new Verdict(failed, flags);
        }

        private Optional<Axiom> firstFailure() {
            if (on(Axiom.LOCK_NEST) && !lock.lockNest(b)) {
                return Optional.of(Axiom.LOCK_NEST);
            }
            if (on(Axiom.UNMATCHED_LOCKS) && !lock.unmatchedLocks(b)) {
                return Optional.of(Axiom.UNMATCHED_LOCKS);
            }
            // acyclic po-loc | com as coherence
            if (on(Axiom.COHERENCE) && !b.poLoc.union(com()).isAcyclic()) {
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
            if (on(Axiom.RCU) && !rb(hb, pb).isIrreflexive()) {
                return Optional.of(Axiom.RCU);
            }
            if (on(Axiom.PLAIN_COHERENCE) && !plainCoherence(hb, pb)) {
                return Optional.of(Axiom.PLAIN_COHERENCE);
            }
            return Optional.empty();
        }

        /** The relation an axiom constrains, as the cat file states it. */
        Relation violation(Axiom a) {
            Relation hb = hb();
            return switch (a) {
                case COHERENCE -> b.poLoc.union(com());
                case ATOMIC -> rmw.intersect(fre.seq(coe));
                case HAPPENS_BEFORE -> hb;
                case PROPAGATION -> pb(hb);
                case RCU -> rb(hb, pb(hb));
                case PLAIN_COHERENCE -> plainIncoherence(hb, pb(hb));
                case LOCK_NEST -> b.poLoc.restrict(b.lkw, b.lkr).minus(b.poLoc.to(b.ul).seq(b.poLoc));
                case UNMATCHED_LOCKS -> b.loc.restrict(lock.unmatchedLkw, lock.unmatchedLkw)
                        .minus(Relation.identity(b.all()));
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
            return overwriteExt.optional().restrict(marked, b.all())
                    .seq(cumulFence().star()).to(marked).seq(rfe.optional()).to(marked);
        }

        Relation hb() {
            Relation prop = prop();
            Relation notId = prop.minus(Relation.identity(b.all())).intersect(b.internal);
            return ppo(fence()).union(rfe).union(notId).restrict(marked, marked);
        }

        Relation pb(Relation hb) {
            return prop().seq(strongFenceBase()).seq(hbStar(hb)).to(marked);
        }

        // ---- RCU ----

        private Relation hbStar;
        private Relation pbStar;

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

        Relation rcuLink(Relation hb, Relation pb) {
            return b.po.optional().seq(hbStar(hb)).seq(pbStar(pb)).seq(prop()).seq(b.po);
        }

        private Relation rcuFenceCache;

        Relation rcuFence(Relation hb, Relation pb) {
            if (rcuFenceCache == null) {
                rcuFenceCache = rcuFenceUncached(hb, pb);
            }
            return rcuFenceCache;
        }

        private Relation rcuFenceUncached(Relation hb, Relation pb) {
            if (b.fences.get(FenceKind.SYNC_RCU).isEmpty() && b.syncSrcu.isEmpty()) {
                return Relation.empty(b.n); // no grace period: rcu-order is empty
            }
            Relation link = rcuLink(hb, pb);
            Relation rcuGp = Relation.identity(b.fences.get(FenceKind.SYNC_RCU));
            Relation srcuGp = Relation.identity(b.syncSrcu);
            Relation rscsi = bell.rcuRscs.inverse();
            Relation srscsi = bell.srcuRscs.inverse();
            Relation loc = b.loc;
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
            boolean srcu = !b.syncSrcu.isEmpty();
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
            return b.po.seq(order).seq(b.po.optional());
        }

        /** let rb = prop ; rcu-fence ; hb* ; pb* ; [Marked] */
        Relation rb(Relation hb, Relation pb) {
            return prop().seq(rcuFence(hb, pb)).seq(hbStar(hb)).seq(pbStar(pb)).to(marked);
        }

        // ---- Plain accesses and data races ----

        Relation mixedAccesses() {
            Relation poLocNoBarrier = b.poLoc.minus(barrier());
            return poLocNoBarrier.restrict(plain.intersect(b.writes), marked)
                    .union(poLocNoBarrier.restrict(marked, plain.intersect(b.writes)));
        }

        Relation barrier() {
            EventSet kinds = EventSet.empty(b.n);
            for (FenceKind k : new FenceKind[] {FenceKind.BARRIER, FenceKind.RMB, FenceKind.WMB, FenceKind.MB,
                    FenceKind.SYNC_RCU, FenceKind.BEFORE_ATOMIC, FenceKind.AFTER_ATOMIC,
                    FenceKind.RCU_LOCK, FenceKind.RCU_UNLOCK}) {
                kinds = kinds.union(b.fences.get(k));
            }
            kinds = kinds.union(b.syncSrcu).union(b.acquire).union(b.release).union(b.srcuLock).union(b.srcuUnlock);
            return b.fencerel(kinds).union(b.po.to(b.release)).union(b.po.from(b.acquire));
        }

        private Relation strongFence;
        private Relation fenceFull;
        private Relation nonrwFence;
        private Relation xbstar;

        private void plainRelations(Relation hb, Relation pb) {
            if (strongFence != null) {
                return;
            }
            Relation rcuFence = rcuFence(hb, pb);
            strongFence = strongFenceBase().union(rcuFence);
            // nonrw-fence was bound before the RCU section redefined strong-fence: cat lets are values
            nonrwFence = strongFenceBase().union(poRel()).union(acqPo());
            fenceFull = nonrwFence.union(wmbRel()).union(rmbRel()).union(rcuFence);
            Relation rbRel = prop().seq(rcuFence).seq(hbStar(hb)).seq(pbStar(pb)).to(marked);
            xbstar = hb.union(pb).union(rbRel).star();
        }

        Relation vis() {
            Relation tail = strongFence.to(marked).seq(xbstar).union(xbstar.intersect(b.internal));
            return cumulFence().star().seq(rfe.optional()).to(marked).seq(tail);
        }

        Relation wPreBounded() {
            return b.addr.union(fenceFull).optional().restrict(marked, b.all());
        }

        Relation rPreBounded() {
            Relation rmbToUnmarked = b.fencerel(FenceKind.RMB).restrict(r4rmb, b.noreturn.complement());
            return b.addr.union(nonrwFence).union(rmbToUnmarked).optional().restrict(marked, b.all());
        }

        Relation wPostBounded() {
            return fenceFull.optional().to(marked);
        }

        Relation rPostBounded() {
            Relation rmbFrom = b.fencerel(FenceKind.RMB).restrict(b.noreturn.complement(), r4rmb);
            return nonrwFence.union(rmbFrom).optional().to(marked);
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
            return Relation.product(plain, b.memory).union(Relation.product(b.memory.minus(b.iw), plain))
                    .intersect(b.external);
        }

        boolean plainCoherence(Relation hb, Relation pb) {
            return plain.isEmpty() || plainIncoherence(hb, pb).isEmpty();
        }

        /** wr-incoh | rw-incoh | ww-incoh */
        Relation plainIncoherence(Relation hb, Relation pb) {
            if (plain.isEmpty()) {
                return Relation.empty(b.n);
            }
            plainRelations(hb, pb);
            Relation preRace = preRace();
            Relation wrIncoh = preRace.intersect(rf).intersect(rwXbstar().inverse());
            Relation rwIncoh = preRace.intersect(fr).intersect(wrVis().inverse());
            Relation wwIncoh = preRace.intersect(co).intersect(wwVis().inverse());
            return wrIncoh.union(rwIncoh).union(wwIncoh);
        }

        boolean dataRace() {
            if (plain.isEmpty()) {
                return false;
            }
            Relation hb = hb();
            plainRelations(hb, pb(hb));
            Relation preRace = preRace();
            Relation wwVis = wwVis();
            Relation wrVis = wrVis();
            Relation rwX = rwXbstar();
            Relation wwNonrace = wwVis
                    .intersect(Relation.product(marked, b.writes).union(rwX))
                    .intersect(Relation.product(b.writes, marked).union(wrVis));
            Relation wwRace = preRace.intersect(co).minus(wwNonrace);
            Relation wrRace = preRace.intersect(co.optional().seq(rf)).minus(wrVis).minus(rwX.inverse());
            Relation rwRace = preRace.intersect(fr).minus(rwX);
            return !wwRace.union(wrRace).union(rwRace).isEmpty();
        }
    }
}
