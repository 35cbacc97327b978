// Quire's only script besides htmx. Everything here is an enhancement: pages work without it.
(function () {
    "use strict";

    // The colour-scheme toggle: light -> dark -> system. The server renders the choice from the cookie.
    function setUpSchemeToggle() {
        var button = document.querySelector(".scheme-toggle");
        if (!button) { return; }
        button.hidden = false;
        button.addEventListener("click", function () {
            var root = document.documentElement;
            var current = root.getAttribute("data-theme");
            var next = current === "light" ? "dark" : current === "dark" ? null : "light";
            if (next) {
                root.setAttribute("data-theme", next);
                document.cookie = "quire-scheme=" + next + "; path=/; max-age=31536000; SameSite=Lax";
            } else {
                root.removeAttribute("data-theme");
                document.cookie = "quire-scheme=; path=/; max-age=0; SameSite=Lax";
            }
        });
    }

    // Every htmx request carries the CSRF token of a logged-in member (forms also carry it as a field).
    document.addEventListener("htmx:configRequest", function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    document.addEventListener("DOMContentLoaded", setUpSchemeToggle);
})();
