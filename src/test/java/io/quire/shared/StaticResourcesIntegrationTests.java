package io.quire.shared;

import io.quire.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaticResourcesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider urls;

    @Test
    void fingerprintedStylesheetsScriptsImagesAndWebjarsAreCachedForAYearAsImmutable() throws Exception {
        for (String path : new String[] {"/css/quire.css", "/js/app.js", "/img/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js"}) {
            String fingerprinted = urls.getForLookupPath(path);
            assertThat(fingerprinted).as(path).isNotNull().matches(".*-[0-9a-f]{32}\\.(css|js|svg)");
            mvc.perform(get(fingerprinted)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        }
    }

    @Test
    void pagesLinkTheFingerprintedFilesAndOtherLinksAreNeverLookedUpAsFiles() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + urls.getForLookupPath("/css/quire.css") + "\"")))
                .andExpect(content().string(containsString(
                        "src=\"" + urls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js") + "\"")));
        assertThat(urls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/img/**", "/webjars/**");
        assertThat(urls.getForLookupPath("/articles/some-article")).isNull();
    }
}
