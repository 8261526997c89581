package cn.safetysupervision.testkit;

import java.util.concurrent.ThreadLocalRandom;

/** Valid Chinese identifiers for test data, each new one different. */
public final class TestIdentifiers {

    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TestIdentifiers() {
    }

    /** A random 统一社会信用代码 of an enterprise in Linyi (371300) with a correct GB 32100-2015 check character. */
    public static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91371300");
        for (int i = 0; i < 9; i++) {
            code.append(CREDIT_CHARSET.charAt(random.nextInt(CREDIT_CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARSET.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return code.append(CREDIT_CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheckCharacter(String creditCode) {
        char last = creditCode.charAt(17);
        char wrong = CREDIT_CHARSET.charAt((CREDIT_CHARSET.indexOf(last) + 1) % CREDIT_CHARSET.length());
        return creditCode.substring(0, 17) + wrong;
    }
}
