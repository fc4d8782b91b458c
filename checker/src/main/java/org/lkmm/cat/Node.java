package org.lkmm.cat;

import java.util.List;
import java.util.Map;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.cat.Exp.Op1Kind;
import org.lkmm.ast.cat.Exp.OpKind;
import org.lkmm.ast.cat.Pat;

/**
 * A cat expression after name resolution: variables are global slots (a let at top level, an
 * input of the execution, a primitive) or locals (parameters, local lets). The analysis fills in
 * what the node depends on; closed static nodes are computed once per structure.
 */
abstract class Node {
    final SourcePos pos;
    /** Index into a structure's cache of closed static nodes, or -1. */
    int cacheIndex = -1;
    /** Index into a structure's Memos of closed dynamic closures and sequences, or -1. */
    int memoIndex = -1;
    /** Which execution inputs (Inputs bit masks) the value depends on. */
    int deps;
    /** Inputs the value grows with and shrinks with; in both means neither. */
    int grows;
    int shrinks;
    /** No free local variable. */
    boolean closed = true;
    /** Mentions a slot of a let rec group that is still being iterated. */
    boolean unstable;

    Node(SourcePos pos) {
        this.pos = pos;
    }

    boolean isStatic() {
        return deps == 0;
    }

    static final class Konst extends Node {
        final boolean universe;

        Konst(SourcePos pos, boolean universe) {
            super(pos);
            this.universe = universe;
        }
    }

    static final class TagLit extends Node {
        final String type;
        final String name;

        TagLit(SourcePos pos, String type, String name) {
            super(pos);
            this.type = type;
            this.name = name;
        }
    }

    static final class Global extends Node {
        final int slot;
        final String name;

        Global(SourcePos pos, int slot, String name) {
            super(pos);
            this.slot = slot;
            this.name = name;
        }
    }

    static final class Local extends Node {
        final String name;

        Local(SourcePos pos, String name) {
            super(pos);
            this.name = name;
        }
    }

    static final class Unary extends Node {
        final Op1Kind op;
        final Node operand;

        Unary(SourcePos pos, Op1Kind op, Node operand) {
            super(pos);
            this.op = op;
            this.operand = operand;
        }
    }

    /** | ; , (n-ary) and & \ * ++ (binary) as herd's Op. */
    static final class Nary extends Node {
        final OpKind op;
        final List<Node> operands;
        /** A sequence inside a let rec: where its runs of fixed operands are kept per execution, or -1. */
        int runBase = -1;

        Nary(SourcePos pos, OpKind op, List<Node> operands) {
            super(pos);
            this.op = op;
            this.operands = operands;
        }
    }

    static final class App extends Node {
        final Node function;
        final Node argument;

        App(SourcePos pos, Node function, Node argument) {
            super(pos);
            this.function = function;
            this.argument = argument;
        }
    }

    record LocalBinding(Pat pat, Node value) {}

    static final class LetIn extends Node {
        final List<LocalBinding> bindings;
        final boolean recursive;
        final Node body;

        LetIn(SourcePos pos, List<LocalBinding> bindings, boolean recursive, Node body) {
            super(pos);
            this.bindings = bindings;
            this.recursive = recursive;
            this.body = body;
        }
    }

    static final class Fun extends Node {
        final Pat params;
        final Node body;
        final String name;
        /** The library function this is, when computed natively (Intrinsics), else null. */
        String intrinsic;

        Fun(SourcePos pos, Pat params, Node body, String name) {
            super(pos);
            this.params = params;
            this.body = body;
            this.name = name;
        }
    }

    static final class SetLit extends Node {
        final List<Node> elements;

        SetLit(SourcePos pos, List<Node> elements) {
            super(pos);
            this.elements = elements;
        }
    }

    static final class MatchTag extends Node {
        final Node scrutinee;
        final Map<String, Node> clauses;
        final Node otherwise;

        MatchTag(SourcePos pos, Node scrutinee, Map<String, Node> clauses, Node otherwise) {
            super(pos);
            this.scrutinee = scrutinee;
            this.clauses = clauses;
            this.otherwise = otherwise;
        }
    }

    /** match s with {} -> ifEmpty || element ++ rest -> body (or before | element ++ after). */
    static final class MatchSet extends Node {
        final Node scrutinee;
        final Node ifEmpty;
        final boolean split3;
        final String before;
        final String element;
        final String after;
        final Node body;

        MatchSet(SourcePos pos, Node scrutinee, Node ifEmpty, boolean split3, String before, String element,
                 String after, Node body) {
            super(pos);
            this.scrutinee = scrutinee;
            this.ifEmpty = ifEmpty;
            this.split3 = split3;
            this.before = before;
            this.element = element;
            this.after = after;
            this.body = body;
        }
    }

    static final class Try extends Node {
        final Node body;
        final Node fallback;

        Try(SourcePos pos, Node body, Node fallback) {
            super(pos);
            this.body = body;
            this.fallback = fallback;
        }
    }

    /** if left = right, left subset right, left in right then a else b (variant tests are decided when compiling). */
    static final class If extends Node {
        enum Kind { EQ, SUBSET, IN }

        final Kind kind;
        final Node left;
        final Node right;
        final Node then;
        final Node otherwise;

        If(SourcePos pos, Kind kind, Node left, Node right, Node then, Node otherwise) {
            super(pos);
            this.kind = kind;
            this.left = left;
            this.right = right;
            this.then = then;
            this.otherwise = otherwise;
        }
    }

    /** Evaluating it fails with message, as herd does lazily for an unbound name or tag. */
    static final class Fail extends Node {
        final String message;

        Fail(SourcePos pos, String message) {
            super(pos);
            this.message = message;
        }
    }
}
