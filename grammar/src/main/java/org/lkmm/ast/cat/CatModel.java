package org.lkmm.ast.cat;

import java.util.List;
import java.util.Optional;
import org.lkmm.ast.SourcePos;

/**
 * One parsed .cat or .bell file: its optional title line (herd's "identity", such as
 * {@code "Linux-kernel memory consistency model"} or {@code stdlib}), whether it asks for
 * {@code catdep}, and its instructions in file order.
 */
public record CatModel(SourcePos pos, Optional<String> title, boolean catdep, List<Ins> instructions) {}
