package org.lkmm.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lkmm command line: subcommands for checking litmus tests against the LKMM. */
@Command(name = "lkmm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tells whether a concurrent C litmus test is allowed by the Linux-kernel memory model.",
        subcommands = {CheckCommand.class, ExplainCommand.class, ReviewCommand.class, BenchCommand.class,
            Herd7Command.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every test ran (and met its Result: line with --expect)",
            "1:a test did not meet its expected Result: (--expect)",
            "2:bad input: a syntax error, unknown primitive, undeclared name or missing file",
            "3:internal error (please report it), or a test beyond the checker's memory budget"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) throws InterruptedException {
        System.exit(runOnDeepStack(args));
    }

    /** The command line run in this process, printing to its stdout and stderr; the exit code. */
    static int runOnDeepStack(String[] args) throws InterruptedException {
        int[] exit = {ExitCodes.INTERNAL};
        // every command runs on a thread with a deep stack: herd7 takes tests nested 10,000 deep
        Thread main = new Thread(null, () -> exit[0] = run(java.util.Arrays.asList(args), System.out, System.err,
                Session.ownProcess()), "lkmm", Batch.WORKER_STACK_BYTES);
        main.start();
        main.join();
        return exit[0];
    }

    /**
     * One command line, printing to stdout and stderr (flushed on return); the exit code. Text
     * is written in the platform's charset and flushed where picocli's own writers would flush
     * it (herd7's path flushes after each test), so a run in the server prints what a run in
     * its own JVM prints, in the same pieces.
     */
    static int run(List<String> args, OutputStream stdout, OutputStream stderr, Session session) {
        boolean herd7 = !args.isEmpty() && args.get(0).equals("herd7");
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout)), !herd7);
        PrintWriter err = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stderr)), true);
        try {
            if (herd7) {
                // the kernel's scripts start one JVM per test: no picocli on this path
                return Herd7Command.run(args.subList(1, args.size()), out, err, session);
            }
            CommandLine cl = commandLine(session);
            cl.setOut(out);
            cl.setErr(err);
            return cl.execute(args.toArray(String[]::new));
        } catch (StackOverflowError | OutOfMemoryError e) {
            out.flush();
            err.println("lkmm: " + TestRunner.beyondBudget(e));
            return ExitCodes.INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        return commandLine(Session.ownProcess());
    }

    /** The command line of one session: its commands see the session's terminal and models. */
    static CommandLine commandLine(Session session) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // a budget reached is said as one (explain and review meet it outside a batch's runner)
            cmd.getErr().println(e instanceof org.lkmm.program.TooLargeException ? "lkmm: error: " + e.getMessage()
                    : "lkmm: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand() instanceof Session.User user) {
                user.use(session);
            }
        }
        session.colour().ifPresent(on -> cl.setColorScheme(
                CommandLine.Help.defaultColorScheme(on ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF)));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
