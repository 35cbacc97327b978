package io.quire.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageBufferTests {

    @Test
    void holdsWhatWasWrittenInOrderWhileItGrows() throws IOException {
        PageBuffer buffer = new PageBuffer(4);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] chunk = new byte[random.nextInt(300)];
            random.nextBytes(chunk);
            int offset = Math.min(1, chunk.length);
            buffer.write(i);
            buffer.write(chunk, offset, chunk.length - offset);
            expected.write(i);
            expected.write(chunk, offset, chunk.length - offset);
        }

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        buffer.writeTo(written);
        assertThat(buffer.size()).isEqualTo(expected.size());
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(buffer.read().readAllBytes()).isEqualTo(expected.toByteArray());
    }
}
