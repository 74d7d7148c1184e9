/**
 * How each material of a service guide is provided: an upload, one of the applicant's electronic
 * certificates (免证办, GB/T 36901–36906, verified with certificate-service), a signed commitment
 * (告知承诺制, 国办发〔2020〕42号) or an accepted gap with a due date (容缺受理, local practice).
 */
package cn.yiwang.cases.material;
