package org.lkmm.parse.herd;

import java.util.List;

/**
 * A litmus file as herd7's splitter cuts it (lib/splitter.mll): the test name, the metadata
 * lines before the init block, and the raw text of the init block, the code and the final
 * constraints. All text is Latin-1, one char per byte, as herd reads it.
 */
public record Sections(String name, List<Info> info, String init, String code, String constraints) {
    /** A {@code key=value} metadata line of the header. */
    public record Info(String key, String value) {}
}
