package cn.yiwang.certificate.wallet;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The wallet and 亮证: a one-time QR code that a verifier scans. */
class ShowingOnPhoneIT extends CertificateIntegrationTestBase {

    @Test
    void theWalletListsTheHoldersOwnCertificatesOnly() {
        String mine = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五")).field("identifier");
        String theirs = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四")).field("identifier");

        Response wallet = api.get("/wallet?size=100", citizen(WANG_WU));

        assertThat(wallet.json("items").findValuesAsString("identifier")).contains(mine).doesNotContain(theirs);
        assertThat(wallet.json("items").findValuesAsString("idNumber")).containsOnly(WANG_WU);
    }

    @Test
    void aScannedCodeShowsTheChosenFieldsOnceAndThenNoMore() throws Exception {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");

        Response shown = api.post("/wallet/" + id + "/displays", citizen(ZHANG_SAN), Map.of("fields", List.of("holderName", "degree")));

        assertThat(shown.status()).isEqualTo(201);
        assertThat(Instant.parse(shown.field("expiresAt"))).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(70));
        String scanned = decodeQr(shown.field("image"));
        assertThat(scanned).isEqualTo(shown.field("qrContent"));

        Response first = api.post("/verify", null, Map.of("qrContent", scanned));
        assertThat(first.field("genuine")).isEqualTo("true");
        assertThat(first.field("certificate.holderName")).isEqualTo("张三");
        assertThat(first.field("shown.degree")).isEqualTo("硕士");
        assertThat(first.json("shown").has("institution")).isFalse();

        assertThat(api.get("/wallet/access-log", citizen(ZHANG_SAN)).json("items").findValuesAsString("purpose")).contains("亮证核验");

        Response second = api.post("/verify", null, Map.of("qrContent", scanned));
        assertThat(second.field("genuine")).isEqualTo("false");
        assertThat(second.json("reasons").findValuesAsString("code")).containsExactly("token-used");
        assertThat(second.field("certificate")).isNull();
    }

    @Test
    void aCodeScannedAfterItsMinuteIsRefused() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");
        Response shown = api.post("/wallet/" + id + "/displays", citizen(ZHANG_SAN), Map.of("fields", List.of()));
        // Sixty-one seconds later, as far as the stored token is concerned.
        jdbc.update("UPDATE display_token SET expires_at = expires_at - ?::interval, created_at = created_at - ?::interval "
                + "WHERE used_at IS NULL", Duration.ofSeconds(61).toSeconds() + " seconds", "61 seconds");

        Response late = api.post("/verify", null, Map.of("qrContent", shown.field("qrContent")));

        assertThat(late.field("genuine")).isEqualTo("false");
        assertThat(late.json("reasons").findValuesAsString("code")).containsExactly("token-expired");
    }

    @Test
    void onlyTheHolderCanShowACertificateAndOnlyItsOwnFields() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");

        assertThat(api.post("/wallet/" + id + "/displays", citizen(LI_SI), Map.of()).status()).isEqualTo(404);
        Response unknownField = api.post("/wallet/" + id + "/displays", citizen(ZHANG_SAN), Map.of("fields", List.of("salary")));
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(api.post("/verify", null, Map.of("qrContent", "YWZZ1:made-up")).json("reasons").findValuesAsString("code"))
                .containsExactly("token-unknown");
    }

    @Test
    void anAccountWithoutAHolderHasNoWallet() {
        assertThat(api.get("/wallet", issuer(MEI_EDUCATION_BUREAU)).status()).isEqualTo(403);
    }

    private static String decodeQr(String dataUrl) throws Exception {
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        return QrCodesTest.scan(Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length())));
    }
}
