package cn.safetysupervision.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Every policy value of the dashboard, in one place. */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {

    Stream stream();

    Certificates certificates();

    Inspection inspection();

    interface Stream {
        /** How often each replica looks for rows newer than the last it pushed (the live latency floor). */
        @WithDefault("PT0.1S")
        Duration pollInterval();

        /** An SSE comment this often keeps proxies from closing an idle connection. */
        @WithDefault("PT15S")
        Duration keepAlive();

        /** Feed items a new browser gets first, so it never opens empty. */
        @WithDefault("50")
        int snapshotSize();

        /** Missed items sent per poll to a reconnecting client (the rest follow on the next polls, in order). */
        @WithDefault("500")
        int catchUpBatch();
    }

    interface Certificates {
        /**
         * Warning bands of the expiry queue, in days. 120/90/30: the bands; 90 is also registry's
         * qualification.expiring lead time, and the guideline asks for renewal before a certificate lapses.
         */
        @WithDefault("120,90,30")
        List<Integer> warnDays();
    }

    interface Inspection {
        /** An agency not drawn for inspection within this period is due (双随机: every agency at least once a year). */
        @WithDefault("P365D")
        Duration interval();

        /** Largest draw at once. */
        @WithDefault("200")
        int maxDraw();
    }
}
