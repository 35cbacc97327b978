package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedMemberPageTests {

    private static final String CSRF = "c".repeat(96);

    private final MemberPageSlots slots = new MemberPageSlots();
    private final Map<String, String> marks = slots.modelAttributes();
    private final MemberPageFacts facts = new MemberPageFacts(1, "a-page", 2, 0, List.of(), Set.of());

    @Test
    void theReadersPartsTakeTheSlotsOfOneGzipStreamThatCompressesLikeTheWholePage() throws IOException {
        String html = page(30);
        SharedMemberPage page = SharedMemberPage.of(html, slots, CSRF.length(), facts, "text/html", Locale.ENGLISH,
                Set.of("article:1"), () -> { }).orElseThrow();
        Function<SharedMemberPage.Slot, byte[]> fill = readersParts();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeGzipped(out, fill::apply);
        String sent = gunzip(out.toByteArray());

        assertThat(sent).contains("<nav>Ada's menu</nav>").contains("<span>liked</span>").contains("value=\"" + CSRF)
                .doesNotContain(marks.get("accountNavMark")).doesNotContain(slots.csrfTokenMark());
        String expected = html.replace(marks.get("accountNavMark"), "<nav>Ada's menu</nav>")
                .replace(marks.get("likeButtonMark"), "<span>liked</span>")
                .replace(marks.get("saveButtonMark"), "<span>saved</span>")
                .replace(slots.csrfTokenMark(), CSRF);
        assertThat(withoutTokensAndPadding(sent)).isEqualTo(withoutTokensAndPadding(expected));
        // Each comment form's one-time token is random and sent as it is; everything else compresses as a whole.
        assertThat(out.size()).as("joined pieces against a whole-page gzip")
                .isLessThan(gzip(sent).length + 30 * 60);
    }

    @Test
    void partsTheCallerHasCompressedAlreadyAreSentAsTheyAre() throws IOException {
        SharedMemberPage page = SharedMemberPage.of(page(3), slots, CSRF.length(), facts, "text/html", Locale.ENGLISH,
                Set.of(), () -> { }).orElseThrow();
        Function<SharedMemberPage.Slot, byte[]> parts = readersParts();
        ByteArrayOutputStream compressedHere = new ByteArrayOutputStream();
        page.writeGzipped(compressedHere, parts::apply);
        List<SharedMemberPage.Slot> asked = new ArrayList<>();

        ByteArrayOutputStream compressedBefore = new ByteArrayOutputStream();
        page.writeGzipped(compressedBefore, new SharedMemberPage.Filling() {
            @Override
            public byte[] text(SharedMemberPage.Slot slot) {
                return parts.apply(slot);
            }

            @Override
            public byte[] deflated(SharedMemberPage.Slot slot) {
                asked.add(slot);
                return GzipSegments.deflateFast(parts.apply(slot));
            }
        });

        assertThat(asked).containsExactly(SharedMemberPage.Slot.ACCOUNT_NAV, SharedMemberPage.Slot.LIKE_BUTTON,
                SharedMemberPage.Slot.SAVE_BUTTON);
        assertThat(withoutTokensAndPadding(gunzip(compressedBefore.toByteArray())))
                .isEqualTo(withoutTokensAndPadding(gunzip(compressedHere.toByteArray())));
    }

    @Test
    void partsThatDoNotFitTheirSlotAreRefused() {
        SharedMemberPage page = SharedMemberPage.of(page(1), slots, CSRF.length(), facts, "text/html",
                Locale.ENGLISH, Set.of(), () -> { }).orElseThrow();

        assertThat(page.fits(SharedMemberPage.Slot.ACCOUNT_NAV, new byte[4096])).isTrue();
        assertThat(page.fits(SharedMemberPage.Slot.ACCOUNT_NAV, new byte[4097])).isFalse();
        assertThat(page.fits(SharedMemberPage.Slot.CSRF_TOKEN, new byte[95])).isFalse();
        assertThatThrownBy(() -> page.writeGzipped(new ByteArrayOutputStream(),
                slot -> slot == SharedMemberPage.Slot.FORM_TOKEN ? new byte[10] : readersParts().apply(slot)))
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
                    .append(UUID.randomUUID()).append("\"><textarea name=\"body\"></textarea></form></li>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static Function<SharedMemberPage.Slot, byte[]> readersParts() {
        return slot -> (switch (slot) {
            case ACCOUNT_NAV -> "<nav>Ada's menu</nav>";
            case LIKE_BUTTON -> "<span>liked</span>";
            case SAVE_BUTTON -> "<span>saved</span>";
            case CSRF_TOKEN -> CSRF;
            case FORM_TOKEN -> UUID.randomUUID().toString();
        }).getBytes(StandardCharsets.UTF_8);
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
