package org.lkmm.cli;

import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's client: sends a command line to the Server listening on a socket and prints
 * what it answers, byte for byte, on this process's stdout and stderr, exiting with its code.
 * When no server answers, or the server runs in another folder, the command runs here, in this
 * JVM, as the launcher would have run it. Kept small: its start is the cost of a run.
 */
public final class Client {
    private Client() {}

    /** java -cp lkmm.jar org.lkmm.cli.Client SOCKET ARGS... */
    public static void main(String[] args) throws InterruptedException {
        Path socket = Path.of(args[0]);
        List<String> command = Arrays.asList(args).subList(1, args.length);
        Wire.Request request = new Wire.Request(System.getProperty("user.dir"), Session.progressShown(),
                Optional.of(colourOnThisTerminal()), command);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        Optional<Integer> exit;
        try {
            exit = call(socket, request, out, err);
        } catch (ServerLost e) {
            System.err.println("lkmm: the lkmm server stopped in the middle of the command (" + e.getMessage()
                    + "); run it again");
            System.exit(ExitCodes.INTERNAL);
            return;
        }
        System.exit(exit.isPresent() ? exit.get() : Main.runOnDeepStack(command.toArray(String[]::new)));
    }

    /**
     * Whether picocli (Ansi.AUTO, 4.7) colours help on this terminal, decided as it decides on
     * Linux and macOS without loading it (its classes cost the client 45 ms): the picocli.ansi
     * property, then NO_COLOR, CLICOLOR_FORCE, CLICOLOR=0 or ConEmuANSI=OFF, then a console.
     * LauncherIT compares served help text with help printed in its own JVM on a terminal.
     */
    static boolean colourOnThisTerminal() {
        String property = System.getProperty("picocli.ansi");
        boolean terminal = System.console() != null;
        if (property != null && !property.equalsIgnoreCase("AUTO")) {
            return property.equalsIgnoreCase("TTY") ? terminal : Boolean.parseBoolean(property);
        }
        if (System.getenv("NO_COLOR") != null) {
            return false;
        }
        String force = System.getenv("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) {
            return true;
        }
        if ("0".equals(System.getenv("CLICOLOR")) || "OFF".equals(System.getenv("ConEmuANSI"))) {
            return false;
        }
        return terminal;
    }

    /** The server's output died after part of it was printed: the command cannot be run again here. */
    static final class ServerLost extends Exception {
        ServerLost(String message) {
            super(message);
        }
    }

    /**
     * Runs the request on the server at socket, copying its output; the exit code, or empty when
     * nothing was printed and the command is to run in this process: no server (a socket file
     * left by a server that died is removed, so the launcher starts a new one) or a refusal.
     */
    static Optional<Integer> call(Path socket, Wire.Request request, OutputStream out, OutputStream err)
            throws ServerLost {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException | SecurityException ignored) {
                // not ours to remove: the command still runs here
            }
            return Optional.empty();
        }
        boolean printed = false;
        try (ch) {
            Wire.writeFully(ch, java.nio.ByteBuffer.wrap(request.encode()));
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            while (true) {
                int tag = in.read();
                switch (tag) {
                    case Wire.STDOUT, Wire.STDERR -> {
                        byte[] b = Wire.readFully(in, in.readInt());
                        printed = true;
                        (tag == Wire.STDOUT ? out : err).write(b);
                    }
                    case Wire.EXIT -> {
                        return Optional.of(in.readInt());
                    }
                    case Wire.REFUSED -> {
                        return Optional.empty();
                    }
                    default -> throw new IOException(tag < 0 ? "no answer" : "unknown frame " + tag);
                }
            }
        } catch (IOException e) {
            if (printed) {
                throw new ServerLost(String.valueOf(e.getMessage()));
            }
            return Optional.empty();
        }
    }
}
