package io.quire.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An article page as every member sees it who has no tie to it (see {@link MemberPageFacts}), kept compressed with
 * the parts that differ from member to member cut out: the account menu, the like and save buttons, the CSRF
 * token and the comment forms' one-time tokens. Serving it joins the compressed pieces with the reader's own parts ({@link GzipSegments}),
 * so a member's page costs about what an anonymous cached page costs instead of a full render.
 */
final class SharedMemberPage implements KeptPage {

    /** A part of the page that is the reader's own. */
    enum Slot {
        ACCOUNT_NAV, LIKE_BUTTON, SAVE_BUTTON, CSRF_TOKEN, FORM_TOKEN
    }

    /** Parts longer than this are compressed; shorter ones are sent as they are. */
    private static final int STORED_LIMIT = 200;
    private static final int OVERHEAD = 1024;

    private final byte[][] pieces;
    private final int[] crcs;
    private final int[] lengths;
    private final Slot[] slots;
    private final int weight;
    private final MemberPageFacts facts;
    private final String contentType;
    private final Locale locale;
    private final Set<String> scopes;
    private final Runnable onView;

    private SharedMemberPage(List<byte[]> texts, List<Slot> slots, MemberPageFacts facts, String contentType,
            Locale locale, Set<String> scopes, Runnable onView) {
        this.pieces = new byte[texts.size()][];
        this.crcs = new int[texts.size()];
        this.lengths = new int[texts.size()];
        int bytes = 0;
        for (int i = 0; i < texts.size(); i++) {
            byte[] text = texts.get(i);
            pieces[i] = GzipSegments.deflate(text, Deflater.DEFAULT_COMPRESSION);
            crcs[i] = GzipSegments.crc(text);
            lengths[i] = text.length;
            bytes += pieces[i].length + 16;
        }
        this.slots = slots.toArray(Slot[]::new);
        this.weight = bytes + OVERHEAD;
        this.facts = facts;
        this.contentType = contentType;
        this.locale = locale;
        this.scopes = scopes;
        this.onView = onView;
    }

    /** Cuts the reader's parts, found by {@code slots}, out of a page rendered for sharing. */
    static SharedMemberPage of(String html, MemberPageSlots slots, MemberPageFacts facts, String contentType,
            Locale locale, Set<String> scopes, Runnable onView) {
        List<byte[]> texts = new ArrayList<>();
        List<Slot> found = new ArrayList<>();
        Matcher matcher = slots.pattern().matcher(html);
        int end = 0;
        while (matcher.find()) {
            texts.add(html.substring(end, matcher.start()).getBytes(StandardCharsets.UTF_8));
            found.add(slots.slotOf(matcher));
            end = matcher.end();
        }
        texts.add(html.substring(end).getBytes(StandardCharsets.UTF_8));
        return new SharedMemberPage(texts, found, facts, contentType, locale, scopes, onView);
    }

    MemberPageFacts facts() {
        return facts;
    }

    String contentType() {
        return contentType;
    }

    Locale locale() {
        return locale;
    }

    int slotCount() {
        return slots.length;
    }

    void viewed() {
        onView.run();
    }

    /** Writes the page as gzip, with {@code fill} giving the reader's text for each slot in turn. */
    void writeGzipped(OutputStream out, Function<Slot, byte[]> fill) throws IOException {
        GzipSegments.header(out);
        int crc = 0;
        long length = 0;
        for (int i = 0; i < pieces.length; i++) {
            out.write(pieces[i]);
            crc = GzipSegments.combineCrc(crc, crcs[i], lengths[i]);
            length += lengths[i];
            if (i < slots.length) {
                byte[] text = fill.apply(slots[i]);
                if (text.length > STORED_LIMIT) {
                    out.write(GzipSegments.deflate(text, Deflater.BEST_SPEED));
                }
                else {
                    GzipSegments.stored(out, text);
                }
                crc = GzipSegments.combineCrc(crc, GzipSegments.crc(text), text.length);
                length += text.length;
            }
        }
        GzipSegments.trailer(out, crc, length);
    }

    /** Writes the page uncompressed, for the rare client that does not take gzip. */
    void writeHtml(OutputStream out, Function<Slot, byte[]> fill) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            byte[] buffer = new byte[8192];
            for (int i = 0; i < pieces.length; i++) {
                inflater.reset();
                inflater.setInput(pieces[i]);
                int written = 0;
                while (written < lengths[i]) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && inflater.needsInput()) {
                        throw new IOException("piece " + i + " of a shared member page ended early");
                    }
                    out.write(buffer, 0, n);
                    written += n;
                }
                if (i < slots.length) {
                    out.write(fill.apply(slots[i]));
                }
            }
        }
        catch (DataFormatException ex) {
            throw new IOException(ex);
        }
        finally {
            inflater.end();
        }
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public boolean inAny(Collection<String> changed) {
        for (String scope : changed) {
            if (scopes.contains(scope)) {
                return true;
            }
        }
        return false;
    }
}
