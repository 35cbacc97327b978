package io.quire.shared;

import io.quire.IntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImmutableStaticResourcesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider urls;

    @Test
    void fingerprintedStylesheetsScriptsAndWebjarsAreCachedForAYearAsImmutable() throws Exception {
        for (String path : new String[] {"/css/quire.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            String fingerprinted = urls.getForLookupPath(path);
            assertThat(fingerprinted).as(path).isNotNull().matches(".*-[0-9a-f]{32}\\.(css|js)");
            mvc.perform(get(fingerprinted)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        }
    }
}
