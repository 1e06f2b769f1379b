package org.passage.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hands out a stored document's content and, at its end, checks it against the recorded size and hash. */
class VerifyingInputStream extends FilterInputStream {

    private final StoredDocument document;
    private final MessageDigest digest = Sha256.newDigest();
    private long count;
    private boolean verified;

    VerifyingInputStream(InputStream content, StoredDocument document) {
        super(content);
        this.document = document;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value < 0) {
            verify();
        } else {
            digest.update((byte) value);
            counted(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read < 0) {
            verify();
        } else {
            digest.update(buffer, offset, read);
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must still be hashed, so they are read.
        return n <= 0 ? 0 : readAndDiscard(n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private long readAndDiscard(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    private void counted(int bytes) throws IOException {
        count += bytes;
        if (count > document.size()) {
            throw new DocumentIntegrityException(document.id());
        }
    }

    private void verify() throws IOException {
        if (verified) {
            return;
        }
        verified = true;
        if (count != document.size()
                || !HexFormat.of().formatHex(digest.digest()).equals(document.sha256())) {
            throw new DocumentIntegrityException(document.id());
        }
    }
}
