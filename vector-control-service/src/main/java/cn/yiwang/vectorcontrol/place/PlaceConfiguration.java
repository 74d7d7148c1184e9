package cn.yiwang.vectorcontrol.place;

import cn.yiwang.vectorcontrol.place.domain.SupervisionMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlaceConfiguration {

    /** The Art. 5 mapping in force; a changed article ships as a new data file and this setting. */
    @Bean
    SupervisionMapping supervisionMapping(
            @Value("${yiwang.vector-control.supervision-mapping:place/supervision-art5.json}") String resource) {
        return SupervisionMappingReader.readResource(resource);
    }
}
