package cn.yiwang.certificate.support;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Operators see on /actuator/prometheus how many certificates were issued, by source, and how verifications came out. */
class BusinessMetricsIT extends CertificateIntegrationTestBase {

    @Test
    void issuingAndVerifyingAreCountedBySourceAndResult() {
        double manual = counter("yiwang_certificates_issued_total", "source", "manual");
        double imported = counter("yiwang_certificates_issued_total", "source", "import");
        double genuine = counter("yiwang_certificates_verifications_total", "result", "genuine");
        double notGenuine = counter("yiwang_certificates_verifications_total", "result", "not-genuine");

        String identifier = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("identifier");
        api.postRaw("/imports", issuer(MEI_EDUCATION_BUREAU), "application/x-ndjson", """
                {"typeCode":"%s","serial":"M%s","holder":{"idType":"111","idNumber":"%s","name":"李四"},"metadata":{"name":"李四","degree":"学士","discipline":"理学","institution":"宝鸡文理学院","awardedOn":"2012-06-30"}}
                """.formatted(DEGREE, Long.toString(System.nanoTime(), 36).toUpperCase(), LI_SI).strip());
        api.get("/verify/" + identifier, null);
        api.get("/verify/" + identifier, null);
        api.post("/verify", null, Map.of("qrContent", "not a code"));
        // A refused issue is not counted.
        api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor("610326199001011234", "张三"));

        assertThat(counter("yiwang_certificates_issued_total", "source", "manual")).isEqualTo(manual + 1);
        assertThat(counter("yiwang_certificates_issued_total", "source", "import")).isEqualTo(imported + 1);
        assertThat(counter("yiwang_certificates_verifications_total", "result", "genuine")).isEqualTo(genuine + 2);
        assertThat(counter("yiwang_certificates_verifications_total", "result", "not-genuine")).isEqualTo(notGenuine + 1);
    }

    /** The value of one counter series as Prometheus scrapes it; 0 before it first counts. */
    private double counter(String name, String tag, String value) {
        String text = api.text("/actuator/prometheus");
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(text);
        while (line.find()) {
            if (line.group(1).contains(tag + "=\"" + value + "\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
