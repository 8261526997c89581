package cn.safetysupervision.disclosure;

import cn.safetysupervision.disclosure.domain.ImageSanitizer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageSanitizerTest {

    @Test
    void jpegLosesExifGpsSerialAndCommentButStaysTheSamePicture() throws Exception {
        byte[] original = TestImages.jpegWithExif("MARKSERIAL4711");
        // The planted metadata is really there, and readable as EXIF.
        assertTrue(TestImages.contains(original, "MARKSERIAL4711") && TestImages.contains(original, "Exif"));
        assertTrue(TestImages.jpegHasMetadataSegment(original));

        ImageSanitizer.Sanitized clean = ImageSanitizer.sanitize(original);
        assertEquals("image/jpeg", clean.mediaType());
        assertFalse(TestImages.contains(clean.bytes(), "MARKSERIAL4711"));
        assertFalse(TestImages.contains(clean.bytes(), "Exif"));
        assertFalse(TestImages.jpegHasMetadataSegment(clean.bytes()));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertEquals(before.getWidth(), after.getWidth());
        assertEquals(before.getHeight(), after.getHeight());
        assertEquals(before.getRGB(20, 20), after.getRGB(20, 20));
    }

    @Test
    void pngLosesTextChunks() throws Exception {
        byte[] original = TestImages.pngWithText("MARKAUTHOR0815");
        assertTrue(TestImages.contains(original, "MARKAUTHOR0815"));
        ImageSanitizer.Sanitized clean = ImageSanitizer.sanitize(original);
        assertEquals("image/png", clean.mediaType());
        assertFalse(TestImages.contains(clean.bytes(), "MARKAUTHOR0815"));
        assertFalse(TestImages.contains(clean.bytes(), "tEXt"));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth());
    }

    @Test
    void anythingElseIsRefusedNotPassedThrough() {
        assertThrows(ImageSanitizer.NotAnImageException.class,
                () -> ImageSanitizer.sanitize("%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII)));
        byte[] cut = new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, 0x7f, 0x00};
        assertThrows(ImageSanitizer.NotAnImageException.class, () -> ImageSanitizer.sanitize(cut));
    }
}
