package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ServiceOrganisationRepository extends ListCrudRepository<ServiceOrganisation, UUID> {

    Optional<ServiceOrganisation> findByCreditCode(String creditCode);

    List<ServiceOrganisation> findByRegionCodeLike(String regionPrefix);
}
