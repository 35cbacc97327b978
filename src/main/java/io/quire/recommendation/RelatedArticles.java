package io.quire.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Similar reads for the article page: read from {@code related_article} in one indexed query, never computed
 * on a page view. Only related articles scoring at least {@code quire.recommendation.min-score} (default
 * {@value #DEFAULT_MIN_SCORE}) are shown, at most {@value #SHOWN}: three good ones beat six weak ones.
 */
@Service
public class RelatedArticles {

    public static final int SHOWN = 6;
    static final String DEFAULT_MIN_SCORE = "0.2";

    private final NamedParameterJdbcTemplate jdbc;
    private final SlotStats stats;
    private final double minScore;

    RelatedArticles(NamedParameterJdbcTemplate jdbc, SlotStats stats,
            @Value("${quire.recommendation.min-score:" + DEFAULT_MIN_SCORE + "}") double minScore) {
        this.jdbc = jdbc;
        this.stats = stats;
        this.minScore = minScore;
    }

    /**
     * The similar reads to show under a published article, best first, and an impression counted for each
     * slot shown (the page is being served). Related articles that are no longer published are left out.
     */
    public List<RelatedView> forArticle(long articleId) {
        List<RelatedView> items = new ArrayList<>(SHOWN);
        jdbc.query("""
                select a.id, a.slug, a.title, coalesce(a.excerpt, a.summary), a.reading_minutes, r.reason, r.shared_tags
                from related_article r join article a on a.id = r.related_id
                where r.article_id = :id and r.score >= :min and a.status = 'PUBLISHED'
                order by r.score desc, r.related_id limit :shown""",
                new MapSqlParameterSource("id", articleId).addValue("min", minScore).addValue("shown", SHOWN),
                rs -> {
                    items.add(new RelatedView(articleId, items.size() + 1, rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5), RelatedReason.valueOf(rs.getString(6)),
                            rs.getString(7)));
                });
        stats.shown(items.size());
        return items;
    }

    /**
     * Counts the impressions of a page with {@code shown} similar reads that was served again without asking
     * {@link #forArticle} (a cached copy), so click-through stays true.
     */
    public void countImpressions(int shown) {
        stats.shown(shown);
    }

    /**
     * A reader followed the similar read in {@code slot} on the page of {@code fromId}: counts the click if that
     * page still shows one at {@code toSlug} (so made-up links count nothing).
     *
     * @return whether the click was counted
     */
    public boolean followed(long fromId, int slot, String toSlug) {
        if (slot < 1 || slot > SHOWN) {
            return false;
        }
        boolean listed = !jdbc.queryForList("""
                select 1 from related_article r join article a on a.id = r.related_id
                where r.article_id = :from and a.slug = :slug and r.score >= :min and a.status = 'PUBLISHED'""",
                new MapSqlParameterSource("from", fromId).addValue("slug", toSlug).addValue("min", minScore),
                Integer.class).isEmpty();
        if (listed) {
            stats.clicked(slot);
        }
        return listed;
    }
}
