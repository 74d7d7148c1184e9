package cn.yiwang.catalog.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo catalog is made of: the county departments of the Mei County list with item
 * names as Shaanxi's catalog words them (type code first), and the 一件事 bundles named in the seed
 * documents with the items each combines.
 */
final class DemoCatalog {

    record Department(String name, String shortCode, List<String> items) {
    }

    /** "type|name": the GB/T 39046 A.1 type code and the item name. */
    static final List<Department> DEPARTMENTS = List.of(
            new Department("公安局", "GA", List.of("07|居民身份证申领", "07|居民身份证换领", "07|居民身份证补领", "07|户口迁移",
                    "07|出生登记", "07|死亡注销户口", "20|临时身份证明开具", "07|机动车驾驶证换证", "07|机动车注册登记",
                    "20|公章刻制备案", "20|无犯罪记录证明开具", "20|居住证申领", "20|户籍证明开具")),
            new Department("税务局", "SW", List.of("07|税务登记", "20|发票领用", "07|增值税一般纳税人登记", "20|纳税申报",
                    "20|个人所得税纳税记录开具", "20|完税证明开具", "20|跨区域涉税事项报告", "07|注销税务登记", "04|契税申报",
                    "04|车辆购置税申报")),
            new Department("人力资源和社会保障局", "RS", List.of("20|社会保障卡申领", "20|就业登记", "20|失业登记", "05|失业保险金申领",
                    "20|灵活就业人员参保登记", "20|企业职工养老保险参保登记", "05|基本养老金申领", "20|职业资格证书补发",
                    "05|创业担保贷款申请", "20|劳动合同备案", "20|高校毕业生就业报到", "05|丧葬补助金申领")),
            new Department("住房和城乡建设局", "ZJ", List.of("01|建筑工程施工许可", "01|商品房预售许可", "20|住房公积金缴存登记",
                    "05|住房公积金提取", "20|房屋交易合同网签备案", "01|建设工程消防验收", "01|燃气经营许可",
                    "01|城镇污水排入排水管网许可", "05|公共租赁住房申请", "20|水电气暖联合报装")),
            new Department("自然资源局", "ZR", List.of("07|国有建设用地使用权首次登记", "07|不动产转移登记", "07|不动产抵押登记",
                    "07|不动产权证书补发", "01|建设用地规划许可", "01|建设工程规划许可", "01|乡村建设规划许可", "01|采矿权登记",
                    "20|不动产登记资料查询", "07|宅基地使用权登记")),
            new Department("市场监督管理局", "SJ", List.of("01|企业设立登记", "01|个体工商户设立登记", "01|企业变更登记",
                    "01|企业简易注销登记", "01|食品经营许可", "01|食品生产许可", "01|药品零售许可", "07|特种设备使用登记",
                    "20|医疗器械经营备案", "07|股权出质登记", "20|企业名称自主申报")),
            new Department("卫生健康局", "WJ", List.of("01|医师执业注册", "01|护士执业注册", "01|医疗机构执业登记", "01|公共场所卫生许可",
                    "20|出生医学证明办理", "20|生育登记", "01|放射诊疗许可", "01|母婴保健技术服务许可",
                    "05|计划生育家庭特别扶助金", "01|饮用水供水单位卫生许可")),
            new Department("教育局", "JY", List.of("01|教师资格认定", "01|民办学校办学许可", "20|义务教育入学登记", "05|学生资助申请",
                    "01|校外培训机构审批", "20|学历证明补办", "20|中小学转学", "20|普通话水平测试报名")),
            new Department("交通运输局", "JT", List.of("01|道路运输经营许可", "01|道路运输从业人员资格证", "01|出租汽车驾驶员从业资格",
                    "01|网约车运输证办理", "01|公路超限运输许可", "01|占用挖掘公路许可", "20|机动车维修经营备案")),
            new Department("民政局", "MZ", List.of("07|结婚登记", "07|离婚登记", "05|最低生活保障金给付", "07|特困人员认定",
                    "05|残疾人两项补贴", "05|临时救助", "20|养老机构备案", "01|社会团体成立登记", "05|殡葬补助",
                    "05|孤儿基本生活费给付")),
            new Department("医疗保障局", "YB", List.of("20|医保参保登记", "20|医保关系转移", "20|异地就医备案", "07|门诊慢特病认定",
                    "05|生育保险待遇申领", "05|医疗费用手工报销")),
            new Department("退役军人事务局", "TY", List.of("20|退役军人服役证件办理", "05|退役士兵自主就业一次性经济补助",
                    "20|优待证申领", "05|伤残抚恤", "20|军人退役档案接收")),
            new Department("农业农村局", "NY", List.of("01|农药经营许可", "01|兽药经营许可", "01|动物防疫条件合格证核发",
                    "01|农作物种子生产经营许可", "01|渔业捕捞许可")));

