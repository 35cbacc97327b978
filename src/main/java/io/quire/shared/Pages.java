package io.quire.shared;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The one rule for choosing what to render: an htmx request that is not boosted gets the named fragment of
 * the page's template, everything else the whole page. Fragment name = id of its root element.
 */
public final class Pages {

    private Pages() {
    }

    public static String pageOrFragment(HtmxRequest htmx, String template, String fragment) {
        // A history restore (back button after hx-push-url) needs the whole page, like a browser request.
        return htmx.isHtmxRequest() && !htmx.isBoosted() && !htmx.isHistoryRestoreRequest()
                ? template + " :: " + fragment : template;
    }
}
