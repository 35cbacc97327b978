package io.quire.shared;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts, images and webjars under content-hash URLs ({@code /css/quire-<md5>.css}), cached for a
 * year as {@code immutable}: a new version has a new URL, so browsers need not revalidate even on reload.
 * <p>
 * Registered here under their four prefixes instead of Boot's {@code /**} mapping
 * ({@code spring.web.resources.add-mappings=false}): with {@code /**}, {@link ResourceUrlEncodingFilter} looks up
 * every link a page renders ({@code /articles/…}, {@code /u/…}, {@code /tags/…}) on the classpath to see
 * whether it is a static file, several nested-jar lookups behind a lock per link, never cached because they find
 * nothing. That was two thirds of the CPU time of rendering the article page in a JFR profile.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js", "img")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FOR_A_YEAR)
                    .resourceChain(true)
                    .addResolver(fingerprints());
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(fingerprints())
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /** Rewrites {@code th:href="@{/css/quire.css}"} and the like to their fingerprinted URLs. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    private static VersionResourceResolver fingerprints() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
