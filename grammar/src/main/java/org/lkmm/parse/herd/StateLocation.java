package org.lkmm.parse.herd;

/**
 * A location as herd7's state parser reads it: a register {@code 1:r0}, a symbolic register
 * {@code %r}, or a global; globals named {@code pte_x}, {@code phy_x} or {@code x.atag} are other
 * kinds of symbol (lib/constant.ml) that sort after plain names and print otherwise.
 */
record StateLocation(Kind kind, int proc, String name) implements Comparable<StateLocation> {
    enum Kind { REGISTER, SYMBOLIC_REGISTER, GLOBAL }

    static StateLocation register(int proc, String name) {
        return new StateLocation(Kind.REGISTER, proc, name);
    }

    static StateLocation global(String name) {
        return new StateLocation(Kind.GLOBAL, 0, name);
    }

    /** Constant.do_mk_sym: the symbol kind of a global's name, in Constant.compare order. */
    private int symbolKind() {
        if (name.length() > 4 && name.startsWith("phy_")) {
            return 1;
        }
        if (name.endsWith(".atag")) {
            return 2;
        }
        return name.length() > 4 && name.startsWith("pte_") ? 3 : 0;
    }

    /** MiscParser.location_compare: registers by process then name, then globals by symbol. */
    @Override
    public int compareTo(StateLocation o) {
        if (kind != o.kind) {
            return kind.compareTo(o.kind);
        }
        if (kind == Kind.REGISTER && proc != o.proc) {
            return Integer.compare(proc, o.proc);
        }
        if (kind == Kind.GLOBAL && symbolKind() != o.symbolKind()) {
            return Integer.compare(symbolKind(), o.symbolKind());
        }
        return kind == Kind.GLOBAL ? Capability.Key.of(name).compareTo(Capability.Key.of(o.name)) : name.compareTo(o.name);
    }

    /** TestHash's dump_location (old symbol printing), used for the init digest. */
    String oldText() {
        return switch (kind) {
            case REGISTER -> proc + ":" + name;
            case SYMBOLIC_REGISTER -> name;
            case GLOBAL -> name;
        };
    }

    /** MiscParser.dump_location (new symbol printing), used for the locations digest. */
    String newText() {
        return switch (kind) {
            case REGISTER -> proc + ":" + name;
            case SYMBOLIC_REGISTER -> "%" + name;
            case GLOBAL -> switch (symbolKind()) {
                case 1 -> "PA(" + name.substring(4) + ")";
                case 2 -> name.substring(0, name.length() - 5);
                case 3 -> "PTE(" + name.substring(4) + ")";
                default -> name;
            };
        };
    }
}
