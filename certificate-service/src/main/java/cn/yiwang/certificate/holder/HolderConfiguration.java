package cn.yiwang.certificate.holder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** Builds {@link HolderIdProtection} from {@code yiwang.personal-data.*}; keys come from the environment only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HolderConfiguration.PersonalDataKeys.class)
class HolderConfiguration {

    @Bean
    HolderIdProtection holderIdProtection(PersonalDataKeys keys) {
        return new HolderIdProtection(keys.encryptionKeys(), keys.currentKeyId(), keys.hashKey());
    }

    /** The subset of common-lib's personal-data settings this service needs until it uses them directly. */
    @ConfigurationProperties("yiwang.personal-data")
    record PersonalDataKeys(Map<String, String> encryptionKeys, String currentKeyId, String hashKey) {

        @Override
        public String toString() {
            return "PersonalDataKeys[keys=" + (encryptionKeys == null ? "[]" : encryptionKeys.keySet()) + "]";
        }
    }
}
