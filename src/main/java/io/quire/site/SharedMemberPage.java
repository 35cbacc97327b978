package io.quire.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

import org.springframework.util.FastByteArrayOutputStream;

/**
 * An article page as every member sees it who does not moderate (see {@link MemberPageFacts}), kept compressed
 * with the parts that differ from member to member left as slots: the account menu, the like and save buttons, the
 * link to report the article (which its author does not get), each comment's controls (edit and delete for its
 * author, report for the others), the CSRF token and the comment forms' one-time tokens. Serving it joins the
 * compressed pieces with the reader's own parts ({@link GzipSegments}), so a member's page costs about what an
 * anonymous cached page costs instead of a full render.
 * <p>
 * The pieces are one deflate stream, flushed to a byte boundary at each slot, so later pieces refer back to
 * earlier ones and the page compresses as well as a whole; compressing the pieces separately made a page with
 * thirty comment forms three and a half times larger. That works because every slot has a fixed length: while
 * compressing, each slot is a run of {@link #FILLER} bytes, which HTML never contains, so no later piece can
 * refer into it, and each reader's text takes exactly its place (buttons and the menu padded with spaces).
 */
final class SharedMemberPage implements KeptPage {

    /** A part of the page that is the reader's own, with its length in bytes (0: set per page). */
    enum Slot {
        ACCOUNT_NAV(4096), LIKE_BUTTON(2048), SAVE_BUTTON(2048), REPORT_ARTICLE(1024), COMMENT_CONTROLS(1024),
        CSRF_TOKEN(0), FORM_TOKEN(36);

        private final int length;

        Slot(int length) {
            this.length = length;
        }

        /** Whether the reader's text is padded to the slot's length, rather than being exactly that long. */
        boolean padded() {
            return this != CSRF_TOKEN && this != FORM_TOKEN;
        }
    }

    /**
     * The reader's text for each slot, in the order the page holds them; {@code comment} is the comment whose
     * controls go in a {@link Slot#COMMENT_CONTROLS} slot, 0 for the other slots.
     */
    interface Filling {

        /** The reader's text for a slot that is not {@link Slot#padded}: the CSRF token or a form's token. */
        byte[] text(Slot slot, long comment);

        /** The reader's part for a {@link Slot#padded} slot. */
        Part part(Slot slot, long comment);
    }

    /**
     * A reader's text for a padded slot, compressed already: written as it is, without being joined or compressed
     * for each reader.
     */
    interface Part {

        /** The length of the text, in bytes. */
        int length();

        /** Writes the text as deflate pieces (see {@link GzipSegments}). */
        void writeDeflated(OutputStream out) throws IOException;

        /** The CRC-32 of the text. */
        int crc();
    }

    /** The byte a slot is made of while the page is compressed; a page that contains it is not kept. */
    static final byte FILLER = 1;

    private static final int OVERHEAD = 1024;
    /** How far back and how long a deflate reference reaches. */
    private static final int MAX_DISTANCE = 32_768;
    private static final int MAX_MATCH = 258;

    private final byte[][] pieces;
    /**
     * The page's CRC-32 is the XOR of each piece's and each slot's CRC shifted by the bytes after it (see
     * {@link GzipSegments#shiftCrc}), and every slot has a fixed length, so each of those shifts is known in advance:
     * the kept pieces' share is one number, and each slot's is one multiplication per reader.
     */
    private final int piecesCrc;
    /** {@link GzipSegments#lengthShift} of the bytes after each slot. */
    private final int[] slotShifts;
    /** The XOR of the CSRF slots' shifts: the token is the same in each, so its share is one multiplication. */
    private final int csrfShift;
    private final long length;
    private final Slot[] slots;
    /** The comment of each {@link Slot#COMMENT_CONTROLS} slot, 0 for the others. */
    private final long[] comments;
    /**
     * For each {@link Slot#CSRF_TOKEN} slot after the first, a reference back to the token before it: every slot
     * has a fixed length, so the distance is the same for every reader. {@code null} for the other slots.
     */
    private final byte[][] csrfRepeats;
    private final long[] commentsWithControls;
    private final int csrfLength;
    private final int weight;
    private final MemberPageFacts facts;
    private final String contentType;
    private final Locale locale;
    private final Set<String> scopes;
    private final Runnable onView;
    private final Instant keptAt = Instant.now();
    /** The size of the page last written for a reader; the next reader's differs by a few bytes at most. */
    private volatile int lastWritten;

