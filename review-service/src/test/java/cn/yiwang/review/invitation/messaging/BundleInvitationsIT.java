package cn.yiwang.review.invitation.messaging;

import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 一事一评 for bundle applications (一件事一次办, DOMAIN.md §4): the applicant's one matter is the
 * bundle, so its child cases open no invitations and the bundle's conclusion opens exactly one.
 * The events are case-service's own examples (case-concluded-bundlechild.json,
 * case-bundleconcluded.json), read from its module.
 */
class BundleInvitationsIT extends ReviewIntegrationTest {

    private static final String CASES = "cases.case.v1";
    private static final String CONCLUDED = "yiwang.case.concluded.v1";
    private static final String BUNDLE_CONCLUDED = "yiwang.case.bundleconcluded.v1";
    private static final String BUNDLE_WITHDRAWN = "yiwang.case.bundlewithdrawn.v1";

    @Test
    void aNewbornBundleOfFiveChildCasesIsRatedOnceForAllFiveItems() {
        String applicant = unique("parent");
        String org = uniqueOrg();
        Bundle bundle = new Bundle(applicant, org, 5, "APPROVED");

        List<String> childEvents = new ArrayList<>();
        for (ObjectNode child : bundle.childConclusions()) {
            childEvents.add(publish(CASES, CONCLUDED, child.get("caseId").asString(), child.toString()));
        }
        awaitHandled(childEvents);
        publish(CASES, BUNDLE_CONCLUDED, bundle.id, bundle.concluded().toString());

        JsonNode invitation = awaitOnlyInvitationOf(applicant);
        assertThat(invitation.get("source").asString()).isEqualTo("CASE");
        assertThat(invitation.get("serviceNumber").asString()).isEqualTo(bundle.number);
        assertThat(invitation.get("bundleName").asString()).isEqualTo("新生儿出生一件事");
        assertThat(invitation.get("leadDepartment").asString()).isEqualTo("眉县卫生健康局");
        assertThat(invitation.get("orgCode").asString()).isEqualTo(org);
        assertThat(invitation.get("regionCode").asString()).isEqualTo("610326");
        assertThat(strings(invitation.get("itemCodes"))).containsExactlyElementsOf(bundle.itemCodes);
        assertThat(invitation.get("itemNames")).hasSize(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id IN (?, ?, ?, ?, ?)",
                Integer.class, bundle.childIds.toArray())).isZero();

