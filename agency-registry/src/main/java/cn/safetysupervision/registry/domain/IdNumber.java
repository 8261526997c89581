package cn.safetysupervision.registry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** 公民身份号码, GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X). */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumber() {
    }

    /** Why the number is invalid, or empty when it is valid. A lower-case x is accepted and normalised. */
    public static Optional<String> problem(String number) {
        if (number == null || number.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        String n = normalise(number);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("characters 1-17 must be digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return Optional.of("birth date is not plausible");
            }
        } catch (DateTimeException e) {
            return Optional.of("birth date is not a date");
        }
        if (n.charAt(17) != CHECK.charAt(sum % 11)) {
            return Optional.of("check character is wrong (GB 11643)");
        }
        return Optional.empty();
    }

    public static String normalise(String number) {
        return number.strip().toUpperCase();
    }

    /** First four and last four characters visible, e.g. 3713**********123X. */
    public static String mask(String number) {
        return number.substring(0, 4) + "*".repeat(10) + number.substring(14);
    }

    /** The 17th digit is odd for men, even for women. */
    public static String gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
    }
}
