package cn.yiwang.common.test;

import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorisationMatrixTest {

    private static final String HEADER = "| operation | " + String.join(" | ", AuthorisationMatrix.COLUMNS) + " | notes |\n"
            + "|---|" + "---|".repeat(AuthorisationMatrix.COLUMNS.size()) + "---|\n";

    private static String row(String operation, String cell, String note) {
        return "| " + operation + " | " + String.join(" | ", Collections.nCopies(AuthorisationMatrix.COLUMNS.size(), cell))
                + " | " + note + " |\n";
    }

    @Test
    void aReviewerReadsOneRowPerOperationWithTheAccessOfEveryRole() {
        AuthorisationMatrix matrix = AuthorisationMatrix.parse("m.md", "# Legend\n\n| cell | meaning |\n|---|---|\n"
                + "| `deny` | refused |\n\n" + HEADER + row("GET /api/v1/cases/{id}", "own", "") + row("POST /api/v1/cases", "deny", ""));

        assertThat(matrix.rows()).containsOnlyKeys("GET /api/v1/cases/{id}", "POST /api/v1/cases");
        assertThat(matrix.rows().get("POST /api/v1/cases").cells().get("ops")).isEqualTo(AuthorisationMatrix.Access.DENY);
        assertThat(matrix.rows().get("GET /api/v1/cases/{id}").method()).isEqualTo("GET");
    }

    @Test
    void aHeaderThatDoesNotNameEveryRoleInOrderIsRefused() {
        String withoutService = HEADER.replace(" | service |", " |");

        assertThatThrownBy(() -> AuthorisationMatrix.parse("m.md", withoutService))
                .hasMessageContaining("the header must name exactly");
    }

    @Test
    void aMistypedCellIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> AuthorisationMatrix.parse("m.md", HEADER + row("GET /x", "alow", "")))
                .hasMessageContaining("m.md line 3").hasMessageContaining("unknown cell 'alow'");
    }

    @Test
    void aKnownGapWithoutANoteSayingWhatIsWrongIsRefused() {
        assertThatThrownBy(() -> AuthorisationMatrix.parse("m.md", HEADER + row("GET /x", "gap", "")))
                .hasMessageContaining("a gap needs a note");
    }

    @Test
    void anOperationListedTwiceIsRefused() {
        assertThatThrownBy(() -> AuthorisationMatrix.parse("m.md", HEADER + row("GET /x", "allow", "") + row("GET /x", "deny", "")))
                .hasMessageContaining("GET /x listed twice");
    }

    @Test
    void theRetiredLateCellIsRefusedWithAPointerToTheRoleGate() {
        assertThatThrownBy(() -> AuthorisationMatrix.parse("m.md", HEADER + row("POST /x", "late", "")))
                .hasMessageContaining("unknown cell 'late'").hasMessageContaining("@CallableBy");
    }
}