    private SharedMemberPage(List<byte[]> texts, List<Slot> slots, long[] comments, int csrfLength,
            MemberPageFacts facts, String contentType, Locale locale, Set<String> scopes, Runnable onView) {
        this.slots = slots.toArray(Slot[]::new);
        this.comments = comments;
        this.commentsWithControls = Arrays.stream(comments).filter(id -> id != 0).toArray();
        this.csrfLength = csrfLength;
        this.pieces = new byte[texts.size()][];
        this.slotShifts = new int[this.slots.length];
        this.csrfRepeats = csrfRepeats(texts, this.slots, csrfLength);
        long total = 0;
        for (int i = 0; i < texts.size(); i++) {
            total += texts.get(i).length + (i < this.slots.length ? length(this.slots[i]) : 0);
        }
        this.length = total;
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        int bytes = 0;
        int crc = 0;
        int csrf = 0;
        long after = total;
        try {
            for (int i = 0; i < texts.size(); i++) {
                byte[] text = texts.get(i);
                pieces[i] = GzipSegments.deflate(deflater, text);
                after -= text.length;
                crc ^= GzipSegments.shiftCrc(GzipSegments.crc(text), GzipSegments.lengthShift(after));
                bytes += pieces[i].length + 16;
                if (i < this.slots.length) {
                    after -= length(this.slots[i]);
                    slotShifts[i] = GzipSegments.lengthShift(after);
                    if (this.slots[i] == Slot.CSRF_TOKEN) {
                        csrf ^= slotShifts[i];
                    }
                    byte[] filler = new byte[length(this.slots[i])];
                    Arrays.fill(filler, FILLER);
                    GzipSegments.deflate(deflater, filler); // the reader's text goes here instead
                }
            }
        }
        finally {
            deflater.end();
        }
        this.piecesCrc = crc;
        this.csrfShift = csrf;
        this.weight = bytes + OVERHEAD;
        this.facts = facts;
        this.contentType = contentType;
        this.locale = locale;
        this.scopes = scopes;
        this.onView = onView;
    }

    private static byte[][] csrfRepeats(List<byte[]> texts, Slot[] slots, int csrfLength) {
        byte[][] repeats = new byte[slots.length][];
        long length = 0;
        long lastCsrf = -1;
        for (int i = 0; i < slots.length; i++) {
            length += texts.get(i).length;
            if (slots[i] == Slot.CSRF_TOKEN) {
                if (lastCsrf >= 0 && length - lastCsrf <= MAX_DISTANCE && csrfLength >= 3
                        && csrfLength <= MAX_MATCH) {
                    repeats[i] = GzipSegments.repeat(csrfLength, (int) (length - lastCsrf));
                }
                lastCsrf = length;
            }
            length += slots[i] == Slot.CSRF_TOKEN ? csrfLength : slots[i].length;
        }
        return repeats;
    }

    /**
     * Cuts the reader's parts, found by {@code slots}, out of a page rendered for sharing with a CSRF token of
     * {@code csrfLength} characters; empty if the page cannot be kept.
     */
    static Optional<SharedMemberPage> of(String html, MemberPageSlots slots, int csrfLength,
            MemberPageFacts facts, String contentType, Locale locale, Set<String> scopes, Runnable onView) {
        if (html.indexOf(FILLER) >= 0) {
            return Optional.empty();
        }
        List<byte[]> texts = new ArrayList<>();
        List<Slot> found = new ArrayList<>();
        List<Long> comments = new ArrayList<>();
        Matcher matcher = slots.pattern().matcher(html);
        int end = 0;
        while (matcher.find()) {
            texts.add(html.substring(end, matcher.start()).getBytes(StandardCharsets.UTF_8));
            found.add(slots.slotOf(matcher));
            comments.add(slots.commentOf(matcher));
            end = matcher.end();
        }
        texts.add(html.substring(end).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new SharedMemberPage(texts, found, comments.stream().mapToLong(Long::longValue).toArray(),
                csrfLength, facts, contentType, locale, scopes, onView));
    }

