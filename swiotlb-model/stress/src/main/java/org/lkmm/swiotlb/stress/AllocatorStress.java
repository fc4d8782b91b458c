package org.lkmm.swiotlb.stress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.lkmm.swiotlb.Config;
import org.lkmm.swiotlb.Device;
import org.lkmm.swiotlb.Direction;
import org.lkmm.swiotlb.IoTlb;
import org.lkmm.swiotlb.Pool;
import org.lkmm.swiotlb.Ram;
import org.lkmm.swiotlb.Swiotlb;

/**
 * The whole allocator under load: N mapping threads map buffers for devices of three kinds
 * (plain; NVMe-like, keeping 12 address bits; one with a 64 KiB segment boundary) in every
 * direction, and hand each mapping to the next thread through a release/acquire queue, which
 * checks is_swiotlb_buffer(), the data and unmaps it. The growth worker and the RCU callbacks
 * run on threads of their own. The default pool (4096 slots, 32 areas, as swiotlb=4096,32)
 * is too small for what is in flight, so growth and transient pools are part of every run.
 * Checked on the way: every slot has one owner (a shared map from slot address to mapping),
 * every mapping lies in one area of its pool,
 * TO_DEVICE data reaches the device, FROM_DEVICE data comes back, no map fails (every request
 * but the boundary device's is one the kernel can satisfy). Checked at the end: nothing used, every pool's free runs as
 * fresh, every transient list empty. A map may fail only for the boundary device: when it
 * falls back to an exact-size transient pool, the kernel too may find no run inside one
 * boundary window; those are counted.
 *
 * Usage: AllocatorStress SECONDS SEED [THREADS]
 */
public final class AllocatorStress {
    private static final long RAM_BASE = 0x1000_0000L;
    private static final int BUFFERS_PER_THREAD = 64;
    private static final int BUFFER_BYTES = 64 * IoTlb.SIZE + IoTlb.PAGE_SIZE;

