package org.passage.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded server's superuser password: random, made at the first start, kept beside the data
 * directory ({@code data} → {@code data.password}, since initdb refuses a directory that is not
 * empty), readable by the application's user only (mode 0600).
 */
final class DatabasePassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    static Path fileFor(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".password");
    }

    /** The password in {@code file}, made now (32 random bytes, base64url) when there is none. */
    static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                // Created with its final mode, so that it is never readable by others, not even briefly.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, password, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException e) {
                // Another process made it first: use its password.
            }
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!password.matches("[A-Za-z0-9_-]{32,}")) {
            throw new IOException(file + " does not hold a password made by Passage");
        }
        return password;
    }
}
