package cn.yiwang.catalog.codes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.yiwang.catalog.codes.BasicCodeLayout.Check.ALPHANUMERIC;
import static cn.yiwang.catalog.codes.BasicCodeLayout.Check.DIGITS;
import static cn.yiwang.catalog.codes.BasicCodeLayout.Check.ITEM_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasicCodeLayoutTest {

    private static BasicCodeLayout.Segment segment(String name, int length, BasicCodeLayout.Check check) {
        return new BasicCodeLayout.Segment(name, null, length, check);
    }

    @Test
    void theNationalLayoutIsTwelveDigitsWithTheTypeInPositionsThreeAndFour() {
        BasicCodeLayout national = BasicCodeLayout.NATIONAL;
        assertThat(national.length()).isEqualTo(12);
        assertThat(national.isWellFormed("610100100000")).isTrue();
        assertThat(national.isWellFormed("61010010000")).as("11 digits").isFalse();
        assertThat(national.isWellFormed("61010010000A")).as("a letter").isFalse();
        assertThat(national.matchesType("610100100000", ItemType.LICENSING)).isTrue();
        assertThat(national.matchesType("612000100000", ItemType.LICENSING)).isFalse();
        assertThat(national.describe()).isEqualTo("制定地区 2 + 事项类型 2 + 主项 5 + 子项 3");
    }

    @Test
    void aProvinceCanDescribeItsOwnSegments() {
        BasicCodeLayout shaanxi = new BasicCodeLayout(List.of(segment("type", 2, ITEM_TYPE),
                segment("department", 3, ALPHANUMERIC), segment("item", 4, DIGITS)));
        assertThat(shaanxi.length()).isEqualTo(9);
        assertThat(shaanxi.isWellFormed("01SCJ0001")).isTrue();
        assertThat(shaanxi.isWellFormed("01scj0001")).as("lower case").isFalse();
        assertThat(shaanxi.matchesType("20SCJ0001", ItemType.PUBLIC_SERVICE)).isTrue();
        assertThat(shaanxi.matchesType("20SCJ0001", ItemType.LICENSING)).isFalse();
        assertThat(shaanxi.describeByName()).isEqualTo("type 2 + department 3 + item 4");
    }

    @Test
    void aLayoutWithoutATypeSegmentAcceptsAnyTypeOfAWellFormedCode() {
        BasicCodeLayout plain = new BasicCodeLayout(List.of(segment("serial", 8, DIGITS)));
        assertThat(plain.matchesType("00000001", ItemType.RULING)).isTrue();
        assertThat(plain.typeSegmentStart()).isEmpty();
    }

    @Test
    void layoutsThatCannotWorkAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new BasicCodeLayout(List.of()))
                .hasMessageContaining("at least one segment");
        assertThatThrownBy(() -> new BasicCodeLayout(List.of(segment("type", 3, ITEM_TYPE))))
                .hasMessageContaining("segment 0 (type)").hasMessageContaining("must be 2 characters long, not 3");
        assertThatThrownBy(() -> new BasicCodeLayout(List.of(segment("a", 2, DIGITS), segment("a", 2, DIGITS))))
                .hasMessageContaining("segment 1 (a) repeats the name");
        assertThatThrownBy(() -> new BasicCodeLayout(List.of(segment("a", 0, DIGITS))))
                .hasMessageContaining("at least 1 character long");
        assertThatThrownBy(() -> new BasicCodeLayout(List.of(segment("a", 2, null))))
                .hasMessageContaining("has no check");
        assertThatThrownBy(() -> new BasicCodeLayout(List.of(segment("a", 41, DIGITS))))
                .hasMessageContaining("41 characters in all; at most 40");
        assertThatThrownBy(() -> new BasicCodeLayout(List.of(segment("t1", 2, ITEM_TYPE), segment("t2", 2, ITEM_TYPE))))
                .hasMessageContaining("only one segment can repeat the item type");
    }
}
