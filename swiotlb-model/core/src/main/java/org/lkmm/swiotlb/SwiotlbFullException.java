package org.lkmm.swiotlb;

/** No slots for a mapping ("swiotlb buffer is full"); the allocator is unchanged. */
public final class SwiotlbFullException extends RuntimeException {
    public SwiotlbFullException(String message) {
        super(message);
    }
}
