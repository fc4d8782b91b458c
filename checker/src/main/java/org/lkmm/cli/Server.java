package org.lkmm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.lkmm.verdict.ModelCache;

/**
 * The launcher's server: a JVM that stays up in one folder and runs the command lines its
 * clients send (the launcher's Client), so a test from the shell costs a small client's start
 * instead of a JVM's warm-up, and a model read from files is parsed once. A run here is the run
 * the command would make in its own JVM in that folder: same arguments, the client's terminal,
 * the models' files read again to see that they are unchanged; a client in another folder is
 * refused, and runs the command itself. A client that goes away (killed, or timed out by a
 * script) interrupts its command, which frees its cores as a timeout does. The server leaves
 * when it has had nothing to do for a while or when its socket file is removed.
 */
public final class Server implements AutoCloseable {
    private final Path socket;
    private final ServerSocketChannel channel;
    private final ModelCache models = ModelCache.keeping();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private volatile boolean closed;

    private Server(Path socket, ServerSocketChannel channel) {
        this.socket = socket;
        this.channel = channel;
    }

    /**
     * java -cp lkmm.jar org.lkmm.cli.Server SOCKET [IDLE-SECONDS]: serves in the current folder
     * until idle that long (default 600 s) or until SOCKET is removed; exits at once, quietly,
     * when another server already answers on SOCKET.
     */
    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]);
        long idle = args.length > 1 ? Long.parseLong(args[1]) : 600;
        Optional<Server> s = start(socket);
        if (s.isEmpty()) {
            return;
        }
        Server server = s.get();
        server.waitUntilIdle(idle * 1_000_000_000L, Optional.ofNullable(ownJar()));
        server.close(); // no new command; those running finish
        while (server.running() > 0) {
            Thread.sleep(100);
        }
        System.exit(0);
    }

    /** The jar this class came from, or null when it came from a folder of classes. */
    private static Path ownJar() {
        try {
            Path p = Path.of(Server.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A server listening on socket, or empty when one already listens there. */
    static Optional<Server> start(Path socket) throws IOException {
        ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException inUse) {
            if (answers(socket)) {
                ch.close();
                return Optional.empty();
            }
            Files.deleteIfExists(socket); // left by a server that did not close
            ch.bind(UnixDomainSocketAddress.of(socket));
        }
        Server server = new Server(socket, ch);
        Thread accept = new Thread(server::acceptLoop, "lkmm-server");
        accept.setDaemon(true);
        accept.start();
        return Optional.of(server);
    }

    private static boolean answers(Path socket) {
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Commands running now. */
    int running() {
        return running.get();
    }

    /**
     * Returns when nothing has run for idleNanos, or the socket file is gone, or the jar the
     * server runs from was rebuilt (the launcher's clients of the new build use a new socket).
     */
    void waitUntilIdle(long idleNanos, Optional<Path> jar) throws InterruptedException {
        long built = jar.map(Server::modified).orElse(0L);
        while (!closed && Files.exists(socket) && jar.map(Server::modified).orElse(0L) == built) {
            if (running.get() == 0 && System.nanoTime() - lastActive.get() > idleNanos) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1; // gone
        }
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel client;
            try {
                client = channel.accept();
            } catch (IOException e) {
                return; // closed
            }
            running.incrementAndGet();
            lastActive.set(System.nanoTime());
            Thread t = new Thread(null, () -> serve(client), "lkmm-request", Batch.WORKER_STACK_BYTES);
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            Wire.Request request = Wire.Request.read(Channels.newInputStream(client));
            if (!inThisFolder(request.folder())) {
                Wire.writeFully(client, ByteBuffer.wrap(new byte[] {Wire.REFUSED}));
                return;
            }
            Thread command = Thread.currentThread();
            Thread watch = new Thread(() -> interruptWhenGone(client, command), "lkmm-request-watch");
            watch.setDaemon(true);
            watch.start();
            OutputStream out = Wire.frames(client, Wire.STDOUT);
            OutputStream err = Wire.frames(client, Wire.STDERR);
            int exit = Main.run(request.args(), out, err,
                    new Session(request.progress(), request.colour(), models));
            Thread.interrupted(); // a client gone while its command ended
            synchronized (client) {
                Wire.writeFully(client, ByteBuffer.allocate(5).put(Wire.EXIT).putInt(exit).flip());
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or sent no request: nothing to answer
        } finally {
            lastActive.set(System.nanoTime());
            running.decrementAndGet();
        }
    }

    /** The client sends nothing after its request: end of input means it has gone. */
    private static void interruptWhenGone(SocketChannel client, Thread command) {
        try {
            while (client.read(ByteBuffer.allocate(1)) >= 0) {
                // nothing to read but the end
            }
        } catch (IOException closedByUs) {
            return; // the command ended and closed the connection
        }
        command.interrupt();
    }

    /** Whether the client's folder is this JVM's (relative paths mean the same files). */
    private static boolean inThisFolder(String folder) {
        try {
            return Files.isSameFile(Path.of(folder), Path.of("."));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
        Files.deleteIfExists(socket);
    }
}
