package io.quire.recommendation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * The words an article is about: tokens of its title, summary and text, lower-cased, with plurals folded
 * ("streams" → "stream", "queries" → "query") and stop words dropped, so that the same form is stored and
 * queried. Pure functions; deterministic (ties are broken alphabetically).
 */
final class Terms {

    /** InnoDB indexes words of 3 to 84 characters; longer tokens are identifiers or noise. */
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 40;

    static final int TITLE_WEIGHT = 3;
    static final int SUMMARY_WEIGHT = 2;

    private static final Set<String> STOPWORDS = loadStopwords();

    private static final Comparator<Map.Entry<String, Double>> HIGHEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private Terms() {
    }

    /** The normalised words of {@code text} in order, repeats included. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int codePoint = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(codePoint)) {
                token.appendCodePoint(codePoint);
            }
            else if (!token.isEmpty()) {
                String word = normalise(token.toString());
                if (word != null) {
                    words.add(word);
                }
                token.setLength(0);
            }
            i += Character.charCount(codePoint);
        }
        return words;
    }

    /**
     * The word in its stored form, or {@code null} when it says nothing about a topic: too short or too long,
     * a number, or a stop word.
     */
    static String normalise(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_LENGTH || lower.length() > MAX_LENGTH || STOPWORDS.contains(lower)
                || lower.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String folded = foldPlural(lower);
        return folded.length() < MIN_LENGTH || STOPWORDS.contains(folded) ? null : folded;
    }

    /**
     * The first step of Porter's stemmer, plural endings only, with "ies" → "y": consistent rather than
     * linguistically right ("indexes" → "indexe"), which is all matching needs.
     */
    static String foldPlural(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Word counts of an article, title words counting three times and summary words twice. */
    static Map<String, Integer> weightedCounts(String title, String summary, String body) {
        Map<String, Integer> counts = new HashMap<>();
        words(title).forEach(w -> counts.merge(w, TITLE_WEIGHT, Integer::sum));
        words(summary).forEach(w -> counts.merge(w, SUMMARY_WEIGHT, Integer::sum));
        words(body).forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    /** The {@code limit} most frequent words: the article's vocabulary, whose document frequencies are kept. */
    static List<String> vocabulary(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().doubleValue()))
                .sorted(HIGHEST_FIRST).limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * The {@code limit} most distinctive words by tf-idf: frequent here, rare elsewhere. A word missing from
     * {@code documentFrequencies} counts as appearing in this document only.
     *
     * @param documents the number of documents the frequencies were counted over
     */
    static List<String> distinctive(Map<String, Integer> counts, Map<String, Integer> documentFrequencies,
            int documents, int limit) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((word, count) -> weights.put(word,
                count * idf(documentFrequencies.getOrDefault(word, 1), documents)));
        return weights.entrySet().stream().sorted(HIGHEST_FIRST).limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Smoothed inverse document frequency, positive even for a word that every document has. */
    static double idf(int documentFrequency, int documents) {
        return Math.log(1.0 + (double) Math.max(documents, 1) / Math.max(documentFrequency, 1));
    }

    /** The distinct normalised words of a title, in order, joined by spaces. */
    static String titleTerms(String title) {
        return String.join(" ", new LinkedHashSet<>(words(title)));
    }

    /** A "more like this" query: the title's words followed by the distinctive terms, each once. */
    static String query(String titleTerms, String terms) {
        Set<String> words = new LinkedHashSet<>();
        words.addAll(split(titleTerms));
        words.addAll(split(terms));
        return String.join(" ", words);
    }

    /**
     * The words of a query that fit a budget of postings, in their order: each word costs its document frequency
     * (1 when unknown), and the rarest are taken first. FULLTEXT reads every posting of every word it is given, so
     * this bounds the cost of a "more like this" query whatever the corpus; the words left out are the commonest,
     * which say least about what is related.
     */
    static List<String> withinPostings(List<String> words, Map<String, Integer> documentFrequencies, int budget) {
        Set<String> kept = new HashSet<>();
        long spent = 0;
        for (String word : words.stream().sorted(Comparator.comparingInt(w -> cost(w, documentFrequencies))).toList()) {
            int cost = cost(word, documentFrequencies);
            if (spent + cost > budget) {
                break;
            }
            kept.add(word);
            spent += cost;
        }
        return words.stream().filter(kept::contains).toList();
    }

    private static int cost(String word, Map<String, Integer> documentFrequencies) {
        return Math.max(1, documentFrequencies.getOrDefault(word, 1));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.strip().split(" +"));
    }

    private static Set<String> loadStopwords() {
        try {
            String text = new ClassPathResource("recommendation/stopwords.txt").getContentAsString(StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
