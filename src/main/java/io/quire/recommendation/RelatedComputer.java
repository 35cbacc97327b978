package io.quire.recommendation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quire.article.Categories;
import io.quire.article.CategoryView;
import io.quire.reaction.Engagement;
import io.quire.recommendation.Scoring.Candidate;
import io.quire.recommendation.Scoring.Scored;
import io.quire.recommendation.Scoring.Source;
import io.quire.recommendation.Scoring.TagInfo;
import io.quire.recommendation.Scoring.Weights;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores one article's related articles. Candidates come from four indexed lookups, each
 * bounded, so the cost does not grow with the number of articles: the best {@value #TEXT_CANDIDATES} FULLTEXT
 * matches of the article's "more like this" query, the articles sharing its rarer tags (reading at most
 * {@value #TAG_POSTINGS} rows of {@code article_tag}), the {@value #CATEGORY_CANDIDATES} latest articles
 * of its category, and the {@value #ENGAGEMENT_CANDIDATES} articles most often liked or saved by the same
 * members (a sample of {@value #ENGAGED_MEMBERS} of its members, each with their latest
 * {@value #RECENT_PER_MEMBER} likes and saves, through the reaction module's {@link Engagement}). Their details and tags are then read by primary key and {@link Scoring} ranks them.
 * Storing replaces the article's rows in one transaction (delete + insert), so recomputing is idempotent.
 */
@Component
class RelatedComputer {

    static final int TEXT_CANDIDATES = 50;
    static final int TAG_CANDIDATES = 50;
    static final int TAG_POSTINGS = 2000;
    static final int CATEGORY_CANDIDATES = 20;
    static final int ENGAGEMENT_CANDIDATES = 50;
    static final int ENGAGED_MEMBERS = 100;
    static final int RECENT_PER_MEMBER = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final TextIndex text;
    private final Categories categories;
    private final Engagement engagement;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final Timer timer;

    RelatedComputer(NamedParameterJdbcTemplate jdbc, TextIndex text, Categories categories, Engagement engagement,
            PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.text = text;
        this.categories = categories;
        this.engagement = engagement;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        // Budget: 50 ms at 100k articles; bench/recompute.sh reads these percentiles.
        this.timer = Timer.builder("quire.recommendation.recompute")
                .description("Computing and storing one article's similar reads")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /**
     * Recomputes and stores the related articles of one article; an article that is not published gets none.
     *
     * @return the ids now listed as related
     */
    List<Long> recompute(long articleId) {
        return timer.record(() -> computeAndStore(articleId));
    }

    private List<Long> computeAndStore(long articleId) {
        List<Scored> related = compute(articleId, Weights.BLEND);
        LocalDateTime now = Utc.of(clock.instant());
        newTransaction.executeWithoutResult(status -> {
            jdbc.update("delete from related_article where article_id = :id", new MapSqlParameterSource("id", articleId));
            if (!related.isEmpty()) {
                jdbc.update("""
                        insert into related_article (article_id, related_id, score, reason, shared_tags, computed_at)
                        values :rows""", new MapSqlParameterSource("rows", related.stream().map(r -> new Object[] {
                        articleId, r.id(), r.score(), r.reason().name(), String.join(", ", r.sharedTags()), now})
                        .toList()));
            }
        });
        return related.stream().map(Scored::id).toList();
    }

    /** The related articles of a published article, best first, without storing them; empty otherwise. */
    List<Scored> compute(long articleId, Weights weights) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", articleId);
        List<Source> found = jdbc.query("""
                select category_id, like_count + save_count from article where id = :id and status = 'PUBLISHED'""",
                id, (rs, n) -> new Source(articleId, rs.getObject(1, Long.class), List.of(), rs.getInt(2)));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> together = together(articleId, found.get(0).audience());
        Source source = new Source(articleId, found.get(0).categoryId(),
                tagsOf(List.of(articleId)).getOrDefault(articleId, List.of()), found.get(0).audience());
        int documents = Math.max(text.documents(), source.tags().stream().mapToInt(TagInfo::articles).max().orElse(0));
        Map<Long, Double> textScores = textMatches(articleId);
        Set<Long> ids = new LinkedHashSet<>(textScores.keySet());
        ids.addAll(sharingTags(articleId, source.tags(), documents));
        together.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ENGAGEMENT_CANDIDATES).forEach(e -> ids.add(e.getKey()));
        if (source.categoryId() != null) {
            ids.addAll(jdbc.queryForList("""
                    select id from article where category_id = :category and status = 'PUBLISHED' and id <> :id
                    order by published_at desc, id desc limit :limit""",
                    new MapSqlParameterSource("category", source.categoryId()).addValue("id", articleId)
                            .addValue("limit", CATEGORY_CANDIDATES), Long.class));
        }
        ids.remove(articleId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TagInfo>> tags = tagsOf(ids);
        List<Candidate> candidates = jdbc.query("""
                select id, author_id, category_id, like_count + save_count from article
                where id in (:ids) and status = 'PUBLISHED'""",
                new MapSqlParameterSource("ids", ids),
                (rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        textScores.getOrDefault(rs.getLong(1), 0.0), tags.getOrDefault(rs.getLong(1), List.of()),
                        rs.getInt(4), together.getOrDefault(rs.getLong(1), 0.0)));
        return Scoring.rank(source, candidates, this::closeness, documents, weights);
    }

    /** The articles that list {@code articleId} as related, most related first. */
    List<Long> listedBy(long articleId, int limit) {
        return jdbc.queryForList("""
                select article_id from related_article where related_id = :id order by score desc, article_id limit :limit""",
                new MapSqlParameterSource("id", articleId).addValue("limit", limit), Long.class);
    }

    /**
     * For each article liked or saved by at least {@value Scoring#MIN_TOGETHER} of the members who liked or saved
     * this one, about how many did: counted over a sample of {@value #ENGAGED_MEMBERS} members and their latest
     * {@value #RECENT_PER_MEMBER} likes and saves each, then scaled up by audience / sample. Empty when fewer
     * than {@value Scoring#MIN_AUDIENCE} members engaged with the article (co-engagement then does not count).
     */
    private Map<Long, Double> together(long articleId, int audience) {
        if (audience < Scoring.MIN_AUDIENCE) {
            return Map.of();
        }
        Set<Long> members = engagement.members(articleId, ENGAGED_MEMBERS);
        if (members.size() < Scoring.MIN_AUDIENCE) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        engagement.recentArticles(members, RECENT_PER_MEMBER).values()
                .forEach(articles -> articles.forEach(other -> counts.merge(other, 1, Integer::sum)));
        counts.remove(articleId);
        double scale = Math.max(1.0, (double) audience / members.size());
        return counts.entrySet().stream().filter(e -> e.getValue() >= Scoring.MIN_TOGETHER)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() * scale));
    }

    /**
     * FULLTEXT relevance of the best matches, each divided by the article's own relevance for the same query
     * (or by the best one's when the article itself is not among them).
     */
    private Map<Long, Double> textMatches(long articleId) {
        Optional<String> query = text.queryFor(articleId);
        if (query.isEmpty()) {
            return Map.of();
        }
        Map<Long, Double> relevance = new HashMap<>();
        jdbc.query("""
                select article_id, match (title, terms) against (:q in natural language mode) as relevance
                from recommendation_text where match (title, terms) against (:q in natural language mode)
                order by relevance desc, article_id limit :limit""",
                new MapSqlParameterSource("q", query.get()).addValue("limit", TEXT_CANDIDATES + 1),
                rs -> {
                    relevance.put(rs.getLong(1), rs.getDouble(2));
                });
        double self = relevance.getOrDefault(articleId,
                relevance.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        Map<Long, Double> normalised = new HashMap<>();
        if (self > 0) {
            relevance.forEach((id, value) -> normalised.put(id, Math.min(1.0, value / self)));
        }
        normalised.remove(articleId);
        return normalised;
    }

    /**
     * The articles sharing the most (idf-weighted) of the source's tags. Only tags carried by at most
     * {@value #TAG_POSTINGS} articles are looked up, rarest first, until that many rows have been read: a tag
     * on half the site finds nothing the text and the rarer tags do not, and would cost a long scan.
     */
    private List<Long> sharingTags(long articleId, List<TagInfo> tags, int documents) {
        List<Long> lookedUp = new ArrayList<>();
        Map<Long, Double> idf = new HashMap<>();
        int postings = 0;
        for (TagInfo tag : tags.stream().sorted(Comparator.comparingInt(TagInfo::articles)
                .thenComparingLong(TagInfo::id)).toList()) {
            if (postings + tag.articles() > TAG_POSTINGS) {
                break;
            }
            postings += tag.articles();
            lookedUp.add(tag.id());
            idf.put(tag.id(), Terms.idf(tag.articles(), documents));
        }
        if (lookedUp.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> overlap = new HashMap<>();
        jdbc.query("select article_id, tag_id from article_tag where tag_id in (:tags) and article_id <> :id",
                new MapSqlParameterSource("tags", lookedUp).addValue("id", articleId),
                rs -> {
                    double weight = idf.get(rs.getLong(2));
                    overlap.merge(rs.getLong(1), weight * weight, Double::sum);
                });
        return overlap.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TAG_CANDIDATES).map(Map.Entry::getKey).toList();
    }

    private Map<Long, List<TagInfo>> tagsOf(Collection<Long> articleIds) {
        Map<Long, List<TagInfo>> tags = new HashMap<>();
        jdbc.query("""
                select at.article_id, t.id, t.name, t.article_count from article_tag at join tag t on t.id = at.tag_id
                where at.article_id in (:ids)""", new MapSqlParameterSource("ids", articleIds),
                rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TagInfo(rs.getLong(2), rs.getString(3), Math.max(1, rs.getInt(4))));
                });
        return tags;
    }

    /** Same category 1; parent, child or sibling ½; else 0. */
    private double closeness(Long a, Long b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        Long parentOfA = categories.find(a).map(CategoryView::parentId).orElse(null);
        Long parentOfB = categories.find(b).map(CategoryView::parentId).orElse(null);
        boolean neighbours = a.equals(parentOfB) || b.equals(parentOfA)
                || (parentOfA != null && Objects.equals(parentOfA, parentOfB));
        return neighbours ? 0.5 : 0;
    }
}
