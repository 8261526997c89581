package cn.safetysupervision.contract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Every policy value of contract-service. */
@ConfigMapping(prefix = "contract")
public interface ContractConfig {

    /** Deadlines. */
    Deadlines deadlines();

    /** Evidence files. */
    Evidence evidence();

    /** The overdue sweeper. */
    Sweep sweep();

    /** Time zone whose calendar day decides whether a deadline has passed. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId timeZone();

    /** Largest page size a list endpoint answers. */
    @WithDefault("100")
    int maxPageSize();

    /** Page size when none is asked for. */
    @WithDefault("20")
    int defaultPageSize();

    interface Deadlines {
        /** Working days before the first site-work day by which the written notice (书面告知) must be filed. */
        @WithDefault("7")
        int writtenNoticeLeadWorkingDays();

        /** Calendar days after completion by which a follow-up visit must be recorded (Art. 10). */
        @WithDefault("30")
        int followUpDays();

        /** Working days after the report's issue date by which it should be disclosed (shown on the report). */
        @WithDefault("5")
        int disclosureWorkingDays();
    }

    interface Evidence {
        /** Largest accepted evidence file in bytes (default 50 MB). */
        @WithDefault("52428800")
        long maxBytes();

        /**
         * Where uploads are staged while they stream in, before their bytes go to the blob store (created if missing).
         * The temporary directory by default: in a pod the root file system is read-only and /tmp is writable.
         */
        @WithDefault("${java.io.tmpdir}/contract-evidence")
        String directory();
    }

    interface Sweep {
        /** How often the sweeper looks for missed deadlines (it also runs once at start). */
        @WithDefault("1m")
        Duration interval();

        /** How many due deadlines one sweep transaction claims at most. */
        @WithDefault("1000")
        int batchSize();
    }
}
