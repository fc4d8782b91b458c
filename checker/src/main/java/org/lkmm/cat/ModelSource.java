package org.lkmm.cat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;

/**
 * Which files make a model, as herd7's -conf reads them: the .cat, the .bell and the .def
 * (macros, for the lowering; not read here), the variants, and where includes are looked for:
 * the model's folder first, then herd's library folders. Graph keys of a .cfg are ignored.
 */
public record ModelSource(Path model, Optional<Path> bell, Optional<Path> macros, Set<String> variants,
                          List<Path> library) {
    public ModelSource {
        variants = Set.copyOf(variants);
        library = List.copyOf(library);
    }

    /** A .cfg file (keys model or cat, bell, macros, variant); names are relative to its folder. */
    public static ModelSource fromCfg(Path cfg, List<Path> library) throws InputError {
        List<String> lines;
        try {
            lines = Files.readAllLines(cfg);
        } catch (IOException e) {
            throw new InputError(new SourcePos(cfg.toString(), 0, 0), "cannot read file: " + e.getMessage());
        }
        Path dir = cfg.toAbsolutePath().getParent();
        Path model = null;
        Optional<Path> bell = Optional.empty();
        Optional<Path> macros = Optional.empty();
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            String value = kv.length > 1 ? kv[1].strip() : "";
            SourcePos pos = new SourcePos(cfg.toString(), i + 1, 1);
            switch (kv[0]) {
                case "model", "cat" -> model = find(dir, library, value, pos);
                case "bell" -> bell = Optional.of(find(dir, library, value, pos));
                case "macros" -> macros = Optional.of(dir.resolve(value));
                case "variant" -> {
                    for (String v : value.split(",")) {
                        if (!v.isBlank()) {
                            variants.add(v.strip());
                        }
                    }
                }
                default -> { } // graph, showevents ...: how herd draws, not what it decides
            }
        }
        if (model == null) {
            throw new InputError(new SourcePos(cfg.toString(), 1, 1), "no 'model' line in this configuration");
        }
        return new ModelSource(model, bell, macros, variants, withFolder(dir, library));
    }

    /** A .cat file alone, with an optional bell file and variants (herd's -cat, -bell, -variant). */
    public static ModelSource fromCat(Path cat, Optional<Path> bell, Set<String> variants, List<Path> library) {
        Path dir = cat.toAbsolutePath().getParent();
        return new ModelSource(cat, bell, Optional.empty(), variants, withFolder(dir, library));
    }

    /**
     * The files the model reads, found without parsing them: herd's stdlib.cat, the bell, the
     * .cat and what they include (an include inside a comment is not one). For telling which
     * model a tree holds before loading it.
     */
    public List<Path> files() throws InputError {
        Set<Path> out = new LinkedHashSet<>();
        SourcePos here = new SourcePos(model.toString(), 1, 1);
        Path dir = library.get(0); // where the Loader looks first, as herd does
        List<Path> rest = library.subList(1, library.size());
        out.add(find(dir, rest, "stdlib.cat", here));
        if (bell.isPresent()) {
            scan(bell.get(), out, dir, rest);
        }
        scan(model, out, dir, rest);
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern INCLUDE = java.util.regex.Pattern.compile("include\\s+\"([^\"]+)\"");

    private static void scan(Path file, Set<Path> out, Path dir, List<Path> rest) throws InputError {
        if (!out.add(file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InputError(new SourcePos(file.toString(), 0, 0), "cannot read file: " + e.getMessage());
        }
        java.util.regex.Matcher m = INCLUDE.matcher(withoutComments(text));
        while (m.find()) {
            scan(find(dir, rest, m.group(1), new SourcePos(file.toString(), 1, 1)), out, dir, rest);
        }
    }

    /** The text with its (* ... *) comments, which nest, blanked. */
    private static String withoutComments(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("(*", i)) {
                depth++;
                i++;
            } else if (depth > 0 && text.startsWith("*)", i)) {
                depth--;
                i++;
            } else if (depth == 0) {
                b.append(text.charAt(i));
            }
        }
        return b.toString();
    }

    private static List<Path> withFolder(Path dir, List<Path> library) {
        List<Path> out = new ArrayList<>();
        out.add(dir);
        out.addAll(library);
        return out;
    }

    static Path find(Path dir, List<Path> library, String name, SourcePos pos) throws InputError {
        List<Path> places = withFolder(dir, library);
        for (Path p : places) {
            Path candidate = p.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new InputError(pos, "cannot find file " + name + " (looked in " + places + ")");
    }
}
