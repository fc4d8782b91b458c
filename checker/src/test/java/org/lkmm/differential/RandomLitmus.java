package org.lkmm.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random litmus tests of the shapes where checkers part ways: branches on read values, constants
 * and arithmetic flowing between threads, RMWs, locks (also in the final condition), RCU, plain
 * accesses. Seeded: a seed is a test, so a failure can be replayed by its number.
 */
final class RandomLitmus {
    private static final String[] VARS = {"x", "y", "z"};
    private static final String LOCK = "s";
    private static final String SRCU = "ss";
    private static final String POINTER = "p";

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final int threads;
    private final int vars;
    private boolean usesLock;
    private boolean usesSrcu;
    private boolean usesPointer;
    /** Registers each thread assigns, for the final condition. */
    private final List<List<String>> assigned = new ArrayList<>();

    private RandomLitmus(long seed) {
        this.random = new Random(seed);
        this.threads = 2 + random.nextInt(2);
        this.vars = 2 + random.nextInt(2);
    }

    static String generate(String name, long seed) {
        return new RandomLitmus(seed).test(name);
    }

    private String test(String name) {
        List<String> bodies = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            assigned.add(new ArrayList<>());
            bodies.add(body(t));
        }
        out.append("C ").append(name).append("\n\n");
        out.append(init()).append("\n\n");
        for (int t = 0; t < threads; t++) {
            out.append("P").append(t).append('(');
            for (int v = 0; v < vars; v++) {
                out.append(v > 0 ? ", " : "").append("int *").append(VARS[v]);
            }
            if (usesLock) {
                out.append(", spinlock_t *").append(LOCK);
            }
            if (usesSrcu) {
                out.append(", struct srcu_struct *").append(SRCU);
            }
            if (usesPointer) {
                out.append(", int **").append(POINTER);
            }
            out.append(")\n{\n").append(bodies.get(t)).append("}\n\n");
        }
        out.append(condition()).append('\n');
        return out.toString();
    }

    private String init() {
        StringBuilder b = new StringBuilder("{");
        if (usesPointer) {
            b.append(' ').append(POINTER).append('=').append(VARS[0]).append(';');
        }
        for (int v = 0; v < vars; v++) {
            if (random.nextInt(4) == 0) {
                b.append(' ').append(VARS[v]).append('=').append(1 + random.nextInt(2)).append(';');
            }
        }
        return b.append(b.length() > 1 ? " }" : "}").toString();
    }

    private String body(int t) {
        StringBuilder b = new StringBuilder();
        StringBuilder code = new StringBuilder();
        int statements = 2 + random.nextInt(threads == 2 ? 3 : 2);
        for (int i = 0; i < statements; i++) {
            statement(t, code, "\t", 0);
        }
        for (String r : assigned.get(t).stream().distinct().sorted().toList()) {
            b.append("\tint ").append(r).append(";\n");
        }
        return b.append(code).toString();
    }

    private String var() {
        return VARS[random.nextInt(vars)];
    }

    private String register(int t, boolean fresh) {
        List<String> regs = assigned.get(t);
        if (!fresh && !regs.isEmpty() && random.nextInt(3) > 0) {
            return regs.get(random.nextInt(regs.size()));
        }
        String r = "r" + random.nextInt(4);
        regs.add(r);
        return r;
    }

    private String constant() {
        return Integer.toString(random.nextInt(3));
    }

    /** A value expression: constants, registers and a little arithmetic. */
    private String expr(int t) {
        List<String> regs = assigned.get(t);
        if (regs.isEmpty() || random.nextInt(3) == 0) {
            return constant();
        }
        String r = regs.get(random.nextInt(regs.size()));
        return switch (random.nextInt(8)) {
            case 0 -> r + " + " + (1 + random.nextInt(2));
            case 1 -> constant() + " - " + r;
            case 2 -> r + " & 1";
            case 3 -> r + " == " + constant();
            case 4 -> r + " != " + constant();
            case 5 -> r + " ^ 1";
            default -> r;
        };
    }

    private String test(int t) {
        List<String> regs = assigned.get(t);
        String operand = regs.isEmpty() || random.nextInt(4) == 0
                ? "READ_ONCE(*" + var() + ")" : regs.get(random.nextInt(regs.size()));
        return switch (random.nextInt(5)) {
            case 0 -> operand;
            case 1 -> operand + " != " + constant();
            case 2 -> operand + " > " + random.nextInt(2);
            default -> operand + " == " + constant();
        };
    }

    private void statement(int t, StringBuilder b, String indent, int depth) {
        int kind = random.nextInt(depth < 1 ? 26 : 14);
        String line = switch (kind) {
            case 0, 1, 2 -> register(t, true) + " = READ_ONCE(*" + var() + ");";
            case 3, 4, 5 -> "WRITE_ONCE(*" + var() + ", " + expr(t) + ");";
            case 6 -> random.nextBoolean() ? "smp_mb();" : random.nextBoolean() ? "smp_rmb();" : "smp_wmb();";
            case 7 -> register(t, true) + " = smp_load_acquire(" + var() + ");";
            case 8 -> "smp_store_release(" + var() + ", " + expr(t) + ");";
            case 9 -> register(t, true) + " = *" + var() + ";";
            case 10 -> "*" + var() + " = " + expr(t) + ";";
            case 11 -> rmw(t);
            case 12 -> register(t, false) + " = " + expr(t) + ";";
            case 13 -> "smp_mb();";
            default -> null;
        };
        if (line != null) {
            b.append(indent).append(line).append('\n');
            return;
        }
        switch (kind) {
            case 14, 15, 16 -> {
                b.append(indent).append("if (").append(test(t)).append(") {\n");
                block(t, b, indent, depth);
                if (random.nextBoolean()) {
                    b.append(indent).append("} else {\n");
                    block(t, b, indent, depth);
                }
                b.append(indent).append("}\n");
            }
            case 20 -> {
                String r = register(t, true);
                b.append(indent).append(r).append(" = 0;\n");
                b.append(indent).append("while (").append(r).append(" == 0) {\n");
                b.append(indent).append('\t').append(r).append(" = READ_ONCE(*").append(var()).append(");\n");
                b.append(indent).append("}\n");
            }
            case 21 -> {
                usesLock = true;
                String r = register(t, true);
                b.append(indent).append(r).append(" = spin_trylock(").append(LOCK).append(");\n");
                b.append(indent).append("if (").append(r).append(") {\n");
                block(t, b, indent, depth);
                b.append(indent).append("\tspin_unlock(").append(LOCK).append(");\n");
                b.append(indent).append("}\n");
            }
            case 22 -> {
                usesSrcu = true;
                String r = register(t, true);
                b.append(indent).append(r).append(" = srcu_read_lock(").append(SRCU).append(");\n");
                block(t, b, indent, depth);
                b.append(indent).append("srcu_read_unlock(").append(SRCU).append(", ").append(r).append(");\n");
            }
            case 23 -> {
                usesSrcu = true;
                b.append(indent).append("WRITE_ONCE(*").append(var()).append(", ").append(expr(t)).append(");\n");
                b.append(indent).append("synchronize_srcu(").append(SRCU).append(");\n");
            }
            case 24 -> {
                usesPointer = true;
                b.append(indent).append("rcu_assign_pointer(*").append(POINTER).append(", ").append(var()).append(");\n");
            }
            case 25 -> {
                usesPointer = true;
                String r = register(t, true);
                b.append(indent).append(r).append(" = rcu_dereference(*").append(POINTER).append(");\n");
                b.append(indent).append(register(t, true)).append(" = READ_ONCE(*").append(r).append(");\n");
            }
            case 17 -> {
                usesLock = true;
                b.append(indent).append("spin_lock(").append(LOCK).append(");\n");
                block(t, b, indent, depth);
                b.append(indent).append("spin_unlock(").append(LOCK).append(");\n");
            }
            case 18 -> {
                b.append(indent).append("rcu_read_lock();\n");
                block(t, b, indent, depth);
                b.append(indent).append("rcu_read_unlock();\n");
            }
            default -> {
                b.append(indent).append("WRITE_ONCE(*").append(var()).append(", ").append(expr(t)).append(");\n");
                b.append(indent).append("synchronize_rcu();\n");
            }
        }
    }

    private void block(int t, StringBuilder b, String indent, int depth) {
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            statement(t, b, indent + "\t", depth + 1);
        }
    }

    private String rmw(int t) {
        String v = var();
        return switch (random.nextInt(10)) {
            case 0 -> register(t, true) + " = xchg(" + v + ", " + expr(t) + ");";
            case 1 -> register(t, true) + " = xchg_relaxed(" + v + ", " + expr(t) + ");";
            case 2 -> register(t, true) + " = cmpxchg(" + v + ", " + constant() + ", " + expr(t) + ");";
            case 3 -> register(t, true) + " = atomic_add_return(" + (1 + random.nextInt(2)) + ", " + v + ");";
            case 4 -> register(t, true) + " = cmpxchg_acquire(" + v + ", " + expr(t) + ", " + expr(t) + ");";
            case 5 -> register(t, true) + " = atomic_fetch_add_release(" + expr(t) + ", " + v + ");";
            case 6 -> register(t, true) + " = atomic_dec_and_test(" + v + ");";
            case 7 -> register(t, true) + " = atomic_add_unless(" + v + ", 1, " + constant() + ");";
            case 8 -> "smp_store_mb(*" + v + ", " + expr(t) + ");";
            default -> "atomic_inc(" + v + ");";
        };
    }

    private String condition() {
        int atoms = 1 + random.nextInt(3);
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < atoms; i++) {
            if (i > 0) {
                c.append(random.nextInt(3) == 0 ? " \\/ " : " /\\ ");
            }
            c.append(random.nextInt(6) == 0 ? "~" : "").append(atom());
        }
        String quantifier = switch (random.nextInt(6)) {
            case 0 -> "~exists";
            case 1 -> "forall";
            default -> "exists";
        };
        String clause = quantifier + " (" + c + ")";
        if (random.nextInt(12) == 0) {
            clause = "filter (" + atom() + ")\n" + clause;
        }
        if (random.nextInt(10) == 0) {
            clause = "locations [" + var() + "]\n" + clause; // herd wants locations before filter
        }
        return clause;
    }

    private String atom() {
        int t = random.nextInt(threads);
        List<String> regs = assigned.get(t);
        if (usesLock && random.nextInt(6) == 0) {
            return LOCK + "=" + random.nextInt(2);
        }
        if (regs.isEmpty() || random.nextInt(3) == 0) {
            return var() + "=" + constant();
        }
        return t + ":" + regs.get(random.nextInt(regs.size())) + "=" + constant();
    }
}
