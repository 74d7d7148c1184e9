package cn.yiwang.cases.casefile.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseNumberFormatTest {

    private static final String CODE = "11610326MB2857143R4610300123000";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theDefaultNumberIsTheImplementationCodeTheDateAndASixDigitSequence() {
        String number = new CaseNumberFormat(CaseNumberFormat.DEFAULT).format(CODE, "610326", DAY, 42);

        assertThat(number).isEqualTo(CODE + "20260302000042").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void aLocalLayoutMayUseTheRegionAndSeparators() {
        String number = new CaseNumberFormat("MX-{region}-{date:yyMMdd}-{seq:4}").format(CODE, "610326", DAY, 7);

        assertThat(number).isEqualTo("MX-610326-260302-0007");
    }

    @Test
    void eachItemAndDayHasItsOwnCounter() {
        CaseNumberFormat format = new CaseNumberFormat(CaseNumberFormat.DEFAULT);

        assertThat(format.counterKey(CODE, "610326", DAY)).isNotEqualTo(format.counterKey(CODE, "610326", DAY.plusDays(1)));
    }

    @Test
    void aLayoutWithoutSequenceIsRejectedAtStartup() {
        assertThatThrownBy(() -> new CaseNumberFormat("{code}{date:yyyyMMdd}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberLongerThanTheExchangeStandardAllowsIsNeverIssued() {
        CaseNumberFormat format = new CaseNumberFormat("{code}-{region}-{date:yyyyMMdd}{seq:6}");

        assertThatThrownBy(() -> format.format(CODE, "610326000000", DAY, 1)).isInstanceOf(IllegalStateException.class);
    }
}
