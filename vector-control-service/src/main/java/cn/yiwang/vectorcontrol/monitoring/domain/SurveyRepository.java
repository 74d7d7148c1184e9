package cn.yiwang.vectorcontrol.monitoring.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.UUID;

public interface SurveyRepository extends ListCrudRepository<Survey, UUID>, PagingAndSortingRepository<Survey, UUID> {

    /** Surveys of a region's subtree: {@code prefix} is the region's significant prefix followed by %. */
    Page<Survey> findByRegionCodeLike(String prefix, Pageable pageable);
}
