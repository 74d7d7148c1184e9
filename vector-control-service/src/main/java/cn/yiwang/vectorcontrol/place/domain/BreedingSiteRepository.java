package cn.yiwang.vectorcontrol.place.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.Collection;
import java.util.UUID;

public interface BreedingSiteRepository extends ListCrudRepository<BreedingSite, UUID>,
        PagingAndSortingRepository<BreedingSite, UUID> {

    Page<BreedingSite> findByRegionCodeLikeAndStatusIn(String regionPrefix, Collection<BreedingSiteStatus> statuses,
                                                       Pageable pageable);
}
