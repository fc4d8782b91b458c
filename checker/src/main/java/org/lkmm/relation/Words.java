package org.lkmm.relation;

final class Words {
    private Words() {}

    static int of(int bits) {
        return (bits + 63) >>> 6;
    }
}
