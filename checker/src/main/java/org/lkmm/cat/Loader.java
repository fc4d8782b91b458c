package org.lkmm.cat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.cat.CatModel;
import org.lkmm.diag.InputError;
import org.lkmm.parse.CatModelParser;
import org.lkmm.parse.ParseException;

/**
 * Finds and parses the files of a model: an include names a file looked for in the model's
 * folder and then in herd's library folders (the kernel's folders carry their own stdlib.cat,
 * cross.cat ...). Each file is parsed once, as herd's ParseModel memoises.
 */
final class Loader {
    private final List<Path> places;
    private final Map<Path, CatModel> parsed = new LinkedHashMap<>();

    Loader(List<Path> places) {
        this.places = places;
    }

    /** Every file parsed so far, in the order first read. */
    List<Path> files() {
        return List.copyOf(parsed.keySet());
    }

    CatModel include(String name, SourcePos from) throws InputError {
        return parse(ModelSource.find(places.get(0), places.subList(1, places.size()), name, from));
    }

    CatModel parse(Path file) throws InputError {
        CatModel m = parsed.get(file);
        if (m == null) {
            try {
                m = CatModelParser.parseFile(file);
            } catch (ParseException e) {
                throw new InputError(e.pos(), e.problem());
            }
            parsed.put(file, m);
        }
        return m;
    }
}
