package org.lkmm.cat;

import java.util.Objects;

/**
 * The last value of a dynamic slot on a structure, with the inputs its computation actually read
 * (reads, a mask of Inputs bits) and their values then. An execution whose inputs are equal on
 * those gets the same value: the co choices of one rf choice share everything that, on this
 * structure, never reached co (cumul-fence without smp_mb__after_unlock_lock(), cos-opt.cat's
 * obsco, lock.cat's merged rf ...), as the built-in model's perRf does by hand. Inputs are
 * compared by identity first, then by value (FW is usually empty).
 */
final class Memo {
    final int reads;
    final Object[] inputs;
    final Value value;

    private Memo(int reads, Object[] inputs, Value value) {
        this.reads = reads;
        this.inputs = inputs;
        this.value = value;
    }

    static Memo of(int reads, Ctx c, Inputs names, Value value) {
        Object[] inputs = new Object[names.count()];
        for (int i = 0; i < inputs.length; i++) {
            if ((reads & (1 << i)) != 0) {
                inputs[i] = c.input(i, names);
            }
        }
        return new Memo(reads, inputs, value);
    }

    boolean matches(Ctx c, Inputs names) {
        for (int i = 0; i < inputs.length; i++) {
            if ((reads & (1 << i)) != 0) {
                Object now = c.input(i, names);
                if (now == null || (now != inputs[i] && !Objects.equals(now, inputs[i]))) {
                    return false;
                }
            }
        }
        return true;
    }
}
