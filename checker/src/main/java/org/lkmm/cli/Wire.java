package org.lkmm.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's client and server talk over a Unix socket: one request (the client's folder,
 * what its terminal shows, the arguments), then frames of the output as the command writes it
 * (stdout or stderr bytes), and last the exit code, or a refusal before any output (the server
 * runs in another folder), after which the client runs the command itself.
 */
final class Wire {
    private Wire() {}

    static final int VERSION = 0x6c6b6d01;
    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    /** A command line to run, and where and for which terminal. */
    record Request(String folder, boolean progress, Optional<Boolean> colour, List<String> args) {
        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream d = new DataOutputStream(bytes)) {
                d.writeInt(VERSION);
                writeString(d, folder);
                d.writeBoolean(progress);
                d.writeByte(colour.map(on -> on ? 1 : 2).orElse(0));
                d.writeInt(args.size());
                for (String a : args) {
                    writeString(d, a); // the arguments as Java decoded them, char for char
                }
            } catch (IOException e) {
                throw new IllegalStateException(e); // in memory
            }
            return bytes.toByteArray();
        }

        static Request read(InputStream in) throws IOException {
            DataInputStream d = new DataInputStream(in);
            if (d.readInt() != VERSION) {
                throw new IOException("not an lkmm request");
            }
            String folder = readString(d);
            boolean progress = d.readBoolean();
            byte colour = d.readByte();
            int n = d.readInt();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                args.add(readString(d));
            }
            return new Request(folder, progress, colour == 0 ? Optional.empty() : Optional.of(colour == 1), args);
        }
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        d.writeInt(s.length());
        d.writeChars(s);
    }

    private static String readString(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > (1 << 24)) {
            throw new IOException("bad string length " + n);
        }
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = d.readChar();
        }
        return new String(c);
    }

    /** A frame: its tag and, for output, its bytes; for EXIT the code. */
    static void writeFrame(SocketChannel ch, byte tag, byte[] b, int off, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(5 + len);
        buf.put(tag).putInt(len).put(b, off, len).flip();
        writeFully(ch, buf);
    }

    static void writeFully(SocketChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** Reads exactly n bytes. */
    static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        return b;
    }

    /** An output stream whose every write is one frame with this tag (nothing is held back). */
    static OutputStream frames(SocketChannel ch, byte tag) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (ch) { // stdout and stderr frames from different threads do not interleave
                    writeFrame(ch, tag, b, off, len);
                }
            }
        };
    }
}
