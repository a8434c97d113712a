package org.timescope.exchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.timescope.exchange.ExchangeException;

/**
 * Files as text: UTF-8, or UTF-16 when the file says so (a byte-order mark) or looks so (every other byte
 * zero, as a UTF-16 .timeline without a mark); anything else is refused as "not UTF-8 text".
 */
public final class TextFiles {
    /** How much of a file {@link #head} reads: what format detection looks at. */
    public static final int HEAD_BYTES = 64 * 1024;

    private TextFiles() {
    }

    /** The charset of a file from its first bytes. */
    public static Charset charset(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** The charset of a file, from its first four bytes. */
    public static Charset charset(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return charset(in.readNBytes(4));
        }
    }

    /** The whole file as text; a file that is not text in a charset it can be told in is refused by name. */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(file + ": no such file");
        } catch (IOException e) {
            throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
        }
        Charset cs = charset(bytes);
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeException(file + (cs == StandardCharsets.UTF_8 ? ": not UTF-8 text (convert it to UTF-8 first)"
                    : ": not valid UTF-16 text (convert it to UTF-8 first)"));
        }
    }

    /** The first lines of a file, enough to tell its format (bytes that do not decode do not matter here). */
    public static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(HEAD_BYTES);
            String text = charset(bytes).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            int cut = text.lastIndexOf('\n');
            return cut > 0 ? text.substring(0, cut + 1) : text;
        } catch (NoSuchFileException e) {
            throw new ExchangeException(file + ": no such file");
        } catch (IOException e) {
            throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
