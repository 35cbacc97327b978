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
