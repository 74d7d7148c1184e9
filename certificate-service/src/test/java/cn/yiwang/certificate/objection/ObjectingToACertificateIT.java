package cn.yiwang.certificate.objection;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 异议: the holder objects, the issuer corrects (a new version) or rejects with a reason. */
class ObjectingToACertificateIT extends CertificateIntegrationTestBase {

    @Test
    void anUpheldObjectionCorrectsTheCertificateAsANewVersion() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));

        Response raised = api.post("/wallet/" + issued.field("id") + "/objections", citizen(ZHANG_SAN),
                Map.of("field", "discipline", "description", "我的学科门类是农学，不是工学"));
        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.field("status")).isEqualTo("OPEN");
        // The default review time is 15 days (configurable).
        assertThat(Duration.between(Instant.parse(raised.field("raisedAt")), Instant.parse(raised.field("dueAt")))).isEqualTo(Duration.ofDays(15));
        assertThat(api.get("/objections", issuer(MEI_EDUCATION_BUREAU)).json("items").findValuesAsString("id")).contains(raised.field("id"));
        assertThat(api.get("/objections", issuer(MEI_CIVIL_AFFAIRS)).json("items").findValuesAsString("id")).doesNotContain(raised.field("id"));

        Response decided = api.post("/objections/" + raised.field("id") + "/correction", issuer(MEI_EDUCATION_BUREAU),
                Map.of("metadata", Map.of("discipline", "农学"), "reason", "经核实学科门类有误，予以更正"));

        assertThat(decided.field("status")).isEqualTo("CORRECTED");
        assertThat(decided.field("correctedIdentifier")).contains(".002.");
        assertThat(api.get("/verify/" + decided.field("correctedIdentifier"), null).field("genuine")).isEqualTo("true");
        assertThat(api.get("/verify/" + issued.field("identifier"), null).field("genuine")).isEqualTo("false");
        assertThat(api.post("/objections/" + raised.field("id") + "/rejection", issuer(MEI_EDUCATION_BUREAU),
                Map.of("reason", "重复处理")).status()).isEqualTo(409);
    }

    @Test
    void aRejectedObjectionTellsTheHolderWhy() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));
        String objection = api.post("/wallet/" + issued.field("id") + "/objections", citizen(LI_SI),
                Map.of("field", "degree", "description", "应为博士")).field("id");

        api.post("/objections/" + objection + "/rejection", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "学位授予记录为硕士"));

        Response mine = api.get("/wallet/objections", citizen(LI_SI));
        assertThat(mine.json("items").findValuesAsString("decisionReason")).contains("学位授予记录为硕士");
        assertThat(api.get("/" + issued.field("id"), citizen(LI_SI)).field("version")).isEqualTo("1");
    }

    @Test
    void onlyTheHolderObjectsAndOnlyToFieldsTheCertificateHas() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五"));

        assertThat(api.post("/wallet/" + issued.field("id") + "/objections", citizen(ZHANG_SAN),
                Map.of("description", "不是我的")).status()).isEqualTo(404);
        assertThat(api.post("/wallet/" + issued.field("id") + "/objections", citizen(WANG_WU),
                Map.of("field", "salary", "description", "错误")).status()).isEqualTo(422);
    }

    @Test
    void anObjectionLeftUndecidedPastItsReviewTimeShowsAsOverdueToTheIssuer() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五"));
        String objection = api.post("/wallet/" + issued.field("id") + "/objections", citizen(WANG_WU),
                Map.of("field", "institution", "description", "授予单位名称有误")).field("id");
        // Sixteen days later, as far as the stored objection is concerned.
        jdbc.update("UPDATE objection SET raised_at = raised_at - interval '16 days', due_at = due_at - interval '16 days' "
                + "WHERE id = ?::uuid", objection);

        Response queue = api.get("/objections?size=100", issuer(MEI_EDUCATION_BUREAU));

        var item = java.util.stream.StreamSupport.stream(queue.json("items").spliterator(), false)
                .filter(node -> node.get("id").asString().equals(objection)).findFirst().orElseThrow();
        assertThat(item.get("overdue").asBoolean()).isTrue();
        // Oldest first: the most urgent objection leads the queue.
        assertThat(queue.json("items").get(0).get("id").asString()).isEqualTo(objection);
    }
}
