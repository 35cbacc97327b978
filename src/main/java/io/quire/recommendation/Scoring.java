package io.quire.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Blends the signals that make two articles related into one score in [0, 1] and picks the best. Pure and
 * deterministic: the same inputs give the same list, ties broken by the lower article id.
 * <p>
 * Each signal is normalised to [0, 1] first:
 * <ul>
 * <li><b>text</b> — the FULLTEXT "more like this" relevance of the candidate divided by the relevance of the
 * article itself for the same query (the best any document can match), capped at 1;</li>
 * <li><b>tags</b> — cosine similarity of the two tag sets, each tag weighted by its rarity
 * {@code idf = ln(1 + N / articles with the tag)}: sharing "tail-call-optimisation" says more than sharing
 * "java", and a candidate tagged with everything is not rewarded for it;</li>
 * <li><b>category</b> — 1 for the same category, ½ for a parent, child or sibling category, else 0.</li>
 * <li><b>co-engagement</b> — members who liked or saved both articles: the cosine of the two sets of members,
 * {@code together / sqrt(audience(a) * audience(b))}, and 0 when fewer than {@value #MIN_TOGETHER} members
 * engaged with both, so one member's taste does not make two articles related. It only counts when both
 * articles have at least {@value #MIN_AUDIENCE} members engaged; otherwise the other weights are renormalised to
 * add up to 1, so an article nobody has liked yet is not scored lower for it.</li>
 * </ul>
 * The score is the weighted sum ({@link Weights#BLEND}). At most {@value #PER_AUTHOR} articles by one author
 * make the list, so that one prolific author does not fill it.
 */
final class Scoring {

    static final int KEEP = 10;
    static final int PER_AUTHOR = 2;
    static final int SHARED_TAGS_SHOWN = 3;
    static final int MIN_AUDIENCE = 3;
    static final int MIN_TOGETHER = 2;

    private Scoring() {
    }

    /**
     * The best {@value #KEEP} candidates with a positive score, at most {@value #PER_AUTHOR} per author.
     *
     * @param documents the number of published articles, for tag rarity
     */
    static List<Scored> rank(Source source, List<Candidate> candidates, CategoryRelation categories, int documents,
            Weights weights) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.id() == source.id()) {
                continue;
            }
            Signals signals = new Signals(Math.min(1.0, Math.max(0.0, candidate.text())),
                    tagSimilarity(source.tags(), candidate.tags(), documents),
                    categories.closeness(source.categoryId(), candidate.categoryId()),
                    coEngagement(candidate.together(), source.audience(), candidate.audience()));
            double score = round(weights.apply(signals));
            if (score > 0) {
                scored.add(new Scored(candidate.id(), candidate.authorId(), score, reason(signals, weights),
                        sharedTagNames(source.tags(), candidate.tags())));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id));
        Map<Long, Integer> perAuthor = new HashMap<>();
        List<Scored> best = new ArrayList<>();
        for (Scored candidate : scored) {
            if (best.size() == KEEP) {
                break;
            }
            if (perAuthor.merge(candidate.authorId(), 1, Integer::sum) <= PER_AUTHOR) {
                best.add(candidate);
            }
        }
        return best;
    }

    /** Cosine similarity of two tag sets with idf weights, in [0, 1]. */
    static double tagSimilarity(List<TagInfo> a, List<TagInfo> b, int documents) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> inB = b.stream().map(TagInfo::id).collect(Collectors.toSet());
        double shared = 0;
        for (TagInfo tag : a) {
            if (inB.contains(tag.id())) {
                shared += square(Terms.idf(tag.articles(), documents));
            }
        }
        if (shared == 0) {
            return 0;
        }
        return Math.min(1.0, shared / Math.sqrt(squaredNorm(a, documents) * squaredNorm(b, documents)));
    }

    /**
     * Co-engagement in [0, 1], or {@link Double#NaN} when there is too little data to say (either article has
     * fewer than {@value #MIN_AUDIENCE} members engaged). Fewer than {@value #MIN_TOGETHER} members in common
     * count as none.
     *
     * @param together how many members liked or saved both
     * @param audienceA how many members liked or saved the first article
     */
    static double coEngagement(double together, int audienceA, int audienceB) {
        if (audienceA < MIN_AUDIENCE || audienceB < MIN_AUDIENCE) {
            return Double.NaN;
        }
        if (together < MIN_TOGETHER) {
            return 0;
        }
        return Math.min(1.0, together / Math.sqrt((double) audienceA * audienceB));
    }

    /**
     * The signal that contributed most; on a tie, tags before text before category (the most telling).
     * Co-engagement is named only when it contributed strictly most: readers trust a reason they can check.
     */
    static RelatedReason reason(Signals signals, Weights weights) {
        double scale = weights.scale(signals);
        double tags = scale * weights.tags() * signals.tags();
        double text = scale * weights.text() * signals.text();
        double category = scale * weights.category() * signals.category();
        double engagement = signals.engaged() ? weights.engagement() * signals.engagement() : 0;
        if (engagement > tags && engagement > text && engagement > category) {
            return RelatedReason.ALSO_LIKED;
        }
        if (tags > 0 && tags >= text && tags >= category) {
            return RelatedReason.SHARED_TAGS;
        }
        return text >= category ? RelatedReason.SIMILAR_TOPIC : RelatedReason.SAME_CATEGORY;
    }

    /** Up to three shared tag names, rarest first, then by name. */
    static List<String> sharedTagNames(List<TagInfo> a, List<TagInfo> b) {
        Set<Long> inB = b.stream().map(TagInfo::id).collect(Collectors.toSet());
        return a.stream().filter(tag -> inB.contains(tag.id()))
                .sorted(Comparator.comparingInt(TagInfo::articles).thenComparing(TagInfo::name))
                .limit(SHARED_TAGS_SHOWN).map(TagInfo::name).toList();
    }

    private static double squaredNorm(List<TagInfo> tags, int documents) {
        return tags.stream().mapToDouble(tag -> square(Terms.idf(tag.articles(), documents))).sum();
    }

    private static double square(double x) {
        return x * x;
    }

    /** Six decimals: enough to order by, and the same on every database and JVM. */
    private static double round(double score) {
        return Math.round(score * 1_000_000d) / 1_000_000d;
    }

    /**
     * How much each signal counts; the four add up to 1 so that the score stays in [0, 1]. Text and tags are
     * written by the author for readers (tags are fewer and sometimes wrong or missing, text is long but
     * diluted); co-engagement is what readers did, sparse but telling once there is some; a category is coarse.
     * When co-engagement does not count for a pair (too little data), the other three are scaled up to add up
     * to 1. The blend's weights were picked from a grid by precision@5 on a synthetic corpus generated from
     * another seed than the one reported in {@code docs/recommendation-evaluation.md}.
     */
    record Weights(double text, double tags, double category, double engagement) {

        static final Weights BLEND = new Weights(0.30, 0.30, 0.10, 0.30);
        static final Weights TAGS_ONLY = new Weights(0, 1, 0, 0);

        Weights(double text, double tags, double category) {
            this(text, tags, category, 0);
        }

        /** The same text, tags and category weights, scaled to add up to 1, and no co-engagement. */
        Weights withoutEngagement() {
            double rest = text + tags + category;
            return new Weights(text / rest, tags / rest, category / rest, 0);
        }

        double apply(Signals signals) {
            double base = scale(signals) * (text * signals.text() + tags * signals.tags() + category * signals.category());
            return signals.engaged() ? base + engagement * signals.engagement() : base;
        }

        /** 1 when co-engagement counts, else what brings the other weights back to a sum of 1. */
        double scale(Signals signals) {
            double rest = text + tags + category;
            return signals.engaged() || rest == 0 ? 1 : (rest + engagement) / rest;
        }
    }

    /** Each signal normalised to [0, 1]; {@code engagement} is NaN when there is too little data for it. */
    record Signals(double text, double tags, double category, double engagement) {

        Signals(double text, double tags, double category) {
            this(text, tags, category, Double.NaN);
        }

        boolean engaged() {
            return !Double.isNaN(engagement);
        }
    }

    /**
     * The article whose related articles are wanted.
     *
     * @param audience how many members liked or saved it
     */
    record Source(long id, Long categoryId, List<TagInfo> tags, int audience) {

        Source(long id, Long categoryId, List<TagInfo> tags) {
            this(id, categoryId, tags, 0);
        }
    }

    /**
     * A possibly related article with its raw text relevance already normalised by the self-match.
     *
     * @param audience how many members liked or saved it
     * @param together how many members liked or saved both it and the source (estimated from a sample)
     */
    record Candidate(long id, long authorId, Long categoryId, double text, List<TagInfo> tags, int audience,
            double together) {

        Candidate(long id, long authorId, Long categoryId, double text, List<TagInfo> tags) {
            this(id, authorId, categoryId, text, tags, 0, 0);
        }
    }

    /** A tag with the number of published articles that carry it. */
    record TagInfo(long id, String name, int articles) {
    }

    /** A related article as stored. */
    record Scored(long id, long authorId, double score, RelatedReason reason, List<String> sharedTags) {
    }

    /** How close two categories are, in [0, 1]. */
    @FunctionalInterface
    interface CategoryRelation {

        double closeness(Long a, Long b);
    }
}
