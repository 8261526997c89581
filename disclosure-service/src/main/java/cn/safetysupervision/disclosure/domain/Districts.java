package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.events.vocabulary.LinyiDivisions;

import java.util.List;

/**
 * The public site's places: Linyi's county-level divisions (the contract's {@link LinyiDivisions}). The development
 * zones are parts of these divisions, so an address naming only a zone is not guessed: it is {@link #UNKNOWN}.
 */
public final class Districts {

    public static final String UNKNOWN = "未识别";

    public static final List<String> ALL = LinyiDivisions.COUNTIES;

    private Districts() {
    }

    /** The division whose name appears first in the address; {@link #UNKNOWN} when none does. */
    public static String of(String address) {
        return LinyiDivisions.county(address).orElse(UNKNOWN);
    }
}
