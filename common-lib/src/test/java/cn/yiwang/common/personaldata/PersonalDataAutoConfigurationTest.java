package cn.yiwang.common.personaldata;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataAutoConfigurationTest {

    static final String AES_KEY = Base64.getEncoder().encodeToString(FieldCipherTest.key(32, 1));
    static final String HASH_KEY = Base64.getEncoder().encodeToString(FieldCipherTest.key(32, 9));

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PersonalDataAutoConfiguration.class));

    /** Stands for a service feature that stores personal data. */
    record ApplicantStore(PersonalDataProtector protector) {
    }

    @Test
    void aServiceThatNeverTouchesPersonalDataStartsWithoutKeys() {
        context.run(app -> assertThat(app).hasNotFailed());
    }

    @Test
    void aServiceThatStoresPersonalDataWithoutKeysFailsAtStartupNamingTheSettings() {
        context.withBean(ApplicantStore.class).run(app -> assertThat(app).getFailure()
                .rootCause()
                .isInstanceOf(PersonalDataConfigurationException.class)
                .hasMessageContaining("yiwang.personal-data.hash-key")
                .hasMessageContaining("YIWANG_PERSONALDATA_HASHKEY"));
    }

    @Test
    void keysComeFromEnvironmentVariables() {
        context.withBean(ApplicantStore.class)
                .withInitializer(app -> app.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                                "YIWANG_PERSONALDATA_ENCRYPTIONKEYS_K1", AES_KEY,
                                "YIWANG_PERSONALDATA_CURRENTKEYID", "k1",
                                "YIWANG_PERSONALDATA_HASHKEY", HASH_KEY))))
                .run(app -> {
                    PersonalDataProtector protector = app.getBean(PersonalDataProtector.class);
                    String stored = protector.encrypt("610326199001011233");
                    assertThat(stored).startsWith("v1:AES:k1:");
                    assertThat(protector.reveal(PersonalDataKind.CITIZEN_ID, stored, false)).isEqualTo("6103**********1233");
                    assertThat(protector.reveal(PersonalDataKind.CITIZEN_ID, stored, true)).isEqualTo("610326199001011233");
                });
    }

    @Test
    void aHashKeyEqualToAnEncryptionKeyIsRefused() {
        context.withBean(ApplicantStore.class)
                .withPropertyValues("yiwang.personal-data.encryption-keys.k1=" + AES_KEY, "yiwang.personal-data.current-key-id=k1",
                        "yiwang.personal-data.hash-key=" + AES_KEY)
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("must differ"));
    }

    @Test
    void sm4IsSelectedByConfiguration() {
        String sm4Key = Base64.getEncoder().encodeToString(FieldCipherTest.key(16, 3));
        context.withPropertyValues("yiwang.personal-data.algorithm=SM4_GCM", "yiwang.personal-data.encryption-keys.sm=" + sm4Key,
                        "yiwang.personal-data.current-key-id=sm", "yiwang.personal-data.hash-key=" + HASH_KEY,
                        "yiwang.personal-data.hash-algorithm=HMAC_SM3")
                .run(app -> assertThat(app.getBean(PersonalDataProtector.class).encrypt("13812341234")).startsWith("v1:SM4:sm:"));
    }

    @Test
    void aServiceWithoutPersonalDataCanSwitchItOff() {
        context.withPropertyValues("yiwang.personal-data.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(PersonalDataProtector.class));
    }
}
