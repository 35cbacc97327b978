package io.quire.search;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up words, unique per test run, so that searches find only the articles a test published even though
 * every test shares one database and one index.
 */
final class Words {

    private Words() {
    }

    /** {@code prefix} followed by seven random lower-case letters, e.g. "quorvaxbtlemq". */
    static String unique(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
