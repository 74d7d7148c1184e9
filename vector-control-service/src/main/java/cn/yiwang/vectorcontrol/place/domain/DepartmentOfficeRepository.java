package cn.yiwang.vectorcontrol.place.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentOfficeRepository extends ListCrudRepository<DepartmentOffice, String> {
}
