package io.quire.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Static resources are served under content-hash URLs ({@code spring.web.resources.chain.strategy.content}) with
 * a year-long {@code Cache-Control}; this adds {@code immutable}, for which Boot has no property, so browsers do
 * not revalidate them even when the reader reloads the page: a new version has a new URL.
 */
@Component
class ImmutableStaticResources implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SimpleUrlHandlerMapping mapping && "resourceHandlerMapping".equals(beanName)) {
            for (Object handler : mapping.getHandlerMap().values()) {
                if (handler instanceof ResourceHttpRequestHandler resources && resources.getCacheControl() != null) {
                    resources.setCacheControl(resources.getCacheControl().immutable());
                }
            }
        }
        return bean;
    }
}
