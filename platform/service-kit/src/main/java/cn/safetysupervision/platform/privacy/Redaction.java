package cn.safetysupervision.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data wherever text leaves a request for somewhere an outsider or an operator can read it: stored
 * idempotent responses, problem responses, log lines and dead-letter headers. It recognises the data by its shape,
 * so no caller has to remember to mark it: an 18-character 身份证 number keeps its first 4 and last 4 characters
 * (as the registry's own masked form; 17 digits, the number without its check character, its first 4 and last 3), a 15-digit old-style number its first 4 and last 3, a mainland mobile number
 * its first 3 and last 4.
 */
public final class Redaction {

    // Not part of a longer run of letters or digits (UUIDs, hashes, certificate numbers stay as they are).
    private static final Pattern ID_18 = Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{3})[0-9]{10}([0-9]{3}[0-9Xx]?)(?![0-9A-Za-z])");
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{3})[0-9]{8}([0-9]{3})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9A-Za-z])");

    private Redaction() {
    }

    /** The text with every 身份证 and mobile number masked; null stays null. */
    public static String redact(String text) {
        if (text == null || text.length() < 11 || !containsDigitRun(text)) {
            return text;
        }
        String out = ID_18.matcher(text).replaceAll("$1**********$2");
        out = ID_15.matcher(out).replaceAll("$1********$2");
        return MOBILE.matcher(out).replaceAll("$1****$2");
    }

    /** Cheap pre-check: only text with 11 digits in a row can hold what is masked. */
    private static boolean containsDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                if (++run >= 11) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** Whether {@link #redact} would change the text. */
    public static boolean containsPersonalData(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = ID_18.matcher(text);
        return m.find() || ID_15.matcher(text).find() || MOBILE.matcher(text).find();
    }
}
