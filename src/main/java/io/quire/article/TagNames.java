package io.quire.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what an author typed in the tags field ("Java, spring boot,  #JPA") into normalised tags: at most five,
 * duplicates removed, each with a slug ("spring-boot") and a tidy display name ("spring boot").
 */
final class TagNames {

    static final int MAX_TAGS = 5;
    static final int MAX_LENGTH = 30;

    private TagNames() {
    }

    /** @return slug → display name, in the order typed */
    static Map<String, String> parse(String typed) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (typed == null) {
            return tags;
        }
        for (String raw : typed.split("[,;\\n]")) {
            String name = raw.strip().replaceAll("^#+", "").replaceAll("\\s+", " ");
            String slug = Slugs.of(name.replace("++", "pp").replace("#", "sharp").replace(".", "dot"), MAX_LENGTH);
            if (!slug.isEmpty()) {
                tags.putIfAbsent(slug, name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH).strip() : name);
            }
        }
        return tags;
    }

    static List<String> problems(String typed) {
        List<String> problems = new ArrayList<>();
        Map<String, String> tags = parse(typed);
        if (tags.size() > MAX_TAGS) {
            problems.add("article.tags.too-many");
        }
        if (typed != null && typed.length() > 400) {
            problems.add("article.tags.too-long");
        }
        return problems;
    }
}
