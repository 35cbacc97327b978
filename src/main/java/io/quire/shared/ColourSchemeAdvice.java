package io.quire.shared;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The colour scheme a reader chose with the toggle (a cookie app.js writes) is rendered into {@code <html>}
 * by the server, so the page never flashes the wrong scheme before scripts run. Without a choice, CSS follows
 * the system setting.
 */
@ControllerAdvice
class ColourSchemeAdvice {

    @ModelAttribute("colourScheme")
    String colourScheme(@CookieValue(name = "quire-scheme", required = false) String scheme) {
        return "dark".equals(scheme) || "light".equals(scheme) ? scheme : null;
    }
}
