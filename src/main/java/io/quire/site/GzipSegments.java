package io.quire.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Pieces of one gzip stream that are compressed separately and joined later, so that a page can be kept
 * compressed and sent with a few parts changed without compressing it again.
 * <p>
 * Each piece is raw deflate data ending on a byte boundary with no final block (what {@link Deflater#SYNC_FLUSH}
 * leaves), so pieces can follow one another in any order; {@link #stored} wraps bytes that are not worth
 * compressing, {@link #header} and {@link #trailer} frame the whole. The trailer needs the CRC-32 of everything
 * sent, which {@link #combineCrc} computes from the pieces' own CRCs and lengths (the method of zlib's
 * {@code crc32_combine}), so the page's text never has to be kept or read again.
 */
final class GzipSegments {

    /** ID1, ID2, deflate, no flags, no modification time, no extra flags, unknown OS (RFC 1952). */
    private static final byte[] HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };
    /** An empty stored block with the final bit set: ends the deflate data. */
    private static final byte[] FINAL_BLOCK = { 1, 0, 0, (byte) 0xff, (byte) 0xff };
    private static final int MAX_STORED = 0xffff;

    /** CRC-32's polynomial, bit-reversed as java.util.zip.CRC32 uses it. */
    private static final int POLYNOMIAL = 0xedb88320;
    /** {@code x^(2^k)} modulo the polynomial, for k = 0..31. */
    private static final int[] X_POWERS = new int[32];

    static {
        int power = 1 << 30; // x^1
        X_POWERS[0] = power;
        for (int k = 1; k < 32; k++) {
            power = multiply(power, power);
            X_POWERS[k] = power;
        }
    }

    private GzipSegments() {
    }

    static void header(OutputStream out) throws IOException {
        out.write(HEADER);
    }

    /** Ends the deflate data and writes the CRC-32 and length of everything the pieces held. */
    static void trailer(OutputStream out, int crc, long length) throws IOException {
        out.write(FINAL_BLOCK);
        writeIntLittleEndian(out, crc);
        writeIntLittleEndian(out, (int) length);
    }

    /** {@code text} compressed as one piece. */
    static byte[] deflate(byte[] text, int level) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 3 + 16);
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            }
            while (written == buffer.length);
            return out.toByteArray();
        }
        finally {
            deflater.end();
        }
    }

    /** Writes {@code text} as uncompressed pieces: cheaper than compressing a few dozen bytes. */
    static void stored(OutputStream out, byte[] text) throws IOException {
        int offset = 0;
        do {
            int length = Math.min(MAX_STORED, text.length - offset);
            out.write(0); // not final, stored; the rest of the byte is padding
            out.write(length & 0xff);
            out.write(length >>> 8);
            out.write(~length & 0xff);
            out.write((~length >>> 8) & 0xff);
            out.write(text, offset, length);
            offset += length;
        }
        while (offset < text.length);
    }

    static int crc(byte[] text) {
        CRC32 crc = new CRC32();
        crc.update(text);
        return (int) crc.getValue();
    }

    /** The CRC-32 of A followed by B, from the CRC-32 of A, that of B and B's length. */
    static int combineCrc(int crcA, int crcB, long lengthB) {
        return multiply(xPower(lengthB, 3), crcA) ^ crcB;
    }

    /** {@code x^(n * 2^k)} modulo the polynomial: with k = 3, the shift of n bytes. */
    private static int xPower(long n, int k) {
        int power = 1 << 31; // x^0
        while (n != 0) {
            if ((n & 1) != 0) {
                power = multiply(X_POWERS[k & 31], power);
            }
            n >>>= 1;
            k++;
        }
        return power;
    }

    /** a(x) times b(x) modulo the polynomial, in the reversed bit order. */
    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
        return product;
    }

    private static void writeIntLittleEndian(OutputStream out, int value) throws IOException {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
        out.write((value >>> 16) & 0xff);
        out.write((value >>> 24) & 0xff);
    }
}
