package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedMemberPageTests {

    private static final String CSRF = "c".repeat(96);

    private final MemberPageSlots slots = new MemberPageSlots();
    private final Map<String, String> marks = slots.modelAttributes();
    private final MemberPageFacts facts = new MemberPageFacts(1, "a-page", 2, 0, List.of());

    @Test
    void theReadersPartsTakeTheSlotsOfOneGzipStreamThatCompressesLikeTheWholePage() throws IOException {
        String html = page(30);
        SharedMemberPage page = SharedMemberPage.of(html, slots, CSRF.length(), facts, "text/html", Locale.ENGLISH,
                Set.of("article:1"), () -> { }).orElseThrow();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeGzipped(out, readersParts());
        String sent = gunzip(out.toByteArray());

        assertThat(sent).contains("<nav>Ada's menu</nav>").contains("<span>liked</span>").contains("value=\"" + CSRF)
                .contains("<a href=\"/comments/30/report\">Report</a>")
                .doesNotContain(marks.get("accountNavMark")).doesNotContain(slots.csrfTokenMark())
                .doesNotContain(marks.get("commentControlsMark"));
        String expected = html.replace(marks.get("accountNavMark"), "<nav>Ada's menu</nav>")
                .replace(marks.get("likeButtonMark"), "<span>liked</span>")
                .replace(marks.get("saveButtonMark"), "<span>saved</span>")
                .replace(slots.csrfTokenMark(), CSRF);
        for (long comment = 1; comment <= 30; comment++) {
            expected = expected.replace(slots.commentControlsMark(comment), controls(comment));
        }
        assertThat(withoutTokensAndPadding(sent)).isEqualTo(withoutTokensAndPadding(expected));
        assertThat(page.commentsWithControls()).hasSize(30).startsWith(1, 2).endsWith(30);
        // Each comment form's one-time token is random and sent as it is, and each comment's controls are compressed
        // on their own; everything else compresses as a whole.
        assertThat(out.size()).as("joined pieces against a whole-page gzip")
                .isLessThan(gzip(sent).length + 30 * 120);
    }

    @Test
    void partsThatDoNotFitTheirSlotAreRefused() {
        SharedMemberPage page = SharedMemberPage.of(page(1), slots, CSRF.length(), facts, "text/html",
                Locale.ENGLISH, Set.of(), () -> { }).orElseThrow();

        assertThat(page.fits(SharedMemberPage.Slot.ACCOUNT_NAV, 4096)).isTrue();
        assertThat(page.fits(SharedMemberPage.Slot.ACCOUNT_NAV, 4097)).isFalse();
        assertThat(page.fits(SharedMemberPage.Slot.CSRF_TOKEN, 95)).isFalse();
        assertThat(page.fits(SharedMemberPage.Slot.COMMENT_CONTROLS, 1025)).isFalse();
        assertThatThrownBy(() -> page.writeGzipped(new ByteArrayOutputStream(), filling((slot, comment) ->
                slot == SharedMemberPage.Slot.FORM_TOKEN ? "too short" : readersText(slot, comment))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageHoldingTheFillerByteIsNotKept() {
        assertThat(SharedMemberPage.of(page(1).replace("Body", "Bo\u0001dy"), slots, CSRF.length(), facts,
                "text/html", Locale.ENGLISH, Set.of(), () -> { })).isEmpty();
    }

    private static String withoutTokensAndPadding(String html) {
        return html.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "TOKEN")
                .replaceAll(" {2,}", "");
    }

    /** A page as the templates render it for sharing, with {@code comments} comment forms. */
    private String page(int comments) {
        StringBuilder html = new StringBuilder("<html><head><meta name=\"csrf-token\" content=\"")
                .append(slots.csrfTokenMark()).append("\"></head><body><header>").append(marks.get("accountNavMark"))
                .append("</header><main><h1>Body</h1><div>").append(marks.get("likeButtonMark"))
                .append(marks.get("saveButtonMark")).append("</div>");
        for (int i = 0; i < comments; i++) {
            html.append("<li class=\"comment\"><p>Comment number ").append(i)
                    .append(" says something about connection pools and caches.</p>")
                    .append("<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"")
                    .append(slots.csrfTokenMark()).append("\"/><input type=\"hidden\" name=\"token\" value=\"")
                    .append(UUID.randomUUID()).append("\"><textarea name=\"body\"></textarea></form>")
                    .append(slots.commentControlsMark(i + 1)).append("</li>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static SharedMemberPage.Filling readersParts() {
        return filling(SharedMemberPageTests::readersText);
    }

    private static String readersText(SharedMemberPage.Slot slot, long comment) {
        return switch (slot) {
            case ACCOUNT_NAV -> "<nav>Ada's menu</nav>";
            case LIKE_BUTTON -> "<span>liked</span>";
            case SAVE_BUTTON -> "<span>saved</span>";
            case REPORT_ARTICLE -> "<p><a href=\"/articles/a/report\">Report</a></p>";
            case COMMENT_CONTROLS -> controls(comment);
            case CSRF_TOKEN -> CSRF;
            case FORM_TOKEN -> UUID.randomUUID().toString();
        };
    }

    /** The reader's parts from their text, each compressed when it is written. */
    private static SharedMemberPage.Filling filling(BiFunction<SharedMemberPage.Slot, Long, String> texts) {
        return new SharedMemberPage.Filling() {
            @Override
            public byte[] text(SharedMemberPage.Slot slot, long comment) {
                return texts.apply(slot, comment).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public SharedMemberPage.Part part(SharedMemberPage.Slot slot, long comment) {
                return new TextPart(text(slot, comment));
            }
        };
    }

    private record TextPart(byte[] text) implements SharedMemberPage.Part {

        @Override
        public int length() {
            return text.length;
        }

        @Override
        public void writeDeflated(OutputStream out) throws IOException {
            out.write(GzipSegments.deflateFast(text));
        }

        @Override
        public int crc() {
            return GzipSegments.crc(text);
        }
    }

    /** The reader's controls of a comment: their own (comment 7) or someone else's. */
    private static String controls(long comment) {
        return comment == 7 ? "<a href=\"/comments/7/edit\">Edit</a><form><input name=\"_csrf\" value=\"" + CSRF
                + "\"></form>" : "<a href=\"/comments/" + comment + "/report\">Report</a>";
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
