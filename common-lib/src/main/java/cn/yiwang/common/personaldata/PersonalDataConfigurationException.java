package cn.yiwang.common.personaldata;

/** The personal-data key material is missing or unusable; the message says which setting to fix. */
public class PersonalDataConfigurationException extends IllegalStateException {

    public PersonalDataConfigurationException(String message) {
        super(message);
    }
}
