package cn.yiwang.hotline.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * {@code yiwang.hotline.open311.*}. GeoReport v2 clients identify themselves with an
 * {@code api_key}; each key belongs to a partner that files requests for one region. Keys come
 * from the environment (YIWANG_HOTLINE_OPEN311_PARTNERS_<ID>_APIKEY), never from the repository.
 *
 * @param partners            partner id → key, region and display name
 * @param defaultJurisdiction region of requests filed with a citizen's token and no jurisdiction_id
 */
@ConfigurationProperties("yiwang.hotline.open311")
public record Open311Properties(Map<String, Partner> partners, String defaultJurisdiction) {

    public Open311Properties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    public record Partner(String apiKey, String region, String name) {
    }
}
