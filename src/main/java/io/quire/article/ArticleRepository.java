package io.quire.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    /**
     * What other modules need to link to an article and check its state, without its texts: the Markdown, the HTML,
     * the plain text and the table of contents are most of an article's row, and a like or a comment read all of
     * them, 30 KB on average in the bench's data, to use none.
     */
    @Query("""
            select new io.quire.article.ArticleRef(a.id, a.slug, a.title, a.authorId, a.status, a.currentRevision,
                   a.categoryId)
              from Article a where a.slug = :slug""")
    Optional<ArticleRef> findRefBySlug(@Param("slug") String slug);

    /** {@link #findRefBySlug}, by id. */
    @Query("""
            select new io.quire.article.ArticleRef(a.id, a.slug, a.title, a.authorId, a.status, a.currentRevision,
                   a.categoryId)
              from Article a where a.id = :id""")
    Optional<ArticleRef> findRefById(@Param("id") long id);

    /**
     * The article a decision is about, locked for the rest of the transaction: two moderators deciding at
     * once queue behind each other, and the second finds the article already decided. The slug is
     * resolved before the lock is taken, so a loser whose slug publishing changed still finds the article.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = (select s.id from Article s where s.slug = :slug)")
    Optional<Article> findBySlugForDecision(@Param("slug") String slug);

    /** The article a moderator hides or restores, locked like {@link #findBySlugForDecision}. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = :id")
    Optional<Article> findByIdForDecision(@Param("id") long id);

    boolean existsBySlug(String slug);

    @Query("select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED order by a.publishedAt desc, a.id desc")
    Page<Article> findPublished(Pageable pageable);

    @Query("""
            select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED
            and a.publishedAt >= :since order by a.likeCount desc, a.publishedAt desc""")
    List<Article> findMostLikedSince(@Param("since") Instant since, Pageable pageable);

    @Query("""
            select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED
            and a.categoryId in :categoryIds order by a.publishedAt desc, a.id desc""")
    Page<Article> findPublishedInCategories(@Param("categoryIds") Collection<Long> categoryIds, Pageable pageable);

    @Query("""
            select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED
            and a.id in (select at.articleId from ArticleTagLink at where at.tagId = :tagId)
            order by a.publishedAt desc, a.id desc""")
    Page<Article> findPublishedWithTag(@Param("tagId") long tagId, Pageable pageable);

    @Query("""
            select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED and a.authorId = :authorId
            order by a.publishedAt desc, a.id desc""")
    Page<Article> findPublishedByAuthor(@Param("authorId") long authorId, Pageable pageable);

    @Query("""
            select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED and a.kind = :kind
            and (:company is null or a.expCompany = :company)
            and (:role is null or a.expRole = :role)
            and (:year is null or a.expYear = :year)
            and (:outcome is null or a.expOutcome = :outcome)
            order by a.publishedAt desc, a.id desc""")
    Page<Article> findExperiences(@Param("kind") ArticleKind kind, @Param("company") String company,
            @Param("role") String role, @Param("year") Integer year, @Param("outcome") ExperienceOutcome outcome,
            Pageable pageable);

    @Query("""
            select distinct a.expCompany from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED
            and a.kind = :kind and a.expCompany is not null order by a.expCompany""")
    List<String> companiesOf(@Param("kind") ArticleKind kind);

    @Query("""
            select distinct a.expRole from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED
            and a.kind = :kind and a.expRole is not null order by a.expRole""")
    List<String> rolesOf(@Param("kind") ArticleKind kind);

    @Query("""
            select distinct a.expYear from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED
            and a.kind = :kind and a.expYear is not null order by a.expYear desc""")
    List<Integer> yearsOf(@Param("kind") ArticleKind kind);

    @Query("select a from Article a where a.authorId = :authorId order by a.updatedAt desc")
    List<Article> findAllByAuthor(@Param("authorId") long authorId);

    @Query("select a from Article a where a.status = io.quire.article.ArticleStatus.SUBMITTED order by a.submittedAt")
    List<Article> findSubmitted();

    /**
     * The articles just before and after one in its category's reading order (publication order), in one
     * statement. Returns up to two rows: id, slug, title and -1 for the previous or 1 for the next.
     */
    @Query(nativeQuery = true, value = """
            (select id, slug, title, -1 as direction from article
              where category_id = :categoryId and status = 'PUBLISHED'
                and (published_at < :publishedAt or (published_at = :publishedAt and id < :id))
              order by published_at desc, id desc limit 1)
            union all
            (select id, slug, title, 1 as direction from article
              where category_id = :categoryId and status = 'PUBLISHED'
                and (published_at > :publishedAt or (published_at = :publishedAt and id > :id))
              order by published_at asc, id asc limit 1)""")
    List<Object[]> findNeighbours(@Param("categoryId") long categoryId, @Param("publishedAt") Instant publishedAt,
            @Param("id") long id);

    @Modifying
    @Query(nativeQuery = true, value = "update article set like_count = greatest(like_count + :delta, 0) where id = :id")
    int addLikes(@Param("id") long id, @Param("delta") int delta);

    @Modifying
    @Query(nativeQuery = true, value = "update article set comment_count = greatest(comment_count + :delta, 0) where id = :id")
    int addComments(@Param("id") long id, @Param("delta") int delta);

    @Modifying
    @Query(nativeQuery = true, value = "update article set save_count = greatest(save_count + :delta, 0) where id = :id")
    int addSaves(@Param("id") long id, @Param("delta") int delta);

    @Query("select a from Article a where a.id in :ids")
    List<Article> findAllByIdIn(@Param("ids") Collection<Long> ids);

    @Query("select a.id from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED order by a.id")
    List<Long> findPublishedIds();

    @Query("select a.slug from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED order by a.id")
    Page<String> findPublishedSlugs(Pageable pageable);

    /** Id and last change of every published article: rows of {@code [Long id, Instant updatedAt]}. */
    @Query("select a.id, a.updatedAt from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED")
    List<Object[]> findPublishedChangeTimes();

    /** One row: how many articles are published and when the latest of them changed. */
    @Query("select count(a), max(a.updatedAt) from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED")
    List<Object[]> countPublishedAndLatestChange();
}
