package io.quire.recommendation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.IntegrationTest;
import io.quire.TestMembers;
import io.quire.article.CategoryView;
import io.quire.article.ArticleFixtures;
import io.quire.recommendation.Scoring.Scored;
import io.quire.recommendation.Scoring.Weights;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline evaluation of the similar reads on a labelled synthetic corpus: {@value #CLUSTERS} topic clusters of
 * {@value #PER_CLUSTER} articles each, in pairs of sibling clusters that share a category, a broad tag and part
 * of their vocabulary (Java concurrency and Java collections, say), with noisy tags — some missing, some wrong —
 * and {@value #READERS} synthetic readers who like and save mostly within their interests, with noise. An
 * article's relevant neighbours are the other articles of its cluster. Computes precision@5 for the blend, the
 * blend without co-engagement and a tag-only baseline (the same candidates ranked by idf-weighted tag
 * similarity alone) and writes the report to {@code docs/recommendation-evaluation.md}.
 * <p>
 * The corpus comes from a seed: {@value #REPORT_SEED} for the report. The blend's weights were chosen on another
 * corpus, seed {@value #CALIBRATION_SEED}: {@code QUIRE_EVAL_SEED=7 QUIRE_EVAL_CALIBRATE=true} prints
 * precision@5 for a grid of weights instead of writing the report.
 * <p>
 * Excluded from the normal build (tag {@code evaluation}); run it with
 * {@code ./mvnw test -Dgroups=evaluation -Dsurefire.excludedGroups= -Dtest=RecommendationEvaluationTests}.
 */
@IntegrationTest
@Tag("evaluation")
class RecommendationEvaluationTests {

    static final long REPORT_SEED = 20_261_129L;
    static final long CALIBRATION_SEED = 7L;
    static final int READERS = 150;
    /** The latest articles get no likes or saves at all: a realistic cold start. */
    static final double COLD_SHARE = 0.2;
    static final int CLUSTERS = 10;
    static final int PER_CLUSTER = 30;
    static final int AUTHORS = 25;
    static final int K = 5;
    static final Path REPORT = Path.of("docs", "recommendation-evaluation.md");

    /** Topic vocabularies; sibling clusters (0–1, 2–3, …) share words, as real neighbouring topics do. */
    static final String[][] TOPICS = {
            words("thread lock mutex executor future volatile atomic synchronized deadlock semaphore latch monitor "
                    + "race contention pool barrier fork join scheduler interrupt visibility reentrant condition "
                    + "starvation stream"),
            words("hashmap bucket collision arraylist linkedlist iterator comparator hashcode equals treemap "
                    + "capacity resize generic stream collector lambda immutable deque priority queue sorted "
                    + "navigable spliterator boxing pool"),
            words("asyncio coroutine await event loop task gather future generator yield async aiohttp callback "
                    + "cancellation timeout semaphore queue executor blocking trio contextvar selector transport "
                    + "protocol"),
            words("pandas dataframe numpy array series column index groupby merge pivot csv parquet matplotlib plot "
                    + "vectorised dtype broadcast slice notebook jupyter missing aggregate resample timestamp "
                    + "generator"),
            words("index btree query planner explain scan seek selectivity cardinality composite covering clustered "
                    + "primary foreign join predicate statistics optimizer table row page fillfactor heap sort range"),
            words("transaction isolation commit rollback serializable snapshot phantom dirty read repeatable lock "
                    + "deadlock mvcc savepoint durability atomicity consistency wal log replica conflict retry "
                    + "anomaly write skew"),
            words("pod deployment container kubelet probe readiness liveness service ingress namespace replica "
                    + "rollout helm manifest yaml node cluster scheduler configmap secret volume autoscaler sidecar "
                    + "daemonset statefulset"),
            words("dockerfile image layer build stage registry container volume compose entrypoint cmd cache tag "
                    + "alpine distroless buildkit network port healthcheck runtime daemon socket push pull multistage"),
            words("flexbox grid column row gap alignment justify wrap track fraction template area responsive "
                    + "breakpoint media viewport container subgrid minmax auto fill order axis baseline stretch"),
            words("aria label screen reader focus keyboard contrast heading landmark alt role live region tabindex "
                    + "form error caption semantic button link skip announce wcag audit axe")};

    /** Words each pair of sibling clusters shares beyond their topic words. */
    static final String[][] BRIDGES = {
            words("jvm heap garbage benchmark jit bytecode"),
            words("python interpreter pip virtualenv typing import"),
            words("sql database schema postgres mysql innodb"),
            words("cloud cluster ci pipeline deploy linux"),
            words("html browser css dom markup layout")};

    static final String[] FILLER = words("system value data approach result process method problem step code "
            + "application performance change case function object class time number line file test version "
            + "feature detail pattern design user request response configuration default option setting");

    static final String[] GLUE = words("the a of and to is in with when this that it for on as by");

    static final String[][] TOPIC_TAGS = {
            words("concurrency threads java-locks"), words("collections hashmap generics"),
            words("asyncio coroutines async-python"), words("pandas numpy dataframes"),
            words("indexes query-planning btree"), words("transactions isolation mvcc"),
            words("kubernetes pods helm"), words("docker dockerfile containers"),
            words("css-grid flexbox layout"), words("accessibility aria screen-readers")};

    static final String[] BROAD_TAGS = words("java python sql devops frontend");

    static final String[] GENERIC_TAGS = words("beginner tutorial performance best-practices");

    static final String[] CATEGORIES = {"Java", "Python", "Databases", "DevOps", "Web"};

    @Autowired
    ArticleFixtures articles;

    @Autowired
    TestMembers members;

    @Autowired
    RecomputeJobs jobs;

    @Autowired
    RecomputeWorker worker;

    @Autowired
    RelatedComputer computer;

    @Autowired
    JdbcTemplate jdbc;

    private final long seed = Long.parseLong(setting("QUIRE_EVAL_SEED", Long.toString(REPORT_SEED)));
    private final boolean calibrate = Boolean.parseBoolean(setting("QUIRE_EVAL_CALIBRATE", "false"));
    private final Random random = new Random(seed);
    private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Test
    void theBlendFindsMoreArticlesOfTheSameTopicThanTagsAlone() throws IOException {
        Map<Long, Integer> clusterOf = seedCorpus();
        Engaged engaged = seedEngagement(clusterOf);
        long started = System.nanoTime();
        long job = jobs.start(null);
        worker.runToCompletion(job);
        double batchSeconds = (System.nanoTime() - started) / 1e9;

        if (calibrate) {
            calibrate(clusterOf, engaged);
            return;
        }
        Result blend = evaluate(clusterOf, engaged, Weights.BLEND);
        Result withoutEngagement = evaluate(clusterOf, engaged, Weights.BLEND.withoutEngagement());
        Result tagsOnly = evaluate(clusterOf, engaged, Weights.TAGS_ONLY);
        Shown shown = shown(clusterOf);
        List<Long> timings = recomputeTimings(clusterOf.keySet());
        String report = report(clusterOf.size(), engaged, blend, withoutEngagement, tagsOnly, shown, timings,
                batchSeconds);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, merged(report), StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(blend.precision()).isGreaterThan(tagsOnly.precision());
        assertThat(blend.precision()).as("co-engagement adds to the blend")
                .isGreaterThan(withoutEngagement.precision());
        assertThat(blend.coldPrecision()).as("articles nobody engaged with are not worse off")
                .isGreaterThanOrEqualTo(withoutEngagement.coldPrecision());
    }

    /** Inserts the corpus straight into the tables (no events: the batch computes everything, as for demo data). */
    private Map<Long, Integer> seedCorpus() {
        List<Long> authors = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            authors.add(members.member().id());
        }
        List<CategoryView> categories = Arrays.stream(CATEGORIES).map(name -> articles.category(name)).toList();
        Map<String, Long> tags = new HashMap<>();
        Map<Long, Integer> clusterOf = new LinkedHashMap<>();
        LocalDateTime published = LocalDateTime.ofInstant(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
        for (int n = 0; n < CLUSTERS * PER_CLUSTER; n++) {
            int cluster = n % CLUSTERS;
            String title = title(cluster);
            String body = body(cluster);
            List<String> tagNames = tags(cluster);
            String slug = "eval-" + run + "-" + n;
            jdbc.update("""
                    insert into article (slug, kind, status, author_id, category_id, title, summary, body_markdown,
                      tag_list, html, excerpt, plain_text, reading_minutes, current_revision, created_at, updated_at,
                      published_at) values (?, 'TUTORIAL', 'PUBLISHED', ?, ?, ?, '', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""",
                    slug, authors.get(random.nextInt(AUTHORS)), categories.get(cluster / 2).id(), title, body,
                    String.join("|", tagNames.stream().map(t -> t + ":" + t).toList()), "<p>" + body + "</p>",
                    body.substring(0, 150), body, Math.max(1, body.split(" ").length / 200), published, published,
                    published.plusMinutes(n));
            long id = jdbc.queryForObject("select id from article where slug = ?", Long.class, slug);
            for (String name : tagNames) {
                long tagId = tags.computeIfAbsent(name, this::createTag);
                jdbc.update("insert into article_tag (article_id, tag_id) values (?, ?)", id, tagId);
            }
            clusterOf.put(id, cluster);
        }
        jdbc.update("""
                update tag t set article_count = (select count(*) from article_tag at where at.tag_id = t.id)
                where t.slug like ?""", "%-" + run);
        return clusterOf;
    }

    /**
     * Synthetic readers: each has a main interest (a cluster) and, half of them, a second one (the sibling
     * cluster 60 % of the time, any other cluster otherwise). Each likes or saves 4–27 articles: 75 % from their
     * interests (two thirds from the main one), 25 % anywhere (noise). Within a cluster, earlier articles are
     * picked more often (popularity), and the latest {@value #COLD_SHARE} of the corpus gets nothing (cold start).
     * Seven engagements in ten are likes, three are saves.
     */
    private Engaged seedEngagement(Map<Long, Integer> clusterOf) {
        List<Long> ids = new ArrayList<>(clusterOf.keySet());
        int warm = (int) Math.round(ids.size() * (1 - COLD_SHARE));
        List<List<Long>> byCluster = new ArrayList<>();
        for (int c = 0; c < CLUSTERS; c++) {
            int cluster = c;
            byCluster.add(ids.subList(0, warm).stream().filter(id -> clusterOf.get(id) == cluster).toList());
        }
        LocalDateTime at = LocalDateTime.ofInstant(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
        int engagements = 0;
        for (int r = 0; r < READERS; r++) {
            String name = "r" + run + "x" + r;
            jdbc.update("""
                    insert into member (username, email, display_name, password_hash, role, created_at)
                    values (?, ?, ?, 'not-a-hash', 'MEMBER', ?)""", name, name + "@eval.example", name, at);
            long reader = jdbc.queryForObject("select id from member where username = ?", Long.class, name);
            jdbc.update("""
                    insert into reading_list (member_id, name, default_for, created_at) values (?, 'Saved', ?, ?)""",
                    reader, reader, at);
            long list = jdbc.queryForObject("select id from reading_list where default_for = ?", Long.class, reader);
            int main = random.nextInt(CLUSTERS);
            Integer second = random.nextDouble() < 0.5
                    ? (random.nextDouble() < 0.6 ? main ^ 1 : (main + 1 + random.nextInt(CLUSTERS - 1)) % CLUSTERS)
                    : null;
            Set<Long> chosen = new LinkedHashSet<>();
            int count = 4 + random.nextInt(24);
            for (int i = 0; i < count * 3 && chosen.size() < count; i++) {
                double p = random.nextDouble();
                long article;
                if (p < 0.25) {
                    article = ids.get(random.nextInt(warm));
                }
                else {
                    int cluster = second != null && p >= 0.75 ? second : main;
                    List<Long> pool = byCluster.get(cluster);
                    article = pool.get(Math.min(pool.size() - 1, (int) (pool.size() * Math.pow(random.nextDouble(), 1.6))));
                }
                chosen.add(article);
            }
            for (long article : chosen) {
                at = at.plusMinutes(1);
                if (random.nextDouble() < 0.7) {
                    jdbc.update("insert into article_like (article_id, member_id, created_at) values (?, ?, ?)",
                            article, reader, at);
                }
                else {
                    jdbc.update("""
                            insert into saved_item (list_id, member_id, article_id, saved_at) values (?, ?, ?, ?)""",
                            list, reader, article, at);
                }
                engagements++;
            }
        }
        jdbc.update("""
                update article a set like_count = (select count(*) from article_like l where l.article_id = a.id),
                  save_count = (select count(*) from saved_item s where s.article_id = a.id)
                where a.slug like ?""", "eval-" + run + "-%");
        Map<Long, Integer> audience = new HashMap<>();
        jdbc.query("select id, like_count + save_count from article where slug like ?",
                rs -> {
                    audience.put(rs.getLong(1), rs.getInt(2));
                }, "eval-" + run + "-%");
        return new Engaged(engagements, audience);
    }

    /** Precision@5 for a grid of weights, printed; run on the calibration seed, never the reported one. */
    private void calibrate(Map<Long, Integer> clusterOf, Engaged engaged) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "Calibration, seed %d%n| text | tags | category | co-engagement | precision@5 | cold articles |%n"
                        + "| ---: | ---: | ---: | ---: | ---: | ---: |%n", seed));
        for (double engagement : new double[] {0, 0.1, 0.2, 0.3, 0.4}) {
            for (double category : new double[] {0.05, 0.10, 0.15}) {
                for (double textShare : new double[] {0.5, 0.6, 0.7}) {
                    double rest = 1 - engagement - category;
                    Weights weights = new Weights(round2(rest * textShare), round2(rest * (1 - textShare)), category,
                            engagement);
                    Result result = evaluate(clusterOf, engaged, weights);
                    table.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.2f | %.2f | %.3f | %.3f |%n",
                            weights.text(), weights.tags(), weights.category(), weights.engagement(),
                            result.precision(), result.coldPrecision()));
                }
            }
        }
        System.out.println(table);
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private long createTag(String name) {
        jdbc.update("insert into tag (slug, name, article_count) values (?, ?, 0)", name + "-" + run, name);
        return jdbc.queryForObject("select id from tag where slug = ?", Long.class, name + "-" + run);
    }

    /** Two to four topic words, each from the sibling topic one time in four, and half the time a filler word. */
    private String title(int cluster) {
        List<String> words = new ArrayList<>();
        int topicWords = 2 + random.nextInt(3);
        for (int i = 0; i < topicWords; i++) {
            words.add(topicWord(random.nextDouble() < 0.25 ? cluster ^ 1 : cluster));
        }
        if (random.nextDouble() < 0.5) {
            words.add(pick(FILLER));
        }
        String title = String.join(" ", words);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /**
     * Prose-like text: each content word comes from the article's topic (22 %), its sibling topic (16 %), the
     * pair's shared words (8 %), any topic at all (6 %: digressions) or general technical filler (48 %), with
     * function words in between.
     */
    private String body(int cluster) {
        int sibling = cluster ^ 1;
        StringBuilder text = new StringBuilder();
        int words = 120 + random.nextInt(300);
        for (int i = 0; i < words; i++) {
            double r = random.nextDouble();
            String word = r < 0.22 ? topicWord(cluster) : r < 0.38 ? topicWord(sibling)
                    : r < 0.46 ? pick(BRIDGES[cluster / 2]) : r < 0.52 ? topicWord(random.nextInt(CLUSTERS))
                    : pick(FILLER);
            text.append(word).append(' ');
            if (random.nextDouble() < 0.5) {
                text.append(pick(GLUE)).append(' ');
            }
            if (random.nextDouble() < 0.08) {
                text.setLength(text.length() - 1);
                text.append(". ");
            }
        }
        return text.toString().strip() + ".";
    }

    /**
     * Noisy tags: the broad tag of the pair (70 %); none (20 %), one (50 %) or two (30 %) of the cluster's own
     * tags; a wrong tag from another cluster (20 %); a generic tag (40 %).
     */
    private List<String> tags(int cluster) {
        Set<String> tags = new LinkedHashSet<>();
        if (random.nextDouble() < 0.7) {
            tags.add(BROAD_TAGS[cluster / 2]);
        }
        double r = random.nextDouble();
        int own = r < 0.2 ? 0 : r < 0.7 ? 1 : 2;
        List<String> ownTags = new ArrayList<>(List.of(TOPIC_TAGS[cluster]));
        for (int i = 0; i < own; i++) {
            tags.add(ownTags.remove(random.nextInt(ownTags.size())));
        }
        if (random.nextDouble() < 0.2) {
            int other = (cluster + 1 + random.nextInt(CLUSTERS - 1)) % CLUSTERS;
            tags.add(pick(TOPIC_TAGS[other]));
        }
        if (random.nextDouble() < 0.4) {
            tags.add(pick(GENERIC_TAGS));
        }
        return new ArrayList<>(tags);
    }

    /** Zipf-like: the first words of a topic are the most frequent. */
    private String topicWord(int cluster) {
        String[] topic = TOPICS[cluster];
        int index = (int) Math.floor(topic.length * Math.pow(random.nextDouble(), 1.8));
        return topic[Math.min(index, topic.length - 1)];
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private Result evaluate(Map<Long, Integer> clusterOf, Engaged engaged, Weights weights) {
        double precisionSum = 0;
        double coldSum = 0;
        int cold = 0;
        int empty = 0;
        for (Map.Entry<Long, Integer> article : clusterOf.entrySet()) {
            List<Scored> ranked = computer.compute(article.getKey(), weights);
            long hits = ranked.stream().limit(K).filter(r -> article.getValue().equals(clusterOf.get(r.id()))).count();
            precisionSum += (double) hits / K;
            if (engaged.audience().getOrDefault(article.getKey(), 0) < Scoring.MIN_AUDIENCE) {
                coldSum += (double) hits / K;
                cold++;
            }
            if (ranked.isEmpty()) {
                empty++;
            }
        }
        return new Result(precisionSum / clusterOf.size(), cold == 0 ? 0 : coldSum / cold, cold, empty);
    }

    /** What the article pages actually show: the stored rows above the threshold, at most six. */
    private Shown shown(Map<Long, Integer> clusterOf) {
        double minScore = Double.parseDouble(RelatedArticles.DEFAULT_MIN_SCORE);
        long items = 0;
        long relevant = 0;
        for (Map.Entry<Long, Integer> article : clusterOf.entrySet()) {
            List<Long> shown = jdbc.queryForList("""
                    select related_id from related_article where article_id = ? and score >= ?
                    order by score desc, related_id limit ?""", Long.class, article.getKey(), minScore,
                    RelatedArticles.SHOWN);
            items += shown.size();
            relevant += shown.stream().filter(id -> article.getValue().equals(clusterOf.get(id))).count();
        }
        return new Shown((double) items / clusterOf.size(), items == 0 ? 0 : (double) relevant / items);
    }

    private List<Long> recomputeTimings(Set<Long> ids) {
        List<Long> micros = new ArrayList<>();
        for (long id : ids) {
            long start = System.nanoTime();
            computer.recompute(id);
            micros.add((System.nanoTime() - start) / 1000);
        }
        micros.sort(null);
        return micros;
    }

    private String report(int size, Engaged engaged, Result blend, Result withoutEngagement, Result tagsOnly,
            Shown shown, List<Long> timings, double batchSeconds) {
        Weights w = Weights.BLEND;
        Weights wo = Weights.BLEND.withoutEngagement();
        return String.format(Locale.ROOT, """
                # Similar reads: offline evaluation

                Generated by `RecommendationEvaluationTests` (tag `evaluation`, excluded from the normal build). Each
                run rewrites this introduction and its own database's results section, and keeps the other's:

                    QUIRE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306 ./mvnw -B -ntp test -Dgroups=evaluation \\
                        -Dsurefire.excludedGroups= -Dtest=RecommendationEvaluationTests -Dsurefire.failIfNoSpecifiedTests=false
                    QUIRE_TEST_DB_URL='jdbc:mysql://127.0.0.1:3307?sslMode=DISABLED&allowPublicKeyRetrieval=true' \\
                        ./mvnw -B -ntp test -Dgroups=evaluation -Dsurefire.excludedGroups= \\
                        -Dtest=RecommendationEvaluationTests -Dsurefire.failIfNoSpecifiedTests=false

                ## Corpus

                A synthetic, labelled corpus of %d articles (random seed %d): %d topic clusters of %d articles, in five
                pairs of sibling clusters (Java concurrency / Java collections, Python asyncio / Python data, SQL indexes /
                SQL transactions, Kubernetes / Docker, CSS layout / accessibility). Siblings share a category, a broad tag
                and part of their vocabulary, and some words recur across pairs (stream, queue, lock, container, column), so
                topics overlap as real ones do. Each text is 120–420 content words: 22 %% from its own topic, 16 %% from the
                sibling topic, 8 %% shared by the pair, 6 %% from any topic (digressions), 48 %% general technical filler;
                a title is two to four topic words, a quarter of them from the sibling topic. Tags are noisy: the broad tag 70 %%
                of the time; none of the cluster's own tags for 20 %% of the articles, one for 50 %%, two for 30 %%; a wrong
                tag from another cluster for 20 %%; a generic tag (beginner, tutorial, …) for 40 %%. %d authors at random.

                %d synthetic readers like or save %d articles in all (7 in 10 likes, 3 saves). Each reader has a main
                interest (a cluster) and half of them a second one (the sibling cluster 60 %% of the time, any other
                otherwise); 75 %% of their likes and saves fall in their interests (two thirds in the main one), 25 %%
                anywhere. Earlier articles of a cluster are picked more often (popularity), and the latest %.0f %% of the
                corpus has no likes or saves at all (cold start): %d articles have fewer than %d members engaged, so
                co-engagement does not count for them.

                An article's relevant neighbours are the other articles of its cluster.

                Caveats: the corpus is still easier than real content (one clean topic per article, a fixed vocabulary), so the
                absolute numbers flatter every ranking; the differences between them are what to read. The synthetic readers
                like by interest, by construction, which is the case where co-engagement helps; real likes also follow
                popularity and the home page.

                The weights were calibrated on a corpus generated the same way from another seed (%d), by precision@%d
                over a grid of weights (`QUIRE_EVAL_SEED=%d QUIRE_EVAL_CALIBRATE=true`), not on the corpus reported here.
                All rankings below rank the same candidates (FULLTEXT matches, articles sharing tags, same category,
                articles liked or saved by the same readers) with the same author cap; precision@%d counts missing places
                as misses.
                <!-- results:%s -->
                ## Results on %s %s

                | ranking | precision@%d | on the %d cold articles | articles with no candidate |
                | --- | ---: | ---: | ---: |
                | blend (text %.2f, tags %.2f, category %.2f, co-engagement %.2f) | **%.3f** | %.3f | %d |
                | blend without co-engagement (text %.3f, tags %.3f, category %.3f) | %.3f | %.3f | %d |
                | tags only (idf-weighted cosine) | %.3f | %.3f | %d |

                What the article page shows (score ≥ %s, at most %d): %.2f similar reads per article on average, %.3f of
                them from the same cluster.

                ### Cost on this corpus

                Batch recompute of every article in the database (three passes): %.1f s.
                One article's recompute (candidates, scoring, delete + insert), %d articles: median %.1f ms, p95 %.1f ms,
                max %.1f ms, measured with a load average of %s on this machine. The 100k-article budget (50 ms) is
                measured by the benchmark, not here.
                <!-- end:%s -->
                """, size, seed, CLUSTERS, PER_CLUSTER, AUTHORS, READERS,
                engaged.engagements(), COLD_SHARE * 100, blend.cold(), Scoring.MIN_AUDIENCE, CALIBRATION_SEED, K,
                CALIBRATION_SEED, K, databaseName(), databaseName(), databaseVersion(), K, blend.cold(), w.text(),
                w.tags(), w.category(), w.engagement(), blend.precision(), blend.coldPrecision(), blend.empty(),
                wo.text(), wo.tags(), wo.category(), withoutEngagement.precision(), withoutEngagement.coldPrecision(),
                withoutEngagement.empty(), tagsOnly.precision(), tagsOnly.coldPrecision(), tagsOnly.empty(),
                RelatedArticles.DEFAULT_MIN_SCORE,
                RelatedArticles.SHOWN, shown.perArticle(), shown.precision(), batchSeconds, timings.size(),
                timings.get(timings.size() / 2) / 1000.0, timings.get((int) (timings.size() * 0.95)) / 1000.0,
                timings.get(timings.size() - 1) / 1000.0, loadAverage(), databaseName());
    }

    /**
     * The new report with the results sections of the other databases kept from the file: each run can only
     * measure the database it runs against.
     */
    private String merged(String report) throws IOException {
        String mine = databaseName();
        StringBuilder merged = new StringBuilder(report.strip()).append('\n');
        if (Files.exists(REPORT)) {
            Matcher section = Pattern.compile("(?s)<!-- results:(\\w+) -->.*?<!-- end:\\1 -->")
                    .matcher(Files.readString(REPORT));
            while (section.find()) {
                if (!section.group(1).equals(mine)) {
                    merged.append(section.group()).append('\n');
                }
            }
        }
        return merged.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        }
        catch (IOException unavailable) {
            return "unknown";
        }
    }

    private static String[] words(String text) {
        return text.split(" ");
    }

    private String databaseName() {
        String version = databaseVersion();
        return version.toLowerCase(Locale.ROOT).contains("mariadb") ? "MariaDB" : "MySQL";
    }

    private String databaseVersion() {
        return jdbc.queryForObject("select version()", String.class);
    }

    private record Result(double precision, double coldPrecision, int cold, int empty) {
    }

    private record Engaged(int engagements, Map<Long, Integer> audience) {
    }

    private record Shown(double perArticle, double precision) {
    }
}
