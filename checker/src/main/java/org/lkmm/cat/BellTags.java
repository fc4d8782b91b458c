package org.lkmm.cat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.cat.CatModel;
import org.lkmm.ast.cat.Exp;
import org.lkmm.ast.cat.Ins;
import org.lkmm.diag.InputError;

/**
 * The annotations a bell file declares with {@code instructions R[{'once,'acquire}]} (or
 * {@code R[Accesses]}, an enum): herd gives the model one event set per such tag, named by the
 * tag with its first letter in upper case ('once is Once, 'srcu-lock is Srcu-lock, 'MB is MB),
 * holding the events that carry it (herd/machModelChecker.ml, add_bell_events).
 */
final class BellTags {
    private BellTags() {}

    static Set<String> of(CatModel bell) throws InputError {
        Map<String, List<String>> enums = new HashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Ins i : bell.instructions()) {
            if (i instanceof Ins.Enum e) {
                enums.put(e.name(), e.tags());
            } else if (i instanceof Ins.Events ev) {
                for (Exp arg : ev.args()) {
                    collect(arg, enums, tags);
                }
            }
        }
        return tags;
    }

    private static void collect(Exp e, Map<String, List<String>> enums, Set<String> out) throws InputError {
        if (e instanceof Exp.Tag t) {
            out.add(t.name());
        } else if (e instanceof Exp.ExplicitSet s) {
            for (Exp x : s.elements()) {
                collect(x, enums, out);
            }
        } else if (e instanceof Exp.Op op && op.op() == Exp.OpKind.UNION) {
            for (Exp x : op.operands()) {
                collect(x, enums, out);
            }
        } else if (e instanceof Exp.Var v && enums.containsKey(v.name())) {
            out.addAll(enums.get(v.name()));
        } else {
            throw new InputError(e.pos(), "an event declaration takes tags, sets of tags or an enum's name");
        }
    }

    /** herd's BellName.tag2instrs_var: 'once names the set Once. */
    static String setName(String tag) {
        return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }
}
