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
 * section in {@link PlainAccesses}. Where the generations' files differ, the generation says
 * which definition holds; values that depend on the structure alone are kept in it per
 * generation ({@link #memo}).
 */
final class Run {
    final Structure b;
    final Generation gen;
    final Vocabulary voc;
    /** The bell's addr, data and ctrl: carried through plain writes read in their thread since v6.4 (carry-dep). */
    final Relation addr;
    final Relation data;
    final Relation ctrl;
    /** Whether carry-dep adds anything here, so that relations built on addr, data or ctrl are this execution's own. */
    private final boolean carried;
    private final Execution x;
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
        this(x, disabled, Generation.LINUX_6_1);
    }

    Run(Execution x, Set<Axiom> disabled, Generation gen) {
        this.disabled = disabled;
        this.gen = gen;
        this.x = x;
        this.b = x.structure();
        Structure b = this.b;
        this.voc = Vocabulary.of(b, gen);
        this.bell = b.memo("bell", () -> new Bell(b));
        this.lock = new LockCat(b, x.rf(), x.co());
        this.rf = lock.rf;
        this.co = lock.co;
        this.fr = lock.fr;
        this.marked = voc.marked;
        this.plain = b.memory.minus(marked);
        this.rmw = b.rmw.union(lock.lkRmw);
        this.r4rmb = b.reads.minus(voc.noreturn);
        this.rfe = rf.intersect(b.external);
        this.rfi = rf.intersect(b.internal);
        this.coe = co.intersect(b.external);
        this.fre = fr.intersect(b.external);
        // let carry-dep = (data ; [~ Srcu-unlock] ; rfi)*, then addr, ctrl and data are carry-dep ; themselves
        Relation carryStep = gen.v64Cat() ? dataNotToSrcuUnlock().seq(rfi) : Relation.empty(b.n);
        this.carried = !carryStep.isEmpty();
        Relation carry = carried ? carryStep.star() : null;
        this.addr = carried ? carry.seq(b.addr) : b.addr;
        this.data = carried ? carry.seq(b.data) : b.data;
        this.ctrl = carried ? carry.seq(b.ctrl) : b.ctrl;
    }

    /** data ; [~ Srcu-unlock], the bell's (before carry-dep), where carry-dep and carry-srcu-data start. */
    private Relation dataNotToSrcuUnlock() {
        return b.memo("data ; [~Srcu-unlock]", () -> b.data.to(b.srcuUnlock.complement()));
    }

    /** A value of the structure alone under this generation, computed once per structure. */
    private <T> T memo(String name, java.util.function.Supplier<T> compute) {
        return b.memo(name, gen, compute);
    }

    /** The same for a value built on addr, data or ctrl, which carry-dep may make this execution's own. */
    private <T> T depMemo(String name, java.util.function.Supplier<T> compute) {
        return carried ? compute.get() : memo(name, compute);
    }

    Verdict verdict(boolean wantFlags) {
        Optional<String> failed = firstFailure();
        Set<String> flags = new TreeSet<>();
        if (failed.isEmpty() && wantFlags) {
            if (gen.srcuAsAccesses()) {
                srcuFlags(flags);
            } else {
                if (bell.srcuBadNesting) {
                    flags.add("srcu-bad-nesting");
                }
                if (bell.unmatchedRcuLock || bell.unmatchedRcuUnlock) {
                    flags.add("unbalanced-rcu-locking");
                }
                if (bell.unbalancedSrcu) {
                    flags.add("unbalanced-srcu-locking");
                }
            }
            if (bell.invalidSleep) {
                flags.add("invalid-sleep");
            }
            if (memo("mixed-accesses", () -> !plainAccesses.mixedAccesses().isEmpty())) {
                flags.add("mixed-accesses");
            }
            if (plainAccesses.dataRace()) {
                flags.add("data-race");
            }
            if (!voc.allLocks.isEmpty()) {
                flags.addAll(lock.flags(b, voc, gen));
            }
        }
        return new Verdict(failed, flags);
    }

    /** v6.4's bell: the flags of RCU and of SRCU sections matched through data and rf. */
    private void srcuFlags(Set<String> flags) {
        if (bell.unmatchedRcuLock) {
            flags.add("unmatched-rcu-lock");
        }
        if (bell.unmatchedRcuUnlock) {
            flags.add("unmatched-rcu-unlock");
        }
        if (b.srcuLock.isEmpty() && b.srcuUnlock.isEmpty()) {
            return;
        }
        Relation s = srcuRscs();
        if (!b.srcuLock.minus(s.domain()).isEmpty()) {
            flags.add("unmatched-srcu-lock");
        }
        if (!b.srcuUnlock.minus(s.range()).isEmpty()) {
            flags.add("unmatched-srcu-unlock");
        }
        if (!s.inverse().seq(s).minus(b.id()).isEmpty()) {
            flags.add("multiple-srcu-matches");
        }
        // flag ~empty different-values(srcu-rscs) as srcu-bad-value-match
        boolean[] differ = {false};
        s.forEach((l, u) -> differ[0] |= x.events().get(l).value() != x.events().get(u).value());
        if (differ[0]) {
            flags.add("srcu-bad-value-match");
        }
    }

    private Relation srcuRscsCache;

    /**
     * srcu-rscs: Linux 6.1's nesting; since v6.4 let carry-srcu-data = (data ; [~ Srcu-unlock] ; rf)*
     * and let srcu-rscs = ([Srcu-lock] ; carry-srcu-data ; data ; [Srcu-unlock]) & loc, with the
     * bell's own data (before carry-dep) and rf.
     */
    Relation srcuRscs() {
        if (!gen.srcuAsAccesses()) {
            return bell.srcuRscs;
        }
        if (srcuRscsCache == null) {
            if (b.srcuLock.isEmpty()) {
                srcuRscsCache = Relation.empty(b.n);
            } else {
                Relation carrySrcuData = dataNotToSrcuUnlock().seq(x.rf()).star();
                srcuRscsCache = Relation.identity(b.srcuLock).seq(carrySrcuData).seq(b.data).to(b.srcuUnlock)
                        .intersect(b.loc);
            }
        }
        return srcuRscsCache;
    }

    private Optional<String> firstFailure() {
        if (on(Axiom.LOCK_NEST) && !lock.lockNest(b)) {
            return Optional.of(Axiom.LOCK_NEST.catName());
        }
        if (gen.v611Locks() && on(Axiom.NESTED_IS_LOCKED) && !lock.nestedIsLocked(b)) {
            return Optional.of(Axiom.NESTED_IS_LOCKED.catName());
        }
        if (gen.v611Locks() && !lock.rfRuFromLastUnlock(b, x.rf())) {
            return Optional.of("with rf-ru"); // no execution of herd's: the with's set has no such member
        }
        if (on(Axiom.UNMATCHED_LOCKS) && !lock.unmatchedLocks(b)) {
            return Optional.of(Axiom.UNMATCHED_LOCKS.catName());
        }
        if (on(Axiom.COHERENCE) && !coherent()) {
            return Optional.of(Axiom.COHERENCE.catName());
        }
        // empty rmw & (fre ; coe) as atomic
        if (on(Axiom.ATOMIC) && !rmw.intersect(fre.seq(coe)).isEmpty()) {
            return Optional.of(Axiom.ATOMIC.catName());
        }
        Relation hb = hb();
        if (on(Axiom.HAPPENS_BEFORE) && !hb.isAcyclic()) {
            return Optional.of(Axiom.HAPPENS_BEFORE.catName());
        }
        Relation pb = pb(hb);
        if (on(Axiom.PROPAGATION) && !pb.isAcyclic()) {
            return Optional.of(Axiom.PROPAGATION.catName());
        }
        if (on(Axiom.RCU) && !rcu.rb(hb, pb).isIrreflexive()) {
            return Optional.of(Axiom.RCU.catName());
        }
        if (on(Axiom.PLAIN_COHERENCE) && !plainAccesses.coherent(hb, pb)) {
            return Optional.of(Axiom.PLAIN_COHERENCE.catName());
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
            case NESTED_IS_LOCKED -> gen.v611Locks() ? b.poLoc.restrict(b.lkw, b.ru).minus(b.poLoc.to(b.ul).seq(b.poLoc))
                    : Relation.empty(b.n);
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
        return memo("acq-po", () -> b.po.restrict(voc.acquire, b.memory));
    }

    Relation poRel() {
        return memo("po-rel", () -> b.po.restrict(b.memory, voc.release));
    }

    /** let po-unlock-lock-po = po ; [UL] ; (po|rf) ; [LKR] ; po */
    Relation poUnlockLockPo() {
        return b.po.to(b.ul).seq(b.po.union(rf)).to(b.lkr).seq(b.po);
    }

    Relation rmbRel() {
        return memo("rmb", () -> b.fencerel(FenceKind.RMB).restrict(r4rmb, r4rmb));
    }

    Relation wmbRel() {
        return b.memo("wmb", () -> b.fencerel(FenceKind.WMB).restrict(b.writes, b.writes));
    }

    /** The disjuncts of mb that do not involve rf or co. */
    Relation mbWithoutCo() {
        return memo("mb-static", () -> {
            EventSet m = b.memory;
            EventSet rmwSet = b.rmwAccesses;
            Relation poOpt = b.po.optional();
            Relation r = b.fencerel(voc.mb).restrict(m, m);
            r = r.union(b.fencerel(FenceKind.BEFORE_ATOMIC).from(m).to(rmwSet).seq(poOpt).to(m));
            r = r.union(poOpt.from(m).to(rmwSet).seq(b.fencerel(FenceKind.AFTER_ATOMIC)).to(m));
            r = r.union(poOpt.from(m).to(b.lkw).seq(b.fencerel(FenceKind.AFTER_SPINLOCK)).to(m));
            if (gen.v64Cat()) {
                // ([M] ; po? ; [Srcu-unlock] ; fencerel(After-srcu-read-unlock) ; [M])
                r = r.union(poOpt.from(m).to(b.srcuUnlock).seq(b.fencerel(FenceKind.AFTER_SRCU_READ_UNLOCK)).to(m));
            }
            if (gen.lkmmv2()) {
                // ([M] ; po ; [Mb & R]) | ([Mb & W] ; po ; [M]): the virtual smp_mb() around a fully ordered RMW
                r = r.union(b.po.restrict(m, voc.mbAccesses.intersect(b.reads)))
                        .union(b.po.restrict(voc.mbAccesses.intersect(b.writes), m));
            }
            return r;
        });
    }

    Relation mb() {
        Relation r = mbWithoutCo();
        if (b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty()) {
            return r;
        }
        EventSet m = b.memory;
        if (gen.v64Cat()) {
            // ([M] ; po-unlock-lock-po ; [After-unlock-lock] ; po ; [M])
            return r.union(poUnlockLockPo().from(m).to(b.fences.get(FenceKind.AFTER_UNLOCK_LOCK)).seq(b.po).to(m));
        }
        return r.union(b.po.from(m).to(b.ul).seq(co.union(b.po)).to(b.lkw)
                .seq(b.fencerel(FenceKind.AFTER_UNLOCK_LOCK)).to(m));
    }

    /** let gp = po ; [Sync-rcu | Sync-srcu] ; po? */
    Relation gp() {
        return memo("gp", () -> b.po.to(b.fences.get(FenceKind.SYNC_RCU).union(b.syncSrcu)).seq(b.po.optional()));
    }

    private Relation strongFenceBaseCache;

    Relation strongFenceBase() {
        if (strongFenceBaseCache == null) {
            strongFenceBaseCache = b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty()
                    ? memo("strong-fence", () -> mbWithoutCo().union(gp()))
                    : mb().union(gp());
        }
        return strongFenceBaseCache;
    }

    // ---- Fundamental coherence ordering, ppo ----

    Relation dep() {
        return depMemo("dep", () -> addr.union(data));
    }

    /** ppo, given fence (of which v6.4 keeps fence & int only). */
    Relation ppo(Relation fence) {
        Relation overwrite = co.union(fr);
        Relation dynamic = overwrite.intersect(b.internal).union(dep().to(marked).seq(rfi));
        if (!b.ul.isEmpty()) {
            dynamic = dynamic.union(poUnlockLockPo().intersect(b.internal));
        }
        return ppoWithoutRfCo().union(dynamic).union(gen.v64Cat() ? fence.intersect(b.internal) : fence);
    }

    /**
     * The parts of to-r and to-w that rf and co do not change: (dep | ctrl) ; [W],
     * addr ; [Plain] ; wmb, and addr (to-r's addr ; [R] since v6.4).
     */
    Relation ppoWithoutRfCo() {
        return depMemo("ppo-static", () -> dep().union(ctrl).to(b.writes)
                .union(addr.to(plain).seq(wmbRel()))
                .union(gen.v64Cat() ? addr.to(b.reads) : addr));
    }

    Relation fence() {
        if (b.fences.get(FenceKind.AFTER_UNLOCK_LOCK).isEmpty()) {
            return memo("fence", () -> strongFenceBase().union(poRel()).union(acqPo()).union(wmbRel()).union(rmbRel()));
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
        return thenRmwSequence(inner.restrict(marked, marked));
    }

    private Relation rmwSequenceCache;

    /** r ; rmw-sequence, where since v6.4 let rmw-sequence = (rf ; rmw)* (r itself before, or when no RMW reads a write). */
    Relation thenRmwSequence(Relation r) {
        if (!gen.v64Cat()) {
            return r;
        }
        if (rmwSequenceCache == null) {
            Relation step = rf.seq(rmw);
            rmwSequenceCache = step.isEmpty() ? b.id() : step.star();
        }
        return rmwSequenceCache == b.id() ? r : r.seq(rmwSequenceCache);
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
