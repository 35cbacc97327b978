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
 * </ul>
 * The score is the weighted sum ({@link Weights#BLEND}). At most {@value #PER_AUTHOR} articles by one author
 * make the list, so that one prolific author does not fill it.
 */
final class Scoring {

    static final int KEEP = 10;
    static final int PER_AUTHOR = 2;
    static final int SHARED_TAGS_SHOWN = 3;

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
                    categories.closeness(source.categoryId(), candidate.categoryId()));
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

    /** The signal that contributed most; on a tie, tags before text before category (the most telling). */
    static RelatedReason reason(Signals signals, Weights weights) {
        double tags = weights.tags() * signals.tags();
        double text = weights.text() * signals.text();
        double category = weights.category() * signals.category();
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
     * How much each signal counts; the three add up to 1 so that the score stays in [0, 1]. Text leads because
     * it is written by the author for readers; tags are chosen by authors too but are fewer and sometimes
     * wrong or missing; a category is coarse.
     */
    record Weights(double text, double tags, double category) {

        static final Weights BLEND = new Weights(0.5, 0.35, 0.15);
        static final Weights TAGS_ONLY = new Weights(0, 1, 0);

        double apply(Signals signals) {
            return text * signals.text() + tags * signals.tags() + category * signals.category();
        }
    }

    /** Each signal normalised to [0, 1]. */
    record Signals(double text, double tags, double category) {
    }

    /** The article whose related articles are wanted. */
    record Source(long id, Long categoryId, List<TagInfo> tags) {
    }

    /** A possibly related article with its raw text relevance already normalised by the self-match. */
    record Candidate(long id, long authorId, Long categoryId, double text, List<TagInfo> tags) {
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
