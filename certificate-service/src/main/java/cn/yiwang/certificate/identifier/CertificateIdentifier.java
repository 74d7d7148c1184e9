package cn.yiwang.certificate.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A certificate identifier (证照标识, GB/T 36904): the root {@code 1.2.156.3005.2}, the type code
 * (the defining authority's unified social credit code and a 3-digit sequence), the issuer's
 * credit code, a serial, a 3-digit version and the MOD 37,36 check character computed over the
 * segments after the root with the dots removed.
 *
 * <p>Credit codes are checked for format only: some early pilot codes fail the GB 32100 check
 * character and still appear on certificates that are in use (DOMAIN.md §6).
 */
public record CertificateIdentifier(String typeCode, String issuerCode, String serial, int version) {

    public static final String ROOT = "1.2.156.3005.2";
    public static final int MAX_VERSION = 999;

    private static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{18}";
    private static final Pattern TYPE_CODE = Pattern.compile(CREDIT_CODE + "\\d{3}");
    private static final Pattern ISSUER_CODE = Pattern.compile(CREDIT_CODE);
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1,40}");
    private static final Pattern VERSION = Pattern.compile("\\d{3}");

    public CertificateIdentifier {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(issuerCode, "issuerCode");
        Objects.requireNonNull(serial, "serial");
        if (!TYPE_CODE.matcher(typeCode).matches()) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.TYPE_CODE);
        }
        if (!ISSUER_CODE.matcher(issuerCode).matches()) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.ISSUER_CODE);
        }
        if (!SERIAL.matcher(serial).matches()) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.SERIAL);
        }
        if (version < 1 || version > MAX_VERSION) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.VERSION);
        }
    }

    /**
     * Reads an identifier and checks its check character; case is ignored because people type
     * identifiers from paper.
     *
     * @throws InvalidIdentifierException naming what is wrong
     */
    public static CertificateIdentifier parse(String text) {
        if (text == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.FORMAT);
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        if (!normalised.startsWith(ROOT + ".")) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.ROOT);
        }
        String[] segments = normalised.substring(ROOT.length() + 1).split("\\.", -1);
        if (segments.length != 5) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.FORMAT);
        }
        if (!VERSION.matcher(segments[3]).matches()) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.VERSION);
        }
        CertificateIdentifier identifier = new CertificateIdentifier(segments[0], segments[1], segments[2],
                Integer.parseInt(segments[3]));
        if (segments[4].length() != 1 || segments[4].charAt(0) != identifier.checkCharacter()) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHECK_CHARACTER);
        }
        return identifier;
    }

    /** Whether {@code text} is a well-formed identifier with a matching check character. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public char checkCharacter() {
        return Mod37Check.checkCharacter(typeCode + issuerCode + serial + versionSegment());
    }

    /** The same certificate (type, issuer, serial) in the given version, e.g. after a correction. */
    public CertificateIdentifier withVersion(int newVersion) {
        return new CertificateIdentifier(typeCode, issuerCode, serial, newVersion);
    }

    private String versionSegment() {
        return String.format(Locale.ROOT, "%03d", version);
    }

    @Override
    public String toString() {
        return ROOT + "." + typeCode + "." + issuerCode + "." + serial + "." + versionSegment() + "." + checkCharacter();
    }
}
