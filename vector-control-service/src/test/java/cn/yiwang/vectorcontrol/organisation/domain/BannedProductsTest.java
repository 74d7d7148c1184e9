package cn.yiwang.vectorcontrol.organisation.domain;

import cn.yiwang.vectorcontrol.organisation.BannedProductsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Banned pesticides and acute rodenticides (Art. 26, 28) are refused in service records (Art. 29). */
class BannedProductsTest {

    private static final BannedProducts BANNED = BannedProductsReader.readResource("organisation/banned-products.json");

    private static ServiceRecord.ProductUse product(String name, String registration, String ingredient) {
        return new ServiceRecord.ProductUse(name, registration, ingredient, new BigDecimal("0.5"), "kg", new BigDecimal("40"));
    }

    @ParameterizedTest(name = "{0} / {1} is banned")
    @CsvSource({"强力灭鼠药, 毒鼠强", "Rat killer, Tetramine", "灭鼠饵剂, 氟乙酰胺", "杀虫粉, DDT", "Bait, sodium  fluoroacetate"})
    void acuteRodenticidesAndBannedPesticidesAreRecognisedByAnyOfTheirNames(String productName, String ingredient) {
        assertThat(BANNED.bannedIn(productName, ingredient)).isPresent();
    }

    @Test
    void aRegisteredAnticoagulantBaitIsAllowed() {
        assertThat(BANNED.bannedIn("溴敌隆毒饵", "溴敌隆 0.005%")).isEmpty();
        assertThat(BANNED.registrationNumberAccepted("WP20120034")).isTrue();
    }

    @Test
    void aServiceRecordWithABannedRodenticideIsRefusedNamingTheProductAndTheArticle() {
        assertThatThrownBy(() -> ServiceRecord.record(UUID.randomUUID(), null, "91610326MA6X00001B", "首善农贸市场",
                LocalDate.of(2026, 5, 6), List.of("RAT"),
                List.of(product("溴敌隆毒饵", "WP20120034", "溴敌隆"), product("三步倒", "WP20990001", "毒鼠强")),
                new BigDecimal("200"), BANNED, Instant.now()))
                .isInstanceOfSatisfying(ServiceRecord.RefusedProductsException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.position()).isEqualTo(1);
                            assertThat(problem.code()).isEqualTo(ServiceRecord.ProductProblem.BANNED);
                            assertThat(problem.subject()).isEqualTo("毒鼠强");
                            assertThat(problem.basis()).contains("Art. 28");
                        }));
    }

    @Test
    void aProductWithoutAValidRegistrationNumberIsRefused() {
        assertThat(ServiceRecord.check(List.of(product("无名杀虫剂", "无", "高效氯氰菊酯")), BANNED))
                .extracting(ServiceRecord.ProductProblem::code).containsExactly(ServiceRecord.ProductProblem.UNREGISTERED);
    }

    @Test
    void aCompliantRecordTotalsTheServiceAndTheProducts() {
        ServiceRecord record = ServiceRecord.record(UUID.randomUUID(), null, "91610326MA6X00001B", "首善农贸市场",
                LocalDate.of(2026, 5, 6), List.of("RAT", "COCKROACH"),
                List.of(product("溴敌隆毒饵", "WP20120034", "溴敌隆"), product("杀蟑胶饵", "WP20150012", "吡虫啉")),
                new BigDecimal("200"), BANNED, Instant.now());
        assertThat(record.totalPrice()).isEqualByComparingTo("280");
    }
}
