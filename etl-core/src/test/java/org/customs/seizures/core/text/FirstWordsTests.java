package org.customs.seizures.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FirstWordsTests {

    private static final List<String> TEXTS = List.of("total", "sub total", "grand total", "n dossier", "unit",
            "x1");
    private static final FirstWords WORDS = FirstWords.of(TEXTS);

    @ParameterizedTest
    @ValueSource(strings = {"FR-2019-0001", "ivory", "Cigarettes (cartons)", "totally", "subtotal", "grandes",
            "12 kg", "x", "x12", "   Found in a lorry", "Units délivrées", "Nigéria", "Unite\u0301", "Cameroun\u00A0"})
    void tellsFirstWordsThatAreNoneOfTheWordsFromTheirAsciiStart(String raw) {
        assertThat(WORDS.mayStart(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Total", "  TOTAL:", "(Sub-total)", "Sub total", "GRAND TOTAL", "grand-prix", "N° dossier",
            "N/A", "unit (kg)", "X1 = y", "\tTotal\n"})
    void mayStartATextWhoseFirstWordIsOneOfTheWordsWhateverItsCaseAndPunctuation(String raw) {
        assertThat(WORDS.mayStart(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ｔotal", "\u200BCR-1", "Nº affaire", "ﬁle", "Éclat", "\u00A0ivory", "Unité", "Gr\u00E4nd", "Sub\u00A0total",
            "Tota\u200Bl", "N° dossier"})
    void answersMayWhenTheFirstWordStartsBeyondAsciiOrItsAsciiStartStartsAWord(String raw) {
        assertThat(WORDS.mayStart(raw)).isTrue();
    }

    @Test
    void answersNoForTextsWithoutLettersUnlessOneOfTheTextsFoldsToNothing() {
        // given
        FirstWords withEmpty = FirstWords.of(List.of("total", ""));
        // when / then
        assertThat(WORDS.mayStart("--- / ---")).isFalse();
        assertThat(WORDS.mayStart("")).isFalse();
        assertThat(WORDS.mayStart(null)).isFalse();
        assertThat(withEmpty.mayStart("--- / ---")).isTrue();
        assertThat(withEmpty.mayStart(null)).isTrue();
    }

    @Test
    void neverSaysNoToATextWhoseFoldedFirstWordIsOneOfTheWords() {
        // given: random texts mixing ASCII, accents, combining marks, full-width and ligature letters,
        // invisible characters and odd spaces around the words' own letters
        Set<String> firstWords = Set.of("total", "sub", "grand", "n", "unit", "x1");
        String[] pieces = {"t", "o", "T", "a", "l", "L", "s", "u", "b", "g", "r", "n", "N", "d", "i", "x", "1", "X",
                " ", "-", ":", "(", "°", "º", "é", "\u0301", "Ｔ", "ﬁ", "\u200B", "\u00A0", "\u00AD", "ı", "K", "ß",
                "total", "unit", "sub", "grand", "\t", "\n", "\u0001"};
        Random random = new Random(20_240_601);
        int refusals = 0;
        List<String> wronglyRefused = new ArrayList<>();
        for (int n = 0; n < 40_000; n++) {
            StringBuilder raw = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = raw.toString();
            String folded = FoldedText.fold(text);
            String firstWord = folded.isEmpty() ? "" : folded.split(" ")[0];
            // when
            boolean may = WORDS.mayStart(text);
            // then
            if (!may) {
                refusals++;
                if (firstWords.contains(firstWord)) {
                    wronglyRefused.add(text + " (folded: " + folded + ")");
                }
            }
        }
        assertThat(wronglyRefused).isEmpty();
        assertThat(refusals).as("the test tells some texts apart").isGreaterThan(2_000);
    }
}
