package org.lkmm.ast;

import java.util.Optional;

/**
 * One entry of the init block: {@code int x = 1}, {@code x = y} (y's address),
 * {@code 0:r1 = 2}, {@code spinlock_t l}. process is -1 for shared variables.
 */
public record InitEntry(SourcePos pos, Optional<String> type, int process, String name, Optional<Expr> value) {
    public boolean isRegister() {
        return process >= 0;
    }
}
