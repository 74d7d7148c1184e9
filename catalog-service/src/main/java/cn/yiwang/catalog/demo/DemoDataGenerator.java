package cn.yiwang.catalog.demo;

import cn.yiwang.catalog.basic.BasicItemCommands;
import cn.yiwang.catalog.basic.BasicItemQueries;
import cn.yiwang.catalog.bundle.BundleCommands;
import cn.yiwang.catalog.codes.CaseKind;
import cn.yiwang.catalog.codes.CrossRegionScope;
import cn.yiwang.catalog.codes.HandlingForm;
import cn.yiwang.catalog.codes.MaterialSource;
import cn.yiwang.catalog.codes.NearbyDelegation;
import cn.yiwang.catalog.codes.OnlineDepth;
import cn.yiwang.catalog.codes.ServiceObject;
import cn.yiwang.catalog.guide.Fees;
import cn.yiwang.catalog.guide.FormField;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.Material;
import cn.yiwang.catalog.guide.ProcessStep;
import cn.yiwang.catalog.guide.Result;
import cn.yiwang.catalog.guide.TimeLimit;
import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.item.ItemCommands;
import cn.yiwang.catalog.item.ItemView;
import cn.yiwang.catalog.item.PublishedVersions;
import cn.yiwang.catalog.item.domain.ImplementationItem;
import cn.yiwang.catalog.quality.QualityCheck;
import cn.yiwang.catalog.support.CatalogJson;
import cn.yiwang.common.identifier.UnifiedCreditCode;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads a demo catalog through the same commands the departments and approval offices use, so
 * every demo item is validated, quality-checked, versioned and announced (item.published) like a
 * real one. Mei County gets every department's items first; larger counts (benchmarks: 200,000)
 * spread the same items over the other seed regions with numbered basic codes. Deterministic: the
 * same count always gives the same catalog.
 */
