package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkmm.diag.InputError;

/** Errors in model files name file:line:col, as litmus errors do. */
class CatErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String loadError(Path cat) throws IOException {
        write("stdlib.cat", "stdlib\nlet po-loc = po & loc\n");
        InputError e = assertThrows(InputError.class,
                () -> Interpreter.load(ModelSource.fromCat(cat, Optional.empty(), Set.of(), List.of())));
        return e.getMessage();
    }

    @Test
    void syntaxErrorHasItsPosition() throws IOException {
        Path cat = write("broken.cat", "\"broken\"\nlet a = po ;\nacyclic a as x\n");
        assertEquals(cat + ":3:1: error: unexpected 'acyclic'", loadError(cat));
    }

    @Test
    void unclosedParenthesis() throws IOException {
        Path cat = write("paren.cat", "let a = (po | rf\nacyclic a\n");
        assertEquals(cat + ":2:1: error: unexpected 'acyclic'", loadError(cat));
    }

    @Test
    void errorInAnIncludedFileNamesThatFile() throws IOException {
        Path inner = write("inner.cat", "let x = po\nlet y = ]\n");
        Path cat = write("outer.cat", "include \"inner.cat\"\n");
        assertEquals(inner + ":2:9: error: unexpected ']'", loadError(cat));
    }

    @Test
    void missingInclude() throws IOException {
        Path cat = write("missing.cat", "\n  include \"nowhere.cat\"\n");
        String message = loadError(cat);
        assertEquals(cat + ":2:3: error: cannot find file nowhere.cat", message.substring(0, message.indexOf(" (looked")));
    }
}
