package cn.yiwang.vectorcontrol.place.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Breeding sites (Art. 16): remediation by a deadline, closed only by a re-check. */
class BreedingSiteTest {

    private static final LocalDate FOUND = LocalDate.of(2026, 5, 4);

    private static BreedingSite tyres() {
        return BreedingSite.found("610326", null, BreedingSiteType.DISCARDED_TYRES, "渭河滩废品点", "cdc-mei", "cdc-monitor",
                FOUND, FOUND.plusDays(7));
    }

    @Test
    void reportingRemediationDoesNotCloseASiteOnlyAClearedRecheckDoes() {
        BreedingSite site = tyres();
        site.reportRemediated("轮胎已清运");
        assertThat(site.status()).isEqualTo(BreedingSiteStatus.REMEDIATION_REPORTED);

        site.recheck(true, "aiwei-mei", FOUND.plusDays(8), null);

        assertThat(site.status()).isEqualTo(BreedingSiteStatus.CLOSED);
        assertThat(site.overdueOn(FOUND.plusDays(30))).isFalse();
    }

    @Test
    void aFailedRecheckReopensTheSiteWithANewDeadline() {
        BreedingSite site = tyres();
        site.reportRemediated("轮胎已清运");

        site.recheck(false, "aiwei-mei", FOUND.plusDays(8), FOUND.plusDays(15));

        assertThat(site.status()).isEqualTo(BreedingSiteStatus.OPEN);
        assertThat(site.deadline()).isEqualTo(FOUND.plusDays(15));
    }

    @Test
    void aSiteIsOverdueTheDayAfterItsDeadlineNotOnIt() {
        BreedingSite site = tyres();
        assertThat(site.overdueOn(FOUND.plusDays(7))).isFalse();
        assertThat(site.overdueOn(FOUND.plusDays(8))).isTrue();
    }

    @Test
    void aSiteReportedRemediatedIsStillOverdueUntilARecheckClearsIt() {
        BreedingSite site = tyres();
        site.reportRemediated("已清理");
        assertThat(site.overdueOn(FOUND.plusDays(8))).isTrue();
    }

    @Test
    void aDeadlineBeforeTheFindingIsRefused() {
        assertThatThrownBy(() -> BreedingSite.found("610326", null, BreedingSiteType.STAGNANT_WATER, "x", "a", "b",
                FOUND, FOUND.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedSiteTakesNoFurtherRecheck() {
        BreedingSite site = tyres();
        site.recheck(true, "aiwei-mei", FOUND.plusDays(1), null);
        assertThatThrownBy(() -> site.recheck(false, "x", FOUND.plusDays(2), FOUND.plusDays(9)))
                .isInstanceOf(IllegalStateException.class);
    }
}
