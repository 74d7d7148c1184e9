package cn.yiwang.common.idempotency;

import cn.yiwang.common.idempotency.IdempotentSubmissions.Ledger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTest {

    @Test
    void aLedgerNamesAPlainTableAndColumn() {
        Ledger ledger = new Ledger("ticket_request", "ticket_id", "hotline.idempotency.reused");

        assertThat(ledger.table()).isEqualTo("ticket_request");
        assertThat(ledger.filedColumn()).isEqualTo("ticket_id");
    }

    @Test
    void aLedgerNameThatWouldChangeTheStatementIsRefused() {
        assertThatThrownBy(() -> new Ledger("ticket_request; drop table ticket", "ticket_id", "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ledger("ticket_request", "ticket_id = ticket_id or true", "k"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
