package org.lkmm.cli;

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
        int[] exit = {ExitCodes.INTERNAL};
        // every command runs on a thread with a deep stack: herd7 takes tests nested 10,000 deep
        Thread main = new Thread(null, () -> exit[0] = run(args), "lkmm", Batch.WORKER_STACK_BYTES);
        main.start();
        main.join();
        System.exit(exit[0]);
    }

    private static int run(String[] args) {
        try {
            if (args.length > 0 && args[0].equals("herd7")) {
                // the kernel's scripts start one JVM per test: no picocli on this path
                java.io.PrintWriter out = new java.io.PrintWriter(System.out);
                java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
                int exit = Herd7Command.run(java.util.Arrays.asList(args).subList(1, args.length), out, err);
                out.flush();
                err.flush();
                return exit;
            }
            return commandLine().execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            System.out.flush();
            System.err.println("lkmm: " + TestRunner.beyondBudget(e));
        }
        return ExitCodes.INTERNAL;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("lkmm: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
