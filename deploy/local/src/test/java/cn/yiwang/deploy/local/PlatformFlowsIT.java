package cn.yiwang.deploy.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The flows of issue #11 through the whole local platform: embedded PostgreSQL, KRaft Kafka, the
 * real Keycloak with the demo users, all six services and the gateway from the jars this build
 * packaged, on free ports. Every call goes through the gateway with a real token of a demo user;
 * events between services are awaited with a bounded poll. Flow 2 (12345 rats → vector control →
 * reply → closed → invitation); flow 1 (item published, e-certificate in the wallet, QR, verified,
 * very dissatisfied rating rectified and counted; then the case: applied with the e-certificate,
 * supplemented, accepted, concluded, invitation); flow 4 (accepted in Pingli, decided in Baoji);
 * flow 3 (the 新生儿出生 bundle concludes when its children do). The last test reads the logs of
 * every component of the run and checks that no demo ID number or phone number is in any of them.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFlowsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Events cross Kafka and each service's outbox; on a loaded machine that can take a while. */
    private static final Duration EVENTS = Duration.ofSeconds(90);
    /** catalog-service loads its ~260 demo items through its own commands after it is ready. */
    private static final Duration DEMO_CATALOGUE = Duration.ofMinutes(5);

    /** Personal data the flows send in; none of it may reach a log (besides the demo ID numbers). */
    private static final String CALLER_PHONE = "13891760326";
    private static final String RESPONSIBLE_PHONE = "13709173344";
    private static final String AGENT_CALLER_PHONE = "13991732458";
    private static final String APPLICANT_PHONE = "13609170326";
    private static final String PINGLI_APPLICANT_PHONE = "18091526714";

    private static final String HOUSEHOLD_REGISTER = "11100000000000003U001";
    private static final String BAOJI_PUBLIC_SECURITY = "1161030000030002XB";
    private static final String MEI_HALL = "11610326000326019W";
    private static final String PINGLI_HALL = "11610926000926014U";
    /** The demo approvers of the Mei County bodies that decide the 新生儿出生 bundle's items. */
    private static final Map<String, String> MEI_COUNTY_APPROVERS = Map.of(
            "11610326MB00000078", "approver.meixian.weijian", "11610326MB0000001M", "approver.meixian.gongan",
            "11610326MB0000011N", "approver.meixian.yibao", "11610326MB0000003U", "approver.meixian.renshe");

    /** Flow 1's item and the citizen's household register, for the case steps that follow. */
    private static String flowOneItemCode;
    private static String flowOneRegisterIdentifier;

    private static final Path ROOT = Path.of(System.getProperty("yiwang.root", "../..")).toAbsolutePath().normalize();

    private static LocalPlatform platform;
    private static Path work;
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {
    }

    @BeforeAll
    static void startPlatform() throws IOException {
        // The same directory as LocalPlatformIT (never run at the same time): one Keycloak copy.
        work = Path.of(System.getProperty("yiwang.it.workdir", "target/it-platform")).toAbsolutePath();
        // Fresh data every run: the realm must be imported from the files in this commit.
        LocalPlatformIT.deleteDataButKeepKeycloakCopy(work);
        LocalPlatform.Options options = LocalPlatform.Options.defaults()
                .projectRoot(ROOT)
                .dataDirectory(work)
                .freePorts()
                .components(Component.all())
                .readinessTimeout(Duration.ofSeconds(480));
        if (System.getProperty("yiwang.keycloak.distribution") != null) {
            options.keycloakDistribution(Path.of(System.getProperty("yiwang.keycloak.distribution")));
        }
        platform = LocalPlatform.start(options, System.out);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    /**
     * The services take a caller for a holder (citizen, enterprise) only when every role of the
     * token is a holder role (common-lib Actor.isStaff); Keycloak's default composite role
     * {@code default-roles-yiwang} would make every citizen "staff". The demo citizens therefore
     * carry their holder role alone.
     */
    @Test
    @Order(0)
    void demoCitizensAndEnterprisesCarryTheirHolderRoleAlone() throws Exception {
        for (String holder : List.of("citizen.meixian", "citizen.pingli", "enterprise.baoji")) {
            String[] parts = token(holder).split("\\.");
            JsonNode claims = JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            List<String> roles = new ArrayList<>();
            claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asString()));
            assertThat(roles).as(holder).containsExactly(holder.startsWith("citizen") ? "citizen" : "enterprise");
        }
    }

    /**
     * Flow 2 (ARCHITECTURE.md flow 5): rats reported to 12345 in Mei County reach the county's
     * 爱卫办 as a complaint, an inspector inspects the place and orders rectification, the answer
     * comes back to 12345 as the department's reply, the return visit closes the ticket and the
     * caller is invited to rate the service.
     */
    @Test
    @Order(1)
    void ratsReportedTo12345InMeiCountyAreInspectedAnsweredClosedAndOfferedForEvaluation() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode intake = expect(201, post("citizen.meixian", "/api/v1/hotline/tickets", Map.of(
                "channel", "MOBILE", "type", "COMPLAINT", "categoryCode", "env.vector.rats", "regionCode", "610326",
                "location", "眉县首善镇中街农贸市场东门垃圾站",
                "description", "农贸市场东门垃圾站附近老鼠很多，白天也能看见",
                "caller", Map.of("name", "王丽", "phone", CALLER_PHONE))));
        String ticketId = intake.path("ticket").path("id").asString();
        String ticketNumber = intake.path("ticket").path("number").asString();
        assertThat(intake.path("ticket").path("status").asString()).isEqualTo("REGISTERED");
        assertThat(intake.path("dispatchProposal").path("leadOrgCode").asString()).isEqualTo("11610326MB04000049");

        JsonNode dispatched = expect(200, post("hotline.dispatcher.baoji", "/api/v1/hotline/tickets/" + ticketId + "/dispatch",
                Map.of()));
        assertThat(dispatched.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.path("leadOrgName").asString()).isEqualTo("眉县爱国卫生运动委员会办公室");

        // hotline.ticket.v1 → vector-control-service: the county's 爱卫办 sees the complaint.
        JsonNode complaint = awaitJson("the complaint of ticket " + ticketId, () -> {
            JsonNode page = expect(200, get("aiwei.meixian", "/api/v1/vector-control/complaints?region=610326&size=100"));
            return stream(page.path("items")).filter(c -> ticketId.equals(c.path("ticketId").asString())).findFirst();
        });
        assertThat(complaint.path("pest").asString()).isEqualTo("RAT");
        assertThat(complaint.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(complaint.path("address").asString()).isEqualTo("眉县首善镇中街农贸市场东门垃圾站");
        String complaintId = complaint.path("id").asString();

        // The 爱卫办 registers the city-management bureau's inspectors and the waste station (a key place).
        expect(204, post("aiwei.meixian", "/api/v1/vector-control/department-offices", Map.of(
                "orgCode", "11610326MB01000018", "name", "眉县城市管理执法局", "department", "CITY_MANAGEMENT",
                "regionCode", "610326")));
        JsonNode place = expect(201, post("aiwei.meixian", "/api/v1/vector-control/places", Map.of(
                "unitCreditCode", "11610326MB01000018", "unitName", "眉县城市管理执法局",
                "name", "首善镇中街农贸市场东门垃圾站", "placeType", "WASTE_STATION", "address", "眉县首善镇中街农贸市场东门",
                "regionCode", "610326", "responsiblePerson", "赵建国", "responsiblePhone", RESPONSIBLE_PHONE,
                "facilities", List.of("SEALED_WASTE_CONTAINERS"))));
        assertThat(place.path("supervisingDepartment").asString()).isEqualTo("CITY_MANAGEMENT");
        // The complaint came in before the station was registered, so its inspection task went to the 爱卫办,
        // which now hands it to the department supervising the place (Art. 5), whose inspector may answer.
        assertThat(complaint.path("task").path("department").asString()).isEqualTo("AIWEI");
        JsonNode assigned = expect(200, post("aiwei.meixian", "/api/v1/vector-control/complaints/" + complaintId + "/assignment",
                Map.of("placeId", place.path("id").asString())));
        assertThat(assigned.path("task").path("department").asString()).isEqualTo("CITY_MANAGEMENT");

        // The inspector finds rat signs and orders rectification (Art. 30-31), tied to the complaint.
        JsonNode inspection = expect(201, post("inspector.meixian", "/api/v1/vector-control/inspections", Map.of(
                "placeId", place.path("id").asString(), "inspectedOn", today,
                "findings", List.of(Map.of("subject", "鼠迹", "description", "垃圾站墙角鼠洞三处，鼠粪多处，防鼠设施缺失")),
                "rectificationDeadline", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "complaintId", complaintId)));
        String inspectionId = inspection.path("id").asString();
        assertThat(inspection.path("findings")).hasSize(1);
        assertThat(inspection.path("rectificationDeadline").asString()).isNotEmpty();

        JsonNode answered = expect(200, post("inspector.meixian", "/api/v1/vector-control/complaints/" + complaintId + "/answer",
                Map.of("substantiated", true, "inspectionId", inspectionId,
                        "reply", "经现场核查，垃圾站存在鼠迹，已责令7日内整改并将复查。")));
        assertThat(answered.path("status").asString()).isEqualTo("ANSWERED");

        // The rectification is checked and passes.
        JsonNode reinspected = expect(200, post("inspector.meixian",
                "/api/v1/vector-control/inspections/" + inspectionId + "/reinspections", Map.of("passed", true)));
        assertThat(reinspected.path("reinspections").asInt()).isEqualTo(1);
        assertThat(reinspected.path("closedOn").isNull()).isFalse();

        // vectorcontrol.complaint.v1 → hotline-service: the answer is the department's reply.
        JsonNode replied = awaitJson("the reply on ticket " + ticketId, () -> {
            JsonNode ticket = expect(200, get("citizen.meixian", "/api/v1/hotline/tickets/" + ticketId));
            return "REPLIED".equals(ticket.path("status").asString()) ? Optional.of(ticket) : Optional.empty();
        });
        assertThat(replied.path("reply").asString()).contains("已责令7日内整改");

        JsonNode closed = expect(200, post("hotline.agent.baoji", "/api/v1/hotline/tickets/" + ticketId + "/return-visit",
                Map.of("satisfaction", "SATISFIED", "resolved", true, "note", "来电人确认已整改")));
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");

        // hotline.ticket.v1 (ticket.closed) → review-service: the caller is invited to rate the service.
        // The citizen has no other ticket in this run, so her one ticket invitation is this ticket's.
        JsonNode invitation = awaitJson("the evaluation invitation of ticket " + ticketNumber, () -> {
            JsonNode page = expect(200, get("citizen.meixian", "/api/v1/reviews/invitations/mine?size=100"));
            return stream(page.path("items")).filter(i -> "TICKET".equals(i.path("source").asString())).findFirst();
        });
        assertThat(invitation.path("open").asBoolean()).isTrue();
        assertThat(invitation.path("regionCode").asString()).isEqualTo("610326");
        assertThat(invitation.path("serviceNumber").asString()).isEqualTo(ticketNumber);
        assertThat(invitation.path("orgCode").asString()).isEqualTo("11610326MB04000049");
    }

    /**
     * Flow 2 by telephone: an agent takes a 12345 call about rats with the caller's name and number;
     * dispatched, it reaches the county's 爱卫办 as a complaint that carries where and what, never
     * who called.
     */
    @Test
    @Order(3)
    void aRatsCallTakenByAnAgentReachesVectorControlWithoutTheCallersNameOrNumber() throws Exception {
        JsonNode intake = expect(201, post("hotline.agent.baoji", "/api/v1/hotline/tickets", Map.of(
                "channel", "PHONE", "type", "COMPLAINT", "categoryCode", "env.vector.rats", "regionCode", "610326",
                "location", "眉县常兴镇常兴街小区3号楼地下室", "description", "地下室老鼠成群，咬坏电线",
                "caller", Map.of("name", "刘秀英", "phone", AGENT_CALLER_PHONE))));
        String ticketId = intake.path("ticket").path("id").asString();
        assertThat(intake.path("ticket").path("channel").asString()).isEqualTo("PHONE");
        assertThat(intake.path("ticket").path("caller").path("phone").asString()).isEqualTo(AGENT_CALLER_PHONE);
        expect(200, post("hotline.dispatcher.baoji", "/api/v1/hotline/tickets/" + ticketId + "/dispatch", Map.of()));

        JsonNode complaint = awaitJson("the complaint of ticket " + ticketId, () -> {
            JsonNode page = expect(200, get("aiwei.meixian", "/api/v1/vector-control/complaints?region=610326&size=100"));
            return stream(page.path("items")).filter(c -> ticketId.equals(c.path("ticketId").asString())).findFirst();
        });
        assertThat(complaint.path("address").asString()).isEqualTo("眉县常兴镇常兴街小区3号楼地下室");
        assertThat(complaint.toString()).doesNotContain(AGENT_CALLER_PHONE).doesNotContain("刘秀英");
    }

    /**
     * Flow 1 as far as the services carry it today. Baoji's public security bureau publishes an item
     * whose material is the household register as an e-certificate, and issues the citizen's household
     * register into her wallet; she shows it as a one-time QR code and a verifier without an account
     * checks it; at the window she rates the service "very dissatisfied", and the hall's work order is
     * verified, rectified, answered and visited back, which moves the hall's public figures.
     *
     * <p>Her application for the item with that certificate, its supplement, acceptance and
     * conclusion follow in
     * {@link #herOnlineApplicationWithTheECertificateIsSupplementedAcceptedConcludedAndOfferedForEvaluation()}.
     */
    @Test
    @Order(2)
    void aCitizenShowsHerECertificateAVerifierChecksItAndHerVeryDissatisfiedRatingIsRectifiedAndCounted()
            throws Exception {
        // 1. The department publishes a new item (catalog-admin defines the basic item, the approver approves).
        String itemCode = publishBaojiPublicSecurityItem("610790001000", "机动车驾驶证审验");
        JsonNode publicGuide = expect(200, get(null, "/api/v1/catalog/public/items/" + itemCode));
        assertThat(publicGuide.path("name").asString()).isEqualTo("机动车驾驶证审验");
        assertThat(publicGuide.path("guide").path("materials").toString()).contains(HOUSEHOLD_REGISTER);

        // 2. The bureau issues the citizen's household register; it is in her wallet.
        JsonNode register = expect(201, post("deptadmin.baoji", "/api/v1/certificates", Map.of(
                "typeCode", HOUSEHOLD_REGISTER,
                "holder", Map.of("idType", "111", "idNumber", "610326198503122019", "name", "张伟"),
                "metadata", Map.of("householdHead", "张伟", "householdType", "家庭户",
                        "address", "陕西省宝鸡市眉县首善镇中街12号", "relationToHead", "户主"))));
        String certificateId = register.path("id").asString();
        String identifier = register.path("identifier").asString();
        JsonNode wallet = expect(200, get("citizen.meixian", "/api/v1/certificates/wallet"));
        assertThat(wallet.toString()).contains(identifier);
        flowOneItemCode = itemCode;
        flowOneRegisterIdentifier = identifier;

        // 3. She shows the certificate as a one-time QR code; a verifier without an account checks it.
        JsonNode display = expect(201, post("citizen.meixian", "/api/v1/certificates/wallet/" + certificateId + "/displays",
                Map.of("fields", List.of("householdHead"))));
        JsonNode verified = expect(200, post(null, "/api/v1/certificates/verify",
                Map.of("qrContent", display.path("qrContent").asString())));
        assertThat(verified.path("genuine").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.toString()).doesNotContain("610326198503122019");

        // 4. At the window she rates the service "very dissatisfied" (一次一评 by the clerk's code).
        String period = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        String figures = "/api/v1/reviews/public/statistics/organisations/" + MEI_HALL + "?period=" + period;
        JsonNode before = expect(200, get(null, figures));
        JsonNode code = expect(201, post("clerk.meixian", "/api/v1/reviews/invitations/walk-in", Map.of(
                "itemCodes", List.of(itemCode), "itemNames", List.of("机动车驾驶证审验"))));
        JsonNode evaluation = expect(201, post("citizen.meixian", "/api/v1/reviews/evaluations", Map.of(
                "shortCode", code.path("shortCode").asString(),
                "rating", Map.of("level", "VERY_DISSATISFIED", "indicators", List.of("efficiency", "attitude"),
                        "text", "材料要求来回跑了两次，窗口说明不清楚", "channel", 4))));
        String evaluationId = evaluation.path("id").asString();
        assertThat(evaluation.path("level").asString()).isEqualTo("VERY_DISSATISFIED");

        // 5. The hall's work order: verified, rectified, answered, visited back, closed.
        JsonNode order = awaitJson("the work order of evaluation " + evaluationId, () -> {
            JsonNode page = expect(200, get("evaluation.meixian", "/api/v1/reviews/work-orders?open=true&size=100"));
            return stream(page.path("items")).filter(o -> evaluationId.equals(o.path("evaluationId").asString()))
                    .findFirst();
        });
        String orderPath = "/api/v1/reviews/work-orders/" + order.path("id").asString();
        expect(200, post("evaluation.meixian", orderPath + "/verification", Map.of("text", "经核实，材料要求未一次讲清，情况属实")));
        expect(200, post("evaluation.meixian", orderPath + "/rectification", Map.of("text", "窗口材料要求改为一次性书面告知并培训")));
        expect(200, post("evaluation.meixian", orderPath + "/reply", Map.of("text", "已整改：今后所需材料一次性书面告知")));
        JsonNode closedOrder = expect(200, post("evaluation.meixian", orderPath + "/return-visit",
                Map.of("satisfaction", "SATISFIED", "note", "电话回访，群众认可整改")));
        assertThat(closedOrder.path("status").asString()).isEqualTo("CLOSED");
        JsonNode rectification = expect(200, get("citizen.meixian",
                "/api/v1/reviews/evaluations/" + evaluationId + "/rectification"));
        assertThat(rectification.path("reply").asString()).contains("一次性书面告知");

        // 6. The hall's public figures moved.
        JsonNode after = expect(200, get(null, figures));
        assertThat(after.path("distribution").path("VERY_DISSATISFIED").asLong())
                .isEqualTo(before.path("distribution").path("VERY_DISSATISFIED").asLong() + 1);
        assertThat(after.path("counts").path("rated").asLong()).isEqualTo(before.path("counts").path("rated").asLong() + 1);
        assertThat(after.path("counts").path("rectified").asLong())
                .isEqualTo(before.path("counts").path("rectified").asLong() + 1);
    }

    /**
     * Flow 1's case: the citizen applies online for the item of flow 1 with the household register
     * from her wallet (免证办, checked with certificate-service) and chooses Mei County's hall; the
     * hall's clerk asks once for a signed application form, she supplies it, the clerk accepts,
     * Baoji's public security bureau (the deciding body) concludes, and review-service invites her
     * to rate the case, naming its number and the hall.
     */
    @Test
    @Order(4)
    void herOnlineApplicationWithTheECertificateIsSupplementedAcceptedConcludedAndOfferedForEvaluation()
            throws Exception {
        assertThat(flowOneItemCode).as("flow 1 published the item and issued the certificate").isNotNull();
        JsonNode filed = expect(201, post("citizen.meixian", "/api/v1/cases", Map.of(
                "itemCode", flowOneItemCode, "applicantType", "PERSON", "applicantName", "张伟",
                "applicantIdNumber", "610326198503122019", "applicantPhone", APPLICANT_PHONE, "channel", "MOBILE",
                "acceptingHall", Map.of("regionCode", "610326", "orgCode", MEI_HALL),
                "materials", List.of(
                        Map.of("code", "household-register", "provision", "E_CERTIFICATE",
                                "reference", flowOneRegisterIdentifier),
                        Map.of("code", "application-form", "provision", "UPLOAD",
                                "reference", "uploads/flow1/application-form.pdf"))),
                Map.of("Idempotency-Key", idempotencyKey())));
        System.out.println("flow 1 case filed: " + filed);
        String caseId = filed.path("id").asString();
        String caseNumber = filed.path("number").asString();
        assertThat(filed.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(filed.path("channel").asString()).isEqualTo("MOBILE");
        assertThat(filed.path("acceptingHall").path("orgCode").asString()).isEqualTo(MEI_HALL);
        assertThat(filed.path("decidingBody").path("orgCode").asString()).isEqualTo(BAOJI_PUBLIC_SECURITY);
        assertThat(material(filed, "household-register").path("provision").asString()).isEqualTo("E_CERTIFICATE");
        assertThat(material(filed, "household-register").path("verification").asString()).isEqualTo("VERIFIED");

        // One supplement notice from the hall, the citizen supplies the signed form.
        JsonNode notified = expect(200, post("clerk.meixian", "/api/v1/cases/" + caseId + "/supplement-notice",
                Map.of("defects", List.of(Map.of("materialCode", "application-form", "problem", "申请表缺少申请人签字")))));
        assertThat(notified.path("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(notified.path("supplementNotices")).hasSize(1);
        JsonNode supplied = expect(200, post("citizen.meixian", "/api/v1/cases/" + caseId + "/supplement",
                Map.of("materials", List.of(Map.of("code", "application-form", "provision", "UPLOAD",
                        "reference", "uploads/flow1/application-form-signed.pdf")))));
        assertThat(supplied.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(supplied.path("submission").asInt()).isEqualTo(2);
        assertThat(material(supplied, "application-form").path("reference").asString()).endsWith("-signed.pdf");

        // The hall accepts; the deciding body concludes.
        JsonNode accepted = expect(200, post("clerk.meixian", "/api/v1/cases/" + caseId + "/acceptance", null));
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode concluded = expect(200, post("deptadmin.baoji", "/api/v1/cases/" + caseId + "/conclusion",
                Map.of("outcome", "APPROVED", "result", "准予办理，审验合格")));
        assertThat(concluded.path("status").asString()).isEqualTo("CONCLUDED");
        JsonNode hers = expect(200, get("citizen.meixian", "/api/v1/cases/" + caseId));
        assertThat(hers.path("status").asString()).isEqualTo("CONCLUDED");
        assertThat(hers.path("number").asString()).isEqualTo(caseNumber);

        // cases.case.v1 (case.concluded) → review-service: she is invited to rate this case.
        JsonNode invitation = awaitJson("the evaluation invitation of case " + caseNumber, () -> {
            JsonNode page = expect(200, get("citizen.meixian", "/api/v1/reviews/invitations/mine?size=100"));
            return stream(page.path("items")).filter(i -> caseNumber.equals(i.path("serviceNumber").asString()))
                    .findFirst();
        });
        System.out.println("flow 1 case invitation: " + invitation);
        assertThat(invitation.path("source").asString()).isEqualTo("CASE");
        assertThat(invitation.path("open").asBoolean()).isTrue();
        assertThat(invitation.path("orgCode").asString()).isEqualTo(MEI_HALL);
        assertThat(invitation.path("itemCodes").toString()).contains(flowOneItemCode);
    }

    /**
     * Flow 4 (跨域通办): a Pingli citizen applies at Pingli County's hall for an item Baoji's public
     * security bureau decides; the Pingli clerk files and accepts it, the Baoji bureau reviews and
     * concludes, the result is collected at the Pingli hall; staff of a third county never see it,
     * and the citizen follows it in her own case list.
     */
    @Test
    @Order(5)
    void aCaseAcceptedInPingliIsDecidedInBaojiAndCollectedInPingli() throws Exception {
        assertThat(flowOneItemCode).as("flow 1 published the Baoji item").isNotNull();
        JsonNode filed = expect(201, post("clerk.pingli", "/api/v1/cases", Map.of(
                "itemCode", flowOneItemCode, "applicantType", "PERSON", "applicantName", "陈静",
                "applicantIdNumber", "610926199207184028", "applicantPhone", PINGLI_APPLICANT_PHONE,
                "materials", List.of(
                        Map.of("code", "household-register", "provision", "UPLOAD", "reference", "uploads/flow4/hukou.pdf"),
                        Map.of("code", "application-form", "provision", "UPLOAD", "reference", "uploads/flow4/form.pdf"))),
                Map.of("Idempotency-Key", idempotencyKey())));
        System.out.println("flow 4 case filed: " + filed);
        String caseId = filed.path("id").asString();
        String caseNumber = filed.path("number").asString();
        assertThat(filed.path("channel").asString()).isEqualTo("WINDOW");
        assertThat(filed.path("crossRegion").asBoolean()).isTrue();
        assertThat(filed.path("acceptingHall").path("regionCode").asString()).isEqualTo("610926");
        assertThat(filed.path("acceptingHall").path("orgCode").asString()).isEqualTo(PINGLI_HALL);
        assertThat(filed.path("decidingBody").path("regionCode").asString()).isEqualTo("610300");
        assertThat(filed.path("decidingBody").path("orgCode").asString()).isEqualTo(BAOJI_PUBLIC_SECURITY);

        // Accepting is the hall's; deciding is the bureau's, not the other way round.
        expect(403, post("deptadmin.baoji", "/api/v1/cases/" + caseId + "/acceptance", null));
        JsonNode accepted = expect(200, post("clerk.pingli", "/api/v1/cases/" + caseId + "/acceptance", null));
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        expect(403, post("clerk.pingli", "/api/v1/cases/" + caseId + "/conclusion",
                Map.of("outcome", "APPROVED", "result", "准予办理")));
        JsonNode reviewing = expect(200, post("deptadmin.baoji", "/api/v1/cases/" + caseId + "/review", null));
        assertThat(reviewing.path("status").asString()).isEqualTo("UNDER_REVIEW");
        JsonNode concluded = expect(200, post("deptadmin.baoji", "/api/v1/cases/" + caseId + "/conclusion",
                Map.of("outcome", "APPROVED", "result", "准予办理，审验合格")));
        assertThat(concluded.path("status").asString()).isEqualTo("CONCLUDED");
        JsonNode delivered = expect(200, post("clerk.pingli", "/api/v1/cases/" + caseId + "/delivery",
                Map.of("method", "WINDOW_PICKUP", "detail", "平利县政务服务中心窗口领取")));
        assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");

        // Mei County's clerk is neither the accepting hall nor the deciding body.
        expect(404, get("clerk.meixian", "/api/v1/cases/" + caseId));
        JsonNode mine = expect(200, get("citizen.pingli", "/api/v1/cases/mine?size=100"));
        JsonNode summary = stream(mine.path("items")).filter(c -> caseId.equals(c.path("id").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseNumber + " not in citizen.pingli's cases: " + mine));
        assertThat(summary.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(summary.path("acceptingRegionCode").asString()).isEqualTo("610926");
        assertThat(summary.path("decidingRegionCode").asString()).isEqualTo("610300");

        JsonNode invitation = awaitJson("the evaluation invitation of case " + caseNumber, () -> {
            JsonNode page = expect(200, get("citizen.pingli", "/api/v1/reviews/invitations/mine?size=100"));
            return stream(page.path("items")).filter(i -> caseNumber.equals(i.path("serviceNumber").asString()))
                    .findFirst();
        });
        System.out.println("flow 4 case invitation: " + invitation);
        assertThat(invitation.path("orgCode").asString()).isEqualTo(PINGLI_HALL);
    }

    /**
     * Flow 3 (一件事一次办): the Mei County citizen applies once for the 新生儿出生 bundle — one form,
     * one set of materials, at the county hall — and gets one child case per member item; the hall
     * accepts every child, each county department concludes its own, and the bundle concludes, all
     * approved, when the last child does.
     */
    @Test
    @Order(6)
    void aNewbornBundleApplicationConcludesWhenEveryChildCaseHasConcluded() throws Exception {
        JsonNode bundle = awaitJson("the 新生儿出生 bundle of Mei County", DEMO_CATALOGUE, () -> {
            JsonNode bundles = expect(200, get(null, "/api/v1/catalog/public/bundles?region=610326"));
            return stream(bundles).filter(b -> "新生儿出生".equals(b.path("name").asString())).findFirst();
        });
        int members = bundle.path("items").size();
        assertThat(members).isEqualTo(5);
        JsonNode filed = expect(201, post("citizen.meixian", "/api/v1/cases/bundles", Map.of(
                "bundleId", bundle.path("bundleId").asString(), "applicantType", "PERSON", "applicantName", "张伟",
                "applicantIdNumber", "610326198503122019", "applicantPhone", APPLICANT_PHONE, "channel", "MOBILE",
                "acceptingHall", Map.of("regionCode", "610326", "orgCode", MEI_HALL),
                "form", Map.of("applicant.name", "张伟", "applicant.idNumber", "610326198503122019",
                        "applicant.phone", APPLICANT_PHONE),
                "materials", List.of(
                        Map.of("code", "id-card", "provision", "UPLOAD", "reference", "uploads/flow3/id-card.pdf"),
                        Map.of("code", "household-register", "provision", "UPLOAD", "reference", "uploads/flow3/hukou.pdf"),
                        Map.of("code", "application-form", "provision", "UPLOAD", "reference", "uploads/flow3/form.pdf"))),
                Map.of("Idempotency-Key", idempotencyKey())));
        String bundleCase = "/api/v1/cases/bundles/" + filed.path("id").asString();
        assertThat(filed.path("status").asString()).isEqualTo("IN_PROGRESS");
        List<JsonNode> children = stream(filed.path("children")).toList();
        assertThat(children).hasSize(members);
        assertThat(children).allSatisfy(child -> {
            assertThat(child.path("status").asString()).isEqualTo("SUBMITTED");
            assertThat(child.path("decidingBody").path("regionCode").asString()).isEqualTo("610326");
        });

        for (JsonNode child : children) {
            JsonNode accepted = expect(200, post("clerk.meixian",
                    "/api/v1/cases/" + child.path("caseId").asString() + "/acceptance", null));
            assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        }
        for (int i = 0; i < children.size(); i++) {
            JsonNode child = children.get(i);
            String decider = MEI_COUNTY_APPROVERS.get(child.path("decidingBody").path("orgCode").asString());
            assertThat(decider).as("a demo approver of " + child.path("decidingBody")).isNotNull();
            if (i == children.size() - 1) {
                assertThat(expect(200, get("citizen.meixian", bundleCase)).path("status").asString())
                        .as("the bundle while a child is still open").isEqualTo("IN_PROGRESS");
            }
            JsonNode concluded = expect(200, post(decider, "/api/v1/cases/" + child.path("caseId").asString()
                    + "/conclusion", Map.of("outcome", "APPROVED", "result", "准予办理")));
            assertThat(concluded.path("status").asString()).isEqualTo("CONCLUDED");
        }

        JsonNode done = awaitJson("the conclusion of the 新生儿出生 bundle", () -> {
            JsonNode view = expect(200, get("citizen.meixian", bundleCase));
            return "CONCLUDED".equals(view.path("status").asString()) ? Optional.of(view) : Optional.empty();
        });
        assertThat(done.path("result").path("outcome").asString()).isEqualTo("ALL_APPROVED");
        assertThat(done.path("result").path("approved").asInt()).isEqualTo(members);
        assertThat(done.path("closedAt").asString()).isNotEmpty();
    }

    private static JsonNode material(JsonNode caseView, String code) {
        return stream(caseView.path("materials")).filter(m -> code.equals(m.path("code").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no material " + code + " in " + caseView));
    }

    /**
     * Baoji's public security bureau (the body deptadmin.baoji acts for) publishes an item: the
     * catalog administrator defines its basic item, the bureau claims it with a guide modelled on a
     * Mei County demo item with a promised limit, submits it, Baoji's approver approves it and the
     * bureau publishes it. Its materials: the household register as an e-certificate (the type as
     * certificate-service knows it) and the application form.
     *
     * @return the implementation code
     */
    private static String publishBaojiPublicSecurityItem(String basicCode, String name) throws Exception {
        expect(201, post("catalogadmin.shaanxi", "/api/v1/catalog/basic-items", Map.of("code", basicCode,
                "name", name, "type", basicCode.substring(2, 4), "lineDepartment", "公安",
                "legalBasis", "《中华人民共和国户口登记条例》", "levels", List.of("3", "4"))));
        JsonNode template = expect(200, get(null, "/api/v1/catalog/public/items/"
                + meiCountyPublicSecurityItemWithPromisedLimit().path("code").asString())).path("guide");
        tools.jackson.databind.node.ObjectNode guide = (tools.jackson.databind.node.ObjectNode) template.deepCopy();
        tools.jackson.databind.node.ArrayNode materials = JSON.createArrayNode();
        for (JsonNode material : template.path("materials")) {
            if (material.path("key").asString().equals("id-card")) {
                tools.jackson.databind.node.ObjectNode register = (tools.jackson.databind.node.ObjectNode) material.deepCopy();
                register.put("key", "household-register").put("name", "居民户口簿")
                        .put("certificateType", HOUSEHOLD_REGISTER).put("required", true);
                materials.add(register);
            } else if (material.path("key").asString().equals("application-form")) {
                materials.add(material.deepCopy());
            }
        }
        assertThat(materials).hasSize(2);
        guide.set("materials", materials);
        JsonNode claimed = expect(201, post("deptadmin.baoji", "/api/v1/catalog/items", Map.of("basicCode", basicCode,
                "regionCode", "610300", "implementingBody", "宝鸡市公安局", "bodyCreditCode", BAOJI_PUBLIC_SECURITY,
                "level", "3", "department", "公安局", "name", name, "guide", guide)));
        String itemId = claimed.path("id").asString();
        expect(200, post("deptadmin.baoji", "/api/v1/catalog/items/" + itemId + "/submit", null));
        expect(200, post("approver.baoji", "/api/v1/catalog/items/" + itemId + "/approve", Map.of("text", "同意发布")));
        JsonNode published = expect(200, post("deptadmin.baoji", "/api/v1/catalog/items/" + itemId + "/publish", null));
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        return published.path("code").asString();
    }

    /**
     * A published Mei County public security item with a promised limit. The demo catalogue is
     * loaded after catalog-service is ready, so the first call may have to wait for it.
     */
    private static JsonNode meiCountyPublicSecurityItemWithPromisedLimit() {
        return awaitJson("a promised item of Mei County's 公安局 in the demo catalogue", DEMO_CATALOGUE, () -> {
            JsonNode page = expect(200, get(null, "/api/v1/catalog/public/items?region=610326&immediate=false&size=100"
                    + "&department=" + URLEncoder.encode("公安局", StandardCharsets.UTF_8)));
            return stream(page.path("items"))
                    .filter(i -> "610326".equals(i.path("regionCode").asString()))
                    .findFirst();
        });
    }

    /**
     * Issue #11 "No personal data in logs": the captured logs of every component of this run hold
     * none of the demo realm's ID numbers and none of the phone numbers the flows sent in.
     */
    @Test
    @Order(100)
    void noLogOfTheRunHoldsADemoIdNumberOrAPhoneNumber() throws Exception {
        List<String> numbers = new ArrayList<>(demoIdNumbers());
        numbers.addAll(List.of(CALLER_PHONE, RESPONSIBLE_PHONE, AGENT_CALLER_PHONE, APPLICANT_PHONE,
                PINGLI_APPLICANT_PHONE));
        assertThat(numbers).contains("610326198503122019", "610926199207184028", "610111197801053031",
                "610300199001015011");

        Path logs = work.resolve("logs");
        List<Path> files;
        try (Stream<Path> list = Files.list(logs)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        assertThat(files.stream().map(p -> p.getFileName().toString()))
                .contains("gateway.log", "catalog-service.log", "case-service.log", "review-service.log",
                        "certificate-service.log", "hotline-service.log", "vector-control-service.log", "keycloak.log");
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(content).as(file.toString()).isNotEmpty();
            List<String> hits = numbers.stream().filter(content::contains).toList();
            if (!hits.isEmpty()) {
                found.put(file.getFileName().toString(), hits);
            }
        }
        assertThat(found).as("personal numbers in the logs of the run").isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    private static List<String> demoIdNumbers() throws IOException {
        JsonNode demo = JSON.readTree(Files.readString(ROOT.resolve("deploy/keycloak/demo/yiwang-demo.json")));
        List<String> numbers = new ArrayList<>();
        for (JsonNode user : demo.path("users")) {
            user.path("attributes").path("demo_id_number").forEach(n -> numbers.add(n.asString()));
        }
        return numbers;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    @FunctionalInterface
    private interface Probe {
        Optional<JsonNode> find() throws Exception;
    }

    /** Polls until the probe finds something, at most {@link #EVENTS} unless told; fails naming what never came. */
    private static JsonNode awaitJson(String what, Probe probe) {
        return awaitJson(what, EVENTS, probe);
    }

    private static JsonNode awaitJson(String what, Duration atMost, Probe probe) {
        AtomicReference<JsonNode> result = new AtomicReference<>();
        await(what).atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            Optional<JsonNode> found = probe.find();
            found.ifPresent(result::set);
            return found.isPresent();
        });
        return result.get();
    }

    private record Response(int status, String body, String method, String path) {
    }

    private static JsonNode expect(int status, Response response) {
        assertThat(response.status()).as(response.method() + " " + response.path() + " → " + response.body())
                .isEqualTo(status);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static Response get(String user, String path) throws Exception {
        return send(user, "GET", path, null, Map.of());
    }

    private static Response post(String user, String path, Object body) throws Exception {
        return send(user, "POST", path, body, Map.of());
    }

    private static Response post(String user, String path, Object body, Map<String, String> headers) throws Exception {
        return send(user, "POST", path, body, headers);
    }

    private static Response send(String user, String method, String path, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUrl(Component.GATEWAY) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), method, path);
    }

    /** A demo user's access token by the password grant of the developer client, reused while fresh. */
    private static String token(String user) throws Exception {
        Token cached = TOKENS.get(user);
        if (cached != null && cached.expires().isAfter(Instant.now())) {
            return cached.value();
        }
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "yiwang-dev-cli",
                "username", user, "password", platform.demoPassword());
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.keycloak().tokenEndpoint(LocalPlatform.REALM)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        Token token = new Token(json.path("access_token").asString(),
                Instant.now().plusSeconds(Math.max(30, json.path("expires_in").asLong(300) - 60)));
        TOKENS.put(user, token);
        return token.value();
    }

    private static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
