package cn.yiwang.certificate.type.web;

import cn.yiwang.certificate.support.PageView;
import cn.yiwang.certificate.type.CertificateTypeView;
import cn.yiwang.certificate.type.CertificateTypes;
import cn.yiwang.certificate.support.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The certificate directory, for issuers and front ends building issue forms. */
@RestController
@RequestMapping("${yiwang.api.base-path}/types")
class CertificateTypeController {

    private final CertificateTypes types;
    private final Messages messages;

    CertificateTypeController(CertificateTypes types, Messages messages) {
        this.types = types;
        this.messages = messages;
    }

    @GetMapping
    PageView<CertificateTypeView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return types.list(Math.max(0, page), PageView.size(size));
    }

    @GetMapping("/{code}")
    CertificateTypeView one(@PathVariable String code) {
        return types.view(code).orElseThrow(() -> messages.notFound("type", code));
    }
}
