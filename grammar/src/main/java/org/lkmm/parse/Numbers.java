package org.lkmm.parse;

final class Numbers {
    private Numbers() {}

    static long parse(String text) {
        if (text.startsWith("0x") || text.startsWith("0X")) {
            return Long.parseUnsignedLong(text.substring(2), 16);
        }
        return Long.parseLong(text);
    }
}
