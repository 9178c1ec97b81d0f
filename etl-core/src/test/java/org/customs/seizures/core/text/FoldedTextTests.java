package org.customs.seizures.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTests {

    @Test
    void removesAccentsAndLowersCase() {
        assertThat(FoldedText.fold("Côte D'IVOIRE")).isEqualTo("cote d ivoire");
        assertThat(FoldedText.fold("Écailles de PANGOLÍN")).isEqualTo("ecailles de pangolin");
        assertThat(FoldedText.fold("Türkiye")).isEqualTo("turkiye");
    }

    @Test
    void turnsPunctuationIntoSingleSpaces() {
        assertThat(FoldedText.fold("  cu.m. ")).isEqualTo("cu m");
        assertThat(FoldedText.fold("R.-U.")).isEqualTo("r u");
        assertThat(FoldedText.fold("Côte d’Ivoire")).isEqualTo(FoldedText.fold("Cote d'Ivoire"));
        assertThat(FoldedText.fold("beche-de-mer / (dried)")).isEqualTo("beche de mer dried");
    }

    @Test
    void foldsSuperscriptThreeLikeADigit() {
        assertThat(FoldedText.fold("m³")).isEqualTo("m3");
        assertThat(FoldedText.fold("dm³")).isEqualTo(FoldedText.fold("DM3"));
    }

    @Test
    void treatsNonBreakingSpacesAsSpacesAndDropsZeroWidthOnes() {
        assertThat(FoldedText.fold("Viet\u00A0Nam\u00A0")).isEqualTo("viet nam");
        assertThat(FoldedText.fold("Viet\u202FNam")).isEqualTo("viet nam");
        assertThat(FoldedText.fold("\u200BSea")).isEqualTo("sea");
        assertThat(FoldedText.fold("ivo\u200Bry\uFEFF tu\u00ADsks")).isEqualTo("ivory tusks");
    }

    @Test
    void splitsLigaturesAndStrokedLetters() {
        assertThat(FoldedText.fold("Œufs de tortue")).isEqualTo("oeufs de tortue");
        assertThat(FoldedText.fold("bois d'œuvre")).isEqualTo("bois d oeuvre");
        assertThat(FoldedText.fold("Ærø Łódź")).isEqualTo("aero lodz");
    }

    @Test
    void foldsFullWidthLettersToAscii() {
        assertThat(FoldedText.fold("ＫＧＭ")).isEqualTo("kgm");
    }

    @Test
    void foldsNothingToTheEmptyText() {
        assertThat(FoldedText.fold(null)).isEmpty();
        assertThat(FoldedText.fold(" \u00A0\u200B.- ")).isEmpty();
    }

    @Test
    void cleanKeepsCaseAndPunctuationButDropsInvisibleCharacters() {
        assertThat(FoldedText.clean("\u200B A. Officer\u00A0 ")).isEqualTo("A. Officer");
        assertThat(FoldedText.clean("INT-7   B")).isEqualTo("INT-7 B");
        assertThat(FoldedText.clean(null)).isNull();
    }

    @Test
    void foldsPlainAsciiTextAsTheUnicodeStepsWould() {
        // given text of ASCII characters only: upper case, punctuation, control characters, doubled spaces
        String[] texts = {"kg", "ivory tusks", "Ivory  Tusks", " kg", "kg ", "a\tb", "CITES-II (dried)", "12.5 KG",
            "x", "", "--", "9mm", "tab\u0001bed", "no  2", "already folded 42"};
        for (String text : texts) {
            // when
            String folded = FoldedText.fold(text);
            // then
            assertThat(folded).as(text).isEqualTo(foldedStepByStep(text));
        }
    }

    @Test
    void cleanCollapsesOnlyRunsOfSpacesAndTrimsControlCharactersAtTheEnds() {
        assertThat(FoldedText.clean("A. Officer")).isEqualTo("A. Officer");
        assertThat(FoldedText.clean("\u0001A  B\u0001")).isEqualTo("A B");
        assertThat(FoldedText.clean("A\u0001\u0001B")).isEqualTo("A\u0001\u0001B");
        assertThat(FoldedText.clean("A\tB")).isEqualTo("A B");
        assertThat(FoldedText.clean("A \t B")).isEqualTo("A B");
        assertThat(FoldedText.clean("")).isEmpty();
        assertThat(FoldedText.clean("   ")).isEmpty();
    }

    /** The folding steps of reference/README.md, one by one, for text without accents or stroke letters. */
    private static String foldedStepByStep(String text) {
        String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        String lower = nfkc.toLowerCase(java.util.Locale.ROOT);
        return lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
