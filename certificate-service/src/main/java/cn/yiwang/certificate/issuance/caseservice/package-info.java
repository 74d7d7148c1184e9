/** This service's client of case-service: the issuance data of a concluded case, fetched with the service's own token. */
package cn.yiwang.certificate.issuance.caseservice;
