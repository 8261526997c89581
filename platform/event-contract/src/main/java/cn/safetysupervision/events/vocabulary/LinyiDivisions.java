package cn.safetysupervision.events.vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * Linyi's county-level divisions (临沂市辖 3 区 9 县) and its three development zones, as read from an agency's
 * registered address (the registry keeps no district field). One list for every service that groups agencies by
 * place: disclosure-service shows the division, the dashboard the supervision area (zones counted on their own).
 */
public final class LinyiDivisions {

    public static final List<String> COUNTIES = List.of("兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县",
            "兰陵县", "费县", "平邑县", "莒南县", "蒙阴县", "临沭县");

    public static final List<String> ZONES = List.of("高新区", "经开区", "临港区");

    /** How addresses write each zone, full name first, with the short name it is counted under. */
    private static final List<String[]> ZONE_NAMES = List.of(
            new String[] {"高新技术产业开发区", "高新区"}, new String[] {"高新区", "高新区"},
            new String[] {"经济技术开发区", "经开区"}, new String[] {"经开区", "经开区"},
            new String[] {"临港经济开发区", "临港区"}, new String[] {"临港区", "临港区"});

    private LinyiDivisions() {
    }

    /** The county-level division named first in the address; empty when none is. Zones are not guessed. */
    public static Optional<String> county(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String county : COUNTIES) {
            int at = address.indexOf(county);
            if (at >= 0 && at < bestAt) {
                best = county;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The supervision area: a development zone when the address names one (an address in 临沂高新技术产业开发区 names
     * no county), else the county, also when written without its suffix ("临沂市兰山…"; 费县 is too short to guess).
     */
    public static Optional<String> area(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        for (String[] zone : ZONE_NAMES) {
            if (address.contains(zone[0])) {
                return Optional.of(zone[1]);
            }
        }
        for (String county : COUNTIES) {
            if (address.contains(county)) {
                return Optional.of(county);
            }
        }
        for (String county : COUNTIES) {
            if (county.length() == 3 && address.contains(county.substring(0, 2))) {
                return Optional.of(county);
            }
        }
        return Optional.empty();
    }
}
