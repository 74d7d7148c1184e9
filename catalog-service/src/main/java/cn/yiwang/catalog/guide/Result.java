package cn.yiwang.catalog.guide;

/** What the applicant receives (办理结果) and a sample of it; a certificate type when it is an e-certificate. */
public record Result(String name, String sampleUrl, String certificateType) {
}
