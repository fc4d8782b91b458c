package org.lkmm.swiotlb;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the kernel would print (dev_warn, WARN_ONCE) where it carries on: a failed map, an
 * over-long sync it clamps, an access before the mapping it skips. Kept so tests can see it.
 */
public final class Warnings {
    private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

    void warn(String message) {
        if (seen.size() < 1000) {
            seen.add(message);
        }
    }

    public List<String> all() {
        return List.copyOf(seen);
    }

    public boolean any(String fragment) {
        return seen.stream().anyMatch(m -> m.contains(fragment));
    }
}
