package org.lkmm.swiotlb;

/**
 * Simulated physical memory holding the drivers' original buffers. Copies are plain, like
 * memcpy: whoever hands a buffer to another CPU orders the hand-over, as drivers must.
 */
public final class Ram {
    private final long base;
    private final byte[] bytes;

    public Ram(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
    }

    public void write(long addr, byte[] data) {
        System.arraycopy(data, 0, bytes, index(addr, data.length), data.length);
    }

    public byte[] read(long addr, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, index(addr, length), out, 0, length);
        return out;
    }

    private int index(long addr, int length) {
        if (addr < base || addr + length > base + bytes.length) {
            throw new IllegalArgumentException(String.format("0x%x+%d is outside RAM", addr, length));
        }
        return (int) (addr - base);
    }
}
