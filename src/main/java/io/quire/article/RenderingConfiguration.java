package io.quire.article;

import io.quire.markdown.MarkdownRenderer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Markdown renderer for the application; it is thread-safe and costly to build. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }
}
