package org.lkmm.ast.cat;

import org.lkmm.ast.SourcePos;

/**
 * One {@code pat = exp} of a let or let rec. A function definition {@code let f(x) = e} binds
 * {@code f} to {@code Exp.Fun} named f, as herd's parser does.
 */
public record Binding(SourcePos pos, Pat pat, Exp exp) {}
