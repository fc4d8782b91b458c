package org.lkmm.cat;

import java.util.List;
import java.util.Map;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.cat.AppTest;
import org.lkmm.ast.cat.Ins.TestType;

/**
 * What running a model does per execution, in file order. Top-level lets need no step (their
 * slots are computed when first used); checks, with-from choices and the bodies of procedure
 * calls, forall and instruction-level match do.
 */
sealed interface Step {
    SourcePos pos();

    /**
     * acyclic / irreflexive / empty, maybe negated, of a check, flag, undefined_unless or
     * assert. name is the as-name or, when there is none, null.
     */
    record Check(SourcePos pos, AppTest.Kind kind, boolean negated, Node exp, TestType type, String name)
            implements Step {}

    /** with var from set: the member of the set the execution has chosen goes to slot. */
    record With(SourcePos pos, int slot, String var, Node set) implements Step {}

    /** A let inside a procedure, forall or match body: binds locals for the steps after it. */
    record LocalLet(SourcePos pos, List<Node.LocalBinding> bindings, boolean recursive) implements Step {}

    record Call(SourcePos pos, Node procedure, Node argument) implements Step {}

    record Forall(SourcePos pos, String var, Node set, List<Step> body) implements Step {}

    record Match(SourcePos pos, Node scrutinee, Map<String, List<Step>> clauses, List<Step> otherwise)
            implements Step {}
}
