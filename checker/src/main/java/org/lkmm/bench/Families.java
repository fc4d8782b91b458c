package org.lkmm.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated families of litmus tests whose cost grows with one parameter, for growth curves:
 * lock chains (n processes taking one spinlock), IRIW with k writes per writer, and RCU
 * grace-period chains (n processes, each reading two variables around synchronize_rcu()),
 * and value-passing chains, whose 2^n executions are all allowed.
 */
public final class Families {
    private Families() {}

    public record Member(String family, int size, String name, String text) {}

    public static List<Member> all() {
        List<Member> out = new ArrayList<>();
        for (int n = 2; n <= 6; n++) {
            out.add(lockChain(n));
        }
        for (int k = 1; k <= 5; k++) {
            out.add(iriw(k));
        }
        for (int n = 2; n <= 16; n++) {
            out.add(rcuChain(n));
        }
        for (int n = 2; n <= 128; n *= 2) {
            out.add(passChain(n));
        }
        return out;
    }

    /** n processes; each, under one lock, writes its own variable and reads the next one's. */
    static Member lockChain(int n) {
        StringBuilder b = new StringBuilder("C lock-chain-" + n + "\n\n{}\n\n");
        StringBuilder clause = new StringBuilder();
        for (int p = 0; p < n; p++) {
            int next = (p + 1) % n;
            b.append("P").append(p).append("(int *x").append(p).append(", int *x").append(next)
                    .append(", spinlock_t *l)\n{\n\tint r0;\n\n\tspin_lock(l);\n\tWRITE_ONCE(*x").append(p)
                    .append(", 1);\n\tr0 = READ_ONCE(*x").append(next).append(");\n\tspin_unlock(l);\n}\n\n");
            clause.append(p == 0 ? "" : " /\\ ").append(p).append(":r0=0");
        }
        b.append("exists (").append(clause).append(")\n");
        return new Member("lock", n, "lock-chain-" + n, b.toString());
    }

    /** IRIW where each of the two writers performs k successive writes to its variable. */
    static Member iriw(int k) {
        StringBuilder b = new StringBuilder("C iriw-" + k + "\n\n{}\n\n");
        for (String v : new String[] {"x", "y"}) {
            b.append("P").append(v.equals("x") ? 0 : 1).append("(int *").append(v).append(")\n{\n");
            for (int i = 1; i <= k; i++) {
                b.append("\tWRITE_ONCE(*").append(v).append(", ").append(i).append(");\n");
            }
            b.append("}\n\n");
        }
        b.append("P2(int *x, int *y)\n{\n\tint r0;\n\tint r1;\n\n\tr0 = READ_ONCE(*x);\n\tsmp_mb();\n\tr1 = READ_ONCE(*y);\n}\n\n");
        b.append("P3(int *x, int *y)\n{\n\tint r0;\n\tint r1;\n\n\tr0 = READ_ONCE(*y);\n\tsmp_mb();\n\tr1 = READ_ONCE(*x);\n}\n\n");
        b.append("exists (2:r0=").append(k).append(" /\\ 2:r1=0 /\\ 3:r0=").append(k).append(" /\\ 3:r1=0)\n");
        return new Member("iriw", k, "iriw-" + k, b.toString());
    }

    /** A ring of n processes, each reading x_p, waiting a grace period, then writing x_{p+1}. */
    static Member rcuChain(int n) {
        StringBuilder b = new StringBuilder("C rcu-chain-" + n + "\n\n{}\n\n");
        StringBuilder clause = new StringBuilder();
        for (int p = 0; p < n; p++) {
            int next = (p + 1) % n;
            b.append("P").append(p).append("(int *x").append(p).append(", int *x").append(next).append(")\n{\n\tint r0;\n\n");
            if (p == 0) {
                b.append("\trcu_read_lock();\n\tr0 = READ_ONCE(*x0);\n\tWRITE_ONCE(*x1, 1);\n\trcu_read_unlock();\n}\n\n");
            } else {
                b.append("\tr0 = READ_ONCE(*x").append(p).append(");\n\tsynchronize_rcu();\n\tWRITE_ONCE(*x")
                        .append(next).append(", 1);\n}\n\n");
            }
            clause.append(p == 0 ? "" : " /\\ ").append(p).append(":r0=1");
        }
        b.append("exists (").append(clause).append(")\n");
        return new Member("rcu", n, "rcu-chain-" + n, b.toString());
    }

    /**
     * n processes pass a value on: P0 reads a, stores it to v1 and stores what it reads of vn to
     * out; P1..P(n-1) each copy v_p to v_(p+1). Each read may take the initial 0 or the copy, so
     * there are 2^n executions; out=1 only if every copy arrived.
     */
    static Member passChain(int n) {
        StringBuilder b = new StringBuilder("C pass-chain-" + n + "\n\n{ a = 1; }\n\n");
        b.append("P0(int *a, int *v1, int *v").append(n).append(", int *out)\n{\n\tint r0;\n\tint r1;\n\n")
                .append("\tr0 = READ_ONCE(*a);\n\tWRITE_ONCE(*v1, r0);\n\tr1 = READ_ONCE(*v").append(n)
                .append(");\n\tWRITE_ONCE(*out, r1);\n}\n\n");
        for (int p = 1; p < n; p++) {
            b.append("P").append(p).append("(int *v").append(p).append(", int *v").append(p + 1)
                    .append(")\n{\n\tint r0;\n\n\tr0 = READ_ONCE(*v").append(p).append(");\n\tWRITE_ONCE(*v")
                    .append(p + 1).append(", r0);\n}\n\n");
        }
        b.append("exists (out=1)\n");
        return new Member("pass", n, "pass-chain-" + n, b.toString());
    }
}
