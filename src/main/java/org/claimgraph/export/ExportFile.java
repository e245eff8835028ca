package org.claimgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The file an export writes: gzip-compressed when its name ends with {@code .gz}, written to a
 * temporary file beside it and moved into place only by {@link #commit()}. A failed export thus
 * leaves neither a truncated file nor a clobbered earlier one.
 *
 * <pre>{@code
 * try (ExportFile file = ExportFile.create(Path.of("claims.ttl.gz"))) {
 *     Exporter.export(ds, ExportFormat.TTL, file.out());
 *     file.commit();
 * }
 * }</pre>
 */
public final class ExportFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private boolean committed;

    private ExportFile(Path target, Path temporary, OutputStream out) {
        this.target = target;
        this.temporary = temporary;
        this.out = out;
    }

    /**
     * Opens a temporary file beside {@code target} for writing.
     *
     * @throws ExportException naming {@code target} when its folder is missing or not writable
     */
    public static ExportFile create(Path target) {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException("cannot write " + target + ": it is a folder");
        }
        Path temporary = null;
        try {
            temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
            if (ExportFormat.isGzip(absolute.getFileName().toString())) {
                out = new GZIPOutputStream(out, 1 << 16);
            }
            return new ExportFile(target, temporary, out);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Where the export goes; compressed on the way when the file name ends with {@code .gz}. */
    public OutputStream out() {
        return out;
    }

    /** The file this writes, as given. */
    public Path target() {
        return target;
    }

    /**
     * Finishes the file (the gzip trailer included) and moves it to {@link #target()}, replacing
     * what was there.
     *
     * @throws ExportException naming the target when the file cannot be finished or moved
     */
    public void commit() {
        try {
            out.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the temporary file unless {@link #commit()} has moved it into place. */
    @Override
    public void close() {
        if (!committed) {
            try {
                out.close();
            } catch (IOException e) {
                // the partial file is deleted next; a failure to close it changes nothing
            }
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stray temporary file is named ".<target>...part" and harmless
            }
        }
    }
}
