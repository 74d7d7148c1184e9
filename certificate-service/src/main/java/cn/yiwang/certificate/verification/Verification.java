package cn.yiwang.certificate.verification;

import cn.yiwang.certificate.identifier.CertificateIdentifier;
import cn.yiwang.certificate.identifier.InvalidIdentifierException;
import cn.yiwang.certificate.issuance.AccessLog;
import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.CertificateSnapshot;
import cn.yiwang.certificate.signature.CanonicalContent;
import cn.yiwang.certificate.signature.Seal;
import cn.yiwang.certificate.signature.SealAlgorithm;
import cn.yiwang.certificate.signature.SealCheck;
import cn.yiwang.certificate.signature.SealFormat;
import cn.yiwang.certificate.signature.SealedDocument;
import cn.yiwang.certificate.signature.Sealing;
import cn.yiwang.certificate.support.CertificateMetrics;
import cn.yiwang.common.security.Actor;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.wallet.DisplayTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks certificates for anyone who asks; see the package description for the order of checks. */
@Service
@Transactional
public class Verification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CertificateQueries certificates;
    private final Sealing sealing;
    private final DisplayTokens displays;
    private final Messages messages;
    private final AccessLog accessLog;
    private final CertificateMetrics metrics;
    private final Clock clock;

    public Verification(CertificateQueries certificates, Sealing sealing, DisplayTokens displays, Messages messages,
                        AccessLog accessLog, CertificateMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.accessLog = accessLog;
        this.certificates = certificates;
        this.sealing = sealing;
        this.displays = displays;
        this.messages = messages;
        this.clock = clock;
    }

    /** By identifier: typed from paper or read from a printed code. */
    public VerificationResult byIdentifier(String text) {
        Check check = new Check();
        String identifier;
        try {
            identifier = CertificateIdentifier.parse(text).toString();
        } catch (InvalidIdentifierException e) {
            check.reason("identifier-invalid", messages.get(e.reason().messageKey()));
            return check.result(null, Map.of(), null);
        }
        Optional<CertificateSnapshot> found = certificates.snapshotByIdentifier(identifier);
        if (found.isEmpty()) {
            check.reason("not-found");
            return check.result(null, Map.of(), null);
        }
        return checkOwn(found.get(), check, List.of());
    }

    /**
     * By what a QR code says: a show-on-phone code of this platform (used up by this check), or a
     * sealed document, ours or from a platform on the trust list.
     */
    public VerificationResult byQrContent(String content) {
        Check check = new Check();
        if (content == null || content.isBlank()) {
            check.reason("qr-unreadable");
            return check.result(null, Map.of(), null);
        }
        if (displays.isDisplayCode(content.strip())) {
            DisplayTokens.Redemption redemption = displays.redeem(content.strip());
            if (redemption.refusal() != null) {
                check.reason("token-" + redemption.refusal().name().toLowerCase(Locale.ROOT));
                return check.result(null, Map.of(), null);
            }
            CertificateSnapshot shown = certificates.snapshot(redemption.certificateId()).orElseThrow();
            // A showing reveals the holder's data to someone: it belongs in the holder's access log.
            accessLog.record(shown.id(), shown.holderIdHash(), null, "verifier", null, AccessLog.DISPLAY);
            return checkOwn(shown, check, redemption.shownFields());
        }
        if (CertificateIdentifier.isValid(content)) {
            return byIdentifier(content);
        }
        return checkSealedDocument(content.strip(), check);
    }

    /**
     * 免证办: is this certificate of this type, held by this holder, genuine and in force today?
     * The answer names no data of the certificate; the check is written to the holder's access log.
     */
    public Usability usableFor(String identifier, String certificateType, String holderIdHash, Actor actor) {
        VerificationResult checked = byIdentifier(identifier);
        if (checked.certificate() == null) {
            VerificationResult.Finding why = checked.reasons().get(0);
            return new Usability(false, why.code(), why.message());
        }
        CertificateSnapshot certificate = certificates.snapshotByIdentifier(checked.certificate().identifier()).orElseThrow();
        if (!certificate.holderIdHash().equals(holderIdHash)) {
            // Someone else's certificate: say no more than that it cannot be used, and log nothing in a stranger's name.
            return new Usability(false, "not-the-holders", messages.get("certificate.verify.not-the-holders"));
        }
        accessLog.record(certificate.id(), certificate.holderIdHash(), null, actor.subject(), actor.orgCode(), AccessLog.CASE_CHECK);
        if (!certificate.typeCode().equals(certificateType)) {
            return new Usability(false, "type-mismatch", messages.get("certificate.verify.type-mismatch", certificateType));
        }
        if (!checked.genuine()) {
            VerificationResult.Finding why = checked.reasons().get(0);
            return new Usability(false, why.code(), why.message());
        }
        return new Usability(true, null, null);
    }

    /** The answer to {@link #usableFor}: usable, or the first reason why not (code and message). */
    public record Usability(boolean usable, String code, String reason) {
    }

    private VerificationResult checkOwn(CertificateSnapshot certificate, Check check, List<String> shownFields) {
        SealCheck seal = certificate.seal() == null ? new SealCheck(SealCheck.Outcome.UNKNOWN_KEY, null)
                : sealing.check(certificate.issuerCode(), CanonicalContent.of(certificate.sealedContent()), certificate.seal());
        sealFindings(seal, check);
        if (!"VALID".equals(certificate.status())) {
            check.reason("status", messages.get("certificate.status." + certificate.status().toLowerCase(Locale.ROOT)));
        }
        LocalDate today = LocalDate.now(clock);
        if (certificate.validFrom().isAfter(today)) {
            check.reason("not-yet-valid", certificate.validFrom());
        }
        Map<String, String> shown = new LinkedHashMap<>();
        boolean nameShown = false;
        for (String field : shownFields) {
            if (DisplayTokens.HOLDER_NAME.equals(field)) {
                nameShown = true;
            } else if (certificate.metadata().containsKey(field)) {
                shown.put(field, certificate.metadata().get(field));
            }
        }
        VerificationResult.Subject subject = new VerificationResult.Subject(certificate.identifier(), certificate.typeCode(),
                certificate.typeNameZh(), certificate.typeNameEn(), certificate.issuerCode(), certificate.status(),
                certificate.statusCode(), certificate.validFrom(), certificate.validUntil(),
                nameShown ? certificate.holderName() : maskName(certificate.holderName()));
        return check.result(subject, shown, null);
    }

    @SuppressWarnings("unchecked")
    private VerificationResult checkSealedDocument(String content, Check check) {
        Map<String, Object> document;
        Map<String, Object> sealed;
        Seal seal;
        try {
            document = JSON.readValue(SealedDocument.decodeText(content),
                    new TypeReference<Map<String, Object>>() { });
            sealed = (Map<String, Object>) document.get("content");
            Map<String, Object> sealPart = (Map<String, Object>) document.get("seal");
            Object format = sealPart.get("format");
            seal = new Seal(SealAlgorithm.valueOf((String) sealPart.get("algorithm")), (String) sealPart.get("keyId"),
                    (String) sealPart.get("value"), format == null ? SealFormat.RAW : SealFormat.valueOf((String) format));
            if (!(sealed.get("identifier") instanceof String) || !(sealed.get("issuerCode") instanceof String)) {
                throw new IllegalArgumentException("content without identifier or issuer");
            }
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | JacksonException e) {
            check.reason("qr-unreadable");
            return check.result(null, Map.of(), null);
        }
        String identifier = (String) sealed.get("identifier");
        if (!CertificateIdentifier.isValid(identifier)) {
            check.reason("identifier-invalid", messages.get("certificate.identifier.check-character"));
        }
        byte[] canonical;
        try {
            canonical = CanonicalContent.of(sealed);
        } catch (IllegalArgumentException e) {
            check.reason("qr-unreadable");
            return check.result(null, Map.of(), null);
        }
        SealCheck result = sealing.check((String) sealed.get("issuerCode"), canonical, seal);
        sealFindings(result, check);
        LocalDate validFrom = date(sealed.get("validFrom"));
        LocalDate validUntil = date(sealed.get("validUntil"));
        LocalDate today = LocalDate.now(clock);
        if (validFrom != null && validFrom.isAfter(today)) {
            check.reason("not-yet-valid", validFrom);
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            check.reason("status", messages.get("certificate.status.expired"));
        }
        Optional<CertificateSnapshot> own = certificates.snapshotByIdentifier(identifier);
        String status = null;
        String statusCode = null;
        if (own.isPresent()) {
            status = own.get().status();
            statusCode = own.get().statusCode();
            if (!"VALID".equals(status) && !"EXPIRED".equals(status)) {
                check.reason("status", messages.get("certificate.status." + status.toLowerCase(Locale.ROOT)));
            }
        } else {
            check.note("status-not-checked");
        }
        Object holder = sealed.get("holder");
        String holderName = holder instanceof Map<?, ?> map && map.get("name") instanceof String name ? maskName(name) : null;
        VerificationResult.Subject subject = new VerificationResult.Subject(identifier, (String) sealed.get("typeCode"),
                own.map(CertificateSnapshot::typeNameZh).orElse(null), own.map(CertificateSnapshot::typeNameEn).orElse(null),
                (String) sealed.get("issuerCode"), status, statusCode, validFrom, validUntil, holderName);
        return check.result(subject, Map.of(), result.platform());
    }

    private void sealFindings(SealCheck seal, Check check) {
        switch (seal.outcome()) {
            case VALID -> {
            }
            case MALFORMED -> check.reason("seal-malformed");
            case UNKNOWN_KEY, KEY_OF_ANOTHER_ISSUER -> check.reason("issuer-not-trusted");
            case SIGNED_OUTSIDE_KEY_VALIDITY -> check.reason("seal-time-invalid");
            case SIGNATURE_MISMATCH -> check.reason("signature-mismatch");
        }
    }

    private static LocalDate date(Object value) {
        try {
            return value instanceof String text ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 张三 → 张*: enough for a verifier to match the person in front of them, no more. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    private final class Check {
        private final List<VerificationResult.Finding> reasons = new ArrayList<>();
        private final List<VerificationResult.Finding> notes = new ArrayList<>();

        void reason(String code, Object... args) {
            reasons.add(new VerificationResult.Finding(code, messages.get("certificate.verify." + code, args)));
        }

        void note(String code) {
            notes.add(new VerificationResult.Finding(code, messages.get("certificate.verify." + code)));
        }

        VerificationResult result(VerificationResult.Subject subject, Map<String, String> shown, String platform) {
            metrics.verified(reasons.isEmpty());
            return new VerificationResult(reasons.isEmpty(), List.copyOf(reasons), List.copyOf(notes), subject, shown,
                    platform, Instant.now(clock));
        }
    }
}
