package cn.yiwang.certificate.wallet.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface DisplayTokenRepository extends ListCrudRepository<DisplayToken, String> {
}
