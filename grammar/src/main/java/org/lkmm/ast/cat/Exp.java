package org.lkmm.ast.cat;

import java.util.List;
import java.util.Optional;
import org.lkmm.ast.SourcePos;

/** Cat expressions, one record per constructor of herd's AST.exp. */
public sealed interface Exp {
    SourcePos pos();

    /** {@code 0}, the empty relation (or set), and {@code _}, the universe. */
    record Konst(SourcePos pos, Kind kind) implements Exp {
        public enum Kind { EMPTY, UNIVERSE }
    }

    /** {@code 'once}: a tag of some enum. */
    record Tag(SourcePos pos, String name) implements Exp {}

    record Var(SourcePos pos, String name) implements Exp {}

    /** Postfix + * ? ^-1, prefix ~, and [S] (the identity on S). */
    record Op1(SourcePos pos, Op1Kind op, Exp operand) implements Exp {}

    /** Operators with operands in order; nested | and ; are flattened as herd's parser does. */
    record Op(SourcePos pos, OpKind op, List<Exp> operands) implements Exp {}

    /** {@code f x} or {@code f(x, y)} (then the argument is a tuple). */
    record App(SourcePos pos, Exp function, Exp argument) implements Exp {}

    record Bind(SourcePos pos, List<Binding> bindings, Exp body) implements Exp {}

    record BindRec(SourcePos pos, List<Binding> bindings, Exp body) implements Exp {}

    /** {@code fun x -> e}; name is the function's name when a let defined it, else "*fun*". */
    record Fun(SourcePos pos, Pat params, Exp body, String name) implements Exp {}

    /** {@code {e1, e2}}; {@code {}} is the empty set. */
    record ExplicitSet(SourcePos pos, List<Exp> elements) implements Exp {}

    /** {@code match e with 'a -> e1 || _ -> e2 end}, on a tag. */
    record Match(SourcePos pos, Exp scrutinee, List<TagClause> clauses, Optional<Exp> otherwise) implements Exp {}

    /** {@code match s with {} -> e1 || x ++ rest -> e2 end}, on a set. */
    record MatchSet(SourcePos pos, Exp scrutinee, Exp ifEmpty, SetClause clause) implements Exp {}

    /** {@code try e with fallback}: the fallback when evaluating e fails. */
    record Try(SourcePos pos, Exp body, Exp fallback) implements Exp {}

    record If(SourcePos pos, Condition condition, Exp then, Exp otherwise) implements Exp {}

    enum Op1Kind { PLUS, STAR, OPT, COMP, INV, TO_ID }

    enum OpKind { UNION, INTER, DIFF, SEQ, CARTESIAN, ADD, TUPLE }

    record TagClause(String tag, Exp body) {}

    /** The non-empty case of a set match: {@code x ++ rest} or {@code pre | x ++ post}. */
    sealed interface SetClause {
        Exp body();
    }

    record EltRem(Optional<String> element, Optional<String> rest, Exp body) implements SetClause {}

    record PreEltPost(Optional<String> before, Optional<String> element, Optional<String> after, Exp body)
            implements SetClause {}
}
