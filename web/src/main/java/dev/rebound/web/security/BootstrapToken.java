package dev.rebound.web.security;

import dev.rebound.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The platform-admin token of the embedded default: {@code REBOUND_BOOTSTRAP_TOKEN} when set; otherwise the token
 * kept in {@code <data-dir>/bootstrap-token}; otherwise a new random token, written there (mode 600). The log says
 * where it is kept, never the token.
 */
public final class BootstrapToken {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapToken.class);
    static final String FILE_NAME = "bootstrap-token";

    private final byte[] token;

    private BootstrapToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    public static BootstrapToken resolve(WebProperties properties) {
        if (properties.bootstrapToken() != null && !properties.bootstrapToken().isBlank()) {
            return new BootstrapToken(properties.bootstrapToken().strip());
        }
        Path file = properties.dataDir().resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return new BootstrapToken(Files.readString(file).strip());
            }
            String token = generate();
            write(file, token);
            // where it is, never the token itself: logs are shipped and kept where the data directory is not
            LOG.warn("""

                    ================================================================================
                    A platform-admin token was generated and kept in {} (owner only).
                    Read it there (cat {}) and use it as: Authorization: Bearer <token>
                    ================================================================================""",
                    file.toAbsolutePath(), file.toAbsolutePath());
            return new BootstrapToken(token);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the bootstrap token at " + file.toAbsolutePath()
                    + "; set REBOUND_BOOTSTRAP_TOKEN or make REBOUND_DATA_DIR writable", e);
        }
    }

    /** Compares in constant time, so the answer's timing says nothing about the token. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return "rbt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void write(Path file, String token) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean posix = file.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews()
                .contains("posix");
        try {
            if (posix) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process created " + file + " at the same time", e);
        }
        Files.writeString(file, token + System.lineSeparator());
    }
}
