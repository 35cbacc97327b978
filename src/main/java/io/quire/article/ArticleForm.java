package io.quire.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The editor's fields. Saving a draft accepts an unfinished article; submitting also requires
 * {@link ArticleAuthoring#submissionProblems what a reviewer needs}.
 */
public record ArticleForm(
        @Size(max = 200, message = "{article.title.size}") String title,
        @Size(max = 500, message = "{article.summary.size}") String summary,
        Long categoryId,
        @Size(max = 400, message = "{article.tags.too-long}") String tags,
        @Size(max = 200_000, message = "{article.body.too-large}") String markdown,
        @Size(max = 120, message = "{article.exp.size}") String company,
        @Size(max = 120, message = "{article.exp.size}") String role,
        @Min(value = 1, message = "{article.exp.rounds.invalid}") @Max(value = 20, message = "{article.exp.rounds.invalid}") Integer rounds,
        @Min(value = 1990, message = "{article.exp.year.invalid}") @Max(value = 2100, message = "{article.exp.year.invalid}") Integer year,
        ExperienceOutcome outcome) {

    ArticleContent content() {
        return new ArticleContent(strip(title), strip(summary), markdown == null ? "" : markdown,
                new Experience(blankToNull(company), blankToNull(role), rounds, year, outcome));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