    MemberPageFacts facts() {
        return facts;
    }

    /** The comments whose controls the page has slots for, in page order. */
    long[] commentsWithControls() {
        return commentsWithControls.clone();
    }

    String contentType() {
        return contentType;
    }

    Locale locale() {
        return locale;
    }

    /** When the page was kept: its like count is as old as that. */
    Instant keptAt() {
        return keptAt;
    }

    void viewed() {
        onView.run();
    }

    /**
     * Whether a text of {@code length} bytes fits {@code slot}: exactly its length, or at most that for the padded
     * ones. A reader whose parts do not fit (an unusually long display name, say) gets a full render instead.
     */
    boolean fits(Slot slot, int length) {
        return slot.padded() ? length <= slot.length : length == length(slot);
    }

    /**
     * Writes the page as gzip, with {@code fill} giving the reader's text for each slot in turn, each of which
     * must {@link #fits fit}. Padded slots are followed by spaces up to their length.
     */
    void writeGzipped(OutputStream out, Filling fill) throws IOException {
        GzipSegments.header(out);
        int crc = piecesCrc;
        byte[] csrfToken = null;
        for (int i = 0; i < pieces.length; i++) {
            out.write(pieces[i]);
            if (i < slots.length) {
                Slot slot = slots[i];
                if (slot.padded()) {
                    Part part = fill.part(slot, comments[i]);
                    requireFit(slot, part.length());
                    part.writeDeflated(out);
                    GzipSegments.Padding padding = GzipSegments.padding(slot.length - part.length());
                    out.write(padding.piece());
                    crc ^= GzipSegments.shiftCrc(GzipSegments.appendCrc(part.crc(), padding.crc(), padding.shift()),
                            slotShifts[i]);
                }
                else {
                    byte[] text = fill.text(slot, comments[i]);
                    requireFit(slot, text.length);
                    if (slot == Slot.CSRF_TOKEN) {
                        csrfToken = text; // the same in every form of the page: its CRC's share is added once
                    }
                    else {
                        crc ^= GzipSegments.shiftCrc(GzipSegments.crc(text), slotShifts[i]);
                    }
                    if (slot == Slot.CSRF_TOKEN && csrfRepeats[i] != null) {
                        out.write(csrfRepeats[i]); // the same token as in the previous form: a reference to it
                    }
                    else {
                        GzipSegments.stored(out, text);
                    }
                }
            }
        }
        if (csrfToken != null) {
            crc ^= GzipSegments.shiftCrc(GzipSegments.crc(csrfToken), csrfShift);
        }
        GzipSegments.trailer(out, crc, length);
    }

    /**
     * The page as gzip, as {@link #writeGzipped} writes it, in a buffer whose first block is sized from the last
     * reader's page so that it neither needs a second one nor holds much more than the page: a kept page is written
     * many thousand times a second. Spring's buffer takes no lock per write, as {@code ByteArrayOutputStream} does
     * for each of the hundred or more small writes of a view.
     */
    FastByteArrayOutputStream gzipped(Filling fill) throws IOException {
        int last = lastWritten;
        FastByteArrayOutputStream out = new FastByteArrayOutputStream(last == 0 ? 16 * 1024 : last + 256);
        writeGzipped(out, fill);
        lastWritten = out.size();
        return out;
    }

    /** Writes the page uncompressed, for the rare client that does not take gzip. */
    void writeHtml(OutputStream out, Filling fill) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(gzipped(fill).getInputStream())) {
            in.transferTo(out);
        }
    }

    private void requireFit(Slot slot, int textLength) {
        if (!fits(slot, textLength)) {
            throw new IllegalArgumentException(slot + " takes " + length(slot) + " bytes, not " + textLength);
        }
    }

    private int length(Slot slot) {
        return slot == Slot.CSRF_TOKEN ? csrfLength : slot.length;
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public Set<String> scopes() {
        return scopes;
    }
}
