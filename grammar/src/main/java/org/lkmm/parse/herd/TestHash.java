package org.lkmm.parse.herd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * herd7's {@code Hash=} line for a C test (lib/CTestHash.ml, lib/testHash.ml):
 * MD5(info ‖ MD5(init) ‖ MD5(code) ‖ MD5(locations)), where init is the init block reprinted,
 * code the functions' parameters and raw bodies, and locations those the constraints show. A
 * {@code Hash=} metadata line in the header is printed as it is instead.
 */
public final class TestHash {
    private TestHash() {}

    /** The value of the Hash line herd7 prints, or empty when it prints none. */
    public static Optional<String> of(Sections s) throws HerdSyntaxError {
        boolean given = false;
        for (Sections.Info i : s.info()) {
            if (i.key().equalsIgnoreCase("Hash")) {
                given = true;
                if (i.key().equals("Hash")) {
                    return Optional.of(i.value());
                }
            }
        }
        if (given) {
            return Optional.empty(); // "hash=..." stops the digest and prints nothing
        }
        duplicates(s.info()); // only while digesting: a Hash line spares the check
        byte[] init = md5(InitDigest.of(s.init()));
        byte[] code = md5(CodeDigest.of(s.code()));
        byte[] locations = md5(VisibleLocations.of(s.constraints()));
        byte[] info = info(s.info());
        MessageDigest d = digest();
        d.update(info);
        d.update(init);
        d.update(code);
        d.update(locations);
        return Optional.of(HexFormat.of().formatHex(d.digest()));
    }

    /**
     * herd sorts the metadata by key before it digests them (do_digest_info) and stops when two
     * keys it compares are the same but for case (MiscParser.key_match): keys that sort next to
     * each other are always compared.
     */
    private static void duplicates(List<Sections.Info> info) throws HerdSyntaxError {
        List<String> keys = new java.util.ArrayList<>();
        info.forEach(i -> keys.add(i.key()));
        keys.sort(java.util.Comparator.naturalOrder());
        for (int k = 1; k < keys.size(); k++) {
            if (keys.get(k).equalsIgnoreCase(keys.get(k - 1))) {
                throw new HerdSyntaxError("Duplicated meta-data on key " + keys.get(k));
            }
        }
    }

    /** TestHash.digest_info: only MemoryType, MT and CacheType lines count, newest first. */
    private static byte[] info(List<Sections.Info> info) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Sections.Info i : info) {
            sorted.putIfAbsent(i.key(), i.value());
        }
        StringBuilder b = new StringBuilder();
        for (var e : sorted.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (key.equals("memorytype") || key.equals("mt") || key.equals("cachetype")) {
                b.insert(0, key + "=" + e.getValue());
            }
        }
        return b.length() == 0 ? new byte[0] : md5(b.toString());
    }

    private static byte[] md5(String latin1) {
        return digest().digest(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
