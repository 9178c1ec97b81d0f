package org.customs.seizures.jobs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SenderFeedbackTests {

    @Test
    void namesTheWorkbookAfterTheFileWithoutItsExtension() {
        assertThat(SenderFeedback.workbookName("FRA_2019-06.xls", new HashSet<>())).isEqualTo("FRA_2019-06-feedback.xlsx");
    }

    @Test
    void keepsTheExtensionWhenAnotherFileOfTheRunHasTheSameName() {
        // given
        Set<String> taken = new HashSet<>();
        SenderFeedback.workbookName("KEN_2019-02.csv", taken);

        // when
        String second = SenderFeedback.workbookName("KEN_2019-02.xlsx", taken);

        // then
        assertThat(second).isEqualTo("KEN_2019-02_xlsx-feedback.xlsx");
    }
}
