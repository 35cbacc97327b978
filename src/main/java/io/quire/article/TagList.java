package io.quire.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's tags, denormalised into one column ("java:Java|streams:Streams") so that the reading page
 * shows them without a join; {@code article_tag} stays the source for tag pages and filters.
 */
final class TagList {

    private TagList() {
    }

    static String format(List<Tag> tags) {
        StringBuilder out = new StringBuilder();
        for (Tag tag : tags) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            out.append(tag.getSlug()).append(':').append(tag.getName().replace("|", " "));
        }
        return out.toString();
    }

    static List<TagRef> parse(String tagList) {
        List<TagRef> tags = new ArrayList<>();
        if (tagList == null || tagList.isEmpty()) {
            return tags;
        }
        for (String entry : tagList.split("\\|")) {
            int colon = entry.indexOf(':');
            if (colon > 0) {
                tags.add(new TagRef(entry.substring(0, colon), entry.substring(colon + 1)));
            }
        }
        return tags;
    }
}
