package io.quire.article;

import java.util.Arrays;
import java.util.Optional;

/** Tutorials and the six kinds of experience write-up; experiences carry structured fields. */
public enum ArticleKind {
    TUTORIAL("tutorial", false),
    INTERVIEW("interview", true),
    ADMISSION("admission", true),
    CAREER_JOURNEY("career-journey", true),
    WORK("work", true),
    CAMPUS("campus", true),
    COMPETITIVE_EXAM("competitive-exam", true);

    private final String slug;
    private final boolean experience;

    ArticleKind(String slug, boolean experience) {
        this.slug = slug;
        this.experience = experience;
    }

    public String slug() {
        return slug;
    }

    public boolean isExperience() {
        return experience;
    }

    public static Optional<ArticleKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
