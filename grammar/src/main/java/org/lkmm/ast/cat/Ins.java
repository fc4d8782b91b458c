package org.lkmm.ast.cat;

import java.util.List;
import java.util.Optional;
import org.lkmm.ast.SourcePos;

/** Cat instructions, one record per constructor of herd's AST.ins. */
public sealed interface Ins {
    SourcePos pos();

    record Let(SourcePos pos, List<Binding> bindings) implements Ins {}

    /** {@code let rec a = ... and b = ...}: a least fixed point (or mutually recursive functions). */
    record LetRec(SourcePos pos, List<Binding> bindings, Optional<AppTest> when) implements Ins {}

    /** {@code match e with 'tag -> instructions || _ -> instructions end}. */
    record InsMatch(SourcePos pos, Exp scrutinee, List<InsClause> clauses, Optional<List<Ins>> otherwise)
            implements Ins {}

    record Test(SourcePos pos, AppTest test, TestType type) implements Ins {}

    record Show(SourcePos pos, List<String> names) implements Ins {}

    record ShowAs(SourcePos pos, Exp exp, String name) implements Ins {}

    record Unshow(SourcePos pos, List<String> names) implements Ins {}

    record Include(SourcePos pos, String file) implements Ins {}

    record Procedure(SourcePos pos, String name, Pat params, List<Ins> body, boolean recursive) implements Ins {}

    record Call(SourcePos pos, String name, Exp argument, Optional<String> as) implements Ins {}

    /** {@code enum Barriers = 'wmb || 'rmb}: declares the tags and the set of all of them. */
    record Enum(SourcePos pos, String name, List<String> tags) implements Ins {}

    record Forall(SourcePos pos, String var, Exp set, List<Ins> body) implements Ins {}

    record Debug(SourcePos pos, Exp exp) implements Ins {}

    /** {@code with co from S}: one execution per member of S, x bound to it. */
    record WithFrom(SourcePos pos, String var, Exp set) implements Ins {}

    /** Bell declarations {@code instructions R[{'once}]} and {@code default R[...]}. */
    record Events(SourcePos pos, String kind, List<Exp> args, boolean isDefault) implements Ins {}

    /** {@code if "lkmmv2" ... else ... end} on the variants herd runs with. */
    record IfVariant(SourcePos pos, VariantCond test, List<Ins> then, List<Ins> otherwise) implements Ins {}

    record InsClause(String tag, List<Ins> body) {}

    /** A plain check fails the execution; flag records its name; undefined_unless and assert as herd. */
    enum TestType { CHECK, UNDEFINED_UNLESS, FLAG, ASSERT }
}
