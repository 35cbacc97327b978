package io.quire.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quire.search.SearchTerms.TokenSizes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Words found in so many articles that looking for them in whole articles costs far more than it tells. InnoDB
 * reads a word's whole posting list for every FULLTEXT query: at 100k articles a word in most of them costs 0.15 to
 * 0.2 s of database time per search, while its weight in the ranking (the square of log(total / matching)) is next
 * to nothing. Search looks for such words in titles only. Which words they are is estimated from an even sample of
 * the indexed documents, on each instance, shortly after start and then every
 * {@code quire.search.common-words.refresh}; until then no word is common. An index smaller than
 * {@code quire.search.common-words.min-articles} has none, so small sites search as before.
 */
@Component
class CommonWords {

    private static final Logger log = LoggerFactory.getLogger(CommonWords.class);
    /** Documents read per statement while sampling: a few megabytes of text at most. */
    private static final int BATCH = 50;

    private final SearchIndex index;
    private final long minArticles;
    private final int sampleSize;
    private volatile Set<String> common = Set.of();

    CommonWords(SearchIndex index, @Value("${quire.search.common-words.min-articles:10000}") long minArticles,
            @Value("${quire.search.common-words.sample:2000}") int sampleSize) {
        this.index = index;
        this.minArticles = minArticles;
        this.sampleSize = sampleSize;
    }

    /** Whether {@code word} (as typed; case is folded) is in at least the configured number of articles. */
    boolean isCommon(String word) {
        return common.contains(Highlighter.fold(word));
    }

    @Scheduled(initialDelayString = "${quire.search.common-words.initial-delay:PT20S}",
            fixedDelayString = "${quire.search.common-words.refresh:PT1H}")
    void refresh() {
        long started = System.nanoTime();
        List<Long> ids = index.documentIds();
        if (ids.size() < minArticles) {
            common = Set.of();
            return;
        }
        List<Long> sample = evenSample(ids, sampleSize);
        Map<String, Integer> documentsWith = new HashMap<>();
        TokenSizes sizes = index.tokenSizes();
        for (int from = 0; from < sample.size(); from += BATCH) {
            index.texts(sample.subList(from, Math.min(sample.size(), from + BATCH)),
                    text -> distinctWords(text, sizes).forEach(word -> documentsWith.merge(word, 1, Integer::sum)));
        }
        common = commonAmong(documentsWith, sample.size(), ids.size(), minArticles);
        log.info("Common words: {} of {} in a sample of {} articles are in at least {} of {} articles ({} ms)",
                common.size(), documentsWith.size(), sample.size(), minArticles, ids.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** {@code size} ids spread evenly over all of them (all of them if there are fewer). */
    static List<Long> evenSample(List<Long> ids, int size) {
        if (ids.size() <= size) {
            return ids;
        }
        List<Long> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(ids.get((int) ((long) i * ids.size() / size)));
        }
        return sample;
    }

    /** The words whose share of the sample, scaled to all articles, reaches {@code minArticles}. */
    static Set<String> commonAmong(Map<String, Integer> documentsWith, int sampled, long total, long minArticles) {
        return documentsWith.entrySet().stream()
                .filter(entry -> (double) entry.getValue() / sampled * total >= minArticles)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The indexable words of one document, folded, each once: split as {@link SearchTerms} splits. */
    static Collection<String> distinctWords(String text, TokenSizes sizes) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (SearchTerms.isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            }
            else if (start >= 0) {
                String word = text.substring(start, i);
                int length = word.codePointCount(0, word.length());
                if (length >= sizes.min() && length <= sizes.max()) {
                    words.add(Highlighter.fold(word));
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return words;
    }
}
