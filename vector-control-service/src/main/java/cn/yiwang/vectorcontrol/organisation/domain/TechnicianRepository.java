package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

public interface TechnicianRepository extends ListCrudRepository<Technician, UUID> {

    List<Technician> findByOrganisationId(UUID organisationId);
}
