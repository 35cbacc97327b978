package io.quire.article;

import java.util.EnumMap;
import java.util.Map;

/** The outline a new article of each kind starts from, so that write-ups of one kind read alike. */
final class KindTemplates {

    private static final Map<ArticleKind, String> TEMPLATES = new EnumMap<>(ArticleKind.class);

    static {
        TEMPLATES.put(ArticleKind.TUTORIAL, """
                ## What you will build

                ## Prerequisites

                ## Step 1

                ```java
                ```

                ## Summary
                """);
        TEMPLATES.put(ArticleKind.INTERVIEW, """
                ## The role and how I applied

                ## Round 1

                ## Round 2

                ## What I would do differently
                """);
        TEMPLATES.put(ArticleKind.ADMISSION, """
                ## The programme

                ## Application and documents

                ## Tests and interviews

                ## Advice for applicants
                """);
        TEMPLATES.put(ArticleKind.CAREER_JOURNEY, """
                ## Where I started

                ## Turning points

                ## What I do now

                ## Lessons
                """);
        TEMPLATES.put(ArticleKind.WORK, """
                ## The team and the work

                ## A typical week

                ## What I learned
                """);
        TEMPLATES.put(ArticleKind.CAMPUS, """
                ## The company and the drive

                ## Online test

                ## Interviews

                ## Preparation that helped
                """);
        TEMPLATES.put(ArticleKind.COMPETITIVE_EXAM, """
                ## The exam

                ## My preparation plan

                ## Resources

                ## On the day
                """);
    }

    private KindTemplates() {
    }

    static String starterFor(ArticleKind kind) {
        return TEMPLATES.get(kind);
    }
}
