package cn.yiwang.deploy.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * Passwords, client secrets and personal-data keys of one installation: generated on the first
 * start, kept in a file only the owner can read (600), reused on every later start — the realm and
 * the databases remember them, and data encrypted with a key is unreadable without it.
 *
 * <p>Nothing here is ever committed; deleting the data directory deletes them with the data.
 */
public final class InstallationSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;
    private final Properties values = new Properties();
    private boolean changed;

    private InstallationSecrets(Path file) {
        this.file = file;
    }

    /** Loads the file, creating it (owner-only) when it does not exist yet. */
    public static InstallationSecrets loadOrCreate(Path file) {
        InstallationSecrets secrets = new InstallationSecrets(file);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                secrets.values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }
        return secrets;
    }

    /** A random password, the same one on every later call and start. */
    public String password(String name) {
        return valueOrCreate(name, () -> randomToken(24));
    }

    /** A password that also meets the realm's password policy (upper, lower, digit, special, length 12+). */
    public String policyPassword(String name) {
        return valueOrCreate(name, () -> "Yw-" + randomToken(15) + "a7Z");
    }

    /** A base64-encoded random key of {@code bytes} bytes (AES-256, HMAC). */
    public String key(String name, int bytes) {
        return valueOrCreate(name, () -> {
            byte[] key = new byte[bytes];
            RANDOM.nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
    }

    /** Writes new values, if any, with owner-only permissions. */
    public void save() {
        if (!changed) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(tmp);
            }
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(writer, "Yiwang local platform: secrets of this installation. Do not share or commit.");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    private String valueOrCreate(String name, java.util.function.Supplier<String> generator) {
        String value = values.getProperty(name);
        if (value == null) {
            value = generator.get();
            values.setProperty(name, value);
            changed = true;
        }
        return value;
    }

    private static String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
