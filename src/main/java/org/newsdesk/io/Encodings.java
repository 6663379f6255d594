package org.newsdesk.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Decoding input bytes: UTF-8 with the byte order mark skipped, windows-1252 when the bytes are not UTF-8. */
final class Encodings {

    /** The charset used when input is not valid UTF-8. */
    static final Charset FALLBACK = Charset.forName("windows-1252");

    /** The note added to articles decoded with the fallback charset. */
    static final String FALLBACK_NOTE = "not valid UTF-8; decoded as windows-1252";

    /** The note added to articles decoded as UTF-16 (the file started with a UTF-16 byte order mark). */
    static final String UTF16_NOTE = "UTF-16 text (byte order mark); decoded as UTF-16";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** How many leading bytes are checked for the signs of a binary file. */
    private static final int SNIFF_BYTES = 8192;

    /** Fewest control bytes in the sniffed head for a file to be binary. */
    static final int BINARY_MIN_CONTROL_BYTES = 4;

    /** Share of control bytes in the sniffed head, in percent, above which a file is binary. */
    static final int BINARY_CONTROL_PERCENT = 5;

    private Encodings() {
    }

    /**
     * Text decoded from bytes.
     *
     * @param text     the text
     * @param fallback whether the bytes were not valid UTF-8 and were decoded as windows-1252
     * @param note     a note for the articles of this text about how it was decoded, or null
     */
    record Decoded(String text, boolean fallback, String note) {
    }

    /**
     * Decodes a whole file's bytes: UTF-16 when they start with a UTF-16 byte order mark, else UTF-8 if they are valid
     * UTF-8 (BOM skipped), otherwise windows-1252.
     *
     * @throws java.io.CharConversionException if the bytes look binary (see {@link #binaryReason(byte[], int)})
     */
    static Decoded decode(byte[] bytes) throws java.io.CharConversionException {
        if (startsWithUtf16Bom(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), false, UTF16_NOTE);
        }
        String binary = binaryReason(bytes, Math.min(bytes.length, SNIFF_BYTES));
        if (binary != null) {
            throw new java.io.CharConversionException(binary);
        }
        int offset = startsWithBom(bytes) ? BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return new Decoded(strictUtf8().decode(in).toString(), false, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, FALLBACK), true, FALLBACK_NOTE);
        }
    }

    /**
     * Why the first {@code length} bytes look like a binary file rather than text, or null. Text, even with a few stray
     * control bytes (a NUL pasted into one record), is read, and the control characters are removed from its records
     * with a note ({@link ControlChars}). A file is binary when control bytes other than tab, line feed, form feed and
     * carriage return (NUL included) are at least {@value #BINARY_MIN_CONTROL_BYTES} and more than
     * {@value #BINARY_CONTROL_PERCENT}% of those bytes: compressed data (PNG, JPEG, zip, gzip) has about 10%, UTF-16
     * without a byte order mark about 50% (NULs), and text almost none.
     */
    static String binaryReason(byte[] bytes, int length) {
        int control = 0;
        int nuls = 0;
        int firstNul = -1;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                control++;
                if (b == 0) {
                    nuls++;
                    if (firstNul < 0) {
                        firstNul = i;
                    }
                }
            }
        }
        if (control < BINARY_MIN_CONTROL_BYTES || control * 100L <= (long) length * BINARY_CONTROL_PERCENT) {
            return null;
        }
        return "binary file, not text (" + control + " of the first " + length + " bytes are control bytes"
                + (nuls > 0 ? ", " + nuls + " of them NUL, the first at offset " + firstNul : "")
                + "); if it is UTF-16 text, save it as UTF-8 or with a byte order mark";
    }

    /** The note for articles read with {@code charset}, or null for UTF-8. */
    static String noteFor(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        return charset.equals(StandardCharsets.UTF_16) ? UTF16_NOTE : FALLBACK_NOTE;
    }

    /**
     * Whether a file is valid UTF-8, checked in one streaming pass that holds only a small buffer.
     *
     * @throws IOException if the file cannot be read
     */
    static boolean isValidUtf8(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strictUtf8())) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // only validating
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The charset to read a whole file with: UTF-16 when it starts with a UTF-16 byte order mark, UTF-8 when it is
     * valid UTF-8, otherwise windows-1252.
     *
     * @throws java.io.CharConversionException if the file looks binary
     */
    static Charset charsetOf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (startsWithUtf16Bom(head)) {
            return StandardCharsets.UTF_16;
        }
        String binary = binaryReason(head, head.length);
        if (binary != null) {
            throw new java.io.CharConversionException(binary);
        }
        return isValidUtf8(file) ? StandardCharsets.UTF_8 : FALLBACK;
    }

    private static boolean startsWithUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    /** A reader over a file in the given charset, a leading UTF-8 byte order mark skipped. */
    static Reader openReader(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
        try {
            in.mark(BOM.length);
            byte[] head = in.readNBytes(BOM.length);
            if (!Arrays.equals(head, BOM)) {
                in.reset();
            }
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new InputStreamReader(in, decoder);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A short description of an I/O failure: its message, with the exception type when the message is only a path. */
    static String describe(IOException e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        if (e instanceof java.nio.file.FileSystemException fse) {
            String reason = fse.getReason();
            String what = type.endsWith("Exception") ? type.substring(0, type.length() - "Exception".length()) : type;
            return reason == null ? what + ": " + fse.getFile() : what + ": " + fse.getFile() + ": " + reason;
        }
        return message;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
