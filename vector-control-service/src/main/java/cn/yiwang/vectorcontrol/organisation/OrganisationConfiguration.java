package cn.yiwang.vectorcontrol.organisation;

import cn.yiwang.vectorcontrol.organisation.domain.BannedProducts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    /** The banned-products list in force; a new ministry notice ships as a new data file. */
    @Bean
    BannedProducts bannedProducts(
            @Value("${yiwang.vector-control.banned-products:organisation/banned-products.json}") String resource) {
        return BannedProductsReader.readResource(resource);
    }
}
