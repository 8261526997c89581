package cn.safetysupervision.platform.http;

import cn.safetysupervision.platform.problem.ProblemException;

import java.text.Normalizer;

/** A file name a client sent, made safe to store and to hand back in {@code Content-Disposition}. */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The last path segment only ({@code ../../etc/passwd} → {@code passwd}, {@code C:\x\y.pdf} → {@code y.pdf}),
     * NFC-normalised, without control or format characters, quotes or separators, trimmed of dots and spaces at
     * the ends. Nothing usable left, or longer than 255 characters, is a 400 on {@code field}.
     */
    public static String sanitise(String name, String field) {
        if (name == null) {
            throw ProblemException.invalidField(field, "give the file name (1–" + MAX_LENGTH + " characters)");
        }
        String last = name;
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        if (slash >= 0) {
            last = last.substring(slash + 1);
        }
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(last, Normalizer.Form.NFC).codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean unsafe = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || c == '"' || c == ':' || c == '*' || c == '?'
                    || c == '<' || c == '>' || c == '|';
            if (!unsafe) {
                kept.appendCodePoint(c);
            }
        });
        String safe = kept.toString().replaceAll("^[. ]+|[. ]+$", "");
        if (safe.isEmpty() || safe.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(field, "give the file name (1–" + MAX_LENGTH
                    + " characters, no path, no control characters)");
        }
        return safe;
    }
}
