package cn.yiwang.certificate.wallet.web;

import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.CertificateView;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.certificate.wallet.DisplayTokens;
import cn.yiwang.common.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The holder's own certificates, found by the keyed hash in their token, and 亮证. */
@RestController
@RequestMapping("${yiwang.api.base-path}/wallet")
class WalletController {

    private final CertificateQueries certificates;
    private final DisplayTokens displays;

    WalletController(CertificateQueries certificates, DisplayTokens displays) {
        this.certificates = certificates;
        this.displays = displays;
    }

    @GetMapping
    PageView<CertificateView> wallet(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                     Actor actor) {
        return certificates.wallet(actor, Math.max(0, page), PageView.size(size));
    }

    /** A one-time QR code for a verifier to scan; {@code image} is a PNG data URL the phone shows. */
    @PostMapping("/{id}/displays")
    @ResponseStatus(HttpStatus.CREATED)
    DisplayView show(@PathVariable UUID id, @RequestBody(required = false) DisplayRequest request, Actor actor) {
        DisplayTokens.Display display = displays.show(id, request == null ? List.of() : request.fields(), actor);
        return new DisplayView(display.qrContent(), display.expiresAt(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(display.png()));
    }

    /** The sealed document of the holder's certificate, to print as a QR code or hand to another platform. */
    @GetMapping("/{id}/sealed-document")
    SealedDocumentView sealedDocument(@PathVariable UUID id, Actor actor) {
        var certificate = certificates.ownedBy(id, actor);
        return new SealedDocumentView(certificate.identifier(),
                cn.yiwang.certificate.signature.SealedDocument.encode(certificate.sealedContent(), certificate.seal()));
    }

    record SealedDocumentView(String identifier, String document) {
    }

    /** @param fields metadata field names (and {@code holderName}) the verifier may see */
    record DisplayRequest(List<String> fields) {
    }

    record DisplayView(String qrContent, Instant expiresAt, String image) {
    }
}
