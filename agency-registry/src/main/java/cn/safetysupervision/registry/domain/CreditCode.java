package cn.safetysupervision.registry.domain;

import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit identifier), GB 32100-2015: 18 characters from a 31-character set
 * (digits and capitals without I, O, S, V, Z); the 18th is a check character over the first 17.
 */
public final class CreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^i mod 31 for positions 1..17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Why the code is invalid, or empty when it is valid. Lower-case letters are not accepted. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.of("character " + (i + 1) + " ('" + code.charAt(i) + "') is not allowed");
            }
            sum += value * WEIGHTS[i];
        }
        if (CHARSET.indexOf(code.charAt(17)) < 0) {
            return Optional.of("character 18 ('" + code.charAt(17) + "') is not allowed");
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3-8 must be the administrative division code (digits)");
            }
        }
        char expected = CHARSET.charAt((31 - sum % 31) % 31);
        if (code.charAt(17) != expected) {
            return Optional.of("check character is wrong (GB 32100-2015)");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
