package cn.yiwang.certificate.issuance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFa,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,,\"two\nlines\"";

        assertThat(CsvRows.parse(csv)).containsExactly(
                List.of("a", "b", "c"),
                List.of("1", "x, y", "say \"hi\""),
                List.of("2", "", "two\nlines"));
    }

    @Test
    void aTrailingLineBreakAddsNoEmptyRow() {
        assertThat(CsvRows.parse("a,b\n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }
}
