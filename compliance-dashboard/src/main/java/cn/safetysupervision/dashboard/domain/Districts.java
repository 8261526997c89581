package cn.safetysupervision.dashboard.domain;

import java.util.List;

/**
 * Linyi's county-level divisions, read from an agency's registered address (the registry keeps no district field).
 * Development zones are checked first: an address in 临沂高新技术产业开发区 names no county.
 */
public final class Districts {

    public static final String UNKNOWN = "未知";

    public static final List<String> ALL = List.of("兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县",
            "费县", "平邑县", "莒南县", "蒙阴县", "临沭县", "高新区", "经开区", "临港区", UNKNOWN);

    private static final List<String[]> ZONES = List.of(
            new String[] {"高新技术产业开发区", "高新区"}, new String[] {"高新区", "高新区"},
            new String[] {"经济技术开发区", "经开区"}, new String[] {"经开区", "经开区"},
            new String[] {"临港经济开发区", "临港区"}, new String[] {"临港区", "临港区"});

    private Districts() {
    }

    public static String fromAddress(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        for (String[] zone : ZONES) {
            if (address.contains(zone[0])) {
                return zone[1];
            }
        }
        for (String district : ALL) {
            if (address.contains(district)) {
                return district;
            }
        }
        // "临沂市兰山…" without 区/县: the name without its suffix, when unambiguous (费县 is too short to guess).
        for (String district : ALL) {
            if (district.length() == 3 && address.contains(district.substring(0, 2))) {
                return district;
            }
        }
        return UNKNOWN;
    }
}
