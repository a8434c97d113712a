package org.timescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling moved into place at the end, so a failed export never
 * leaves half a file, and says in words why a path cannot be written.
 */
final class OutputFile {

    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    static <T> T write(Path out, Content<T> content) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new Errors.CommandFailure("cannot write " + out + ": it is a directory");
        }
        Path temp;
        try {
            // a plain new file (not createTempFile, which is owner-only) so the result gets the usual permissions
            temp = Files.createFile(dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "-" + System.nanoTime() + ".part"));
        } catch (NoSuchFileException e) {
            // a folder that is there but takes no new files (/proc, /sys) is not "missing"
            throw new Errors.CommandFailure("cannot write " + out + ": folder " + dir
                    + (Files.isDirectory(dir) ? " does not take new files" : " does not exist"));
        } catch (AccessDeniedException e) {
            throw new Errors.CommandFailure("cannot write " + out + ": permission denied");
        } catch (FileSystemException e) {
            throw new Errors.CommandFailure("cannot write " + out + ": " + (e.getReason() == null ? "file system error" : e.getReason()));
        }
        try {
            T result;
            try (OutputStream stream = Files.newOutputStream(temp)) {
                result = content.writeTo(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
