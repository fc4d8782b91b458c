package org.lkmm.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.SourcePos;
import org.lkmm.parse.herd.HerdSyntaxError;
import org.lkmm.parse.herd.Sections;
import org.lkmm.parse.herd.Splitter;
import org.lkmm.parse.herd.TestHash;

/** Entry point of the grammar module: text or file in, LitmusTest or ParseException out. */
public final class LitmusParser {
    private static final Pattern RESULT = Pattern.compile("^[ \\t]*\\*?[ \\t]*Result:[ \\t]*(\\S+)", Pattern.MULTILINE);

    private LitmusParser() {}

    /** The largest file read: the corpus's largest test is a few KiB. */
    static final long MAX_BYTES = 16L << 20;

    public static LitmusTest parseFile(Path path) throws ParseException {
        String file = path.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                // a FIFO would block, a device (/dev/zero) never end
                throw new ParseException(new SourcePos(file, 0, 0), Files.isDirectory(path) ? "is a directory"
                        : Files.exists(path) ? "not a regular file" : "no such file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new ParseException(new SourcePos(file, 0, 0), "file larger than " + (MAX_BYTES >> 20)
                        + " MiB: not a litmus test lkmm reads");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ParseException(new SourcePos(file, 0, 0), "no such file");
        } catch (IOException e) {
            throw new ParseException(new SourcePos(file, 0, 0), "cannot read file: " + e.getMessage());
        }
        return parse(file, decode(file, bytes), new String(bytes, StandardCharsets.ISO_8859_1));
    }

    public static LitmusTest parse(String file, String text) throws ParseException {
        return parse(file, text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    /** text as characters for our grammar; raw, one char per byte, for herd7's splitter and hash. */
    private static LitmusTest parse(String file, String text, String raw) throws ParseException {
        if (text.indexOf('\0') >= 0) {
            // herd7 reads NUL bytes inside comments as comment text, and cuts the test's name at
            // one; anywhere else the test is binary
            int at = firstInCode(file, text, false, i -> text.charAt(i) == '\0');
            if (at >= 0) {
                throw new ParseException(position(file, text, at), "binary data (NUL byte) in a litmus test");
            }
        }
        if (text.isBlank()) {
            throw new ParseException(new SourcePos(file, 1, 1), "empty file: expected a 'C <name>' header");
        }
        SyntaxErrors errors = new SyntaxErrors(file);
        LitmusCLexer lexer = new LitmusCLexer(CharStreams.fromString(HeaderText.blankOut(text), file));
        lexer.removeErrorListeners();
        LitmusCParser parser = new LitmusCParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        LitmusCParser.TestContext tree;
        try {
            tree = parser.test();
        } catch (ParseCancellationException e) {
            tree = null;
        }
        Optional<ParseException> error = errors.first();
        if (error.isPresent()) {
            throw error.get();
        }
        LitmusTest test;
        try {
            test = new AstBuilder(file).build(tree, expectedResult(text));
        } catch (Refusal e) {
            throw new ParseException(new SourcePos(file, e.token.getLine(), e.token.getCharPositionInLine() + 1),
                    e.getMessage());
        }
        try {
            Sections sections = Splitter.split(raw, file);
            // herd's key_match: the first Unroll key, in any case
            Optional<String> unroll = sections.info().stream().filter(i -> i.key().equalsIgnoreCase("Unroll"))
                    .map(Sections.Info::value).findFirst();
            return test.asHerdReadsIt(sections.name(), TestHash.of(sections), unroll);
        } catch (HerdSyntaxError e) {
            throw new ParseException(new SourcePos(file, 1, 1), "herd7 cannot read this test: " + e.getMessage());
        }
    }

    /** The first "Result: X" line of the test's comments, as the kernel's judgelitmus.sh reads it. */
    static Optional<String> expectedResult(String text) {
        Matcher m = RESULT.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The bytes as UTF-8 text. herd7 reads bytes: what is not UTF-8 inside a comment or the
     * header's free text is only comment text to it, so it reads as U+FFFD here; anywhere else
     * (code, the test's name, which herd7 prints byte for byte) the test is refused.
     */
    private static String decode(String file, byte[] bytes) throws ParseException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        Map<Integer, Integer> malformed = new HashMap<>(); // where a U+FFFD stands for bytes: its byte offset
        for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
            malformed.put(out.position(), in.position());
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        String text = out.flip().toString();
        if (!malformed.isEmpty()) {
            int at = firstInCode(file, text, true, malformed::containsKey);
            if (at >= 0) {
                throw new ParseException(position(file, text, at),
                        String.format("byte 0x%02x is not UTF-8 text", bytes[malformed.get(at)] & 0xff));
            }
        }
        return text;
    }

    /**
     * The first offset the predicate takes inside a token, the header's free text and comments
     * aside (where herd7 takes any byte), and the test's name too unless nameCounts; or -1.
     */
    private static int firstInCode(String file, String text, boolean nameCounts, IntPredicate wanted) {
        for (org.antlr.v4.runtime.Token t : new LitmusCLexer(CharStreams.fromString(HeaderText.blankOut(text), file))
                .getAllTokens()) {
            if (t.getType() == LitmusCLexer.HEADER && !nameCounts) {
                continue;
            }
            for (int i = t.getStartIndex(); i <= t.getStopIndex(); i++) {
                if (wanted.test(i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static SourcePos position(String file, String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SourcePos(file, line, col);
    }
}
