package io.quire.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import io.quire.IntegrationTest;
import io.quire.Sessions;
import io.quire.TestMembers;
import io.quire.TestMembers.Created;
import io.quire.account.QuireUser;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class ModerationWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    ModerationQueue queue;

    @Autowired
    ModerationNavigation navigation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void queuePagesAreForModeratorsOnly() throws Exception {
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        for (String page : new String[] {"/moderation", "/moderation/items/" + id}) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
            mvc.perform(get(page).with(members.as(members.member()))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(members.as(members.moderator()))).andExpect(status().isOk());
            mvc.perform(get(page).with(members.as(members.admin()))).andExpect(status().isOk());
        }
    }

    @Test
    void theAuditLogIsForAdminsOnly() throws Exception {
        Created moderator = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).title("Audited improvement").build());
        queue.resolve(id, moderator.id(), 0, Outcome.REJECTED, "Not needed");

        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit").with(members.as(members.member()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(members.as(moderator))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(members.as(members.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Audited improvement"),
                        containsString(moderator.username() + " decided: Rejected"), containsString("Not needed"))));
    }

    @Test
    void everyStateChangeIsAPostThatNeedsAModeratorAndACsrfToken() throws Exception {
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        for (String action : new String[] {"claim", "release", "reopen"}) {
            String path = "/moderation/items/" + id + "/" + action;
            mvc.perform(post(path).with(csrf())).andExpect(redirectedUrlPattern("/login*"));
            mvc.perform(post(path).with(csrf()).with(members.as(members.member()))).andExpect(status().isForbidden());
            mvc.perform(post(path).with(members.as(members.moderator()))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(members.as(members.moderator()))).andExpect(status().isMethodNotAllowed());
        }
        assertThat(queue.find(id).orElseThrow().claimedById()).isNull();
    }

    @Test
    void theQueueFiltersByKindCategoryStatusAndAge() throws Exception {
        Created member = members.member();
        Created moderator = members.moderator();
        long category = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        String suffix = " " + category;
        queue.open(TestItems.report(member.id()).category(category, "Filtered" + suffix).title("Fresh report" + suffix).build());
        long old = queue.open(TestItems.improvement(member.id()).category(category, "Filtered" + suffix)
                .title("Old improvement" + suffix).build());
        long decided = queue.open(TestItems.improvement(member.id()).category(category, "Filtered" + suffix)
                .title("Decided improvement" + suffix).build());
        queue.resolve(decided, moderator.id(), 0, Outcome.ACCEPTED, null);
        jdbc.update("update moderation_item set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))), old);

        queuePage(moderator, "?category=" + category)
                .andExpect(content().string(allOf(containsString("Fresh report" + suffix),
                        containsString("Old improvement" + suffix), not(containsString("Decided improvement" + suffix)),
                        containsString("<option value=\"" + category + "\" selected=\"selected\">Filtered" + suffix))));
        queuePage(moderator, "?category=" + category + "&kind=REPORT")
                .andExpect(content().string(allOf(containsString("Fresh report" + suffix),
                        not(containsString("Old improvement" + suffix)))));
        queuePage(moderator, "?category=" + category + "&status=RESOLVED")
                .andExpect(content().string(allOf(containsString("Decided improvement" + suffix),
                        not(containsString("Fresh report" + suffix)))));
        queuePage(moderator, "?category=" + category + "&age=DAY")
                .andExpect(content().string(allOf(containsString("Old improvement" + suffix),
                        containsString("waiting 2 days"), not(containsString("Fresh report" + suffix)))));
    }

    @Test
    void theQueueIsOldestFirstUnlessAskedForNewestAndPagesWithRealLinks() throws Exception {
        Created member = members.member();
        long category = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        for (int i = 1; i <= ModerationQueue.PAGE_SIZE + 1; i++) {
            queue.open(TestItems.of(ItemKind.SUGGESTION, member.id()).category(category, "Paged")
                    .title("Suggestion number " + i + "!").build());
        }
        Created moderator = members.moderator();

        String oldestFirst = queuePage(moderator, "?category=" + category).andReturn().getResponse().getContentAsString();
        assertThat(oldestFirst).contains("Suggestion number 1!").doesNotContain("Suggestion number 26!")
                .contains("href=\"/moderation?category=" + category + "&amp;page=1\"");
        assertThat(oldestFirst.indexOf("Suggestion number 1!")).isLessThan(oldestFirst.indexOf("Suggestion number 2!"));
        queuePage(moderator, "?category=" + category + "&page=1")
                .andExpect(content().string(containsString("Suggestion number 26!")));
        queuePage(moderator, "?category=" + category + "&order=NEWEST")
                .andExpect(content().string(allOf(containsString("Suggestion number 26!"),
                        not(containsString("Suggestion number 1!")))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheQueueList() throws Exception {
        mvc.perform(get("/moderation").param("kind", "REPORT").header("HX-Request", "true")
                        .with(members.as(members.moderator())))
                .andExpect(status().isOk())
                .andExpect(view().name("moderation/queue :: queue-list"))
                .andExpect(content().string(allOf(containsString("id=\"queue-list\""), not(containsString("<html")),
                        not(containsString("queue-filters")))));
    }

    @Test
    void goingBackToAFilteredQueueWithHtmxGetsTheWholePage() throws Exception {
        mvc.perform(get("/moderation").param("kind", "REPORT").header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true").with(members.as(members.moderator())))
                .andExpect(view().name("moderation/queue"))
                .andExpect(content().string(allOf(containsString("<html"), containsString("queue-filters"))));
    }

    @Test
    void aFilterValueThatDoesNotParseIsIgnored() throws Exception {
        queuePage(members.moderator(), "?kind=NOT_A_KIND&age=FOREVER&category=x&status=RESOLVED")
                .andExpect(content().string(allOf(containsString("queue-list"),
                        containsString("<option value=\"RESOLVED\" selected=\"selected\">"))));
    }

    @Test
    void theQueueShowsWhoReportedWhatWhoClaimedItAndHowUrgentItIs() throws Exception {
        Created moderator = members.moderator();
        Created reporter = members.member();
        long category = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        String cluster = "comment:" + TestItems.newSubjectId();
        long id = queue.open(TestItems.report(reporter.id()).cluster(cluster).reason("spam").priority(Priority.HIGH)
                .category(category, "Clustered").build());
        queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("spam").build());
        queue.open(TestItems.report(members.member().id()).cluster(cluster).reason("abusive").build());
        queue.claim(id, moderator.id());

        queuePage(members.moderator(), "?category=" + category)
                .andExpect(content().string(allOf(containsString("3 reports: spam ×2, abusive ×1"),
                        containsString("by " + reporter.username()), containsString("high priority"),
                        containsString("claimed by " + moderator.username()), containsString("waiting 0 min"),
                        containsString("href=\"/moderation/items/" + id + "\""))));
    }

    @Test
    void theItemPageShowsParticipantsHistoryAndTheReviewLink() throws Exception {
        Created reporter = members.member();
        NewItem report = TestItems.report(reporter.id()).cluster("comment:" + TestItems.newSubjectId())
                .reason("spam").build();
        long id = queue.open(report);

        mvc.perform(get("/moderation/items/{id}", id).with(members.as(members.moderator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(report.title()),
                        containsString("href=\"" + report.reviewPath() + "\""),
                        containsString(reporter.username() + " opened it"), containsString("Nobody has claimed"),
                        containsString("action=\"/moderation/items/" + id + "/claim\""))));
    }

    @Test
    void anUnknownItemIsNotFound() throws Exception {
        mvc.perform(get("/moderation/items/{id}", Long.MAX_VALUE).with(members.as(members.moderator())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(post("/moderation/items/{id}/claim", Long.MAX_VALUE).with(csrf()).with(members.as(members.moderator())))
                .andExpect(status().isNotFound());
    }

    @Test
    void claimingWithoutJavaScriptGoesBackToThePageItCameFrom() throws Exception {
        Created moderator = members.moderator();
        NewItem improvement = TestItems.improvement(members.member().id()).build();
        long id = queue.open(improvement);

        mvc.perform(post("/moderation/items/{id}/claim", id).with(csrf()).with(members.as(moderator)))
                .andExpect(redirectedUrl("/moderation/items/" + id))
                .andExpect(flash().attribute("notice", "moderation.claim.done"));
        mvc.perform(post("/moderation/items/{id}/claim", id).with(csrf()).with(members.as(moderator))
                        .header("Referer", "http://localhost" + improvement.reviewPath()))
                .andExpect(redirectedUrl(improvement.reviewPath()));
        mvc.perform(post("/moderation/items/{id}/release", id).with(csrf()).with(members.as(moderator))
                        .header("Referer", "http://localhost//evil.example/x"))
                .andExpect(redirectedUrl("/moderation/items/" + id));
        mvc.perform(get("/moderation/items/{id}", id).with(members.as(moderator)))
                .andExpect(content().string(containsString("Nobody has claimed")));
    }

    @Test
    void claimingWithHtmxSwapsTheBannerAndSaysWhoGotThereFirst() throws Exception {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());

        mvc.perform(post("/moderation/items/{id}/claim", id).with(csrf()).with(members.as(ada)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"claim-banner\""), containsString("Claimed by you until"),
                        containsString("/release"), not(containsString("<html")))));
        mvc.perform(post("/moderation/items/{id}/claim", id).with(csrf()).with(members.as(bob)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Another moderator claimed this item first"),
                        containsString("Claimed by " + ada.username() + " until"), not(containsString("/claim\"")))));
        mvc.perform(post("/moderation/items/{id}/claim", id).with(csrf()).with(members.as(bob)))
                .andExpect(redirectedUrl("/moderation/items/" + id))
                .andExpect(flash().attribute("alert", "moderation.claim.taken"));
    }

    @Test
    void theDeciderSeesAnUndoButtonWithinTheWindowAndUndoes() throws Exception {
        Created ada = members.moderator();
        Created bob = members.moderator();
        long id = queue.open(TestItems.improvement(members.member().id()).build());
        queue.resolve(id, ada.id(), 0, Outcome.REJECTED, null);
        String undo = "action=\"/moderation/items/" + id + "/reopen\"";

        mvc.perform(get("/moderation/items/{id}", id).with(members.as(bob)))
                .andExpect(content().string(allOf(not(containsString(undo)), containsString("This item is resolved"))));
        mvc.perform(post("/moderation/items/{id}/reopen", id).with(csrf()).with(members.as(bob)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/moderation/items/{id}", id).with(members.as(ada)))
                .andExpect(content().string(containsString(undo)));
        mvc.perform(post("/moderation/items/{id}/reopen", id).with(csrf()).with(members.as(ada)))
                .andExpect(redirectedUrl("/moderation/items/" + id))
                .andExpect(flash().attribute("notice", "moderation.undo.done"));
        assertThat(queue.find(id).orElseThrow().isOpen()).isTrue();
        mvc.perform(post("/moderation/items/{id}/reopen", id).with(csrf()).with(members.as(ada)))
                .andExpect(flash().attribute("alert", "moderation.undo.not-decided"));
    }

    @Test
    void aDecisionWhoseOwnerCannotRevertItOffersNoUndoAndSaysWhy() throws Exception {
        Created ada = members.moderator();
        long id = queue.open(TestItems.report(members.member().id()).build());
        queue.resolve(id, ada.id(), 0, Outcome.CONTENT_HIDDEN, null);

        assertThat(queue.mayReopen(id, ada.id(), false)).isFalse();
        mvc.perform(get("/moderation/items/{id}", id).with(members.as(ada)))
                .andExpect(content().string(allOf(not(containsString("/reopen\"")),
                        containsString("Decisions on this kind of item cannot be undone"))));
        mvc.perform(post("/moderation/items/{id}/reopen", id).with(csrf()).with(members.as(ada)))
                .andExpect(flash().attribute("alert", "moderation.undo.unsupported"));
        assertThat(queue.find(id).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void theLoserOfADecisionRaceIsSentBackToTheReviewPageAndToldWhoDecided() throws Exception {
        Created ada = members.moderator();
        Created bob = members.moderator();
        NewItem improvement = TestItems.improvement(members.member().id()).build();
        long id = queue.open(improvement);
        String version = String.valueOf(queue.find(id).orElseThrow().version());
        mvc.perform(get(improvement.reviewPath()).with(members.as(bob)))
                .andExpect(content().string(allOf(containsString("name=\"version\" value=\"" + version + "\""),
                        containsString("name=\"_csrf\""), containsString("value=\"ACCEPTED\""))));

        mvc.perform(decide(improvement, ada, version, "ACCEPTED")).andExpect(redirectedUrl(improvement.reviewPath()))
                .andExpect(flash().attributeCount(0));
        MvcResult lost = mvc.perform(decide(improvement, bob, version, "REJECTED"))
                .andExpect(redirectedUrl(improvement.reviewPath()))
                .andExpect(flash().attribute("alert", "moderation.decision.lost")).andReturn();

        mvc.perform(get(improvement.reviewPath()).with(members.as(bob)).cookie(Sessions.cookie(lost)))
                .andExpect(content().string(allOf(containsString("Another moderator decided this item first"),
                        containsString("Decided by " + ada.username() + " on "), containsString(": Accepted."),
                        not(containsString("name=\"version\"")))));
        assertThat(queue.find(id).orElseThrow().outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aDecisionWithoutAnOutcomeIsShownTheFormAgain() throws Exception {
        Created ada = members.moderator();
        NewItem improvement = TestItems.improvement(members.member().id()).build();
        long id = queue.open(improvement);
        mvc.perform(post(improvement.reviewPath()).with(csrf()).with(members.as(ada)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose an outcome"), containsString("name=\"version\""))));
        assertThat(queue.find(id).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void theNavigationCountsAreForModeratorsOnlyAndLinkToTheFilteredQueue() throws Exception {
        queue.open(TestItems.report(members.member().id()).build());
        assertThat(navigation.countsFor(null)).isEmpty();
        assertThat(navigation.countsFor(principal(members.member()))).isEmpty();
        assertThat(navigation.countsFor(principal(members.moderator()))).containsKey(ItemKind.REPORT);
        queuePage(members.moderator(), "").andExpect(content().string(allOf(containsString("id=\"nav-counts\""),
                containsString("href=\"/moderation?kind=REPORT\""))));
    }

    private QuireUser principal(Created member) {
        return (QuireUser) userDetails.loadUserByUsername(member.username());
    }

    private MockHttpServletRequestBuilder decide(NewItem item, Created moderator, String version, String outcome) {
        return post(item.reviewPath()).with(csrf()).with(members.as(moderator))
                .param("version", version).param("outcome", outcome).param("reasonTemplate", "").param("note", "");
    }

    private ResultActions queuePage(Created moderator, String query) throws Exception {
        return mvc.perform(get("/moderation" + query).with(members.as(moderator))).andExpect(status().isOk());
    }
}
