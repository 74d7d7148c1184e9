package cn.yiwang.certificate.signature;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A certificate's sealed content and its seal in one string (base64url of
 * {@code {"content":{…},"seal":{"algorithm","format","keyId","value"}}}; a document without
 * {@code format} carries a bare signature ({@link SealFormat#RAW})), for a QR code on paper or for
 * exchange with other platforms: whoever trusts the issuer's key can check it offline.
 */
public final class SealedDocument {

    private SealedDocument() {
    }

    public static String encode(Map<String, Object> content, Seal seal) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("content", content);
        document.put("seal", Map.of("algorithm", seal.algorithm().name(), "format", seal.format().name(), "keyId", seal.keyId(),
                "value", seal.value()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(CanonicalContent.of(document));
    }

    /** Decodes what {@link #encode} wrote, as text; the reader parses it. */
    public static String decodeText(String document) {
        return new String(Base64.getUrlDecoder().decode(document), StandardCharsets.UTF_8);
    }
}
