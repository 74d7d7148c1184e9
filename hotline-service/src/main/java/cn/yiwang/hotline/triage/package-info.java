/**
 * Triage of new tickets: emergencies go at once to 110/119/120/122 and matters for courts,
 * arbitration, discipline inspection, review, disclosure or petitions get their legal route
 * (国办函〔2025〕66号; 12345↔110 linkage of 国办发〔2022〕12号).
 */
package cn.yiwang.hotline.triage;
