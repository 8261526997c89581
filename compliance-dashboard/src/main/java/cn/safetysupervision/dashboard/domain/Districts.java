package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.events.vocabulary.LinyiDivisions;

import java.util.List;
import java.util.stream.Stream;

/** The dashboard's places: Linyi's supervision areas (the contract's {@link LinyiDivisions}) and 未知. */
public final class Districts {

    public static final String UNKNOWN = "未知";

    public static final List<String> ALL = Stream.of(LinyiDivisions.COUNTIES, LinyiDivisions.ZONES, List.of(UNKNOWN))
            .flatMap(List::stream).toList();

    private Districts() {
    }

    public static String fromAddress(String address) {
        return LinyiDivisions.area(address).orElse(UNKNOWN);
    }
}
