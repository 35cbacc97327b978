package io.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTests {

    @Test
    void tellsThreeWordsFromFourAtTheSuggestionMinimum() {
        assertThat(WordCounter.count("Fix this typo")).isEqualTo(3);
        assertThat(WordCounter.count("Fix this typo, please")).isEqualTo(4);
    }

    @Test
    void countsNothingInBlankOrMissingText() {
        assertThat(WordCounter.count(null)).isZero();
        assertThat(WordCounter.count("")).isZero();
        assertThat(WordCounter.count(" \n\t\u00A0\u3000 ")).isZero();
    }

    @Test
    void doesNotCountPunctuationOnItsOwn() {
        assertThat(WordCounter.count("-- ... !!! ??? — * & ( ) 「」")).isZero();
        assertThat(WordCounter.count("Well , this - is . odd")).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"don't|1", "e-mail|1", "rock’n’roll|1", "foo.bar()|1",
            "System.out.println(\"hi\");|1", "x->x*2|1", "src/main/java|1", "https://example.com/a?b=c|1",
            "3.14|1", "$5|1", "#42|1", "C++|1", "yes—no|2", "wait…what|2"})
    void countsJoinedTokensAsOneWord(String text, int words) {
        assertThat(WordCounter.count(text)).isEqualTo(words);
    }

    @Test
    void countsCodeByWhitespaceSeparatedTokens() {
        assertThat(WordCounter.count("int total = a + b;")).isEqualTo(4);
        assertThat(WordCounter.count("list.stream().map(String::trim).toList()")).isEqualTo(1);
    }

    @Test
    void countsEachChineseOrJapaneseCharacterAsAWord() {
        assertThat(WordCounter.count("日本語を勉強する")).isEqualTo(8);
        assertThat(WordCounter.count("我爱你。")).isEqualTo(3);
        assertThat(WordCounter.count("カタカナ")).isEqualTo(4);
        assertThat(WordCounter.count("コーヒー")).isEqualTo(2);
        assertThat(WordCounter.count("Java入門")).isEqualTo(3);
    }

    @Test
    void countsCyrillicGreekAndKoreanBySpaces() {
        assertThat(WordCounter.count("Привет, как дела?")).isEqualTo(3);
        assertThat(WordCounter.count("Καλημέρα κόσμε")).isEqualTo(2);
        assertThat(WordCounter.count("안녕하세요 세계")).isEqualTo(2);
    }

    @Test
    void countsThaiByWhitespaceBecauseItsWordsNeedADictionary() {
        assertThat(WordCounter.count("สวัสดีครับ ยินดีต้อนรับ")).isEqualTo(2);
    }

    @Test
    void doesNotCountEmojiAsWords() {
        assertThat(WordCounter.count("👍 🎉 🇺🇸")).isZero();
        assertThat(WordCounter.count("great 👍 work")).isEqualTo(2);
        assertThat(WordCounter.count("great👍")).isEqualTo(1);
    }

    @Test
    void countsAccentedAndCombiningLettersOnce() {
        assertThat(WordCounter.count("Cafe\u0301 naïve")).isEqualTo(2);
    }
}
