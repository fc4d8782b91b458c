package org.lkmm.ast;

public record Param(SourcePos pos, String type, String name) {}
