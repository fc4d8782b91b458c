package org.lkmm.ast;

import java.util.List;

public record Process(SourcePos pos, int id, List<Param> params, List<Stmt> body) {}
