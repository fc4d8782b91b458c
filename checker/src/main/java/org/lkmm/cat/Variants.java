package org.lkmm.cat;

import java.util.Set;
import org.lkmm.ast.cat.VariantCond;

/** herd's variant tests: a name holds when herd runs with that -variant (unknown names do not). */
final class Variants {
    private Variants() {}

    static boolean holds(VariantCond c, Set<String> variants) {
        if (c instanceof VariantCond.Name n) {
            return variants.contains(n.name());
        } else if (c instanceof VariantCond.Not n) {
            return !holds(n.operand(), variants);
        } else if (c instanceof VariantCond.And a) {
            return holds(a.left(), variants) && holds(a.right(), variants);
        }
        VariantCond.Or o = (VariantCond.Or) c;
        return holds(o.left(), variants) || holds(o.right(), variants);
    }
}
