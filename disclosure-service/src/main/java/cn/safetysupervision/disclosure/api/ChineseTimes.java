package cn.safetysupervision.disclosure.api;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as people read them on the pages: Beijing time, one Chinese style ({@code 2026年12月2日 16:05});
 * the JSON API keeps ISO 8601. In templates: {@code {t:day(x)}} for a date, {@code {t:time(x)}} for an instant;
 * absent values render empty.
 */
@TemplateExtension(namespace = "t")
public final class ChineseTimes {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

    private ChineseTimes() {
    }

    static String day(Object value) {
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        ZonedDateTime z = beijing(value);
        return z == null ? "" : DAY.format(z);
    }

    static String time(Object value) {
        ZonedDateTime z = beijing(value);
        return z == null ? (value instanceof LocalDate d ? DAY.format(d) : "") : TIME.format(z);
    }

    private static ZonedDateTime beijing(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(BEIJING);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(BEIJING);
        }
        if (value instanceof Instant i) {
            return i.atZone(BEIJING);
        }
        return null;
    }
}
