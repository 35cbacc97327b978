package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        gzip.write(GzipSegments.deflate(deflater, first));
        deflater.end();
        GzipSegments.stored(gzip, middle);
        gzip.write(GzipSegments.deflateFast(last));
        int firstTwo = GzipSegments.appendCrc(GzipSegments.crc(first), GzipSegments.crc(middle),
                GzipSegments.lengthShift(middle.length));
        int crc = GzipSegments.appendCrc(firstTwo, GzipSegments.crc(last), GzipSegments.lengthShift(last.length));
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
            int shift = GzipSegments.lengthShift(b.length);
            assertThat(GzipSegments.appendCrc(GzipSegments.crc(a), GzipSegments.crc(b), shift))
                    .isEqualTo(GzipSegments.crc(joined));
        }
    }

    @Test
    void theCrcOfJoinedPartsIsTheXorOfTheirSharesAndPartsThatRepeatShareOneMultiplication() {
        Random random = new Random(7);
        byte[] token = new byte[96];
        random.nextBytes(token);
        byte[][] parts = new byte[9][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = token; // odd parts: the same token, as in each form of a page
            if (i % 2 == 0) {
                parts[i] = new byte[random.nextInt(3000)];
                random.nextBytes(parts[i]);
            }
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        int others = 0;
        int tokenShifts = 0;
        long after = Arrays.stream(parts).mapToLong(part -> part.length).sum();
        for (int i = 0; i < parts.length; i++) {
            joined.writeBytes(parts[i]);
            after -= parts[i].length;
            int shift = GzipSegments.lengthShift(after);
            if (i % 2 == 1) {
                tokenShifts ^= shift;
            }
            else {
                others ^= GzipSegments.shiftCrc(GzipSegments.crc(parts[i]), shift);
            }
        }
        assertThat(others ^ GzipSegments.shiftCrc(GzipSegments.crc(token), tokenShifts))
                .isEqualTo(GzipSegments.crc(joined.toByteArray()));
    }

    @Test
    void aPaddingAppendedToATextGivesTheCrcOfTheTextFollowedBySpaces() {
        byte[] text = "<nav>Ada</nav>".getBytes(StandardCharsets.UTF_8);
        for (int length : new int[] { text.length, text.length + 1, 1024, 1024 + text.length, 4096 }) {
            byte[] padded = (new String(text, StandardCharsets.UTF_8) + " ".repeat(length - text.length))
                    .getBytes(StandardCharsets.UTF_8);
            GzipSegments.Padding padding = GzipSegments.padding(length - text.length);
            assertThat(GzipSegments.appendCrc(GzipSegments.crc(text), padding.crc(), padding.shift()))
                    .as("padded to %d", length)
                    .isEqualTo(GzipSegments.crc(padded));
        }
    }

    @Test
    void spacesMakeAsManySpacesAsAskedInAFewBytes() throws IOException {
        for (int count : new int[] { 0, 1, 2, 3, 4, 258, 259, 260, 261, 262, 517, 4000 }) {
            byte[] before = "<nav>".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream gzip = new ByteArrayOutputStream();
            GzipSegments.header(gzip);
            gzip.write(GzipSegments.deflateFast(before));
            int start = gzip.size();
            gzip.write(GzipSegments.spaces(count));
            int spacesSize = gzip.size() - start;
            byte[] expected = ("<nav>" + " ".repeat(count)).getBytes(StandardCharsets.UTF_8);
            GzipSegments.trailer(gzip, GzipSegments.crc(expected), expected.length);

            byte[] text = new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray())).readAllBytes();
            assertThat(text).as("%d spaces", count).isEqualTo(expected);
            assertThat(spacesSize).as("%d spaces", count).isLessThanOrEqualTo(12 + count / 100);
        }
    }

    @Test
    void aRepeatCopiesBytesFromEarlierInTheStream() throws IOException {
        Random random = new Random(3);
        for (int[] lengthAndGap : new int[][] { { 3, 0 }, { 96, 0 }, { 96, 5000 }, { 120, 30_000 }, { 258, 100 } }) {
            byte[] token = new byte[lengthAndGap[0]];
            byte[] gap = new byte[lengthAndGap[1]];
            random.nextBytes(token);
            random.nextBytes(gap);
            ByteArrayOutputStream gzip = new ByteArrayOutputStream();
            GzipSegments.header(gzip);
            gzip.write(GzipSegments.deflateFast("<p>".getBytes(StandardCharsets.UTF_8)));
            GzipSegments.stored(gzip, token);
            GzipSegments.stored(gzip, gap);
            gzip.write(GzipSegments.repeat(token.length, token.length + gap.length));
            byte[] expected = new byte[3 + token.length * 2 + gap.length];
            System.arraycopy("<p>".getBytes(StandardCharsets.UTF_8), 0, expected, 0, 3);
            System.arraycopy(token, 0, expected, 3, token.length);
            System.arraycopy(gap, 0, expected, 3 + token.length, gap.length);
            System.arraycopy(token, 0, expected, 3 + token.length + gap.length, token.length);
            GzipSegments.trailer(gzip, GzipSegments.crc(expected), expected.length);

            assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray())).readAllBytes())
                    .as("length %d, %d bytes between", lengthAndGap[0], lengthAndGap[1]).isEqualTo(expected);
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