    private final Ram ram;
    private final Swiotlb swiotlb;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "swiotlb-dyn-alloc"));
    private final ExecutorService rcu = Executors.newSingleThreadExecutor(r -> daemon(r, "rcu-callbacks"));
    private final Device[] devices = {new Device(0), new Device(4096 - 1), new Device(0, 64 * 1024 - 1)};
    private final Map<Long, Long> owner = new ConcurrentHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicLong maps = new AtomicLong();
    private final AtomicLong transientMaps = new AtomicLong();
    private final AtomicLong boundaryFailures = new AtomicLong();
    private final List<Queue<Mapping>> queues = new ArrayList<>();
    private final AtomicBoolean[][] bufferBusy;
    private final int threads;
    /** Set when a CPU died: the others stop instead of waiting for its mappings. */
    private final AtomicBoolean aborted = new AtomicBoolean();
    /** CPUs still in their mapping phase: a CPU drains until none is. */
    private final AtomicInteger mapping;

    /** One live mapping, handed from its mapper to the thread that unmaps it. */
    private record Mapping(long token, int thread, int buffer, Device dev, long orig, int size, Direction dir,
                           long tlb, byte[] expectBack) {}

    AllocatorStress(int threads) {
        this.threads = threads;
        this.mapping = new AtomicInteger(threads);
        this.ram = new Ram(RAM_BASE, threads * BUFFERS_PER_THREAD * BUFFER_BYTES);
        this.swiotlb = new Swiotlb(ram, 0x8000_0000L, Config.boot(4096, 32, true), worker, rcu);
        this.bufferBusy = new AtomicBoolean[threads][BUFFERS_PER_THREAD];
        for (int t = 0; t < threads; t++) {
            queues.add(new ConcurrentLinkedQueue<>());
            for (int b = 0; b < BUFFERS_PER_THREAD; b++) {
                bufferBusy[t][b] = new AtomicBoolean();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        long seed = Long.parseLong(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        AllocatorStress s = new AllocatorStress(threads);
        List<String> failures = s.run((long) (seconds * 1e9), seed);
        failures.stream().limit(20).forEach(f -> System.out.println("AllocatorStress: " + f));
        System.out.println(s.summary() + (failures.isEmpty() ? "" : "; FAILED (" + failures.size() + " problems)"));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    List<String> run(long nanos, long seed) throws InterruptedException {
        long end = System.nanoTime() + nanos;
        List<Thread> cpus = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Random random = new Random(seed * 31 + t);
            cpus.add(new Thread(() -> cpu(me, random, end), "cpu" + t));
        }
        cpus.forEach(Thread::start);
        for (Thread t : cpus) {
            t.join();
        }
        worker.shutdown();
        worker.awaitTermination(1, TimeUnit.MINUTES);
        rcu.shutdown();
        rcu.awaitTermination(1, TimeUnit.MINUTES);
        if (!aborted.get()) {
            checkQuiescent();
        }
        return failures;
    }

    /** One CPU: map while there is time, unmap what the previous CPU handed over, then drain. */
    private void cpu(int me, Random random, long end) {
        try {
            while (System.nanoTime() < end && !aborted.get()) {
                int buffer = random.nextInt(BUFFERS_PER_THREAD);
                if (random.nextInt(10) < 8 && bufferBusy[me][buffer].compareAndSet(false, true)) {
                    Mapping m = map(me, buffer, random);
                    if (m != null) {
                        queues.get((me + 1) % threads).add(m); // a release
                    } else {
                        bufferBusy[me][buffer].set(false);
                    }
                } else {
                    unmapOne(me);
                }
            }
            mapping.decrementAndGet();
            long drainEnd = System.nanoTime() + 30_000_000_000L;
            while ((mapping.get() > 0 || !allBuffersFree(me) || !queues.get(me).isEmpty()) && !aborted.get()) {
                if (!unmapOne(me)) {
                    Thread.yield();
                }
                if (System.nanoTime() > drainEnd) {
                    fail(Thread.currentThread().getName() + ": mappings never came back");
                    aborted.set(true);
                }
            }
        } catch (RuntimeException | AssertionError e) {
            fail(Thread.currentThread().getName() + ": " + e);
            aborted.set(true);
        }
    }

    private Mapping map(int me, int buffer, Random random) {
        Device dev = devices[random.nextInt(devices.length)];
        int maxSlots = dev.segBoundaryMask() == -1L ? 64 : 32;
        int size = random.nextInt(4) == 0 ? 1 + random.nextInt(IoTlb.PAGE_SIZE)
                : 1 + random.nextInt(maxSlots * IoTlb.SIZE - IoTlb.SIZE);
        long base = RAM_BASE + ((long) me * BUFFERS_PER_THREAD + buffer) * BUFFER_BYTES;
        // page-aligned for page-sized requests; otherwise an offset the kernel can always serve
        long orig = size >= IoTlb.PAGE_SIZE && random.nextBoolean() ? base : base + random.nextInt(IoTlb.SIZE);
        Direction dir = Direction.values()[random.nextInt(3)];
        long token = maps.incrementAndGet();
        byte[] out = pattern(token, size);
        ram.write(orig, out);
        long tlb = swiotlb.map(dev, orig, size, dir);
        if (tlb == Swiotlb.MAPPING_ERROR && dev == devices[2]) {
            boundaryFailures.incrementAndGet(); // an exact-size transient pool need not fit the boundary
            return null;
        }
        if (tlb == Swiotlb.MAPPING_ERROR) {
            throw new AssertionError("map of " + size + " bytes at 0x" + Long.toHexString(orig) + " failed: "
                    + swiotlb.warnings().all().stream().reduce((a, b) -> b).orElse(""));
        }
        if (swiotlb.findPool(dev, tlb).orElseThrow().isTransient()) {
            transientMaps.incrementAndGet();
        }
        claimSlots(token, dev, orig, tlb, size);
        checkOneArea(dev, orig, tlb, size);
        if (!Arrays.equals(out, swiotlb.deviceRead(dev, tlb, size))) {
            fail("map did not copy the data in (token " + token + ")");
        }
        byte[] back = null;
        if (dir != Direction.TO_DEVICE) {
            back = pattern(~token, size);
            swiotlb.deviceWrite(dev, tlb, back);
        }
        return new Mapping(token, me, buffer, dev, orig, size, dir, tlb, back);
    }

    private boolean unmapOne(int me) {
        Mapping m = queues.get(me).poll(); // an acquire
        if (m == null) {
            return false;
        }
        if (!swiotlb.isSwiotlbBuffer(m.dev(), m.tlb())) {
            fail("is_swiotlb_buffer() says no for a live mapping (token " + m.token() + ")");
        }
        releaseSlots(m);
        swiotlb.unmap(m.dev(), m.tlb(), m.size(), m.dir(), false);
        byte[] now = ram.read(m.orig(), m.size());
        byte[] want = m.expectBack() != null ? m.expectBack() : pattern(m.token(), m.size());
        if (!Arrays.equals(want, now)) {
            fail(m.dir() + " data did not round-trip (token " + m.token() + ")");
        }
        bufferBusy[m.thread()][m.buffer()].set(false);
        return true;
    }

    /** The slots a mapping covers, from its first slot (tlb less the kept offset). */
    private void claimSlots(long token, Device dev, long orig, long tlb, int size) {
        int offset = IoTlb.alignOffset(dev, orig);
        long first = tlb - offset;
        for (int i = 0; i < IoTlb.slots(size + offset); i++) {
            Long other = owner.putIfAbsent(first + (long) i * IoTlb.SIZE, token);
            if (other != null) {
                fail(String.format("slot 0x%x handed out twice (mappings %d and %d)", first + (long) i * IoTlb.SIZE,
                        other, token));
            }
        }
    }

    /** A mapping lies in one area of its pool: an area is whole segments, and no run crosses one. */
    private void checkOneArea(Device dev, long orig, long tlb, int size) {
        Pool pool = swiotlb.findPool(dev, tlb).orElseThrow();
        int areaSlots = pool.nslabs() / pool.nareas();
        int offset = IoTlb.alignOffset(dev, orig);
        int first = (int) ((tlb - offset - pool.start()) >> IoTlb.SHIFT);
        int last = first + IoTlb.slots(size + offset) - 1;
        if (first / areaSlots != last / areaSlots) {
            fail("slots " + first + ".." + last + " cross from one area of " + areaSlots + " slots into the next");
        }
    }

    private void releaseSlots(Mapping m) {
        int offset = IoTlb.alignOffset(m.dev(), m.orig());
        long first = m.tlb() - offset;
        for (int i = 0; i < IoTlb.slots(m.size() + offset); i++) {
            owner.remove(first + (long) i * IoTlb.SIZE, m.token());
        }
    }

    private boolean allBuffersFree(int me) {
        for (AtomicBoolean b : bufferBusy[me]) {
            if (b.get()) {
                return false;
            }
        }
        return true;
    }

    private void checkQuiescent() {
        if (swiotlb.used() != 0) {
            fail("total_used is " + swiotlb.used() + " with nothing mapped");
        }
        for (Pool p : swiotlb.pools()) {
            if (p.used() != 0) {
                fail("a pool has " + p.used() + " slots in use with nothing mapped");
            }
            if (!Arrays.equals(p.initialFreeRuns(), p.freeRuns())) {
                fail("free runs of the pool at 0x" + Long.toHexString(p.start()) + " are not restored");
            }
            if (p.start() % IoTlb.PAGE_SIZE != 0) {
                fail("pool at 0x" + Long.toHexString(p.start()) + " is not page-aligned");
            }
        }
        for (Device d : devices) {
            if (!swiotlb.transientPools(d).isEmpty()) {
                fail(swiotlb.transientPools(d).size() + " transient pools left on a device's list");
            }
        }
        if (!owner.isEmpty()) {
            fail(owner.size() + " slots still owned");
        }
    }

    String summary() {
        return String.format("AllocatorStress: %d maps on %d threads, %d in transient pools, %d failed for the"
                        + " boundary device, %d pools (%d slots), high-water %d slots", maps.get(), threads,
                transientMaps.get(), boundaryFailures.get(), swiotlb.pools().size(), swiotlb.totalSlots(),
                swiotlb.usedHiwater());
    }

    private synchronized void fail(String what) {
        if (failures.size() < 1000) {
            failures.add(what);
        }
    }

    /** Bytes no other mapping has at the same place. */
    private static byte[] pattern(long token, int size) {
        byte[] b = new byte[size];
        long x = token * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (x >>> ((i & 7) << 3));
            if ((i & 7) == 7) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        return b;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
