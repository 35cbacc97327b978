package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GzipSegmentsTests {

    @Test
    void compressedAndStoredPiecesMakeOneGzipStreamOfTheirJoinedText() throws IOException {
        byte[] first = "<html><body><p>First part, ".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] middle = "token-1234".getBytes(StandardCharsets.UTF_8);
        byte[] last = "and the rest of the page.</p></body></html>".repeat(50).getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        GzipSegments.header(gzip);
        gzip.write(GzipSegments.deflate(first, Deflater.DEFAULT_COMPRESSION));
        GzipSegments.stored(gzip, middle);
        gzip.write(GzipSegments.deflate(last, Deflater.BEST_SPEED));
        int crc = GzipSegments.combineCrc(GzipSegments.combineCrc(GzipSegments.crc(first), GzipSegments.crc(middle),
                middle.length), GzipSegments.crc(last), last.length);
        GzipSegments.trailer(gzip, crc, first.length + middle.length + last.length);

        // GZIPInputStream checks the trailer's CRC and length, and fails on a wrong one.
        byte[] text = new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray())).readAllBytes();
        assertThat(new String(text, StandardCharsets.UTF_8))
                .isEqualTo(new String(first, StandardCharsets.UTF_8) + "token-1234" + new String(last, StandardCharsets.UTF_8));
        assertThat(gzip.size()).isLessThan(first.length / 10);
    }

    @Test
    void theCombinedCrcIsTheCrcOfTheJoinedBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] a = new byte[random.nextInt(5000)];
            byte[] b = new byte[random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            assertThat(GzipSegments.combineCrc(GzipSegments.crc(a), GzipSegments.crc(b), b.length))
                    .isEqualTo(GzipSegments.crc(joined));
        }
    }

    @Test
    void storedTextLongerThanOneBlockIsSplit() throws IOException {
        byte[] text = new byte[150_000];
        new Random(7).nextBytes(text);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        GzipSegments.header(gzip);
        GzipSegments.stored(gzip, text);
        GzipSegments.trailer(gzip, GzipSegments.crc(text), text.length);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray())).readAllBytes()).isEqualTo(text);
    }
}
