package cn.yiwang.certificate.signature;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1UTF8String;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;

/**
 * The electronic-seal structure a certificate's seal is, modelled on the signed-data structure of
 * GB/T 38540 ({@code SES_Signature}): what is signed is not the content itself but a to-be-signed
 * block that names the seal, the signing time, the hash of the content and what the content is;
 * beside it travel the signer's public key, the signature algorithm's OID and the signature.
 * DER-encoded with BouncyCastle:
 *
 * <pre>
 * SealSignature ::= SEQUENCE {
 *   toSign        SEQUENCE {
 *     version       INTEGER (1),              -- this profile's version
 *     sealInfo      SEQUENCE {
 *       sealId        UTF8String,             -- the issuer key id: one key, one seal
 *       issuerCode    UTF8String,             -- unified social credit code of the issuing body
 *       validStart    GeneralizedTime },      -- when the seal (key) came into use
 *     timeInfo      GeneralizedTime,          -- signing time, whole seconds
 *     dataHash      BIT STRING,               -- SM3 (with SM2) or SHA-256 (with ECDSA) of the canonical content
 *     propertyInfo  IA5String },              -- what was hashed
 *   signerKey     OCTET STRING,               -- SubjectPublicKeyInfo of the signer (no CA certificate here)
 *   signatureAlg  OBJECT IDENTIFIER,          -- 1.2.156.10197.1.501 SM2-with-SM3 | 1.2.840.10045.4.3.2 ECDSA-with-SHA256
 *   signature     BIT STRING }                -- over the DER of toSign
 * </pre>
 *
 * Not GB/T 38540 itself: there is no seal image, no seal maker's signature over the seal, no
 * CA-issued signer certificate and no time stamp (see the service README).
 */
public final class ElectronicSeal {

    public static final int VERSION = 1;
    public static final String PROPERTY_INFO = "yiwang:certificate:canonical-json";

    private ElectronicSeal() {
    }

    /** The parsed structure; {@link #toSign} is the exact DER the signature covers. */
    public record Parsed(int version, String sealId, String issuerCode, Instant validStart, Instant signedAt, byte[] dataHash,
                         String propertyInfo, byte[] signerKey, String algorithmOid, byte[] signature, byte[] toSign) {
    }

    /** Seals {@code content}: builds the structure, signs it and answers its DER encoding. */
    public static byte[] create(SealAlgorithm algorithm, String sealId, String issuerCode, Instant validStart, Instant signedAt,
                                PrivateKey privateKey, PublicKey publicKey, byte[] content) {
        ASN1EncodableVector sealInfo = new ASN1EncodableVector();
        sealInfo.add(new DERUTF8String(sealId));
        sealInfo.add(new DERUTF8String(issuerCode));
        sealInfo.add(time(validStart));
        ASN1EncodableVector toSign = new ASN1EncodableVector();
        toSign.add(new ASN1Integer(VERSION));
        toSign.add(new DERSequence(sealInfo));
        toSign.add(time(signedAt));
        toSign.add(new DERBitString(digest(algorithm, content)));
        toSign.add(new DERIA5String(PROPERTY_INFO));
        byte[] toSignDer = der(new DERSequence(toSign));
        byte[] signature = Signatures.sign(algorithm, privateKey, toSignDer);
        ASN1EncodableVector whole = new ASN1EncodableVector();
        whole.add(ASN1Sequence.getInstance(toSignDer));
        whole.add(new DEROctetString(publicKey.getEncoded()));
        whole.add(new ASN1ObjectIdentifier(algorithm.oid()));
        whole.add(new DERBitString(signature));
        return der(new DERSequence(whole));
    }

    /**
     * Reads a structure strictly: exactly the shape above, in DER (a re-encoding must give the same
     * bytes, so nothing can be appended or re-encoded unnoticed).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Parsed parse(byte[] encoded) {
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(encoded);
            if (!Arrays.equals(primitive.getEncoded(ASN1Encoding.DER), encoded)) {
                throw new IllegalArgumentException("not DER");
            }
            ASN1Sequence whole = sequence(primitive, 4);
            ASN1Sequence toSign = sequence(whole.getObjectAt(0), 5);
            ASN1Sequence sealInfo = sequence(toSign.getObjectAt(1), 3);
            BigInteger version = ASN1Integer.getInstance(toSign.getObjectAt(0)).getValue();
            ASN1BitString hash = ASN1BitString.getInstance(toSign.getObjectAt(3));
            ASN1BitString signature = ASN1BitString.getInstance(whole.getObjectAt(3));
            if (hash.getPadBits() != 0 || signature.getPadBits() != 0) {
                throw new IllegalArgumentException("bit strings of whole octets only");
            }
            return new Parsed(version.intValueExact(),
                    ASN1UTF8String.getInstance(sealInfo.getObjectAt(0)).getString(),
                    ASN1UTF8String.getInstance(sealInfo.getObjectAt(1)).getString(),
                    instant(sealInfo.getObjectAt(2)),
                    instant(toSign.getObjectAt(2)),
                    hash.getOctets(),
                    ASN1IA5String.getInstance(toSign.getObjectAt(4)).getString(),
                    ASN1OctetString.getInstance(whole.getObjectAt(1)).getOctets(),
                    ASN1ObjectIdentifier.getInstance(whole.getObjectAt(2)).getId(),
                    signature.getOctets(),
                    toSign.getEncoded(ASN1Encoding.DER));
        } catch (IOException | RuntimeException | ParseException e) {
            throw new IllegalArgumentException("not an electronic seal structure", e);
        }
    }

    /** The hash a seal of {@code algorithm} carries for {@code content}. */
    public static byte[] digest(SealAlgorithm algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm.digest(), Signatures.PROVIDER).digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no " + algorithm.digest() + " digest", e);
        }
    }

    private static ASN1Sequence sequence(ASN1Encodable value, int size) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(value);
        if (sequence.size() != size) {
            throw new IllegalArgumentException("a sequence of " + size + " expected");
        }
        return sequence;
    }

    private static DERGeneralizedTime time(Instant instant) {
        // Whole seconds, as GeneralizedTime in DER is usually written and read.
        return new DERGeneralizedTime(Date.from(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static Instant instant(ASN1Encodable value) throws ParseException {
        return ASN1GeneralizedTime.getInstance(value).getDate().toInstant();
    }

    private static byte[] der(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a seal", e);
        }
    }
}
