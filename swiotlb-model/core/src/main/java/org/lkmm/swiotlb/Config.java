package org.lkmm.swiotlb;

/**
 * The default pool's geometry and what the allocator may do, as boot code leaves them: nareas a
 * power of two and every area a whole number of segments (area_nslabs a multiple of 128).
 * {@link #boot} computes them from a command line {@code swiotlb=<nslabs>,<nareas>} the way the
 * kernel does; the constructor refuses a geometry the kernel could never produce.
 */
public record Config(int nslabs, int nareas, boolean canGrow, Kernel kernel) {
    /** SLABS_PER_PAGE << MAX_ORDER: a dynamic pool is at most one buddy block (4 MiB). */
    public static final int DYNAMIC_POOL_CAP = (IoTlb.PAGE_SIZE / IoTlb.SIZE) << 10;

    public Config {
        if (nareas <= 0 || Integer.bitCount(nareas) != 1) {
            throw new IllegalArgumentException("nareas must be a power of two: " + nareas);
        }
        if (nslabs <= 0 || nslabs % nareas != 0 || (nslabs / nareas) % IoTlb.SEGSIZE != 0) {
            throw new IllegalArgumentException(nslabs + " slots in " + nareas
                    + " areas: every area must hold whole segments (see Config.boot)");
        }
    }

    /**
     * setup_io_tlb_npages + swiotlb_adjust_nareas + round_up_default_nslabs: nslabs aligned up to
     * a segment, nareas 0 -> 1 and rounded up to a power of two, then nslabs raised to 128 per
     * area or, if that is not needed, rounded up to a power of two.
     */
    public static Config boot(int nslabs, int nareas, boolean canGrow, Kernel kernel) {
        int slabs = align(Math.max(nslabs, 1), IoTlb.SEGSIZE);
        int areas = nareas <= 0 ? 1 : roundUpPowerOfTwo(nareas);
        if (slabs < IoTlb.SEGSIZE * areas) {
            slabs = IoTlb.SEGSIZE * areas;
        } else if (Integer.bitCount(slabs) != 1) {
            slabs = roundUpPowerOfTwo(slabs);
        }
        return new Config(slabs, areas, canGrow, kernel);
    }

    public static Config boot(int nslabs, int nareas, boolean canGrow) {
        return boot(nslabs, nareas, canGrow, Kernel.V6_6_3);
    }

    /** limit_nareas: fewer areas when a pool is too small for 128 slots in each. */
    static int limitNareas(int nareas, int nslots) {
        return nslots < nareas * IoTlb.SEGSIZE ? nslots / IoTlb.SEGSIZE : nareas;
    }

    /** swiotlb_alloc_pool(NULL, ..., default_nslabs, default_nareas): capped, areas re-limited. */
    int growthNslabs() {
        return Math.min(nslabs, DYNAMIC_POOL_CAP);
    }

    int growthNareas() {
        return limitNareas(nareas, growthNslabs());
    }

    private static int align(int n, int to) {
        return (n + to - 1) / to * to;
    }

    private static int roundUpPowerOfTwo(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }
}
