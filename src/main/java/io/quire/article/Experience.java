package io.quire.article;

/** The structured fields of an experience article; all optional, none for tutorials. */
public record Experience(String company, String role, Integer rounds, Integer year, ExperienceOutcome outcome) {

    public static final Experience NONE = new Experience(null, null, null, null, null);

    public boolean isEmpty() {
        return company == null && role == null && rounds == null && year == null && outcome == null;
    }
}
