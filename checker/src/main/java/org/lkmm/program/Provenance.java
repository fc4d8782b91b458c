package org.lkmm.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * How a candidate value was derived: for each way of deriving it found so far, the sites (reads
 * and writes, see {@link Sites}) it went through, keeping only the minimal sets. A read may take
 * the value if some derivation avoids it, and a minimal derivation serves every later use at
 * least as well as any derivation containing it, so the minimal sets stand for all of them
 * while the paths enumerate each value once instead of once per derivation.
 */
final class Provenance {
    private static final Provenance NONE = new Provenance(List.of(new BitSet()));

    private final List<BitSet> minimal;

    private Provenance(List<BitSet> minimal) {
        this.minimal = minimal;
    }

    /** A value derived through no site (initial values, constants). */
    static Provenance none() {
        return NONE;
    }

    /** Whether some derivation does not go through site. */
    boolean avoids(int site) {
        for (BitSet s : minimal) {
            if (!s.get(site)) {
                return true;
            }
        }
        return false;
    }

    /** The derivations that avoid site, each extended by it; null if none avoids it. */
    Provenance through(int site) {
        List<BitSet> out = new ArrayList<>(minimal.size());
        for (BitSet s : minimal) {
            if (!s.get(site)) {
                BitSet t = (BitSet) s.clone();
                t.set(site);
                out.add(t);
            }
        }
        return out.isEmpty() ? null : new Provenance(out);
    }

    /** Derivations of a value computed from this one and other: one of each, joined. */
    Provenance join(Provenance other) {
        List<BitSet> out = new ArrayList<>();
        for (BitSet a : minimal) {
            for (BitSet b : other.minimal) {
                BitSet u = (BitSet) a.clone();
                u.or(b);
                addMinimal(out, u);
            }
        }
        return new Provenance(out);
    }

    /** This and other's derivations together, or this when other adds nothing. */
    Provenance merge(Provenance other) {
        List<BitSet> out = new ArrayList<>(minimal);
        boolean added = false;
        for (BitSet s : other.minimal) {
            added |= addMinimal(out, s);
        }
        return added ? new Provenance(out) : this;
    }

    int derivations() {
        return minimal.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && minimal.equals(p.minimal);
    }

    @Override
    public int hashCode() {
        return minimal.hashCode();
    }

    /** Adds s unless a set inside it is there already; drops the sets s is inside of. */
    private static boolean addMinimal(List<BitSet> sets, BitSet s) {
        for (BitSet t : sets) {
            if (inside(t, s)) {
                return false;
            }
        }
        sets.removeIf(t -> inside(s, t));
        sets.add(s);
        return true;
    }

    private static boolean inside(BitSet small, BitSet big) {
        BitSet extra = (BitSet) small.clone();
        extra.andNot(big);
        return extra.isEmpty();
    }
}
