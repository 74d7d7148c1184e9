package cn.yiwang.catalog.demo;

import cn.yiwang.catalog.guide.Guide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalogue speaks certificate-service's certificate type codes (issues #4/#7): every code
 * it names for a material or a result is one certificate-service seeds, with the same meaning.
 * Read from certificate-service's own migrations, so a change there that breaks the demo shows here.
 */
class DemoCertificateTypesTest {

    private static final Path CERTIFICATE_MIGRATIONS = Path.of("../certificate-service/src/main/resources/db/migration");
    /** A seeded row starts with its code and its Chinese name: ('11100000000000001M001', '营业执照', … */
    private static final Pattern SEEDED_TYPE = Pattern.compile("\\('([0-9A-Z]{21})',\\s*'([^']+)'");

    private static Map<String, String> seededNames;

    @BeforeAll
    static void readCertificateServiceSeeds() throws IOException {
        seededNames = new HashMap<>();
        try (Stream<Path> migrations = Files.list(CERTIFICATE_MIGRATIONS)) {
            for (Path migration : migrations.filter(path -> path.toString().endsWith(".sql")).toList()) {
                Matcher row = SEEDED_TYPE.matcher(Files.readString(migration));
                while (row.find()) {
                    seededNames.put(row.group(1), row.group(2));
                }
            }
        }
        assertThat(seededNames).as("certificate types seeded by certificate-service").containsKey("11100000000000001M001");
    }

    /** Every (code, name) the demo names: materials from e-certificates and certificate results. */
    private static Map<String, String> namedByTheDemo() {
        Map<String, String> named = new LinkedHashMap<>();
        for (DemoDataGenerator.Planned planned : DemoDataGenerator.plan(DemoDataGenerator.DEMO_ITEMS)) {
            Guide guide = DemoDataGenerator.guide(planned);
            guide.materials().stream().filter(material -> material.certificateType() != null)
                    .forEach(material -> named.put(material.certificateType() + " " + material.name(), material.name()));
            if (guide.result().certificateType() != null) {
                named.put(guide.result().certificateType() + " " + guide.result().name(), guide.result().name());
            }
        }
        return named;
    }

    @Test
    void everyCertificateTypeTheDemoNamesIsSeededByCertificateServiceUnderTheSameName() {
        Map<String, String> named = namedByTheDemo();
        assertThat(named).isNotEmpty();
        named.forEach((key, name) -> {
            String code = key.substring(0, key.indexOf(' '));
            assertThat(seededNames).as("certificate-service seeds %s (%s)", code, name).containsKey(code);
            // the legal representative's ID card is a 居民身份证 like anybody's
            String meant = name.equals("法定代表人身份证") ? "居民身份证" : name;
            assertThat(seededNames.get(code)).as("what certificate-service calls %s", code).isEqualTo(meant);
        });
    }

    @Test
    void aPropertyMaterialAsksForTheRealEstateTitleNotTheFoodBusinessLicence() {
        DemoDataGenerator.Planned transfer = planned("不动产转移登记");
        assertThat(DemoDataGenerator.guide(transfer).materials())
                .filteredOn(material -> material.key().equals("property-certificate"))
                .singleElement()
                .satisfies(material -> assertThat(material.certificateType()).isEqualTo("111000000000000078001"));
    }

    @Test
    void itemsThatIssueACertificateNameItAsTheirResult() {
        assertThat(resultTypeOf("食品经营许可")).isEqualTo("11100000000013338W032");
        assertThat(resultTypeOf("食品经营许可（延续）")).isEqualTo("11100000000013338W032");
        assertThat(resultTypeOf("机动车驾驶证换证")).isEqualTo("11100000000000003U003");
        assertThat(resultTypeOf("企业设立登记")).isEqualTo("11100000000000001M001");
        assertThat(resultTypeOf("个体工商户设立登记")).isEqualTo("11100000000000001M001");
        assertThat(resultTypeOf("出生医学证明办理")).isEqualTo("11100000000000002Q001");
        assertThat(resultTypeOf("结婚登记")).isEqualTo("111000000000000065001");
        assertThat(resultTypeOf("不动产转移登记")).isEqualTo("111000000000000078001");
        assertThat(DemoDataGenerator.guide(planned("食品经营许可")).result().name()).isEqualTo("食品经营许可证");
    }

    @Test
    void everyItemListedAsIssuingACertificateIsADemoItem() {
        List<String> demoNames = DemoDataGenerator.plan(DemoDataGenerator.DEMO_ITEMS).stream()
                .map(DemoDataGenerator.Planned::name).toList();
        assertThat(demoNames).containsAll(DemoCertificates.itemsWithCertificateResults());
    }

    @Test
    void itemsThatIssueNoCertificateKeepTheirDecisionDocument() {
        DemoDataGenerator.Planned tax = planned("纳税申报");
        assertThat(DemoDataGenerator.guide(tax).result().certificateType()).isNull();
        assertThat(DemoDataGenerator.guide(tax).result().name()).isEqualTo("纳税申报结果文书");
    }

    @Test
    void aBusinessLicenceIssuedByOneDemoItemIsTheOneAnotherDemoItemAsksFor() {
        String issued = resultTypeOf("企业设立登记");
        assertThat(DemoDataGenerator.guide(planned("食品经营许可")).materials())
                .filteredOn(material -> material.key().equals("business-licence"))
                .singleElement()
                .satisfies(material -> assertThat(material.certificateType()).isEqualTo(issued));
    }

    private static String resultTypeOf(String itemName) {
        return DemoDataGenerator.guide(planned(itemName)).result().certificateType();
    }

    private static DemoDataGenerator.Planned planned(String itemName) {
        List<DemoDataGenerator.Planned> plan = DemoDataGenerator.plan(DemoDataGenerator.DEMO_ITEMS);
        return plan.stream().filter(planned -> planned.name().equals(itemName)).findFirst().orElseThrow();
    }
}
