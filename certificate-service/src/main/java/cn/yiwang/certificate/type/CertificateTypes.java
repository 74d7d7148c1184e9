package cn.yiwang.certificate.type;

import cn.yiwang.certificate.type.domain.CertificateType;
import cn.yiwang.certificate.type.domain.CertificateTypeRepository;
import cn.yiwang.certificate.support.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Reads the certificate directory; types are data (seeded by migration), not code. */
@Service
@Transactional(readOnly = true)
public class CertificateTypes {

    private final CertificateTypeRepository types;

    public CertificateTypes(CertificateTypeRepository types) {
        this.types = types;
    }

    public Optional<CertificateType> find(String code) {
        return code == null ? Optional.empty() : types.findById(code);
    }

    public Optional<CertificateTypeView> view(String code) {
        return find(code).map(CertificateTypeView::of);
    }

    public PageView<CertificateTypeView> list(int page, int size) {
        return PageView.of(types.findAll(PageRequest.of(page, size, Sort.by("code"))), CertificateTypeView::of);
    }
}
