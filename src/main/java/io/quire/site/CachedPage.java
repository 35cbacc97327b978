package io.quire.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.DigestUtils;

/**
 * One rendered anonymous page, kept gzipped only: nearly every client accepts gzip, and the rare one that does
 * not gets the bytes inflated on the way out instead of a second, six times larger copy in the heap.
 */
final class CachedPage implements KeptPage {

    /** Roughly what the key, the entry and the bookkeeping cost next to the bytes. */
    private static final int OVERHEAD = 512;

    private final byte[] gzipped;
    private final int length;
    private final String etag;
    private final Instant lastModified;
    private final String contentType;
    private final Locale locale;
    private final Set<String> scopes;
    private final Runnable onView;

    private CachedPage(byte[] gzipped, int length, String etag, Instant lastModified, String contentType,
            Locale locale, Set<String> scopes, Runnable onView) {
        this.gzipped = gzipped;
        this.length = length;
        this.etag = etag;
        this.lastModified = lastModified;
        this.contentType = contentType;
        this.locale = locale;
        this.scopes = scopes;
        this.onView = onView;
    }

    /**
     * The page rendered at {@code now}; its entity tag is a hash of the HTML, so every instance that renders the
     * same HTML gives the same tag and a browser's revalidation works whichever instance answers.
     */
    static CachedPage of(byte[] html, String contentType, Locale locale, Set<String> scopes, Runnable onView,
            Instant now) {
        return new CachedPage(gzip(html), html.length, DigestUtils.md5DigestAsHex(html),
                now.truncatedTo(ChronoUnit.SECONDS), contentType, locale, scopes, onView);
    }

    /** A strong tag per representation, as Apache's mod_deflate does: the gzipped bytes are not the HTML's. */
    String etag(boolean gzipped) {
        return gzipped ? "\"" + etag + "-gzip\"" : "\"" + etag + "\"";
    }

    Instant lastModified() {
        return lastModified;
    }

    String contentType() {
        return contentType;
    }

    Locale locale() {
        return locale;
    }

    int gzippedLength() {
        return gzipped.length;
    }

    int length() {
        return length;
    }

    @Override
    public int weight() {
        return gzipped.length + OVERHEAD;
    }

    @Override
    public Set<String> scopes() {
        return scopes;
    }

    void viewed() {
        onView.run();
    }

    void writeGzipped(OutputStream out) throws IOException {
        out.write(gzipped);
    }

    void writeHtml(OutputStream out) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            in.transferTo(out);
        }
    }

    private static byte[] gzip(byte[] html) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(html);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }
}
