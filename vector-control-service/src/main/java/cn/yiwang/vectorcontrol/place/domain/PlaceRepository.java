package cn.yiwang.vectorcontrol.place.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.UUID;

public interface PlaceRepository extends ListCrudRepository<Place, UUID>, PagingAndSortingRepository<Place, UUID> {

    Page<Place> findByRegionCodeLike(String regionPrefix, Pageable pageable);

    java.util.List<Place> findByRegionCodeAndAddress(String regionCode, String address);

    Page<Place> findByRegionCodeLikeAndSupervisingDepartment(String regionPrefix, Department department, Pageable pageable);
}
