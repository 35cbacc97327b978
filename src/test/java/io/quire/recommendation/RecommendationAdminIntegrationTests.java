package io.quire.recommendation;

import io.quire.IntegrationTest;
import io.quire.TestMembers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class RecommendationAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    RecommendationAdmin admin;

    @Autowired
    RecomputeJobs jobs;

    @Test
    void moderatorsMayNotSeeTheAdminPage() throws Exception {
        mvc.perform(get("/admin/recommendations").with(members.as(members.moderator())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminSeesTheLatestJobAndClickThroughForEverySlot() throws Exception {
        mvc.perform(get("/admin/recommendations").with(members.as(members.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("recommendation/admin"))
                .andExpect(model().attribute("slots", hasSize(RelatedArticles.SHOWN)))
                .andExpect(content().string(containsString("Click-through per slot")));
    }

    @Test
    void anHtmxRefreshGetsOnlyTheProgress() throws Exception {
        mvc.perform(get("/admin/recommendations").header("HX-Request", "true").with(members.as(members.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("recommendation/admin :: job-progress"))
                .andExpect(content().string(containsString("id=\"job-progress\"")))
                .andExpect(content().string(not(containsString("Click-through per slot"))));
    }

    @Test
    void startingARecomputeRedirectsBackToTheProgress() throws Exception {
        mvc.perform(post("/admin/recommendations/recompute").with(csrf()).with(members.as(members.admin())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/recommendations#job-progress"))
                .andExpect(flash().attribute("notice", "recommendation.admin.started"));

        awaitJobDone();
    }

    @Test
    void startingARecomputeWithHtmxAnswersWithTheProgress() throws Exception {
        mvc.perform(post("/admin/recommendations/recompute").header("HX-Request", "true").with(csrf())
                        .with(members.as(members.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("recommendation/admin :: job-progress"))
                .andExpect(content().string(containsString("Recompute started")));

        awaitJobDone();
        mvc.perform(get("/admin/recommendations").with(members.as(members.admin())))
                .andExpect(content().string(containsString("finished at")));
    }

    @Test
    void aRecomputeNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/admin/recommendations/recompute").with(members.as(members.admin())))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsMayStartARecomputeEvenPastTheUrlRules() {
        long moderator = members.moderator().id();

        assertThatThrownBy(() -> admin.recomputeAll(moderator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.latestJob(moderator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.clickThrough(moderator)).isInstanceOf(AccessDeniedException.class);
    }

    private void awaitJobDone() {
        Poll.until("the recompute job to finish", () -> jobs.running().isEmpty());
    }
}
