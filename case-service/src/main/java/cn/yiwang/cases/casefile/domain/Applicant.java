package cn.yiwang.cases.casefile.domain;

import java.util.Objects;

/**
 * Who applied. The ID number and phone are held only encrypted, with a keyed hash of the ID
 * number for "my cases" lookups (ARCHITECTURE.md, personal data); the domain never sees the
 * plaintext.
 *
 * @param type           person or enterprise
 * @param name           display name
 * @param idHash         keyed hash of the ID number or credit code
 * @param idEncrypted    the ID number or credit code, encrypted
 * @param phoneEncrypted the contact phone, encrypted, or {@code null}
 */
public record Applicant(ApplicantType type, String name, String idHash, String idEncrypted, String phoneEncrypted) {

    public Applicant {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(idEncrypted, "idEncrypted");
    }
}
