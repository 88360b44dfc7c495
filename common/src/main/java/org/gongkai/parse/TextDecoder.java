package org.gongkai.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the bytes of a text report: UTF-8 with or without BOM, UTF-16 with or without BOM, GB18030
 * (which covers GBK and GB2312). Refuses binary data and bytes no supported encoding explains.
 */
final class TextDecoder {

    /** Decoded text and the name of the encoding it was read with. */
    record Decoded(String text, String encoding) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of readable characters (CJK, ASCII, common punctuation) a decoded text must reach. */
    private static final double MIN_READABLE = 0.95;

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws ParseFailure {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, Charset.forName(utf16), utf16);
        }
        if (hasNul(bytes)) {
            throw new ParseFailure(ParseFailure.Reason.BINARY, "binary data, not a text report (NUL bytes)");
        }
        Decoded utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        if (utf8 == null) {
            // A download cut inside its last character is UTF-8 text that is merely short.
            utf8 = tryDecode(Arrays.copyOf(bytes, bytes.length - cutUtf8Tail(bytes)), 0, StandardCharsets.UTF_8, "UTF-8");
        }
        if (utf8 != null) {
            return utf8;
        }
        Decoded gb = tryDecode(bytes, 0, GB18030, "GB18030");
        if (gb != null && readableShare(gb.text()) >= MIN_READABLE) {
            return gb;
        }
        throw new ParseFailure(ParseFailure.Reason.UNDECODABLE,
                "the bytes are neither UTF-8, UTF-16 nor GB18030 text");
    }

    /** How many bytes at the end begin a UTF-8 character that the file cuts short (0 if none). */
    private static int cutUtf8Tail(byte[] bytes) {
        for (int back = 1; back <= Math.min(3, bytes.length); back++) {
            int b = bytes[bytes.length - back] & 0xFF;
            if (b >= 0xC0) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return length > back ? back : 0;
            }
            if (b < 0x80) {
                return 0;
            }
        }
        return 0;
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) throws ParseFailure {
        Decoded decoded = tryDecode(bytes, offset, charset, name);
        if (decoded == null) {
            throw new ParseFailure(ParseFailure.Reason.UNDECODABLE, "invalid " + name + " bytes after its byte order mark");
        }
        return decoded;
    }

    private static Decoded tryDecode(byte[] bytes, int offset, Charset charset, String name) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, name);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 without a BOM: ASCII characters (digits, pipes, spaces) put a NUL in every other byte. */
    private static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul > pairs / 5 && evenNul < oddNul / 4) {
            return "UTF-16LE";
        }
        if (evenNul > pairs / 5 && oddNul < evenNul / 4) {
            return "UTF-16BE";
        }
        return null;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static double readableShare(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        long readable = text.codePoints().filter(TextDecoder::isReadable).count();
        return (double) readable / text.codePointCount(0, text.length());
    }

    private static boolean isReadable(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 || cp == '\n' || cp == '\r' || cp == '\t';
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || block == Character.UnicodeBlock.NUMBER_FORMS
                || block == Character.UnicodeBlock.BOX_DRAWING
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
