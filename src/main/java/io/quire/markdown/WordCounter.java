package io.quire.markdown;

/**
 * Counts words in text the way a reader would, across scripts.
 * <p>
 * A word is a run of characters between whitespace that holds at least one letter or digit, so punctuation, dashes
 * and emoji standing alone are not words while {@code don't}, {@code e-mail} and {@code foo.bar()} count once.
 * Chinese and Japanese are written without spaces, so every Han, Hiragana and Katakana character counts as a word.
 * Scripts such as Thai that do not separate words either but need a dictionary to split are counted by whitespace.
 */
public final class WordCounter {

    // The Katakana-Hiragana prolonged sound mark lengthens the vowel before it: part of that character, not a word.
    private static final int PROLONGED_SOUND_MARK = 0x30FC;

    // Every Han, Hiragana and Katakana code point lies above this one; skipping the script lookup keeps Latin fast.
    private static final int FIRST_CJK = 0x2E80;

    private WordCounter() {
    }

    /**
     * Counts the words in {@code text}; {@code null} and blank text have none.
     */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean tokenIsWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSeparator(codePoint)) {
                words += tokenIsWord ? 1 : 0;
                tokenIsWord = false;
            }
            else if (codePoint == PROLONGED_SOUND_MARK) {
                continue;
            }
            else if (isIdeographic(codePoint)) {
                words += tokenIsWord ? 2 : 1;
                tokenIsWord = false;
            }
            else if (Character.isLetterOrDigit(codePoint)) {
                tokenIsWord = true;
            }
        }
        return words + (tokenIsWord ? 1 : 0);
    }

    // Dashes and the ellipsis join words without spaces ("yes—no", "wait…what") but do not make them one word.
    private static boolean isSeparator(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == '\u2013' || codePoint == '\u2014' || codePoint == '\u2026';
    }

    private static boolean isIdeographic(int codePoint) {
        if (codePoint < FIRST_CJK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
