package cn.yiwang.common.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventNamesTest {

    @Test
    void aTopicIsServiceAggregateAndMajorVersion() {
        assertThat(EventNames.topic("cases", "case", 1)).isEqualTo("cases.case.v1");
        assertThat(EventNames.topic("vectorcontrol", "complaint", 2)).isEqualTo("vectorcontrol.complaint.v2");
    }

    @Test
    void anEventTypeIsPrefixedWithThePlatformAndCarriesTheMajorVersion() {
        assertThat(EventNames.type("case", "concluded", 1)).isEqualTo("yiwang.case.concluded.v1");
    }

    @Test
    void namesWithCapitalsSeparatorsOrNoVersionAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventNames.topic("Cases", "case", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> EventNames.topic("vector-control", "complaint", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> EventNames.type("case", "case.concluded", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> EventNames.type("case", "concluded", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> EventNames.type("case", null, 1));
    }

    @Test
    void conventionalNamesAreRecognised() {
        assertThat(EventNames.isTopic("certificate.certificate.v1")).isTrue();
        assertThat(EventNames.isTopic("certificate.certificate")).isFalse();
        assertThat(EventNames.isType("yiwang.certificate.issued.v1")).isTrue();
        assertThat(EventNames.isType("certificate.issued.v1")).isFalse();
        assertThat(EventNames.isTopic(CaseConcluded.TOPIC)).isTrue();
        assertThat(EventNames.isType(CaseConcluded.TYPE)).isTrue();
    }
}
