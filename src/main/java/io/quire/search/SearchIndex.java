package io.quire.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import io.quire.article.ArticleKind;
import io.quire.article.SearchSource;
import io.quire.search.SearchTerms.TokenSizes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code search_document} and {@code search_tag} tables, through native SQL because FULLTEXT queries
 * have no JPA equivalent. Every value a reader typed is a bound parameter; the SQL text is made only of the
 * fixed fragments below. Times are stored as UTC {@code DATETIME(6)}, like the article module's.
 */
@Repository
class SearchIndex {

    /** How much of a body a result page reads to cut a snippet from: bounds the bytes a page moves. */
    static final int SNIPPET_SOURCE_CHARS = 20_000;

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private static final String UPSERT = """
            insert into search_document (article_id, slug, title, summary, body, category_id, kind, author_id,
                tag_slugs, published_at, updated_at)
            values (:id, :slug, :title, :summary, :body, :categoryId, :kind, :authorId, :tags, :publishedAt,
                :updatedAt)
            on duplicate key update
                slug = if(values(updated_at) >= updated_at, values(slug), slug),
                title = if(values(updated_at) >= updated_at, values(title), title),
                summary = if(values(updated_at) >= updated_at, values(summary), summary),
                body = if(values(updated_at) >= updated_at, values(body), body),
                category_id = if(values(updated_at) >= updated_at, values(category_id), category_id),
                kind = if(values(updated_at) >= updated_at, values(kind), kind),
                author_id = if(values(updated_at) >= updated_at, values(author_id), author_id),
                tag_slugs = if(values(updated_at) >= updated_at, values(tag_slugs), tag_slugs),
                published_at = if(values(updated_at) >= updated_at, values(published_at), published_at),
                updated_at = greatest(updated_at, values(updated_at))""";

