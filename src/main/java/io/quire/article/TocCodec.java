package io.quire.article;

import java.util.ArrayList;
import java.util.List;

import io.quire.markdown.TocEntry;

/** Stores a table of contents as one line per entry, "level TAB id TAB text", which needs no JSON library. */
final class TocCodec {

    private TocCodec() {
    }

    static String encode(List<TocEntry> toc) {
        StringBuilder out = new StringBuilder();
        for (TocEntry entry : toc) {
            out.append(entry.level()).append('\t').append(clean(entry.id())).append('\t')
                    .append(clean(entry.text())).append('\n');
        }
        return out.toString();
    }

    static List<TocEntry> decode(String stored) {
        List<TocEntry> toc = new ArrayList<>();
        if (stored == null) {
            return toc;
        }
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                toc.add(new TocEntry(Integer.parseInt(parts[0]), parts[1], parts[2]));
            }
        }
        return toc;
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }
}
