package org.lkmm.swiotlb;

/** enum dma_data_direction: which way data flows, and so which copies a bounce buffer needs. */
public enum Direction {
    BIDIRECTIONAL, TO_DEVICE, FROM_DEVICE, NONE;

    boolean copiesIn() {
        return this == BIDIRECTIONAL || this == TO_DEVICE;
    }

    boolean copiesOut() {
        return this == BIDIRECTIONAL || this == FROM_DEVICE;
    }
}
