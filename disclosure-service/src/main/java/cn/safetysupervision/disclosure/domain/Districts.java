package cn.safetysupervision.disclosure.domain;

import java.util.List;

/**
 * Linyi's county-level divisions (临沂市辖 3 区 9 县), read from a registered address. The development zones are
 * parts of these divisions, so an address naming only a zone is not guessed: it is {@link #UNKNOWN}.
 */
public final class Districts {

    public static final String UNKNOWN = "未识别";

    public static final List<String> ALL = List.of("兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县",
            "费县", "平邑县", "莒南县", "蒙阴县", "临沭县");

    private Districts() {
    }

    /** The division whose name appears first in the address; {@link #UNKNOWN} when none does. */
    public static String of(String address) {
        if (address == null) {
            return UNKNOWN;
        }
        String best = UNKNOWN;
        int bestAt = Integer.MAX_VALUE;
        for (String district : ALL) {
            int at = address.indexOf(district);
            if (at >= 0 && at < bestAt) {
                best = district;
                bestAt = at;
            }
        }
        return best;
    }
}
