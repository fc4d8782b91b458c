package org.lkmm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lkmm.cat.ModelSource;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Search;
import org.lkmm.model.Axiom;
import org.lkmm.model.Lkmm;
import org.lkmm.report.HerdFormat;
import org.lkmm.verdict.CheckOptions;
import org.lkmm.verdict.ModelCache;
import org.lkmm.verdict.ModelChoice;
import org.lkmm.verdict.Speedcheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * herd7's command line, for the kernel's scripts: herd7's options with herd7's meaning, herd7's
 * output on stdout and its "(User error)" warnings on stderr, exit 0 as herd7's. An option
 * whose meaning lkmm does not reproduce is refused by name rather than ignored.
 */
@Command(name = "herd7", mixinStandardHelpOptions = false,
        description = {"herd7's command line: lkmm herd7 [-conf FILE.cfg] [herd7 options] FILE.litmus...",
            "Honoured: -conf, -cat/-model, -bell, -macros, -variant, -I, -timeout,",
            "-skipcheck(s) (built-in model), -speedcheck, -unroll, -q, -v, and options that",
            "only shape figures when no figure is asked for (-show, -nshow, -graph ... ; -o,",
            "-gv and -view are refused). See README.md, 'lkmm as herd7'."})
final class Herd7Command implements Callable<Integer>, Session.User {
    @Spec
    CommandSpec spec;

    /** herd7's options and litmus files, in any order (herd's single-dash options are read here, not by picocli). */
    @Unmatched
    List<String> args = new ArrayList<>();

    /** herd7 options that take one argument and only shape figures, which lkmm does not draw for herd7. */
    private static final Set<String> FIGURE_OPTIONS = Set.of("-show", "-nshow", "-showflag", "-graph", "-dotmode",
            "-dotcom", "-showevents", "-mono", "-scale", "-xscale", "-yscale", "-dsiy", "-siwidth", "-ptscale",
            "-boxscale", "-showthread", "-shift", "-edgemerge", "-labelinit", "-showlegend", "-showkind",
            "-shortlegend", "-squished", "-fixedsize", "-extrachars", "-showobserved", "-brackets", "-texmacros",
            "-tikz", "-showpo", "-showinitrf", "-showfinalrf", "-initrfpos", "-finalrfpos", "-oneinit", "-initpos",
            "-showinitwrites", "-threadposy", "-doshow", "-unshow", "-symetric", "-noid", "-classes", "-showraw",
            "-splines", "-margin", "-pad", "-sep", "-fontname", "-fontsize", "-edgefontsizedelta", "-penwidth",
            "-arrowsize", "-edgeattr", "-overlap", "-relabel", "-withbox", "-labelbox", "-movelabel", "-dotheader",
            "-showone", "-suffix", "-cycles");

    /** herd7 options with one argument that lkmm honours only at their default value. */
    private static final List<String[]> DEFAULT_ONLY = List.of(
            new String[] {"-through", "none"},
            new String[] {"-initwrites", "false"}, new String[] {"-hexa", "false"},
            new String[] {"-exit", "false"}, new String[] {"-checkfilter", "true"}, new String[] {"-badexecs", "true"},
            new String[] {"-candidates", "false"}, new String[] {"-restrict", "none"},
            new String[] {"-outcomereads", "false"}, new String[] {"-strictskip", "false"},
            new String[] {"-dumpes", "false"}, new String[] {"-archcheck", "true"}, new String[] {"-optace", "iico"});

    private static final Pattern LKMM_ERROR = Pattern.compile("^(.*):(\\d+):(\\d+): error: (.*)$");

    /** What the command line asked for. */
    private static final class Request {
        Optional<Path> conf = Optional.empty();
        Optional<Path> cat = Optional.empty();
        Optional<Path> bell = Optional.empty();
        Optional<Path> macros = Optional.empty();
        final Set<String> variants = new LinkedHashSet<>();
        final List<Path> includes = new ArrayList<>();
        final Set<Axiom> skipped = new LinkedHashSet<>();
        double timeout;
        Speedcheck speedcheck = Speedcheck.FALSE;
        java.util.OptionalInt unroll = java.util.OptionalInt.empty();
        final List<Path> files = new ArrayList<>();
    }

