package cn.safetysupervision.disclosure;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Real image files as a phone writes them: a JPEG (encoded by ImageIO) with an EXIF APP1 segment carrying a camera
 * serial number and a GPS position, plus a comment; a PNG with a text chunk.
 */
final class TestImages {

    private TestImages() {
    }

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLUE);
        g.fillRect(10, 10, 20, 20);
        g.dispose();
        return image;
    }

    /** A JPEG whose EXIF names {@code marker} as camera serial and make, with GPS 35°3'N 118°21'E, and a COM segment. */
    static byte[] jpegWithExif(String marker) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(), "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = exifSegment(marker);
        byte[] comment = segment(0xfe, ("comment " + marker).getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(exif);
        out.write(comment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] pngWithText(String marker) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(), "png", plain);
        byte[] png = plain.toByteArray();
        byte[] text = ("Author\0" + marker).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + text.length);
        chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + text.length);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature + IHDR
        out.write(chunk.array());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xff).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    /** "Exif\0\0" + a big-endian TIFF: IFD0 (Make, BodySerialNumber-like tag, GPS pointer) and a GPS IFD. */
    private static byte[] exifSegment(String marker) {
        byte[] make = (marker + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(512);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int ifd0Size = 2 + 3 * 12 + 4;
        int gpsIfd = ifd0 + ifd0Size;
        int gpsSize = 2 + 4 * 12 + 4;
        int data = gpsIfd + gpsSize;
        // IFD0
        tiff.position(ifd0);
        tiff.putShort((short) 3);
        entry(tiff, 0x010f, 2, make.length, data);              // Make
        entry(tiff, 0xa431, 2, make.length, data);              // BodySerialNumber
        entry(tiff, 0x8825, 4, 1, gpsIfd);                      // GPS IFD pointer
        tiff.putInt(0);
        // GPS IFD
        int latitude = data + make.length;
        int longitude = latitude + 24;
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 2, 5, 3, latitude);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 4, 5, 3, longitude);
        tiff.putInt(0);
        tiff.position(data);
        tiff.put(make);
        for (int v : new int[]{35, 1, 3, 1, 0, 1, 118, 1, 21, 1, 0, 1}) {
            tiff.putInt(v);
        }
        byte[] body = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 6);
        System.arraycopy(tiff.array(), 0, body, 6, tiff.position());
        return segment(0xe1, body);
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** Whether the JPEG has any APP1..APP15 or COM segment before its first scan. */
    static boolean jpegHasMetadataSegment(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xda) {
                return false;
            }
            if ((marker >= 0xe1 && marker <= 0xef) || marker == 0xfe) {
                return true;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return false;
    }
}
