package org.passage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps each document as one file named by its id in a directory. A document appears there only
 * by an atomic rename of a complete, synced staged file from the same file system, so a crash
 * never leaves half a document under a document's name.
 */
class FileSystemDocumentStore implements DocumentStore {

    private final Path directory;

    FileSystemDocumentStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public void put(DocumentId id, Path staged) throws IOException {
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.createDirectories(directory);
        Files.move(staged, file(id), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
    }

    @Override
    public InputStream open(DocumentId id) throws IOException {
        return Files.newInputStream(file(id));
    }

    @Override
    public void delete(DocumentId id) throws IOException {
        Files.deleteIfExists(file(id));
    }

    Path file(DocumentId id) {
        // A UUID's canonical form has only hex digits and hyphens: it cannot leave the directory.
        return directory.resolve(id.value().toString());
    }

    private void syncDirectory() {
        // Makes the rename itself durable. Linux and macOS allow fsync on a directory opened for
        // reading; where a platform does not, the rename is still atomic, only its durability waits.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // nothing more to do
        }
    }
}
