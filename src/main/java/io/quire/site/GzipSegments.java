package io.quire.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Pieces of one gzip stream that are compressed separately and joined later, so that a page can be kept
 * compressed and sent with a few parts changed without compressing it again.
 * <p>
 * Each piece is raw deflate data ending on a byte boundary with no final block (what {@link Deflater#SYNC_FLUSH}
 * leaves), so pieces can follow one another in any order; {@link #stored} wraps bytes that are not worth
 * compressing, {@link #header} and {@link #trailer} frame the whole. The trailer needs the CRC-32 of everything
 * sent, which {@link #appendCrc} computes from the pieces' own CRCs and lengths (the method of zlib's
 * {@code crc32_combine}), so the page's text never has to be kept or read again.
 */
final class GzipSegments {

    /** ID1, ID2, deflate, no flags, no modification time, no extra flags, unknown OS (RFC 1952). */
    private static final byte[] HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };
    /** An empty stored block with the final bit set: ends the deflate data. */
    private static final byte[] FINAL_BLOCK = { 1, 0, 0, (byte) 0xff, (byte) 0xff };
    private static final int MAX_STORED = 0xffff;
    private static final int MAX_MATCH = 258;
    /** The length and its complement of an empty stored block, after its header bits. */
    private static final byte[] EMPTY_STORED_BLOCK = { 0, 0, (byte) 0xff, (byte) 0xff };
    private static final byte[] SPACES = " ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
    /** Paddings made so far, by their number of spaces: a slot is padded by one of a few counts, many times over. */
    private static final AtomicReferenceArray<Padding> PADDINGS = new AtomicReferenceArray<>(4097);

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

    /**
     * {@code text} compressed quickly as one piece, on its own. Used once per distinct member part (kept pages keep
     * them compressed), so a deflater is made for each call.
     */
    static byte[] deflateFast(byte[] text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            return deflate(deflater, text);
        }
        finally {
            deflater.end();
        }
    }

    /**
     * {@code text} compressed as the next piece of {@code deflater}'s stream: it may refer back to the pieces
     * compressed before it, so it can only follow them.
     */
    static byte[] deflate(Deflater deflater, byte[] text) {
        deflater.setInput(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 3 + 16);
        byte[] buffer = new byte[8192];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        }
        while (written == buffer.length || !deflater.needsInput());
        return out.toByteArray();
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

    /**
     * A piece that repeats the {@code length} bytes that ended {@code distance} bytes before it: one
     * length/distance pair in a block of fixed Huffman codes (RFC 1951, 3.2.6), then an empty stored block to end
     * on a byte boundary as the other pieces do. A CSRF token repeated in every form of a page costs five bytes
     * this way instead of its whole length.
     *
     * @param length 3 to 258
     * @param distance 1 to 32,768
     */
    static byte[] repeat(int length, int distance) {
        Bits bits = fixedHuffmanBlock();
        match(bits, length, distance);
        return endBlock(bits);
    }

    /**
     * {@code count} spaces as a piece: one space and then copies of it, a few bytes however many. Cheaper to make
     * than compressing them, which costs as much per byte as any other text.
     */
    static byte[] spaces(int count) {
        if (count == 0) {
            return new byte[0];
        }
        Bits bits = fixedHuffmanBlock();
        bits.writeHuffman(0x30 + ' ', 8); // literals 0-143: eight bits from 00110000
        int left = count - 1;
        while (left >= 3) {
            int length = Math.min(MAX_MATCH, left);
            if (left - length > 0 && left - length < 3) {
                length = left - 3; // leave a last copy of at least three
            }
            match(bits, length, 1);
            left -= length;
        }
        for (; left > 0; left--) {
            bits.writeHuffman(0x30 + ' ', 8);
        }
        return endBlock(bits);
    }

    private static Bits fixedHuffmanBlock() {
        Bits bits = new Bits();
        bits.write(0, 1); // not final
        bits.write(1, 2); // fixed Huffman codes
        return bits;
    }

    private static void match(Bits bits, int length, int distance) {
        int lengthCode = 0;
        while (lengthCode + 1 < LENGTH_BASES.length && LENGTH_BASES[lengthCode + 1] <= length) {
            lengthCode++;
        }
        int symbol = 257 + lengthCode;
        if (symbol < 280) {
            bits.writeHuffman(symbol - 256, 7); // 256-279: seven bits from 0000000
        }
        else {
            bits.writeHuffman(0xc0 + symbol - 280, 8); // 280-287: eight bits from 11000000
        }
        bits.write(length - LENGTH_BASES[lengthCode], LENGTH_EXTRA[lengthCode]);
        int distanceCode = 0;
        while (distanceCode + 1 < DISTANCE_BASES.length && DISTANCE_BASES[distanceCode + 1] <= distance) {
            distanceCode++;
        }
        bits.writeHuffman(distanceCode, 5);
        bits.write(distance - DISTANCE_BASES[distanceCode], DISTANCE_EXTRA[distanceCode]);
    }

    /** Ends a fixed-Huffman block and the byte, with an empty stored block as a sync flush does. */
    private static byte[] endBlock(Bits bits) {
        bits.writeHuffman(0, 7); // end of block (256)
        bits.write(0, 1); // not final
        bits.write(0, 2); // stored
        return bits.end();
    }

    /** Match lengths 3-258 and distances 1-32,768: the first of each code and its extra bits (RFC 1951, 3.2.5). */
    private static final int[] LENGTH_BASES = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
    private static final int[] LENGTH_EXTRA = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        4, 5, 5, 5, 5, 0 };
    private static final int[] DISTANCE_BASES = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
    private static final int[] DISTANCE_EXTRA = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9,
        10, 10, 11, 11, 12, 12, 13, 13 };

    /** Deflate's bit order: values least significant bit first, Huffman codes most significant bit first. */
    private static final class Bits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        private int buffer;
        private int count;

        void write(int value, int width) {
            for (int i = 0; i < width; i++) {
                put((value >>> i) & 1);
            }
        }

        void writeHuffman(int code, int width) {
            for (int i = width - 1; i >= 0; i--) {
                put((code >>> i) & 1);
            }
        }

        /** The bits written, the last byte filled up with zeros, then an empty stored block as a sync flush ends. */
        byte[] end() {
            if (count > 0) {
                out.write(buffer);
            }
            out.writeBytes(EMPTY_STORED_BLOCK);
            return out.toByteArray();
        }

        private void put(int bit) {
            buffer |= bit << count;
            if (++count == 8) {
                out.write(buffer);
                buffer = 0;
                count = 0;
            }
        }
    }

    static int crc(byte[] text) {
        CRC32 crc = new CRC32();
        crc.update(text);
        return (int) crc.getValue();
    }

    /** {@code count} spaces as a piece ({@link #spaces}), with their CRC-32 and {@link #lengthShift}. */
    static Padding padding(int count) {
        Padding padding = count < PADDINGS.length() ? PADDINGS.get(count) : null;
        if (padding == null) {
            CRC32 crc = new CRC32();
            for (int left = count; left > 0; left -= SPACES.length) {
                crc.update(SPACES, 0, Math.min(left, SPACES.length));
            }
            padding = new Padding(spaces(count), (int) crc.getValue(), lengthShift(count));
            if (count < PADDINGS.length()) {
                PADDINGS.set(count, padding); // two threads making the same one at once is harmless
            }
        }
        return padding;
    }

    /** Spaces that fill a slot: the piece to write, and what {@link #appendCrc} needs of them. */
    record Padding(byte[] piece, int crc, int shift) {
    }

    /**
     * What {@link #appendCrc} needs to know of a length. It takes a few hundred steps, so a length that is known in
     * advance is best done once.
     */
    static int lengthShift(long length) {
        return xPower(length, 3);
    }

    /** The CRC-32 of A followed by B, from the CRC-32 of A, that of B and the {@link #lengthShift} of B's length. */
    static int appendCrc(int crcA, int crcB, int shiftB) {
        return shiftCrc(crcA, shiftB) ^ crcB;
    }

    /**
     * A text's share in the CRC-32 of a longer one that has the {@link #lengthShift} of {@code shift} bytes after
     * it. The CRC-32 of a text made of parts is the XOR of their shares, and since the shares are linear, parts
     * with the same CRC can share one multiplication: {@code shiftCrc(c, s1) ^ shiftCrc(c, s2) == shiftCrc(c, s1 ^
     * s2)}.
     */
    static int shiftCrc(int crc, int shift) {
        return multiply(shift, crc);
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