    private Session session = Session.ownProcess();

    @Override
    public void use(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        return run(args, spec.commandLine().getOut(), spec.commandLine().getErr(), session);
    }

    /**
     * The command itself, which Main also calls directly, without picocli: the kernel's
     * scripts start one JVM per test, and picocli's classes (Java 5 class files) are ones the
     * class-data archive cannot hold.
     */
    static int run(List<String> args, PrintWriter out, PrintWriter err, Session session) {
        Request r;
        try {
            r = parse(args, out);
        } catch (UsageError e) {
            err.println("lkmm herd7: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (r == null) {
            return ExitCodes.OK; // -version
        }
        ModelChoice model;
        try {
            model = model(r, session.models());
        } catch (InputError e) {
            err.println(herdWarning(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (UsageError e) {
            err.println("lkmm herd7: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            batch(r, model, out, err);
        } catch (Fatal f) {
            // an OCaml exception escapes herd7: it names the file, stops and exits 2
            out.flush();
            err.println();
            err.println("Fatal: File \"" + f.file + "\" Adios");
            err.println("Fatal error: exception " + f.exception);
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** herd7 dies on the test: the exception that escapes it. */
    private static final class Fatal extends RuntimeException {
        final String file;
        final String exception;

        Fatal(String file, String exception) {
            super(exception, null, false, false);
            this.file = file;
            this.exception = exception;
        }
    }

    /** The part of an lkmm error that says which failure herd7 stops the test with, if it is one. */
    private static final Pattern STOPS = Pattern.compile("herd7 stops with (.*): an execution the model allows computes it$");

    /**
     * herd7's run over the files. It runs one test of a name per command: a later file with that
     * name and the same hash is skipped without a word, one with another hash is a user error
     * (TestHash.check_env); only a test that ran to its end counts as seen.
     */
    private static void batch(Request r, ModelChoice model, PrintWriter out, PrintWriter err) {
        java.util.Map<String, Outcome> seen = new java.util.HashMap<>();
        new Batch(Runtime.getRuntime().availableProcessors(), r.timeout, Search.PRUNED, model)
                .with(new CheckOptions(r.speedcheck, r.unroll))
                .run(r.files, (file, o) -> {
                    Optional<Outcome> first = o.test().map(t -> seen.get(t.name()));
                    if (first.isPresent() && o.test().get().hash().isPresent()) {
                        if (!first.get().test().get().hash().equals(o.test().get().hash())) {
                            err.println("Warning: File \"" + file + "\": Different hashes for test " + o.test().get().name()
                                    + " (previous file " + first.get().file() + ") (User error)");
                        }
                    } else if (o.timedOut()) {
                        return; // herd7 -timeout prints nothing for the test
                    } else if (o.error().isPresent()) {
                        Matcher stops = STOPS.matcher(o.error().get());
                        if (stops.find() && (stops.group(1).equals("Division_by_zero")
                                || stops.group(1).equals(org.lkmm.solver.Arithmetic.OR_ASSERTION))) {
                            throw new Fatal(file.toString(), stops.group(1));
                        }
                        err.println(herdWarning(o.error().get()));
                    } else {
                        HerdFormat.write(o.result().get(), true, out);
                        if (o.result().get().loop()) {
                            out.flush(); // herd7 warns after the test's block (top_herd.ml)
                            err.println("Warning: File \"" + file + "\": unrolling limit exceeded at While, legal outcomes"
                                    + " may be missing.");
                        }
                        o.test().filter(t -> t.hash().isPresent()).ifPresent(t -> seen.put(t.name(), o));
                    }
                    out.flush();
                    err.flush();
                });
    }

    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    private static Request parse(List<String> args, PrintWriter out) throws UsageError {
        Request r = new Request();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                r.files.add(Path.of(a));
                continue;
            }
            switch (a) {
                case "-version" -> {
                    out.println("7.58 (" + new Version().getVersion()[0] + ", giving herd7 7.58's output)");
                    out.flush();
                    return null;
                }
                case "-help", "--help" -> {
                    out.println("usage: lkmm herd7 [herd7 options] FILE.litmus...  (herd7's options: see README.md)");
                    out.flush();
                    return null;
                }
                case "-q", "-v" -> { } // diagnostics: lkmm has none to show or hide
                case "-conf" -> r.conf = Optional.of(Path.of(value(args, ++i, a)));
                case "-cat", "-model" -> r.cat = Optional.of(Path.of(value(args, ++i, a)));
                case "-bell" -> r.bell = Optional.of(Path.of(value(args, ++i, a)));
                case "-macros" -> r.macros = Optional.of(Path.of(value(args, ++i, a)));
                case "-I" -> r.includes.add(Path.of(value(args, ++i, a)));
                case "-variant" -> {
                    for (String v : value(args, ++i, a).split(",")) {
                        if (!v.isBlank()) {
                            r.variants.add(v.strip());
                        }
                    }
                }
                case "-timeout" -> {
                    String t = value(args, ++i, a);
                    try {
                        r.timeout = t.equals("none") ? 0 : Double.parseDouble(t);
                    } catch (NumberFormatException e) {
                        throw new UsageError("-timeout takes seconds or none, not '" + t + "'");
                    }
                }
                case "-unroll" -> {
                    String v = value(args, ++i, a);
                    try {
                        r.unroll = java.util.OptionalInt.of(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        throw new UsageError("-unroll takes a number of times, not '" + v + "'");
                    }
                }
                case "-speedcheck" -> {
                    String v = value(args, ++i, a);
                    r.speedcheck = Speedcheck.parse(v).orElseThrow(() -> new UsageError("-speedcheck takes false,"
                            + " true or fast, not '" + v + "'"));
                }
                case "-skipcheck", "-skipchecks" -> {
                    for (String c : value(args, ++i, a).split(",")) {
                        Axiom ax = Axiom.ofCatName(c.strip()).orElseThrow(() -> new UsageError(a + " " + c
                                + ": lkmm's built-in model has no check of that name"));
                        r.skipped.add(ax);
                    }
                }
                case "-o", "-gv", "-view", "-evince", "-preview", "-dumpallfaults", "-switch", "-web", "-c11" ->
                        throw new UsageError("option " + a + " is not supported: lkmm does not reproduce what herd7"
                                + " does with it (for figures: lkmm check --graph FILE.dot|FILE.svg)");
                default -> {
                    if (FIGURE_OPTIONS.contains(a)) {
                        value(args, ++i, a); // no figure is drawn, so it changes nothing
                    } else if (defaultOnly(a).isPresent()) {
                        String v = value(args, ++i, a);
                        if (!v.equals(defaultOnly(a).get())) {
                            throw new UsageError("option " + a + " " + v + " is not supported: lkmm gives herd7's"
                                    + " answers for " + a + " " + defaultOnly(a).get() + " only");
                        }
                    } else {
                        throw new UsageError("unknown or unsupported herd7 option '" + a + "'");
                    }
                }
            }
        }
        return r;
    }

    private static Optional<String> defaultOnly(String option) {
        return DEFAULT_ONLY.stream().filter(d -> d[0].equals(option)).map(d -> d[1]).findFirst();
    }

    private static String value(List<String> args, int i, String option) throws UsageError {
        if (i >= args.size()) {
            throw new UsageError("option " + option + " needs an argument");
        }
        return args.get(i);
    }

    /** The model: -conf's (or ./linux-kernel.cfg's), with -cat, -bell, -macros and -variant over it. */
    private static ModelChoice model(Request r, ModelCache models) throws InputError, UsageError {
        Optional<Path> cfg = r.conf.or(Models::inFolder);
        ModelSource source;
        if (cfg.isPresent()) {
            source = ModelSource.fromCfg(cfg.get(), r.includes);
        } else if (r.cat.isPresent()) {
            source = ModelSource.fromCat(r.cat.get(), Optional.empty(), Set.of(), r.includes);
        } else if (r.bell.isPresent() || r.macros.isPresent() || !r.variants.isEmpty()) {
            throw new UsageError("-bell, -macros and -variant change a model read from files: give -conf or -cat too"
                    + " (without them the built-in default model answers)");
        } else {
            source = null;
        }
        if (source != null && (r.cat.isPresent() || r.bell.isPresent() || r.macros.isPresent() || !r.variants.isEmpty())) {
            Set<String> variants = new LinkedHashSet<>(source.variants());
            variants.addAll(r.variants);
            source = new ModelSource(r.cat.orElse(source.model()), r.bell.or(source::bell), r.macros.or(source::macros),
                    variants, r.includes.isEmpty() ? source.library() : withIncludes(source.library(), r.includes));
        }
        ModelChoice choice = source == null ? ModelChoice.builtIn() : ModelChoice.of(source, cfg.map(Path::toString)
                .orElse(source.model().toString()), false, models);
        if (!r.skipped.isEmpty()) {
            if (!(choice.model() instanceof Lkmm builtIn)) {
                throw new UsageError("-skipchecks is supported with the built-in models (Linux 6.1's, 6.12's or"
                        + " mainline's files) only");
            }
            choice = new ModelChoice(choice.kernel(), choice.version(), new Lkmm(builtIn.generation(), r.skipped));
        }
        return choice;
    }

    private static List<Path> withIncludes(List<Path> library, List<Path> includes) {
        List<Path> out = new ArrayList<>(library);
        out.addAll(includes);
        return out;
    }

    /** lkmm's "FILE:LINE:COL: error: PROBLEM" in herd7's words, which the kernel's judgelitmus.sh reads. */
    static String herdWarning(String lkmmError) {
        Matcher m = LKMM_ERROR.matcher(lkmmError);
        if (!m.matches()) {
            return "Warning: " + lkmmError + " (User error)";
        }
        String problem = m.group(4);
        Matcher stops = STOPS.matcher(problem);
        if (stops.matches()) {
            // herd's user error from its symbolic values: no position, as herd gives none
            return "Warning: File \"" + m.group(1) + "\": " + stops.group(1) + " (User error)";
        }
        if (problem.startsWith("Non-symbolic memory access found on ")) {
            // herd's check_symbolic_locations, once a candidate is solved: no position, and
            // without lkmm's hint on registers
            return "Warning: File \"" + m.group(1) + "\": " + problem.replaceAll(" \\(a name that is no parameter.*$", "")
                    + " (User error)";
        }
        if (problem.startsWith("Non symbolic location with no initial write")) {
            // herd's Warn.fatal (Misc.Fatal): no position, no "(User error)", and its message ends
            // with a newline of its own
            return "Warning: File \"" + m.group(1) + "\": " + problem + "\n";
        }
        if (problem.equals(org.lkmm.program.Lowering.BAD_UNROLL)) {
            return "Warning: File \"" + m.group(1) + "\": " + problem + " (User error)"; // parseTest.ml gives none
        }
        if (problem.startsWith("Unknown macro ")) {
            return "Warning: File \"" + m.group(1) + "\": " + problem.replaceAll("[;:(].*$", "").strip() + " (User error)";
        }
        int col = Integer.parseInt(m.group(3));
        return "Warning: File \"" + m.group(1) + "\", line " + m.group(2) + ", characters " + (col - 1) + "-" + col
                + ": " + problem + " (User error)";
    }
}
