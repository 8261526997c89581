package cn.safetysupervision.disclosure.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Public copies of site images carry the picture and nothing else: EXIF (GPS position, camera serial numbers, owner
 * names), XMP, ICC profiles, comments and text chunks are dropped. The capture time is kept beside the copy, as a
 * field of its own (from the evidence event), not inside the file. Only JPEG and PNG are accepted; anything else, or
 * a file that does not parse, is refused rather than passed through.
 */
public final class ImageSanitizer {

    /** PNG chunks that only say how to decode or show the pixels; every other ancillary chunk is dropped. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "sBIT", "bKGD", "pHYs");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageSanitizer() {
    }

    public static final class NotAnImageException extends RuntimeException {
        NotAnImageException(String message) {
            super(message);
        }
    }

    public record Sanitized(byte[] bytes, String mediaType) {
    }

    public static Sanitized sanitize(byte[] file) {
        if (file.length > 3 && (file[0] & 0xff) == 0xff && (file[1] & 0xff) == 0xd8) {
            return new Sanitized(jpeg(file), "image/jpeg");
        }
        if (file.length > 8 && java.util.Arrays.equals(file, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return new Sanitized(png(file), "image/png");
        }
        throw new NotAnImageException("neither JPEG nor PNG");
    }

    /**
     * Copies SOI, the decoding segments (quantisation and Huffman tables, frame, restart interval; APP0 JFIF and APP14
     * Adobe, which carry colour-decoding flags only) and everything from the first scan on; drops APP1–APP13, APP15
     * (EXIF, XMP, ICC, maker notes) and COM.
     */
    static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xff);
        out.write(0xd8);
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xff) != 0xff) {
                throw new NotAnImageException("JPEG marker expected at byte " + i);
            }
            int marker = in[i + 1] & 0xff;
            if (marker == 0xff) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xd9) { // EOI before any scan
                out.write(in, i, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            if (i + 3 >= in.length) {
                throw new NotAnImageException("JPEG segment cut short");
            }
            int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > in.length) {
                throw new NotAnImageException("JPEG segment length out of range at byte " + i);
            }
            if (marker == 0xda) { // start of scan: the rest is image data (and any later tables and scans)
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
            boolean metadata = (marker >= 0xe1 && marker <= 0xed) || marker == 0xef || marker == 0xfe;
            if (!metadata) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        throw new NotAnImageException("JPEG without image data");
    }

    static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        ByteBuffer buffer = ByteBuffer.wrap(in);
        int i = 8;
        while (i + 12 <= in.length) {
            long length = buffer.getInt(i) & 0xffffffffL;
            if (i + 12 + length > in.length) {
                throw new NotAnImageException("PNG chunk length out of range at byte " + i);
            }
            String type = new String(in, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int total = (int) (12 + length);
            if (PNG_KEPT.contains(type)) {
                out.write(in, i, total);
            }
            i += total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new NotAnImageException("PNG without IEND");
    }
}
