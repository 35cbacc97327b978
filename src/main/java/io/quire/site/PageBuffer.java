package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for one thread: a kept member page is assembled from a hundred or more small writes per
 * view, and {@link java.io.ByteArrayOutputStream} takes a lock for each of them.
 */
final class PageBuffer extends OutputStream {

    private byte[] bytes;
    private int size;

    PageBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
        ensureRoom(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** What was written, to read again. */
    InputStream read() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    private void ensureRoom(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
