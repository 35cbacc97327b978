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

// Code blocks from the markdown module: shows copy buttons, turns language groups into tabs.
// Without it every block stays visible with its own label.
(function () {
    "use strict";
    var KEY = "quire.lang", done = new WeakSet();

    function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
    function lang(el) { return el.getAttribute("data-lang"); }

    // Storage may be blocked; the choice then lasts for this page only.
    function stored() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }

    // False when the group has no tab for value.
    function show(group, value) {
        var tabs = all(group, "[role=tab]");
        if (!tabs.some(function (t) { return lang(t) === value; })) { return false; }
        tabs.forEach(function (t) { t.setAttribute("aria-selected", String(lang(t) === value)); });
        all(group, "[role=tabpanel]").forEach(function (p) { p.hidden = lang(p) !== value; });
        return true;
    }

    // One choice applies to every group, on this page and later ones.
    function choose(value) {
        try { localStorage.setItem(KEY, value); } catch (e) { /* see stored() */ }
        all(document, "[data-tabs]").forEach(function (g) { show(g, value); });
    }

    function setUpTabs(group) {
        var list = group.querySelector("[role=tablist]"), first = group.querySelector("[role=tab]");
        if (!list || !first) { return; }
        list.hidden = false;
        if (!show(group, stored())) { show(group, lang(first)); }
        // Tabs are buttons: Tab, Enter and Space work without key handlers.
        list.addEventListener("click", function (e) {
            var tab = e.target.closest("[role=tab]");
            if (tab) { choose(lang(tab)); }
        });
    }

    // No Clipboard API (insecure origin): the button stays hidden.
    function setUpCopy(button) {
        var code = button.parentNode.querySelector("code"), label = button.textContent;
        if (!navigator.clipboard || !code) { return; }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(code.textContent).then(function () {
                button.textContent = label + " \u2713";
                setTimeout(function () { button.textContent = label; }, 1500);
            });
        });
    }

    function enhance(root) {
        [["[data-tabs]", setUpTabs], [".code-copy", setUpCopy]].forEach(function (job) {
            var found = all(root, job[0]).concat(root.matches && root.matches(job[0]) ? [root] : []);
            found.forEach(function (el) { if (!done.has(el)) { done.add(el); job[1](el); } });
        });
    }

    // htmx:load covers the page and swapped fragments; DOMContentLoaded covers pages without htmx or with htmx
    // after this file. The WeakSet stops double set-up.
    document.addEventListener("htmx:load", function (e) { enhance(e.target); });
    document.addEventListener("DOMContentLoaded", function () { enhance(document); });
})();

// Improvements: a live word counter for suggestion fields, and "Suggest change" on selected article text.
// Both are enhancements: the form counts words on the server and has a "quoted passage" field of its own.
(function () {
    "use strict";

    // The same rule as the server's WordCounter for Latin text: a token counts when it holds a letter or digit;
    // Han, Hiragana and Katakana characters count one each.
    function countWords(text) {
        var cjk = /[\u2E80-\u9FFF\uF900-\uFAFF]/g, words = 0;
        text.replace(cjk, " x ").split(/[\s\u2013\u2014\u2026]+/).forEach(function (token) {
            if (/[\p{L}\p{N}]/u.test(token)) { words++; }
        });
        return words;
    }

    function setUpCounter(field) {
        if (field.dataset.counting) { return; }
        field.dataset.counting = "1";
        var limits = field.getAttribute("data-word-limits").split(" ").map(Number);
        var output = document.getElementById(field.id + "-count");
        if (!output) { return; }
        output.hidden = false;
        function update() {
            var n = countWords(field.value);
            output.textContent = n + " / " + limits[0] + "–" + limits[1];
            output.classList.toggle("over-limit", n < limits[0] || n > limits[1]);
        }
        field.addEventListener("input", update);
        update();
    }

    function setUpCounters(root) {
        Array.prototype.forEach.call(root.querySelectorAll("textarea[data-word-limits]"), setUpCounter);
    }

    // Selecting text inside the article shows a small link that opens the suggestion form with the quote.
    function setUpSelection() {
        var body = document.getElementById("article-body");
        if (!body || !body.getAttribute("data-suggest-url")) { return; }
        var link = document.createElement("a");
        link.className = "suggest-selection button";
        link.hidden = true;
        link.textContent = body.getAttribute("data-suggest-label");
        link.href = body.getAttribute("data-suggest-url");
        body.parentNode.insertBefore(link, body);
        document.addEventListener("selectionchange", function () {
            var selection = window.getSelection();
            var text = selection ? selection.toString().trim() : "";
            if (!text || text.length > 2000 || !body.contains(selection.anchorNode) || !body.contains(selection.focusNode)) {
                return;
            }
            link.href = body.getAttribute("data-suggest-url") + "?quote=" + encodeURIComponent(text);
            link.hidden = false;
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        setUpCounters(document);
        setUpSelection();
    });
    document.addEventListener("htmx:load", function (event) { setUpCounters(event.detail.elt); });
})();
