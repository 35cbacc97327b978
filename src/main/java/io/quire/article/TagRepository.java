package io.quire.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findBySlug(String slug);

    List<Tag> findBySlugIn(Collection<String> slugs);

    @Query("select t from Tag t where t.slug like concat(:prefix, '%') order by t.articleCount desc, t.slug")
    List<Tag> findBySlugPrefix(@Param("prefix") String prefix, Pageable pageable);

    /** Read in the order of the index {@code tag_popularity_order}, so the first rows are the answer. */
    @Query("select t from Tag t where t.articleCount > 0 order by t.articleCount desc, t.slug")
    List<Tag> findPopular(Pageable pageable);

    /** Recounts published articles per tag for the given tags, in one statement. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update tag t set t.article_count = (select count(*) from article_tag at join article a on a.id = at.article_id
              where at.tag_id = t.id and a.status = 'PUBLISHED') where t.id in (:ids)""")
    void recount(@Param("ids") Collection<Long> ids);
}
