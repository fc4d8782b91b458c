package org.lkmm.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.cat.CatModel;

/**
 * Entry point for cat and bell files: text or file in, CatModel or a ParseException
 * ({@code file:line:col: error: ...}) out. (ANTLR names its own generated parser of Cat.g4
 * CatParser, hence this name.) Includes are not followed here; org.lkmm.cat resolves them.
 */
public final class CatModelParser {
    private CatModelParser() {}

    public static CatModel parseFile(Path path) throws ParseException {
        String file = path.toString();
        try {
            return parse(file, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ParseException(new SourcePos(file, 0, 0), "no such file");
        } catch (IOException e) {
            throw new ParseException(new SourcePos(file, 0, 0), "cannot read file: " + e.getMessage());
        }
    }

    public static CatModel parse(String file, String text) throws ParseException {
        CatSyntaxErrors errors = new CatSyntaxErrors(file);
        CatLexer lexer = new CatLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CatParser parser = new CatParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        CatParser.ModelContext tree;
        try {
            tree = parser.model();
        } catch (ParseCancellationException e) {
            tree = null;
        }
        Optional<ParseException> error = errors.first();
        if (error.isPresent()) {
            throw error.get();
        }
        return new CatInsBuilder(file).model(tree);
    }
}
