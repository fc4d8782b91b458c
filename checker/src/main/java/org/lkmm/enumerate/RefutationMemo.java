package org.lkmm.enumerate;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.lkmm.model.Structure;
import org.lkmm.relation.Relation;

/**
 * Which partial rf choices the model refuted, per structure. Skeletons of one shape share a
 * structure and differ in values only, which refutation does not look at; the paths of later
 * threads revisit the same partial rf choices many times over. The least recently used
 * entries go once the relations kept would take more than about 32 MB.
 */
final class RefutationMemo {
    private final long budgetLongs;

    private record Key(Structure structure, Relation rf) {}

    private final Map<Key, Boolean> refuted = new LinkedHashMap<>(1024, 0.75f, true);
    private long longs;

    RefutationMemo() {
        this(4_000_000);
    }

    /** A memo whose relations take at most about budgetLongs longs. */
    RefutationMemo(long budgetLongs) {
        this.budgetLongs = budgetLongs;
    }

    boolean refutes(Structure structure, Relation partialRf, Predicate<Relation> judge) {
        Key key = new Key(structure, partialRf);
        Boolean known = refuted.get(key);
        if (known == null) {
            known = judge.test(partialRf);
            refuted.put(key, known);
            longs += cost(partialRf);
            Iterator<Key> eldest = refuted.keySet().iterator();
            while (longs > budgetLongs && eldest.hasNext()) {
                longs -= cost(eldest.next().rf());
                eldest.remove();
            }
        }
        return known;
    }

    int size() {
        return refuted.size();
    }

    private static long cost(Relation r) {
        int n = r.size();
        return (long) n * ((n + 63) / 64) + 8; // its rows, and the entry around them
    }
}
