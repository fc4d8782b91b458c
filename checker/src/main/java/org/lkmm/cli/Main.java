package org.lkmm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lkmm command line: subcommands for checking litmus tests against the LKMM. */
@Command(name = "lkmm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tells whether a concurrent C litmus test is allowed by the Linux-kernel memory model.",
        subcommands = {CheckCommand.class, ExplainCommand.class, ReviewCommand.class, BenchCommand.class,
            Herd7Command.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every test ran (and met its Result: line with --expect)",
            "1:a test did not meet its expected Result: (--expect)",
            "2:bad input: a syntax error, unknown primitive, undeclared name or missing file",
            "3:internal error (please report it), or a test beyond the checker's memory budget"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
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
