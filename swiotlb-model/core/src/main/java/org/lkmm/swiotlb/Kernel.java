package org.lkmm.swiotlb;

/**
 * Which kernel's behaviour the model follows where fixes changed it, so that a fixed bug can be
 * replayed as a difference between two versions (SWIOTLB.md section 8):
 * <ul>
 * <li>freeRunsStopAtPoolEnd: 53c87e846e33 (6.7, in 6.6.3; CVE-2023-52790), free-run counts
 *     never pass the end of the pool; 6.6.0 assumed whole segments.</li>
 * <li>areaMajorSearch: 6.8 tries area k of every pool before area k + 1 (pool-major before).</li>
 * <li>rejectOversizeEarly: 3dc2f209208d (6.8), a request above 128 slots fails before it
 *     schedules growth or allocates a transient pool.</li>
 * <li>alignment69: Will Deacon's series and Petr Tesarik's pre-padding (6.9, in 6.6.y): the
 *     allocation start always honours alloc_align_mask (and page alignment), also for
 *     swiotlb_alloc() with no original address, and min_align_mask bits above a slot are kept
 *     with padding slots in front of the mapping (pad_slots).</li>
 * </ul>
 */
public record Kernel(String name, boolean freeRunsStopAtPoolEnd, boolean areaMajorSearch,
                     boolean rejectOversizeEarly, boolean alignment69) {
    /** v6.6 as released. */
    public static final Kernel V6_6_0 = new Kernel("6.6.0", false, false, false, false);
    /** v6.6.3: 6.6 with the out-of-bounds fix; the model's default. */
    public static final Kernel V6_6_3 = new Kernel("6.6.3", true, false, false, false);
    public static final Kernel V6_8 = new Kernel("6.8", true, true, true, false);
    public static final Kernel V6_9 = new Kernel("6.9", true, true, true, true);

    @Override
    public String toString() {
        return name;
    }
}
