package io.quire.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of a fenced code block, read from its info string ({@code ```java title="x"} gives {@code java}).
 * Languages the highlighter does not know keep their name as id and label and are shown unhighlighted.
 *
 * @param id      canonical, lower-case name limited to {@code [a-z0-9_+#.-]}, safe in attributes and class names
 * @param label   what readers see above the block
 * @param grammar the highlighting rules, or {@code null} for an unknown language
 */
record LanguageTag(String id, String label, Grammar grammar) {

    private static final int MAX_ID_LENGTH = 30;

    static Optional<LanguageTag> of(String info) {
        if (info == null) {
            return Optional.empty();
        }
        String name = normalise(info);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CodeLanguage.named(name)
                .map(known -> new LanguageTag(known.id(), known.label(), known.grammar()))
                .orElseGet(() -> new LanguageTag(name, name, null)));
    }

    // The first word only, reduced to characters that need no escaping anywhere, so odd info strings cannot
    // smuggle anything into class or data attributes. Leading punctuation goes too: {.java} names java.
    private static String normalise(String info) {
        String word = info.strip().split("\\s", 2)[0].toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < word.length() && name.length() < MAX_ID_LENGTH; i++) {
            char c = word.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (alphanumeric || name.length() > 0 && "_+#.-".indexOf(c) >= 0) {
                name.append(c);
            }
        }
        return name.toString();
    }
}
