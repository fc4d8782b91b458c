package org.lkmm.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's crypto-control-data shape and its neighbours, systematically: P0 keeps a constant
 * unless a read of x passes a test, and publishes what it kept in y; P1 passes y (transformed) back
 * to x. A value may then exist only on the branch it justifies itself through, which herd7's
 * equations find and a least fixed point of values from the initial state does not.
 */
final class ControlFamily {
    record Member(String name, String text) {}

    private static final String[] TESTS = {"==", "!="};
    private static final String[] FEEDBACK = {"r2", "r2 + 1", "1 - r2", "r2 & 1"};

    private ControlFamily() {}

    static List<Member> members() {
        List<Member> out = new ArrayList<>();
        int[][] constants = {{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 2}, {2, 1}};
        for (int[] cd : constants) {
            for (String test : TESTS) {
                for (int k = 0; k < 3; k++) {
                    for (int f = 0; f < FEEDBACK.length; f++) {
                        for (boolean fence : new boolean[] {false, true}) {
                            for (int wanted : new int[] {cd[0], cd[1]}) {
                                String name = String.format("ctrl-c%d-d%d-%s%d-f%d%s-w%d", cd[0], cd[1],
                                        test.equals("==") ? "eq" : "ne", k, f, fence ? "-mb" : "", wanted);
                                out.add(new Member(name, text(name, cd[0], cd[1], test, k, FEEDBACK[f], fence, wanted)));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(String name, int c, int d, String test, int k, String feedback, boolean fence,
                               int wanted) {
        return "C " + name + "\n\n{}\n\n"
                + "P0(int *x, int *y)\n{\n\tint r1;\n\n"
                + "\tr1 = " + c + ";\n"
                + "\tif (READ_ONCE(*x) " + test + " " + k + ")\n\t\tr1 = " + d + ";\n"
                + "\tWRITE_ONCE(*y, r1);\n}\n\n"
                + "P1(int *x, int *y)\n{\n\tint r2;\n\n"
                + "\tr2 = READ_ONCE(*y);\n"
                + (fence ? "\tsmp_mb();\n" : "")
                + "\tWRITE_ONCE(*x, " + feedback + ");\n}\n\n"
                + "exists (0:r1=" + wanted + ")\n";
    }
}