        String month = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString().substring(0, 7);
        JsonNode byOrg = get("/public/statistics/organisations/" + org + "?period=" + month, null).json();
        assertThat(byOrg.get("counts").get("concluded").asLong()).isEqualTo(1);
        JsonNode byItem = get("/public/statistics/items/" + bundle.itemCodes.get(2) + "?period=" + month, null).json();
        assertThat(byItem.get("counts").get("concluded").asLong()).isEqualTo(1);
    }

    @Test
    void theApplicantRatesTheBundleOnceAndTheRatingNamesTheBundleAndItsLeadDepartment() {
        String applicant = unique("parent");
        Bundle bundle = new Bundle(applicant, uniqueOrg(), 3, "APPROVED");
        publish(CASES, BUNDLE_CONCLUDED, bundle.id, bundle.concluded().toString());
        UUID invitation = UUID.fromString(awaitOnlyInvitationOf(applicant).get("id").asString());

        Response first = evaluate(citizen(applicant), invitation, rating("SATISFIED", 2, false, "一次办好"));
        Response second = evaluate(citizen(applicant), invitation, rating("VERY_SATISFIED", 2, false, null));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        JsonNode service = get("/evaluations/" + first.json().get("id").asString(), citizen(applicant)).json().get("service");
        assertThat(service.get("serviceNumber").asString()).isEqualTo(bundle.number);
        assertThat(service.get("bundleName").asString()).isEqualTo("新生儿出生一件事");
        assertThat(service.get("leadDepartment").asString()).isEqualTo("眉县卫生健康局");
        assertThat(service.get("itemCodes")).hasSize(3);
    }

    @Test
    void aBundleConclusionDeliveredTwiceUnderTwoEventIdsOpensOneInvitation() {
        Bundle bundle = new Bundle(unique("parent"), uniqueOrg(), 2, "APPROVED");

        String first = publish(CASES, BUNDLE_CONCLUDED, bundle.id, bundle.concluded().toString());
        String second = publish(CASES, BUNDLE_CONCLUDED, bundle.id, bundle.concluded().toString());

        awaitHandled(List.of(first, second));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id = ?", Integer.class, bundle.id))
                .isEqualTo(1);
    }

    @Test
    void aWithdrawnBundleOpensNoInvitationNotEvenForTheChildThatHadConcluded() {
        String applicant = unique("parent");
        Bundle bundle = new Bundle(applicant, uniqueOrg(), 3, "APPROVED");
        ObjectNode concludedChild = bundle.childConclusions().get(0);

        awaitHandled(List.of(publish(CASES, CONCLUDED, concludedChild.get("caseId").asString(), concludedChild.toString())));
        publish(CASES, BUNDLE_WITHDRAWN, bundle.id, bundle.withdrawn().toString());
        // A marker bundle on the same key (so the same partition) shows the listener has read past the withdrawal.
        String marker = unique("marker");
        Bundle markerBundle = new Bundle(marker, uniqueOrg(), 1, "APPROVED");
        publish(CASES, BUNDLE_CONCLUDED, bundle.id, markerBundle.concluded().toString());

        awaitOnlyInvitationOf(marker);
        assertThat(get("/invitations/mine", citizen(applicant)).json().get("items")).isEmpty();
    }

    @Test
    void aBundleWhoseEveryItemWasRefusedIsStillRated() {
        String applicant = unique("parent");
        Bundle bundle = new Bundle(applicant, uniqueOrg(), 2, "DENIED");

        publish(CASES, BUNDLE_CONCLUDED, bundle.id, bundle.concluded().toString());

        JsonNode invitation = awaitOnlyInvitationOf(applicant);
        assertThat(invitation.get("serviceNumber").asString()).isEqualTo(bundle.number);
        assertThat(invitation.get("open").asBoolean()).isTrue();
    }

    @Test
    void aBundleNoneOfWhoseItemsWasEvenAcceptedOpensNoInvitation() {
        String applicant = unique("parent");
        Bundle bundle = new Bundle(applicant, uniqueOrg(), 2, null);
        ObjectNode event = bundle.concluded();
        event.get("children").forEach(child -> ((ObjectNode) child).put("status", "NOT_ACCEPTED").putNull("outcome"));

        awaitHandled(List.of(publish(CASES, BUNDLE_CONCLUDED, bundle.id, event.toString())));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id = ?", Integer.class, bundle.id))
                .isZero();
        assertThat(get("/invitations/mine", citizen(applicant)).json().get("items")).isEmpty();
    }

    /** Waits until the invitation listener has handled (and recorded) every one of these events. */
    private void awaitHandled(Collection<String> eventIds) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> eventIds.stream()
                .allMatch(id -> jdbc.queryForObject("""
                        SELECT count(*) FROM processed_event WHERE consumer = 'review-invitations' AND event_id = ?""",
                        Integer.class, id) == 1));
    }

    private JsonNode awaitOnlyInvitationOf(String idHash) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get("/invitations/mine", citizen(idHash)).json().get("items"), items -> items.size() == 1)
                .get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /**
     * A bundle application of {@code size} child cases for one applicant, accepted by {@code org}
     * in Mei County, built from case-service's examples with ids of its own.
     */
    private final class Bundle {

        final String id = UUID.randomUUID().toString();
        final String number = "YJS610326" + id.substring(0, 8);
        final List<String> childIds = new ArrayList<>();
        final List<String> itemCodes = new ArrayList<>();
        private final String applicant;
        private final String org;
        private final String outcome;

        Bundle(String applicant, String org, int size, String outcome) {
            this.applicant = applicant;
            this.org = org;
            this.outcome = outcome;
            for (int i = 0; i < size; i++) {
                childIds.add(UUID.randomUUID().toString());
                itemCodes.add("ITEM-" + id.substring(0, 8) + "-" + i);
            }
        }

        /** Each child's own case.concluded, naming this bundle. */
        List<ObjectNode> childConclusions() {
            List<ObjectNode> events = new ArrayList<>();
            for (int i = 0; i < childIds.size(); i++) {
                ObjectNode event = ProducerExamples.read("case-service", "case-concluded-bundlechild.json");
                event.put("caseId", childIds.get(i));
                event.put("caseNumber", "NO-" + childIds.get(i));
                event.put("itemCode", itemCodes.get(i));
                event.put("bundleCaseId", id);
                event.put("bundleCaseNumber", number);
                event.put("applicantIdHash", applicant);
                event.put("acceptingOrgCode", org);
                event.put("occurredAt", clock.instant().toString());
                events.add(event);
            }
            return events;
        }

        ObjectNode concluded() {
            ObjectNode event = ProducerExamples.read("case-service", "case-bundleconcluded.json");
            event.put("bundleCaseId", id);
            event.put("bundleCaseNumber", number);
            event.put("applicantIdHash", applicant);
            event.put("acceptingOrgCode", org);
            event.put("occurredAt", clock.instant().toString());
            ObjectNode template = (ObjectNode) event.get("children").get(0);
            ArrayNode children = event.putArray("children");
            for (int i = 0; i < childIds.size(); i++) {
                ObjectNode child = template.deepCopy();
                child.put("caseId", childIds.get(i));
                child.put("caseNumber", "NO-" + childIds.get(i));
                child.put("itemCode", itemCodes.get(i));
                child.put("itemName", "事项 " + i);
                child.put("outcome", outcome);
                children.add(child);
            }
            return event;
        }

        ObjectNode withdrawn() {
            ObjectNode event = concluded();
            event.put("event", "bundlewithdrawn");
            event.put("status", "WITHDRAWN");
            event.putNull("result");
            event.put("reason", "不再需要");
            return event;
        }
    }
}
