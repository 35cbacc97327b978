package io.quire.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@code quire.page-cache.*} for the anonymous page cache (ADR 0004), and opts the search results page in:
 * its controller lives in the search module, which cannot know the site's cache, so the site names its scopes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SearchPageCaching()).addPathPatterns("/search");
    }

    /**
     * A results page shows the index's matches and, when nothing matches, the popular tags that publishing
     * changes; the category and tag choices beside it change with the listings too.
     */
    static final class SearchPageCaching implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            PageCaching.allow(request, PageCaching.SEARCH, PageCaching.LISTINGS);
            return true;
        }
    }
}