    /** Licensing items also have these sub items; certificates can be re-issued. */
    static final List<String> LICENSING_VARIANTS = List.of("（延续）", "（变更）");
    static final List<String> CONFIRMATION_VARIANTS = List.of("（补证）");

    /** The bundles of DOMAIN.md §2 with their member items; the first member's department leads. */
    static final Map<String, List<String>> BUNDLES = Map.ofEntries(
            Map.entry("企业开办", List.of("企业设立登记", "企业名称自主申报", "公章刻制备案", "发票领用", "企业职工养老保险参保登记",
                    "住房公积金缴存登记", "医保参保登记")),
            Map.entry("企业准营", List.of("企业设立登记", "食品经营许可", "公共场所卫生许可")),
            Map.entry("员工录用", List.of("就业登记", "企业职工养老保险参保登记", "医保参保登记", "住房公积金缴存登记")),
            Map.entry("涉企不动产登记", List.of("不动产转移登记", "契税申报", "不动产抵押登记")),
            Map.entry("企业简易注销", List.of("企业简易注销登记", "注销税务登记", "企业变更登记")),
            Map.entry("新生儿出生", List.of("出生医学证明办理", "出生登记", "医保参保登记", "社会保障卡申领", "生育登记")),
            Map.entry("灵活就业", List.of("灵活就业人员参保登记", "就业登记", "医保参保登记")),
            Map.entry("公民婚育", List.of("结婚登记", "生育登记", "户口迁移")),
            Map.entry("扶残助困", List.of("残疾人两项补贴", "最低生活保障金给付", "临时救助")),
            Map.entry("军人退役", List.of("军人退役档案接收", "退役士兵自主就业一次性经济补助", "户口迁移", "优待证申领")),
            Map.entry("二手房转移登记及水电气联动过户", List.of("不动产转移登记", "契税申报", "水电气暖联合报装")),
            Map.entry("企业职工退休", List.of("基本养老金申领", "医保关系转移")),
            Map.entry("公民身后", List.of("死亡注销户口", "丧葬补助金申领", "殡葬补助")),
            Map.entry("高校毕业生就业", List.of("高校毕业生就业报到", "就业登记", "户口迁移", "社会保障卡申领")),
            Map.entry("交房即交证", List.of("房屋交易合同网签备案", "契税申报", "国有建设用地使用权首次登记", "不动产转移登记")),
            Map.entry("创新创业", List.of("创业担保贷款申请", "企业设立登记", "个体工商户设立登记")),
            Map.entry("新能源车牌照申领", List.of("机动车注册登记", "车辆购置税申报")),
            Map.entry("水电气暖通联合报装", List.of("水电气暖联合报装", "城镇污水排入排水管网许可", "占用挖掘公路许可")));

    /** Demo regions, Mei County first (it gets the full department list), with phone area codes. */
    record DemoRegion(String code, String level, String areaCode, String hall) {
    }

    static final List<DemoRegion> REGIONS = List.of(
            new DemoRegion("610326", "4", "0917", "眉县政务服务中心"),
            new DemoRegion("610926", "4", "0915", "平利县政务服务中心"),
            new DemoRegion("610300", "3", "0917", "宝鸡市政务服务中心"),
            new DemoRegion("610900", "3", "0915", "安康市政务服务中心"),
            new DemoRegion("610111", "4", "029", "灞桥区政务服务中心"),
            new DemoRegion("610100", "3", "029", "西安市政务服务中心"));

    private DemoCatalog() {
    }
}
