package io.quire.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    @Query("select r from ArticleRevision r where r.articleId = :articleId order by r.number desc")
    List<ArticleRevision> findHistory(@Param("articleId") long articleId);

    @Query("select r from ArticleRevision r where r.articleId = :articleId and r.number = :number")
    Optional<ArticleRevision> findRevision(@Param("articleId") long articleId, @Param("number") int number);
}
