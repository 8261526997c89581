package cn.safetysupervision.dashboard.domain;

import java.util.List;

/** The four-colour credit grade (蓝/黄/橙/红) as compliance-service publishes it. */
public final class Grades {

    public static final List<String> ALL = List.of("BLUE", "YELLOW", "ORANGE", "RED");

    private Grades() {
    }

    public static String label(String grade) {
        if (grade == null) {
            return "—";
        }
        return switch (grade) {
            case "BLUE" -> "蓝";
            case "YELLOW" -> "黄";
            case "ORANGE" -> "橙";
            case "RED" -> "红";
            default -> grade;
        };
    }
}
