package org.lkmm.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * The relations of linux-kernel.cat on one execution, by their cat names, for explanations that
 * speak the model's language (org.lkmm.explain). Each is what {@link Run} computes for the checks;
 * to-r and to-w, which Run folds into ppo, are spelled out here as the cat has them, and so are
 * the three race relations behind the data-race flag. Names that the cat rebinds after the RCU
 * section (fence, strong-fence) have the meaning hb and pb see: before rcu-fence joins them;
 * rcu-fence is its own name. The plain-access section's relations are empty on an execution
 * without plain accesses, where Run does not compute them and no race can be.
 */
public final class CatRelations {
    /** Every name get() knows, in the order of the cat file. */
    public static final List<String> NAMES = List.of("po", "rf", "co", "fr", "rfe", "rfi", "coe", "fre", "po-loc",
            "addr", "data", "ctrl", "rmw", "acq-po", "po-rel", "po-unlock-lock-po", "rmb", "wmb", "mb", "gp",
            "strong-fence", "nonrw-fence", "fence", "dep", "rwdep", "overwrite", "to-w", "to-r", "ppo",
            "rmw-sequence", "cumul-fence", "prop", "hb", "pb", "rcu-link", "rcu-fence", "rb", "pre-race", "ww-vis", "wr-vis",
            "rw-xbstar", "ww-race", "wr-race", "rw-race", "mixed-accesses");

    /** The names of the plain-access section: empty on an execution without plain accesses. */
    private static final java.util.Set<String> PLAIN_SECTION = java.util.Set.of("pre-race", "ww-vis", "wr-vis", "rw-xbstar",
            "ww-race", "wr-race", "rw-race");

    private final Run run;
    private final Map<String, Relation> known = new HashMap<>();
    private PlainAccesses plain;

    private CatRelations(Execution x, Generation generation) {
        this.run = new Run(x, java.util.EnumSet.noneOf(Axiom.class), generation);
    }

    /** Linux 6.1's relations on x. */
    public static CatRelations of(Execution x) {
        return new CatRelations(x, Generation.LINUX_6_1);
    }

    /** The relations of this generation's files on x. */
    public static CatRelations of(Execution x, Generation generation) {
        return new CatRelations(x, generation);
    }

    /** linux-kernel.bell's Marked events. */
    public EventSet marked() {
        return run.marked;
    }

    /** The relation the cat file names so on this execution (lock.cat's rf and co, which include lock events). */
    public Relation get(String name) {
        Relation r = known.get(name);
        if (r == null) {
            r = compute(name);
            known.put(name, r);
        }
        return r;
    }

    private Relation compute(String name) {
        Structure b = run.b;
        if (PLAIN_SECTION.contains(name) && run.plain.isEmpty()) {
            return Relation.empty(b.n); // Run computes the plain-access section only with plain accesses
        }
        return switch (name) {
            case "po" -> b.po;
            case "rf" -> run.rf;
            case "co" -> run.co;
            case "fr" -> run.fr;
            case "rfe" -> run.rfe;
            case "rfi" -> run.rfi;
            case "coe" -> run.coe;
            case "fre" -> run.fre;
            case "po-loc" -> b.poLoc;
            case "addr" -> run.addr;
            case "data" -> run.data;
            case "ctrl" -> run.ctrl;
            case "rmw" -> run.rmw;
            case "acq-po" -> run.acqPo();
            case "po-rel" -> run.poRel();
            case "po-unlock-lock-po" -> run.poUnlockLockPo();
            case "rmb" -> run.rmbRel();
            case "wmb" -> run.wmbRel();
            case "mb" -> run.mb();
            case "gp" -> run.gp();
            case "strong-fence" -> run.strongFenceBase();
            case "nonrw-fence" -> run.strongFenceBase().union(run.poRel()).union(run.acqPo());
            case "fence" -> run.fence();
            case "dep" -> run.dep();
            // let rwdep = (dep | ctrl) ; [W]
            case "rwdep" -> run.dep().union(run.ctrl).to(b.writes);
            case "overwrite" -> run.co.union(run.fr);
            // let to-w = rwdep | (overwrite & int) | (addr ; [Plain] ; wmb)
            case "to-w" -> get("rwdep").union(get("overwrite").intersect(b.internal)).union(run.addr.to(run.plain).seq(run.wmbRel()));
            // let to-r = addr | (dep ; [Marked] ; rfi), since v6.4 (addr ; [R]) | (dep ; [Marked] ; rfi)
            case "to-r" -> (run.gen.v64Cat() ? run.addr.to(b.reads) : run.addr).union(run.dep().to(run.marked).seq(run.rfi));
            case "ppo" -> run.ppo(run.fence());
            // let rmw-sequence = (rf ; rmw)* (since v6.4; the identity before, where nothing follows a cumul-fence)
            case "rmw-sequence" -> run.thenRmwSequence(b.id());
            case "cumul-fence" -> run.cumulFence();
            case "prop" -> run.prop();
            case "hb" -> run.hb();
            case "pb" -> run.pb(get("hb"));
            case "rcu-link" -> new Rcu(run).rcuLink(get("hb"), get("pb"));
            case "rcu-fence" -> run.rcuFence(get("hb"), get("pb"));
            case "rb" -> new Rcu(run).rb(get("hb"), get("pb"));
            case "pre-race" -> plain().preRace();
            case "ww-vis" -> plain().wwVis();
            case "wr-vis" -> plain().wrVis();
            case "rw-xbstar" -> plain().rwXbstar();
            // let ww-nonrace = ww-vis & ((Marked * W) | rw-xbstar) & ((W * Marked) | wr-vis)
            // let ww-race = (pre-race & co) \ ww-nonrace
            case "ww-race" -> get("pre-race").intersect(run.co).minus(get("ww-vis")
                    .intersect(Relation.product(run.marked, b.writes).union(get("rw-xbstar")))
                    .intersect(Relation.product(b.writes, run.marked).union(get("wr-vis"))));
            // let wr-race = (pre-race & (co? ; rf)) \ wr-vis \ rw-xbstar^-1
            case "wr-race" -> get("pre-race").intersect(run.co.optional().seq(run.rf)).minus(get("wr-vis"))
                    .minus(get("rw-xbstar").inverse());
            // let rw-race = (pre-race & fr) \ rw-xbstar
            case "rw-race" -> get("pre-race").intersect(run.fr).minus(get("rw-xbstar"));
            case "mixed-accesses" -> new PlainAccesses(run).mixedAccesses();
            default -> throw new IllegalArgumentException("no relation " + name + " in linux-kernel.cat");
        };
    }

    /** The plain-access section, its visibility relations computed (incoherence sets them up). */
    private PlainAccesses plain() {
        if (plain == null) {
            plain = new PlainAccesses(run);
            plain.incoherence(get("hb"), get("pb"));
        }
        return plain;
    }
}