@Service
public class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final int BATCH = 200;
    /** How many items the demo loads through the commands: Mei County's full list and a start in Pingli. */
    public static final int DEMO_ITEMS = 260;

    private final BasicItemCommands basicItems;
    private final BasicItemQueries basicQueries;
    private final ItemCommands items;
    private final BundleCommands bundles;
    private final PublishedVersions versions;
    private final QualityCheck quality;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public DemoDataGenerator(BasicItemCommands basicItems, BasicItemQueries basicQueries, ItemCommands items,
                             BundleCommands bundles, PublishedVersions versions, QualityCheck quality, JdbcTemplate jdbc,
                             PlatformTransactionManager transactionManager) {
        this.basicItems = basicItems;
        this.basicQueries = basicQueries;
        this.items = items;
        this.bundles = bundles;
        this.versions = versions;
        this.quality = quality;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One item to generate: which name, where, by which department. */
    record Planned(String type, String name, DemoCatalog.Department department, DemoCatalog.DemoRegion region,
                   int serial) {
    }

    /** How many implementation items the catalog has, published or not. */
    public int implementationItems() {
        Integer items = jdbc.queryForObject("select count(*) from implementation_item", Integer.class);
        return items == null ? 0 : items;
    }

    /** Whether the catalog is still empty (demo data is only ever loaded into an empty catalog). */
    public boolean catalogIsEmpty() {
        Integer items = jdbc.queryForObject("select count(*) from implementation_item", Integer.class);
        return items == null || items == 0;
    }

    /**
     * Loads {@code count} published items (Mei County's full list first, then Baoji, Pingli, …) and
     * the bundles of every demo region that has all their members.
     */
    public void load(int count) {
        long started = System.nanoTime();
        List<Planned> plan = plan(count);
        Actor admin = new Actor("demo-loader", "catalog-service", Set.of(Roles.CATALOG_ADMIN, Roles.APPROVER),
                "610000", null, null, "演示数据");
        for (int from = 0; from < plan.size(); from += BATCH) {
            List<Planned> batch = plan.subList(from, Math.min(plan.size(), from + BATCH));
            transactions.executeWithoutResult(status -> batch.forEach(planned -> publish(planned, admin)));
            if (from > 0 && from % 10_000 == 0) {
                log.info("demo data: {} of {} items published", from, plan.size());
            }
        }
        int seeded = seedBundles(admin);
        log.info("demo data: {} items and {} bundles loaded in {} s", plan.size(), seeded,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * Loads {@code count} more published items straight into the tables, in batches, without events
     * or bundles: for benchmark catalogs (200,000 items), where going through the commands one by
     * one would take hours. The items are built by the same domain objects and pass the same rules;
     * {@code from} continues the serials of an earlier load so codes never collide.
     */
    public void loadBulk(int from, int count) {
        long started = System.nanoTime();
        List<Planned> plan = plan(from + count).subList(from, from + count);
        Instant now = Instant.now();
        for (int start = 0; start < plan.size(); start += 2_000) {
            List<Planned> batch = plan.subList(start, Math.min(plan.size(), start + 2_000));
            transactions.executeWithoutResult(status -> writeBatch(batch, now));
            if (start > 0 && start % 20_000 == 0) {
                log.info("demo data (bulk): {} of {} items written", start, plan.size());
            }
        }
        // Fresh planner statistics now, not whenever autovacuum gets round to it: a benchmark that
        // starts right after the load would otherwise be planned for an empty catalog.
        jdbc.execute("analyze item_version");
        jdbc.execute("analyze implementation_item");
        jdbc.execute("analyze basic_item");
        log.info("demo data (bulk): {} items written in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
    }

    private void writeBatch(List<Planned> batch, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> basics = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<ServiceGuide> guides = new ArrayList<>();
        for (Planned planned : batch) {
            UUID basicId = UUID.randomUUID();
            String basicCode = basicCode(planned);
            basics.add(new Object[]{basicId, basicCode, planned.name(), planned.type(), planned.department().name(),
                    legalBasis(planned.type()), "3,4", at, at});
            ImplementationItem item = ImplementationItem.claim(new ImplementationItem.BasicEntry(basicId, basicCode,
                            planned.name(), planned.type(), legalBasis(planned.type())), planned.region().code(),
                    bodyName(planned), creditCode(planned.region().code(), planned.department()),
                    planned.region().level(), planned.department().name(), planned.name(), guide(planned), now);
            item.submit(now);
            item.approve("demo-loader", "演示数据", now);
            ServiceGuide published = item.publish(regionName(planned.region().code()), now);
            guides.add(published);
            rows.add(new Object[]{item.id(), item.code(), basicId, basicCode, item.name(), item.type(),
                    item.legalBasis(), item.level(), item.regionCode(), item.implementingBody(), item.bodyCreditCode(),
                    item.department(), CatalogJson.write(item.guide()), at, at});
        }
        jdbc.batchUpdate("""
                insert into basic_item (id, code, name, type, line_department, legal_basis, levels, version,
                    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""", basics);
        jdbc.batchUpdate("""
                insert into implementation_item (id, code, basic_item_id, basic_code, name, type, legal_basis, level,
                    region_code, implementing_body, body_credit_code, department, status, guide, published_version,
                    publication_withdrawn, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', cast(? as jsonb), 1, false, 1, ?, ?)""", rows);
        versions.publishFirstVersions(guides, quality::passes, "demo-loader");
    }

    /** Mei County first with every department's items and variants, then the other regions in turn. */
    static List<Planned> plan(int count) {
        List<String[]> names = new ArrayList<>();
        for (DemoCatalog.Department department : DemoCatalog.DEPARTMENTS) {
            for (String entry : department.items()) {
                String[] typeAndName = entry.split("\\|");
                names.add(new String[]{typeAndName[0], typeAndName[1], department.shortCode()});
                List<String> variants = switch (typeAndName[0]) {
                    case "01" -> DemoCatalog.LICENSING_VARIANTS;
                    case "07" -> DemoCatalog.CONFIRMATION_VARIANTS;
                    default -> List.of();
                };
                variants.forEach(variant -> names.add(new String[]{typeAndName[0], typeAndName[1] + variant,
                        department.shortCode()}));
            }
        }
        Map<String, DemoCatalog.Department> byCode = new LinkedHashMap<>();
        DemoCatalog.DEPARTMENTS.forEach(department -> byCode.put(department.shortCode(), department));
        List<Planned> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] name = names.get(i % names.size());
            int round = i / names.size();
            DemoCatalog.DemoRegion region = DemoCatalog.REGIONS.get(round % DemoCatalog.REGIONS.size());
            plan.add(new Planned(name[0], name[1], byCode.get(name[2]), region, i));
        }
        return plan;
    }

    private void publish(Planned planned, Actor admin) {
        String basicCode = basicCode(planned);
        if (basicQueries.find(basicCode).isEmpty()) {
            basicItems.define(admin, new BasicItemCommands.Definition(basicCode, planned.name(), planned.type(),
                    planned.department().name(), legalBasis(planned.type()), List.of("3", "4")));
        }
        String body = creditCode(planned.region().code(), planned.department());
        Actor department = new Actor("demo-" + planned.department().shortCode(), "catalog-service",
                Set.of(Roles.DEPT_ADMIN), planned.region().code(), body, null, "演示数据");
        ItemView item = items.claim(department, new ItemCommands.Claim(basicCode, planned.region().code(),
                bodyName(planned), body, planned.region().level(), planned.department().name(), planned.name(), null,
                guide(planned)));
        items.submit(department, item.id(), null);
        items.approve(admin, item.id(), "演示数据", null);
        items.publish(admin, item.id(), null);
    }

    /**
     * Shaanxi (61) + type + 5-digit main item + 3-digit sub item: the serial spread over main and
     * sub item, so every planned item has its own basic code up to 99,999,999 items.
     */
    static String basicCode(Planned planned) {
        return "61" + planned.type() + String.format("%05d", planned.serial() % 100_000)
                + String.format("%03d", planned.serial() / 100_000);
    }

    private int seedBundles(Actor admin) {
        int seeded = 0;
        for (DemoCatalog.DemoRegion region : DemoCatalog.REGIONS) {
            for (Map.Entry<String, List<String>> bundle : DemoCatalog.BUNDLES.entrySet()) {
                List<String> codes = new ArrayList<>();
                String lead = null;
                for (String member : bundle.getValue()) {
                    List<Map<String, Object>> found = jdbc.queryForList("""
                            select code, department from item_version
                            where state = 'CURRENT' and region_code = ? and name = ? order by code limit 1""",
                            region.code(), member);
                    if (!found.isEmpty()) {
                        codes.add((String) found.get(0).get("code"));
                        lead = lead == null ? (String) found.get(0).get("department") : lead;
                    }
                }
                if (codes.size() == bundle.getValue().size()) {
                    String leadDepartment = lead;
                    transactions.executeWithoutResult(status -> bundles.publish(admin, bundles.define(admin,
                            new BundleCommands.Definition(bundle.getKey(), region.code(), leadDepartment,
                                    bundle.getKey() + "一件事一次办：一次告知、一表申请、一套材料、一窗受理、并联办理。", codes)).id(), null));
                    seeded++;
                }
            }
        }
        return seeded;
    }

    static String creditCode(String region, DemoCatalog.Department department) {
        String demoAccount = DemoCatalog.DEMO_ACCOUNT_BODIES.get(region + "/" + department.shortCode());
        if (demoAccount != null) {
            return demoAccount;
        }
        // 1 (机构编制) + 1 (机关) + region + "MB" + 5 digits from the department + check (GB 32100).
        int index = DemoCatalog.DEPARTMENTS.indexOf(department) + 1;
        String first17 = "11" + region + "MB" + String.format("%07d", index);
        return first17 + UnifiedCreditCode.checkCharacter(first17);
    }

    private static String bodyName(Planned planned) {
        return regionName(planned.region().code()).replace("灞桥区", "西安市灞桥区") + planned.department().name();
    }

    private static String regionName(String region) {
        return switch (region) {
            case "610326" -> "眉县";
            case "610926" -> "平利县";
            case "610300" -> "宝鸡市";
            case "610900" -> "安康市";
            case "610111" -> "灞桥区";
            case "610100" -> "西安市";
            default -> region;
        };
    }

    private static String legalBasis(String type) {
        return switch (type) {
            case "01" -> "《中华人民共和国行政许可法》及相关法律法规";
            case "04" -> "《中华人民共和国税收征收管理法》";
            case "05" -> "《社会救助暂行办法》等行政给付规定";
            case "07" -> "相关登记管理法律法规";
            default -> "《优化营商环境条例》《国务院关于加快推进政务服务标准化规范化便利化的指导意见》";
        };
    }

    /** A realistic, quality-passing guide whose features vary deterministically with the serial. */
    static Guide guide(Planned planned) {
        int n = planned.serial();
        boolean enterprise = planned.type().equals("01") || planned.name().contains("企业");
        boolean fullyOnline = n % 20 < 14;                       // 70 %
        boolean immediate = !planned.type().equals("01") && n % 10 < 6;
        int legal = planned.type().equals("01") ? 20 : (n % 3 == 0 ? 15 : 10);
        int promised = immediate ? 0 : Math.max(1, legal / 4);
        int visits = fullyOnline ? 0 : (n % 25 == 0 ? 2 : 1);
        boolean charged = n % 17 == 0;
        boolean inHall = n % 40 != 0;
        List<Material> materials = new ArrayList<>();
        materials.add(new Material("id-card", enterprise ? "法定代表人身份证" : DemoCertificates.ID_CARD.name(), "公安机关", 1, 0, true,
                MaterialSource.GOVERNMENT_ISSUED, DemoCertificates.ID_CARD.code(), null, null, false, false));
        if (enterprise) {
            materials.add(new Material("business-licence", DemoCertificates.BUSINESS_LICENCE.name(), "市场监督管理部门", 1, 0, !planned.name().contains("设立"),
                    MaterialSource.GOVERNMENT_ISSUED, DemoCertificates.BUSINESS_LICENCE.code(), null, null, false, false));
            materials.add(new Material("premises-proof", "经营场所使用证明", "申请人", 1, 1, true, MaterialSource.APPLICANT,
                    null, null, null, true, true));
        } else if (planned.name().contains("户") || planned.name().contains("出生") || planned.name().contains("婚")) {
            materials.add(new Material("household-register", DemoCertificates.HOUSEHOLD_REGISTER.name(), "公安机关", 1, 0, true,
                    MaterialSource.GOVERNMENT_ISSUED, DemoCertificates.HOUSEHOLD_REGISTER.code(), null, null, false, true));
        }
        if (planned.name().contains("不动产") || planned.name().contains("房") || planned.name().contains("契税")) {
            materials.add(new Material("property-certificate", DemoCertificates.PROPERTY_TITLE.name(), "不动产登记机构", 1, 0, true,
                    MaterialSource.GOVERNMENT_ISSUED, DemoCertificates.PROPERTY_TITLE.code(), null, null, false, false));
        }
        materials.add(new Material("application-form", planned.name() + "申请表", "申请人", 1, 0, true,
                MaterialSource.APPLICANT, null, "https://zwfw.shaanxi.gov.cn/forms/" + (n % 1000) + ".docx",
                "https://zwfw.shaanxi.gov.cn/samples/" + (n % 1000) + ".pdf", false, false));
        List<FormField> form = new ArrayList<>(List.of(new FormField("applicant.name", "申请人姓名", "text", true),
                new FormField("applicant.idNumber", "证件号码", "id-number", true),
                new FormField("applicant.phone", "联系电话", "phone", true)));
        if (enterprise) {
            form.add(new FormField("enterprise.name", "企业名称", "text", true));
            form.add(new FormField("enterprise.creditCode", "统一社会信用代码", "credit-code", !planned.name().contains("设立")));
        }
        List<HandlingForm> forms = fullyOnline
                ? List.of(HandlingForm.WINDOW, HandlingForm.PC_ONLINE, HandlingForm.MOBILE_ONLINE, HandlingForm.POST)
                : List.of(HandlingForm.WINDOW, HandlingForm.PC_ONLINE);
        String area = planned.region().areaCode();
        return new Guide(
                "符合" + planned.name() + "相关规定条件的申请人均可申请。",
                enterprise ? List.of(ServiceObject.ENTERPRISE) : List.of(ServiceObject.NATURAL_PERSON),
                forms, immediate ? CaseKind.IMMEDIATE : CaseKind.PROMISED,
                TimeLimit.workingDays(legal), TimeLimit.workingDays(promised),
                charged ? new Fees(true, "《行政事业性收费标准管理办法》", List.of(new Fees.FeeItem("工本费", "10 元/件")))
                        : Fees.free(),
                List.of(new ProcessStep("受理", "窗口或网上受理，材料齐全当场受理"), new ProcessStep("审查", "对申请材料进行审查"),
                        new ProcessStep("决定", "作出决定"), new ProcessStep("送达", "窗口领取或免费邮寄")),
                materials,
                result(planned.name()),
                planned.region().hall() + planned.department().name() + "窗口",
                "周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）",
                area + "-" + String.format("%07d", 5_540_000 + DemoCatalog.DEPARTMENTS.indexOf(planned.department())),
                area + "-12345",
                "https://zwfw.shaanxi.gov.cn/items/" + planned.department().shortCode().toLowerCase() + "/" + n,
                fullyOnline ? OnlineDepth.IV : OnlineDepth.III, visits,
                visits > 0 ? (visits > 1 ? "现场勘验并领取结果" : "核验原件") : null,
                n % 10 == 0 ? CrossRegionScope.CROSS_PROVINCE : (n % 10 == 1 ? CrossRegionScope.CROSS_CITY : CrossRegionScope.NONE),
                inHall, inHall ? null : "涉及国家秘密，依法不进驻政务服务大厅",
                enterprise ? NearbyDelegation.NONE : (n % 3 == 0 ? NearbyDelegation.VILLAGE : NearbyDelegation.TOWN),
                n % 10 < 3, themes(planned.name()), form);
    }

    /** The certificate itself where the item issues one (营业执照, 食品经营许可证, …), otherwise its decision document. */
    static Result result(String itemName) {
        return DemoCertificates.resultOf(itemName)
                .map(certificate -> new Result(certificate.name(), null, certificate.code()))
                .orElseGet(() -> new Result(DemoCertificates.baseName(itemName) + "结果文书", null, null));
    }

    private static List<String> themes(String name) {
        List<String> themes = new ArrayList<>();
        DemoCatalog.BUNDLES.forEach((bundle, members) -> {
            if (members.contains(name)) {
                themes.add(bundle);
            }
        });
        return themes;
    }
}
