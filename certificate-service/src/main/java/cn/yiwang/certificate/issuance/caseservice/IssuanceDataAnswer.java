package cn.yiwang.certificate.issuance.caseservice;

/** What case-service said when asked for a concluded case's issuance data. */
public sealed interface IssuanceDataAnswer {

    /** 200: the data to issue with. */
    record Found(CaseIssuanceDataV1 data) implements IssuanceDataAnswer {
    }

    /** 404: case-service does not know the case. Asking again will not help. */
    record UnknownCase() implements IssuanceDataAnswer {
    }

    /** 409: the case is not concluded as approved with a certificate result. Asking again will not help. */
    record NotIssuable(String detail) implements IssuanceDataAnswer {
    }

    /** Down, slow, circuit open, refused our token or answered nonsense: ask again later. */
    record Unavailable(String reason) implements IssuanceDataAnswer {
    }
}
