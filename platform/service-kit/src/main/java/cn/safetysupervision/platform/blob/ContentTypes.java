package cn.safetysupervision.platform.blob;

/**
 * What an uploaded file is, judged by its first bytes rather than by its name or the type the sender declared (a
 * renamed executable stays an executable). Each service decides which of these it accepts.
 */
public final class ContentTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    public static final String MP4 = "video/mp4";

    private ContentTypes() {
    }

    /** The media type the first {@code n} bytes of {@code h} announce, or null when it is none of ours. */
    public static String detect(byte[] h, int n) {
        if (n >= 3 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8 && (h[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (n >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G'
                && h[4] == 0x0D && h[5] == 0x0A && h[6] == 0x1A && h[7] == 0x0A) {
            return PNG;
        }
        if (n >= 5 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F' && h[4] == '-') {
            return PDF;
        }
        if (n >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
            return MP4;
        }
        return null;
    }
}
