package io.quire.reaction;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only, bounded queries over who liked or saved which article, for recommendations ("members who liked or
 * saved this also liked or saved …"). Every read is an index range with a limit, so its cost does not grow with
 * the number of likes: the members of one article through the primary key of {@code article_like} and
 * {@code saved_item_by_article}, a member's latest articles through {@code article_like_by_member} and
 * {@code saved_item_by_member}.
 */
@Service
public class Engagement {

    private final JdbcClient jdbc;

    Engagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} members who liked or saved the article (a sample in member id order when there are
     * more; a member who did both counts once).
     */
    public Set<Long> members(long articleId, int limit) {
        List<Long> ids = jdbc.sql("""
                (select member_id from article_like where article_id = :article order by member_id limit :limit)
                union
                (select member_id from saved_item where article_id = :article order by member_id limit :limit)""")
                .param("article", articleId).param("limit", limit).query(Long.class).list();
        return ids.stream().sorted().limit(limit).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * For each member, the articles they most recently liked and the ones they most recently saved, at most
     * {@code perMember} of each: one statement of one bounded index range per member and table.
     */
    public Map<Long, Set<Long>> recentArticles(Collection<Long> memberIds, int perMember) {
        Map<Long, Set<Long>> articles = new HashMap<>();
        if (memberIds.isEmpty()) {
            return articles;
        }
        List<Long> members = List.copyOf(new TreeSet<>(memberIds));
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                sql.append("\nunion all\n");
            }
            sql.append("(select member_id, article_id from article_like where member_id = :m").append(i)
                    .append(" order by created_at desc limit :limit)\nunion all\n")
                    .append("(select member_id, article_id from saved_item where member_id = :m").append(i)
                    .append(" order by saved_at desc, id desc limit :limit)");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", perMember);
        for (int i = 0; i < members.size(); i++) {
            statement = statement.param("m" + i, members.get(i));
        }
        statement.query((rs, n) -> {
            articles.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
            return null;
        }).list();
        return articles;
    }
}
