package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import org.junit.jupiter.api.Test;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 归集: an issuer's old register imported as JSON lines, with a report per line, idempotently. */
class ImportingHistoricalCertificatesIT extends CertificateIntegrationTestBase {

    static final String FILE = String.join("\n",
            "{\"typeCode\":\"" + DEGREE + "\",\"serial\":\"H2015000123\",\"issuedAt\":\"2015-07-01T02:00:00Z\",\"validFrom\":\"2015-07-01\","
                    + "\"holder\":{\"idType\":\"111\",\"idNumber\":\"" + WANG_WU + "\",\"name\":\"王五\"},"
                    + "\"metadata\":{\"name\":\"王五\",\"degree\":\"学士\",\"discipline\":\"工学\",\"institution\":\"西安交通大学\",\"awardedOn\":\"2015-07-01\"}}",
            "{\"typeCode\":\"" + DEGREE + "\",\"serial\":\"H2015000124\",\"holder\":{\"idType\":\"111\",\"idNumber\":\"610326199001011234\",\"name\":\"张三\"},"
                    + "\"metadata\":{\"name\":\"张三\",\"degree\":\"学士\",\"discipline\":\"工学\",\"institution\":\"西安交通大学\",\"awardedOn\":\"2015-07-01\"}}",
            "not json at all",
            "");

    @Test
    void eachLineIsReportedAndImportingTheSameFileAgainChangesNothing() {
        String token = issuer(MEI_EDUCATION_BUREAU);

        Response first = api.postRaw("/imports", token, "application/x-ndjson", FILE);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.field("imported")).isEqualTo("1");
        assertThat(first.field("rejected")).isEqualTo("2");
        assertThat(first.json("lines").get(0).get("outcome").asString()).isEqualTo("IMPORTED");
        String identifier = first.json("lines").get(0).get("identifier").asString();
        assertThat(identifier).contains(".H2015000123.001.");
        assertThat(first.json("lines").get(1).get("errors").findValuesAsString("field")).containsExactly("holder.idNumber");
        assertThat(first.json("lines").get(2).get("line").asInt()).isEqualTo(3);

        Response again = api.postRaw("/imports", token, "application/x-ndjson", FILE);

        assertThat(again.field("imported")).isEqualTo("0");
        assertThat(again.field("unchanged")).isEqualTo("1");
        assertThat(again.json("lines").get(0).get("identifier").asString()).isEqualTo(identifier);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM certificate WHERE serial = 'H2015000123'", Integer.class)).isEqualTo(1);
        // An imported certificate is sealed and verifiable like any other.
        assertThat(api.get("/verify/" + identifier, null).field("genuine")).isEqualTo("true");
    }

    @Test
    void aReImportWithDifferentDataForTheSameSerialIsRejectedNotOverwritten() {
        String token = issuer(MEI_CIVIL_AFFAIRS);
        String line = "{\"typeCode\":\"111000000000000065001\",\"serial\":\"J2019000777\",\"validFrom\":\"2019-05-20\","
                + "\"holder\":{\"idType\":\"111\",\"idNumber\":\"" + LI_SI + "\",\"name\":\"李四\"},"
                + "\"metadata\":{\"holderName\":\"李四\",\"spouseName\":\"赵六\",\"registeredOn\":\"2019-05-20\",\"registrationAuthority\":\"眉县民政局\"}}";
        api.postRaw("/imports", token, "application/x-ndjson", line);

        Response changed = api.postRaw("/imports", token, "application/x-ndjson", line.replace("赵六", "钱七"));

        assertThat(changed.field("rejected")).isEqualTo("1");
        assertThat(changed.json("lines").get(0).get("errors").findValuesAsString("code")).containsExactly("conflict");
        assertThat(api.get("/wallet", citizen(LI_SI)).text()).contains("赵六").doesNotContain("钱七");
    }

    @Test
    void onlyIssuingBodiesImport() {
        assertThat(api.postRaw("/imports", citizen(WANG_WU), "application/x-ndjson", FILE).status()).isEqualTo(403);
    }

    @Test
    void aFileInAnotherFormatIsUnsupportedForAnIssuerButForbiddenToAnyoneElse() {
        Response issuerSendsJson = api.postRaw("/imports", issuer(MEI_EDUCATION_BUREAU), "application/json", "[]");
        assertThat(issuerSendsJson.status()).isEqualTo(415);
        assertThat(issuerSendsJson.field("type")).isEqualTo("urn:yiwang:problem:unsupported-media-type");

        Response citizenSendsJson = api.postRaw("/imports", citizen(WANG_WU), "application/json", "[]");
        assertThat(citizenSendsJson.status()).isEqualTo(403);
        assertThat(citizenSendsJson.field("type")).isEqualTo("urn:yiwang:problem:forbidden");
        assertThat(api.postRaw("/imports", citizen(WANG_WU), "not a media type", "[]").status()).isEqualTo(403);
        assertThat(api.postRaw("/imports", issuer(MEI_EDUCATION_BUREAU), "not a media type", "[]").status()).isEqualTo(415);
    }

    @Test
    void aCsvExportOfAnOldRegisterImportsWithTheSameReportAndIdempotence() {
        String csv = "typeCode,serial,holderIdType,holderIdNumber,holderName,validFrom,metadata.owner,metadata.location,"
                + "metadata.unitNumber,metadata.rightType,metadata.usage,metadata.area\r\n"
                + "111000000000000078001,R2016000031,111," + ZHANG_SAN + ",张三,2016-04-01,张三,\"眉县首善镇中街12号，3单元\","
                + "610326001001GB00001F00010001,国有建设用地使用权/房屋所有权,住宅,98.6\r\n"
                + "111000000000000078001,R2016000032,111," + ZHANG_SAN + ",张三,2016-04-01,张三,眉县,,,住宅,很大\r\n";
        String token = issuer(MEI_CIVIL_AFFAIRS);

        Response first = api.postRaw("/imports", token, "text/csv", csv);
        Response again = api.postRaw("/imports", token, "text/csv", csv);

        assertThat(first.field("imported")).isEqualTo("1");
        assertThat(first.json("lines").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(first.json("lines").get(1).get("errors").findValuesAsString("field"))
                .contains("metadata.unitNumber", "metadata.rightType", "metadata.area");
        assertThat(again.field("unchanged")).isEqualTo("1");
        assertThat(api.get("/wallet?size=100", citizen(ZHANG_SAN)).text()).contains("眉县首善镇中街12号，3单元");
    }
}
