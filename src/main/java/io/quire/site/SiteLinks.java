package io.quire.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute URLs for canonical links, feeds and sitemaps, from the configured public base URL. */
@Component
class SiteLinks {

    private final String baseUrl;

    SiteLinks(@Value("${quire.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String absolute(String path) {
        return baseUrl + path;
    }
}
