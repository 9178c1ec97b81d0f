package org.customs.seizures.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMemoTests {

    @Test
    void answersARepeatedTextOnceAndTheSameEachTime() {
        // given
        List<String> asked = new ArrayList<>();
        TextMemo<String> memo = new TextMemo<>(text -> {
            asked.add(text);
            return FoldedText.fold(text);
        }, 10, 20);
        // when
        String first = memo.get("Ivory TUSKS");
        String second = memo.get("Ivory TUSKS");
        // then
        assertThat(first).isEqualTo("ivory tusks").isEqualTo(second);
        assertThat(asked).containsExactly("Ivory TUSKS");
    }

    @Test
    void neverKeepsMoreThanItsCapacityNorLongTexts() {
        // given
        List<String> asked = new ArrayList<>();
        TextMemo<Integer> memo = new TextMemo<>(text -> {
            asked.add(text);
            return text == null ? -1 : text.length();
        }, 2, 5);
        // when
        memo.get("a");
        memo.get("bb");
        memo.get("ccc"); // full: forgets a and bb
        memo.get("a");
        memo.get("longer than five");
        memo.get("longer than five");
        // then
        assertThat(memo.get(null)).isEqualTo(-1);
        assertThat(asked).containsExactly("a", "bb", "ccc", "a", "longer than five", "longer than five", null);
    }
}
