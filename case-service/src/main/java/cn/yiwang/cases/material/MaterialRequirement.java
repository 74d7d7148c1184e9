package cn.yiwang.cases.material;

import java.util.Objects;

/**
 * One material the service guide asks for, as the case keeps it from the published item version.
 *
 * @param code               the material's code within the guide
 * @param name               its name (zh-CN, as published)
 * @param required           whether the application is incomplete without it
 * @param certificateType    the e-certificate type that can replace it (免证办), or {@code null}
 * @param commitmentAllowed  whether a signed commitment may replace it (告知承诺)
 * @param gapAllowed         whether it may follow after acceptance (容缺: non-key materials only)
 */
public record MaterialRequirement(String code, String name, boolean required, String certificateType,
                                  boolean commitmentAllowed, boolean gapAllowed) {

    public MaterialRequirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
