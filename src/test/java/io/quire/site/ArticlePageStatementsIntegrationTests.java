package io.quire.site;

import java.util.List;

import io.quire.IntegrationTest;
import io.quire.SqlStatementCounter;
import io.quire.TestArticles;
import io.quire.TestMembers;
import io.quire.article.ArticleRef;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reading page costs a small, fixed number of SQL statements however big the database is: measured with
 * one article in its category and again after 10,000 more articles exist.
 */
@IntegrationTest
class ArticlePageStatementsIntegrationTests {

    static final int BUDGET = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArticles articles;

    @Autowired
    TestMembers members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageCache pageCache;

    @Test
    void anAnonymousArticleViewCostsAtMostFiveStatementsAtOneAndAtTenThousandArticles() throws Exception {
        ArticleRef article = articles.published("Counting statements");
        mvc.perform(get(article.path())).andExpect(status().isOk());

        List<String> small = statementsFor(article.path());
        assertThat(small).as("statements at one article").hasSizeLessThanOrEqualTo(BUDGET);

        String prefix = insertArticles(10_000, article.categoryId());
        try {
            assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isGreaterThanOrEqualTo(10_000);
            mvc.perform(get(article.path())).andExpect(status().isOk());

            List<String> large = statementsFor(article.path());
            assertThat(large).as("statements at 10,000 articles").hasSizeLessThanOrEqualTo(BUDGET)
                    .hasSameSizeAs(small);
        }
        finally {
            // Other tests share this database; background jobs should not have to work through the bulk rows.
            jdbc.update("delete from article where slug like ?", prefix + "%");
        }
    }

    /** A rendering, not a copy from the page cache, which would cost nothing at any size. */
    private List<String> statementsFor(String path) throws Exception {
        pageCache.clear();
        return SqlStatementCounter.record(() -> mvc.perform(get(path)).andExpect(status().isOk()));
    }

    /** Bulk-inserts published articles straight into the table: the point is volume, not realism. */
    private String insertArticles(int count, Long categoryId) {
        long author = members.member().id();
        String prefix = "bulk-" + System.nanoTime() + "-";
        int batch = 1000;
        for (int start = 0; start < count; start += batch) {
            StringBuilder sql = new StringBuilder("insert into article (slug, kind, status, author_id, category_id, title,"
                    + " summary, body_markdown, html, toc_json, excerpt, plain_text, reading_minutes, current_revision,"
                    + " created_at, updated_at, published_at) values ");
            for (int i = start; i < Math.min(count, start + batch); i++) {
                if (i > start) {
                    sql.append(',');
                }
                sql.append("('").append(prefix).append(i).append("','TUTORIAL','PUBLISHED',").append(author).append(',')
                        .append(categoryId).append(",'Bulk ").append(i).append("','s','b','<p>b</p>','','b','b',1,1,")
                        .append("now(6) - interval ").append(i).append(" minute, now(6), now(6) - interval ")
                        .append(i).append(" minute)");
            }
            jdbc.update(sql.toString());
        }
        return prefix;
    }
}
