package org.timescope.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes (UTF-8) written to the command's output writer, so exports to standard output go through the
 * same writer as everything else the command prints (and tests can capture them).
 */
final class StdoutStream extends OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    StdoutStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        pending.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        if (pending.size() > 1 << 16) {
            drain();
        }
    }

    /** Hands complete UTF-8 characters to the writer; a partial sequence waits for its next bytes. */
    private void drain() {
        byte[] bytes = pending.toByteArray();
        int end = bytes.length;
        int back = 0;
        while (back < 4 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0x80) != 0) {
            end = end - back - 1;
        }
        writer.write(new String(bytes, 0, end, StandardCharsets.UTF_8));
        pending.reset();
        pending.write(bytes, end, bytes.length - end);
    }

    @Override
    public void flush() {
        byte[] bytes = pending.toByteArray();
        writer.write(new String(bytes, StandardCharsets.UTF_8));
        pending.reset();
        writer.flush();
    }
}
