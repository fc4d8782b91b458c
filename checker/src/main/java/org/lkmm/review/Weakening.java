package org.lkmm.review;

import java.util.List;
import java.util.Map;

/**
 * The cheaper forms a reviewer could use for each ordering primitive, weakest first.
 * "-" means the call is removed; a name means the call is renamed (same arguments);
 * "plain" turns READ_ONCE/WRITE_ONCE into a plain C access.
 */
final class Weakening {
    static final String REMOVE = "-";
    static final String PLAIN = "plain";

    private static final Map<String, List<String>> ALTERNATIVES = Map.ofEntries(
            Map.entry("smp_mb", List.of(REMOVE, "smp_wmb", "smp_rmb")),
            Map.entry("smp_rmb", List.of(REMOVE)),
            Map.entry("smp_wmb", List.of(REMOVE)),
            Map.entry("smp_mb__before_atomic", List.of(REMOVE)),
            Map.entry("smp_mb__after_atomic", List.of(REMOVE)),
            Map.entry("smp_mb__after_spinlock", List.of(REMOVE)),
            Map.entry("smp_mb__after_unlock_lock", List.of(REMOVE)),
            Map.entry("synchronize_rcu", List.of(REMOVE)),
            Map.entry("synchronize_rcu_expedited", List.of(REMOVE)),
            Map.entry("rcu_read_lock", List.of(REMOVE)),
            Map.entry("smp_store_release", List.of("WRITE_ONCE")),
            Map.entry("smp_load_acquire", List.of("READ_ONCE")),
            Map.entry("rcu_assign_pointer", List.of("WRITE_ONCE")),
            Map.entry("atomic_set_release", List.of("atomic_set")),
            Map.entry("atomic_read_acquire", List.of("atomic_read")),
            Map.entry("smp_store_mb", List.of("WRITE_ONCE")),
            Map.entry("xchg", List.of("xchg_relaxed")),
            Map.entry("xchg_acquire", List.of("xchg_relaxed")),
            Map.entry("xchg_release", List.of("xchg_relaxed")),
            Map.entry("cmpxchg", List.of("cmpxchg_relaxed")),
            Map.entry("cmpxchg_acquire", List.of("cmpxchg_relaxed")),
            Map.entry("cmpxchg_release", List.of("cmpxchg_relaxed")),
            Map.entry("atomic_xchg", List.of("atomic_xchg_relaxed")),
            Map.entry("atomic_cmpxchg", List.of("atomic_cmpxchg_relaxed")),
            Map.entry("atomic_add_return", List.of("atomic_add_return_relaxed")),
            Map.entry("atomic_sub_return", List.of("atomic_sub_return_relaxed")),
            Map.entry("atomic_inc_return", List.of("atomic_inc_return_relaxed")),
            Map.entry("atomic_dec_return", List.of("atomic_dec_return_relaxed")),
            Map.entry("atomic_fetch_add", List.of("atomic_fetch_add_relaxed")),
            Map.entry("atomic_fetch_sub", List.of("atomic_fetch_sub_relaxed")),
            Map.entry("atomic_fetch_inc", List.of("atomic_fetch_inc_relaxed")),
            Map.entry("atomic_fetch_dec", List.of("atomic_fetch_dec_relaxed")),
            Map.entry("READ_ONCE", List.of(PLAIN)),
            Map.entry("WRITE_ONCE", List.of(PLAIN)));

    private Weakening() {}

    static List<String> alternatives(String primitive) {
        return ALTERNATIVES.getOrDefault(primitive, List.of());
    }

    /** The weakest alternative: what the primitive becomes when its ordering is dropped. */
    static String weakest(String primitive) {
        return alternatives(primitive).get(0);
    }
}
