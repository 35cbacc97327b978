package io.quire.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quire.shared.PageView;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reading side: the article page, listings, lookups by id for other modules. Never renders Markdown. */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

    static final int PAGE_SIZE = 20;

    private final ArticleRepository articles;
    private final SlugHistoryRepository oldSlugs;
    private final TagRepository tags;
    private final Categories categories;
    private final Clock clock;

    ArticleCatalog(ArticleRepository articles, SlugHistoryRepository oldSlugs, TagRepository tags,
            Categories categories, Clock clock) {
        this.articles = articles;
        this.oldSlugs = oldSlugs;
        this.tags = tags;
        this.categories = categories;
        this.clock = clock;
    }

    /** The published article at {@code slug}: one query for the article, one for its neighbours. */
    public Optional<ArticlePage> findPublishedPage(String slug) {
        return articles.findBySlug(slug).filter(a -> a.getStatus() == ArticleStatus.PUBLISHED).map(this::toPage);
    }

    /**
     * A hidden article at {@code slug}, without neighbours (it is in no reading order). Callers show it only to
     * whom {@link ArticleModeration#hiddenNotice} allows.
     */
    public Optional<ArticlePage> findHiddenPage(String slug) {
        return articles.findBySlug(slug).filter(a -> a.getStatus() == ArticleStatus.HIDDEN)
                .map(a -> toPage(a, false));
    }

    /** The current slug of an article that was renamed away from {@code oldSlug}, for a 301. */
    public Optional<String> currentSlugFor(String oldSlug) {
        return oldSlugs.findById(oldSlug).flatMap(old -> articles.findById(old.getArticleId()))
                .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED).map(Article::getSlug);
    }

    public Optional<ArticleRef> findRef(long articleId) {
        return articles.findRefById(articleId);
    }

    public Optional<ArticleRef> findRef(String slug) {
        return articles.findRefBySlug(slug);
    }

    /** Summaries of several published articles in one query, keyed by id. */
    public Map<Long, ArticleSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.findAllByIdIn(ids).stream().filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
                .map(this::toSummary).collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    }

    /** The markdown of the current revision, to prefill an improvement. */
    public Optional<CurrentText> currentText(long articleId) {
        return articles.findById(articleId).filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
                .map(a -> new CurrentText(a.getId(), a.getCurrentRevision(), a.getTitle(), a.getSummary(),
                        a.getBodyMarkdown()));
    }

    public PageView<ArticleSummary> latest(int page) {
        return PageView.of(articles.findPublished(PageRequest.of(Math.max(page, 0), PAGE_SIZE)), this::toSummary);
    }

    public List<ArticleSummary> mostLikedSince(Duration period, int limit) {
        return articles.findMostLikedSince(clock.instant().minus(period), PageRequest.of(0, limit)).stream()
                .filter(a -> a.getLikeCount() > 0).map(this::toSummary).toList();
    }

    public PageView<ArticleSummary> inCategory(long categoryId, int page) {
        return PageView.of(articles.findPublishedInCategories(categories.withDescendants(categoryId),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)), this::toSummary);
    }

    public Optional<TagView> findTag(String slug) {
        return tags.findBySlug(slug).map(Tag::toView);
    }

    public PageView<ArticleSummary> withTag(String tagSlug, int page) {
        return tags.findBySlug(tagSlug)
                .map(tag -> PageView.of(articles.findPublishedWithTag(tag.getId(),
                        PageRequest.of(Math.max(page, 0), PAGE_SIZE)), this::toSummary))
                .orElse(new PageView<>(List.of(), 0, 0, 0));
    }

    public PageView<ArticleSummary> byAuthor(long authorId, int page) {
        return PageView.of(articles.findPublishedByAuthor(authorId, PageRequest.of(Math.max(page, 0), PAGE_SIZE)),
                this::toSummary);
    }

    public PageView<ArticleSummary> experiences(ArticleKind kind, ExperienceFilter filter, int page) {
        return PageView.of(articles.findExperiences(kind, filter.company(), filter.role(), filter.year(),
                filter.outcome(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)), this::toSummary);
    }

    public ExperienceFacets facets(ArticleKind kind) {
        return new ExperienceFacets(articles.companiesOf(kind), articles.rolesOf(kind), articles.yearsOf(kind));
    }

    public List<TagView> popularTags(int limit) {
        return tags.findPopular(PageRequest.of(0, limit)).stream().map(Tag::toView).toList();
    }

    public List<TagView> suggestTags(String prefix, int limit) {
        String slug = Slugs.of(prefix, TagNames.MAX_LENGTH);
        if (slug.isEmpty()) {
            return popularTags(limit);
        }
        return tags.findBySlugPrefix(slug, PageRequest.of(0, limit)).stream().map(Tag::toView).toList();
    }

    public List<Long> publishedIds() {
        return articles.findPublishedIds();
    }

    public PageView<String> publishedSlugs(int page, int size) {
        return PageView.of(articles.findPublishedSlugs(PageRequest.of(page, size)));
    }

    /** The indexable text of an article, or empty when it is not (or no longer) published. */
    public Optional<SearchSource> searchSource(long articleId) {
        return articles.findById(articleId).filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
                .map(ArticleCatalog::toSearchSource);
    }

    /** The indexable text of those of the articles that are published, in one query. */
    public List<SearchSource> searchSources(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return articles.findAllByIdIn(articleIds).stream().filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
                .map(ArticleCatalog::toSearchSource).toList();
    }

    /** When each published article last changed, by id, so that a copy elsewhere can find what it lacks. */
    public Map<Long, Instant> publishedChangeTimes() {
        Map<Long, Instant> times = new HashMap<>();
        for (Object[] row : articles.findPublishedChangeTimes()) {
            times.put((Long) row[0], (Instant) row[1]);
        }
        return times;
    }

    /** How many articles are published and when the latest of them changed, in one aggregate query. */
    public PublishedStamp publishedStamp() {
        Object[] row = articles.countPublishedAndLatestChange().get(0);
        return new PublishedStamp(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    ArticleSummary toSummary(Article a) {
        return new ArticleSummary(a.getId(), a.getSlug(), a.getTitle(),
                a.getExcerpt() == null ? a.getSummary() : a.getExcerpt(), a.getKind(), a.getAuthorId(),
                categories.find(a.getCategoryId()).orElse(null), a.getReadingMinutes(), a.getPublishedAt(),
                a.getUpdatedAt(), a.getLikeCount(), a.getCommentCount(), TagList.parse(a.getTagList()),
                a.getExperience());
    }

    private ArticlePage toPage(Article a) {
        return toPage(a, true);
    }

    private ArticlePage toPage(Article a, boolean withNeighbours) {
        ArticleLink previous = null;
        ArticleLink next = null;
        if (withNeighbours && a.getCategoryId() != null) {
            for (Object[] row : articles.findNeighbours(a.getCategoryId(), a.getPublishedAt(), a.getId())) {
                ArticleLink link = new ArticleLink(((Number) row[0]).longValue(), (String) row[1], (String) row[2]);
                if (((Number) row[3]).intValue() < 0) {
                    previous = link;
                }
                else {
                    next = link;
                }
            }
        }
        return new ArticlePage(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getExcerpt(), a.getKind(),
                a.getAuthorId(), categories.path(a.getCategoryId()), a.getHtml(), TocCodec.decode(a.getToc()),
                a.getReadingMinutes(), a.getPublishedAt(), a.getUpdatedAt(), a.getCurrentRevision(),
                TagList.parse(a.getTagList()), a.getExperience(), a.getLikeCount(), a.getCommentCount(),
                a.getSaveCount(), previous, next);
    }

    private static SearchSource toSearchSource(Article a) {
        return new SearchSource(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(),
                a.getPlainText() == null ? "" : a.getPlainText(), a.getCategoryId(), a.getKind(), a.getAuthorId(),
                TagList.parse(a.getTagList()).stream().map(TagRef::slug).toList(), a.getPublishedAt(),
                a.getUpdatedAt());
    }

    static ArticleRef toRef(Article a) {
        return new ArticleRef(a.getId(), a.getSlug(), a.getTitle(), a.getAuthorId(), a.getStatus(),
                a.getCurrentRevision(), a.getCategoryId());
    }

    /** The current revision's text, with its number as the base for an improvement. */
    public record CurrentText(long articleId, int revision, String title, String summary, String markdown) {
    }

    /** Filters for experience listings; {@code null} means any. */
    public record ExperienceFilter(String company, String role, Integer year, ExperienceOutcome outcome) {
    }

    /** The values present in published experiences of one kind, for the filter form. */
    public record ExperienceFacets(List<String> companies, List<String> roles, List<Integer> years) {
    }
}
