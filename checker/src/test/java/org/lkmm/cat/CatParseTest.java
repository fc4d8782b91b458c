package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lkmm.ast.cat.CatModel;
import org.lkmm.ast.cat.Exp;
import org.lkmm.ast.cat.Ins;
import org.lkmm.parse.CatModelParser;
import org.lkmm.parse.ParseException;

/** Every .cat and .bell of the three kernel model folders parses, and a few trees are as herd builds them. */
class CatParseTest {
    @Test
    void everyModelFileParses() throws IOException, ParseException {
        assumeTrue(Models.present(), Models::absentReason);
        List<Path> files = new ArrayList<>();
        for (String folder : Models.FOLDERS) {
            try (Stream<Path> s = Files.list(Models.folder(folder))) {
                s.filter(p -> p.toString().endsWith(".cat") || p.toString().endsWith(".bell")).forEach(files::add);
            }
        }
        assertEquals(3 * 7, files.size(), "linux-kernel.bell/.cat, lock, stdlib, cos, cos-opt, cross in each folder");
        for (Path f : files) {
            CatModel m = CatModelParser.parseFile(f);
            assertFalse(m.instructions().isEmpty(), f::toString);
        }
    }

    @Test
    void precedenceIsHerds() throws ParseException {
        // \ binds tighter than ;, which binds tighter than |; ^-1 and postfix bind tightest
        CatModel m = CatModelParser.parse("t.cat", "let x = a | b ; c \\ d^-1 | e*\n");
        Exp e = ((Ins.Let) m.instructions().get(0)).bindings().get(0).exp();
        Exp.Op union = (Exp.Op) e;
        assertEquals(Exp.OpKind.UNION, union.op());
        assertEquals(3, union.operands().size(), "unions are flattened");
        Exp.Op seq = (Exp.Op) union.operands().get(1);
        assertEquals(Exp.OpKind.SEQ, seq.op());
        Exp.Op diff = (Exp.Op) seq.operands().get(1);
        assertEquals(Exp.OpKind.DIFF, diff.op());
        assertEquals(Exp.Op1Kind.INV, ((Exp.Op1) diff.operands().get(1)).op());
        assertEquals(Exp.Op1Kind.STAR, ((Exp.Op1) union.operands().get(2)).op());
    }

    @Test
    void functionsTestsAndVariants() throws ParseException {
        CatModel m = CatModelParser.parse("t.cat", String.join("\n",
                "\"title\"",
                "let f(x, y) = x ; y and g z = z",
                "flag ~empty (if \"v2\" then 0 else _) as needs-v2",
                "if \"v2\" || not \"v3\" include \"a.cat\" else let h = 0 end",
                "with co from generate_cos(cobase)",
                "let m = match S with || {} -> {} || e ++ S -> e ++ S end",
                "(* nested (* comment *) *) // line", ""));
        assertEquals("title", m.title().orElseThrow());
        Ins.Let let = (Ins.Let) m.instructions().get(0);
        assertTrue(let.bindings().get(0).exp() instanceof Exp.Fun f && f.params().tuple() && f.name().equals("f"));
        Ins.Test flag = (Ins.Test) m.instructions().get(1);
        assertEquals(Ins.TestType.FLAG, flag.type());
        assertTrue(flag.test().negated());
        assertTrue(m.instructions().get(2) instanceof Ins.IfVariant);
        assertTrue(m.instructions().get(3) instanceof Ins.WithFrom);
        assertEquals(5, m.instructions().size());
    }
}
