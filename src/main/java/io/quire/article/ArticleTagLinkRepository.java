package io.quire.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleTagLinkRepository extends JpaRepository<ArticleTagLink, ArticleTagLink.Key> {

    @Query("select l.tagId from ArticleTagLink l where l.articleId = :articleId")
    List<Long> tagIdsOf(@Param("articleId") long articleId);

    @Modifying
    @Query("delete from ArticleTagLink l where l.articleId = :articleId")
    void deleteByArticleId(@Param("articleId") long articleId);
}