    private static final String MATCH_TEXT = "match(title, summary, body) against (:text in natural language mode)";
    private static final String MATCH_TITLE = "match(title) against (:title in natural language mode)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RecentSearches recent;
    private final ApplicationEventPublisher events;
    private volatile TokenSizes tokenSizes;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate named, RecentSearches recent,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.named = named;
        this.recent = recent;
        this.events = events;
    }

    /** The server's indexed word lengths, read once; InnoDB's defaults if the server will not say. */
    TokenSizes tokenSizes() {
        TokenSizes sizes = tokenSizes;
        if (sizes == null) {
            try {
                sizes = jdbc.sql("select @@innodb_ft_min_token_size, @@innodb_ft_max_token_size")
                        .query((rs, n) -> new TokenSizes(rs.getInt(1), rs.getInt(2))).single();
            }
            catch (DataAccessException ex) {
                log.warn("Could not read the FULLTEXT token sizes, assuming InnoDB's defaults: {}", ex.getMessage());
                sizes = TokenSizes.INNODB_DEFAULTS;
            }
            tokenSizes = sizes;
        }
        return sizes;
    }

    void save(SearchSource source) {
        saveAll(List.of(source));
    }

    /**
     * Stores the articles' current text and tags, except where the stored copy is already newer: listeners
     * for two quick revisions may finish in either order, and the older must not win. The tags are then
     * rewritten from what ended up stored, in three statements for the whole list.
     * <p>
     * One upsert per article, never a batch: MySQL 9.7 leaves a new row out of the FULLTEXT index when a
     * multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} (what Connector/J makes of a batch) also updates a
     * later row. {@code SearchIndexingIntegrationTests} catches that case.
     */
    void saveAll(List<SearchSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        for (SearchSource source : sources) {
            named.update(UPSERT, row(source));
        }
        List<Long> ids = sources.stream().map(SearchSource::articleId).toList();
        List<MapSqlParameterSource> tags = new ArrayList<>();
        jdbc.sql("select article_id, tag_slugs from search_document where article_id in (:ids)").param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    long id = rs.getLong(1);
                    Arrays.stream(rs.getString(2).split(" ")).filter(slug -> !slug.isEmpty()).distinct()
                            .forEach(slug -> tags.add(new MapSqlParameterSource("slug", slug).addValue("id", id)));
                });
        jdbc.sql("delete from search_tag where article_id in (:ids)").param("ids", ids).update();
        if (!tags.isEmpty()) {
            named.batchUpdate("insert into search_tag (tag_slug, article_id) values (:slug, :id)",
                    tags.toArray(MapSqlParameterSource[]::new));
        }
        changed();
    }

    private static MapSqlParameterSource row(SearchSource source) {
        return new MapSqlParameterSource("id", source.articleId())
                .addValue("slug", source.slug())
                .addValue("title", source.title())
                .addValue("summary", source.summary() == null ? "" : source.summary())
                .addValue("body", source.plainText())
                .addValue("categoryId", source.categoryId())
                .addValue("kind", source.kind().name())
                .addValue("authorId", source.authorId())
                .addValue("tags", String.join(" ", source.tagSlugs()))
                .addValue("publishedAt", utc(source.publishedAt() == null ? source.updatedAt() : source.publishedAt()))
                .addValue("updatedAt", utc(source.updatedAt()));
    }

    void remove(Collection<Long> articleIds) {
        if (!articleIds.isEmpty()) {
            jdbc.sql("delete from search_document where article_id in (:ids)").param("ids", articleIds).update();
            changed();
        }
    }

    private void changed() {
        recent.indexChanged();
        events.publishEvent(new SearchIndexChanged());
    }

    /** When the article behind each stored document last changed, by article id. */
    Map<Long, Instant> changeTimes() {
        Map<Long, Instant> times = new HashMap<>();
        jdbc.sql("select article_id, updated_at from search_document")
                .query((RowCallbackHandler) rs -> times.put(rs.getLong(1), instant(rs, 2)));
        return times;
    }

    /** Every document's article id, in order. */
    List<Long> documentIds() {
        return jdbc.sql("select article_id from search_document order by article_id").query(Long.class).list();
    }

    /** Hands each document's indexed text (title, summary and body) to {@code text}, one row at a time. */
    void texts(List<Long> ids, Consumer<String> text) {
        if (!ids.isEmpty()) {
            jdbc.sql("select concat_ws(' ', title, summary, body) from search_document where article_id in (:ids)")
                    .param("ids", ids).query((RowCallbackHandler) rs -> text.accept(rs.getString(1)));
        }
    }

    /** How many documents there are and the latest change among them; {@code lastChange} is null when empty. */
    Stamp stamp() {
        return jdbc.sql("select count(*), max(updated_at) from search_document")
                .query((rs, n) -> new Stamp(rs.getLong(1), instant(rs, 2))).single();
    }

    long count(Query query, Filter filter) {
        return jdbc.sql("select count(*) from search_document where " + query.condition() + filter.sql())
                .params(query.params()).params(filter.params()).query(Long.class).single();
    }

    /**
     * One page of matches, best first, and how many match in all. Ranks and cuts the page on ids and scores alone,
     * then reads the page's rows by primary key, so that sorting never drags bodies along. The total comes from a
     * window count over the same ranking, so the FULLTEXT index is searched once, not once for the count and again
     * for the page. A page past the last comes back empty, with a total of 0: ask {@link #count} then.
     */
    Found search(Query query, Filter filter, int limit, long offset) {
        long[] total = {0};
        List<Document> documents = jdbc.sql("""
                select d.article_id, d.slug, d.title, d.summary, left(d.body, :bodyChars) as body, d.category_id,
                       d.kind, d.author_id, d.tag_slugs, d.published_at, ranked.total
                  from (select article_id, %s as score, count(*) over () as total
                          from search_document
                         where %s%s
                         order by score desc, article_id desc
                         limit :limit offset :offset) ranked
                  join search_document d on d.article_id = ranked.article_id
                 order by ranked.score desc, ranked.article_id desc""".formatted(query.score(), query.condition(),
                        filter.sql()))
                .params(query.params()).param("bodyChars", SNIPPET_SOURCE_CHARS).param("limit", limit)
                .param("offset", offset).params(filter.params())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return document(rs, row);
                }).list();
        return new Found(documents, total[0]);
    }

    /**
     * The best matches for the query with no filter, best first, found among each word's {@code candidates} best by
     * text and {@code candidates} best by title. Each list is read with MATCH on one word as its only condition, so
     * InnoDB answers from the FULLTEXT index in order of relevance and stops at the limit: a word in most articles
     * costs {@code candidates} row reads, not one per match (about a second per query at 100k articles, measured on
     * MariaDB 10.11). InnoDB's relevance for several words is the sum of each word's, so the lists are summed per
     * article, and a word's list is kept a while ({@link RecentSearches#wordList}): a new search of words searched
     * before reads no FULLTEXT index. Scores combine as {@link #search} does, the title's weighing three times; an
     * article missing from a list that was cut gets that list's lowest score, an upper bound of its own.
     *
     * @return the ranked ids; {@code complete} when the text lists held every match, so their union is the total
     */
    Ranking best(Query query, int candidates) {
        // One more than asked, to tell "exactly that many" from "more".
        int limit = candidates + 1;
        Sum text = sum(MATCH_TEXT, query.textWords(), limit);
        Sum title = sum(MATCH_TITLE, query.titleWords(), limit);
        Map<Long, Double> combined = new HashMap<>();
        text.scores().forEach(
                (id, score) -> combined.put(id, score + 3 * title.scores().getOrDefault(id, title.floor())));
        title.scores().forEach((id, score) -> combined.putIfAbsent(id, 3 * score + text.floor()));
        List<Long> ids = combined.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.<Long, Double>comparingByKey().reversed()))
                .map(Map.Entry::getKey).toList();
        return new Ranking(ids, (query.text().isEmpty() ? title : text).complete());
    }

    /**
     * The words' lists summed per article: an article missing from a cut list counts that list's lowest score there.
     * Words are folded as the collation compares them, so "Java java" counts once, as InnoDB counts it.
     */
    private Sum sum(String match, List<String> words, int limit) {
        List<WordList> lists = words.stream().map(Highlighter::fold).distinct()
                .map(word -> recent.wordList(new WordKey(match, word, limit), () -> wordList(match, word, limit)))
                .toList();
        double floor = lists.stream().mapToDouble(WordList::floor).sum();
        Map<Long, Double> scores = new HashMap<>();
        for (WordList list : lists) {
            // Read once per list: floor() scans the list's scores.
            double listFloor = list.floor();
            for (int i = 0; i < list.ids().length; i++) {
                scores.merge(list.ids()[i], list.scores()[i] - listFloor, Double::sum);
            }
        }
        scores.replaceAll((id, score) -> score + floor);
        return new Sum(scores, floor, lists.stream().allMatch(WordList::complete));
    }

    private WordList wordList(String match, String word, int limit) {
        long[] ids = new long[limit];
        float[] scores = new float[limit];
        int[] read = {0};
        jdbc.sql("select article_id, " + match + " from search_document where " + match + " limit :limit")
                .param("text", word).param("title", word).param("limit", limit)
                .query((RowCallbackHandler) rs -> {
                    ids[read[0]] = rs.getLong(1);
                    scores[read[0]++] = rs.getFloat(2);
                });
        return new WordList(Arrays.copyOf(ids, read[0]), Arrays.copyOf(scores, read[0]), read[0] < limit);
    }

    /** The documents with these ids, in the order given; ids without a document are skipped. */
    List<Document> documents(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Document> found = new HashMap<>();
        jdbc.sql("""
                select article_id, slug, title, summary, left(body, :bodyChars) as body, category_id, kind, author_id,
                       tag_slugs, published_at
                  from search_document where article_id in (:ids)""")
                .param("bodyChars", SNIPPET_SOURCE_CHARS).param("ids", ids)
                .query(SearchIndex::document).list()
                .forEach(document -> found.put(document.articleId(), document));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Titles in which every part of a boolean-mode prefix query ({@code +java* +str*}) starts a word. */
    List<Title> titlesMatching(String prefixQuery, int limit) {
        return jdbc.sql("""
                select article_id, slug, title from search_document
                 where match(title) against (:q in boolean mode)
                 order by match(title) against (:q in boolean mode) desc, published_at desc, article_id desc
                 limit :limit""")
                .param("q", prefixQuery).param("limit", limit)
                .query((rs, n) -> new Title(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static Document document(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tag_slugs");
        return new Document(rs.getLong("article_id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), rs.getString("body"), rs.getObject("category_id", Long.class),
                ArticleKind.valueOf(rs.getString("kind")), rs.getLong("author_id"),
                tags.isEmpty() ? List.of() : List.of(tags.split(" ")), instant(rs, "published_at"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /**
     * The words to look for: {@code title} all of them, {@code text} those worth looking for in whole articles too
     * (every word but the very common ones, see {@link CommonWords}); when {@code text} is empty, only titles are
     * searched. Both are plain words for natural language mode.
     */
    record Query(String text, String title) {

        String condition() {
            return text.isEmpty() ? MATCH_TITLE : MATCH_TEXT;
        }

        String score() {
            return text.isEmpty() ? "3 * " + MATCH_TITLE : "3 * " + MATCH_TITLE + " + " + MATCH_TEXT;
        }

        Map<String, Object> params() {
            return Map.of("text", text, "title", title);
        }

        List<String> textWords() {
            return words(text);
        }

        List<String> titleWords() {
            return words(title);
        }

        private static List<String> words(String words) {
            return words.isEmpty() ? List.of() : List.of(words.split(" "));
        }
    }

    /** Restrictions besides the words, as a fixed SQL fragment and its parameters. */
    record Filter(List<Long> categoryIds, String tagSlug, ArticleKind kind) {

        static final Filter NONE = new Filter(List.of(), null, null);

        String sql() {
            return (categoryIds.isEmpty() ? "" : " and category_id in (:categoryIds)")
                    + (tagSlug == null ? "" : " and article_id in (select article_id from search_tag where tag_slug = :tag)")
                    + (kind == null ? "" : " and kind = :kind");
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            if (!categoryIds.isEmpty()) {
                params.put("categoryIds", categoryIds);
            }
            if (tagSlug != null) {
                params.put("tag", tagSlug);
            }
            if (kind != null) {
                params.put("kind", kind.name());
            }
            return params;
        }
    }

    /** A stored document as a result page needs it; {@code body} is at most {@link #SNIPPET_SOURCE_CHARS} long. */
    record Document(long articleId, String slug, String title, String summary, String body, Long categoryId,
            ArticleKind kind, long authorId, List<String> tagSlugs, Instant publishedAt) {
    }

    /** A page of documents and the number of matches in all (0 when the page is past the last). */
    record Found(List<Document> documents, long total) {
    }

    /** Which word's list in which FULLTEXT index, and how long a list was asked for. */
    record WordKey(String match, String word, int limit) {
    }

    /**
     * One word's best matches in one FULLTEXT index, as InnoDB scores them; {@code complete} when they are every
     * match there is.
     */
    record WordList(long[] ids, float[] scores, boolean complete) {

        /** What an article absent from the list scores there: 0 if it holds every match, else its lowest. */
        double floor() {
            if (complete) {
                return 0;
            }
            float lowest = Float.MAX_VALUE;
            for (float score : scores) {
                lowest = Math.min(lowest, score);
            }
            return scores.length == 0 ? 0 : lowest;
        }
    }

    /** Summed scores by article, what an absent article scores, and whether every list was complete. */
    private record Sum(Map<Long, Double> scores, double floor, boolean complete) {
    }

    /** Article ids, best match first; {@code complete} when they are every match there is. */
    record Ranking(List<Long> ids, boolean complete) {
    }

    record Title(long articleId, String slug, String title) {
    }

    record Stamp(long count, Instant lastChange) {
    }
}
