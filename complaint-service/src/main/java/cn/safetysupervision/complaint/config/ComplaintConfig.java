package cn.safetysupervision.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** Every policy value of complaint-service, with where its default comes from. */
@ConfigMapping(prefix = "complaint")
public interface ComplaintConfig {

    /** Beijing time decides which calendar day it is. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    Receipt receipt();

    Identity identity();

    Clocks clocks();

    Hotlines hotlines();

    Attachments attachments();

    Retention retention();

    Sweep sweep();

    @WithDefault("100")
    int maxPageSize();

    interface Receipt {
        /**
         * HMAC-SHA-256 key (Base64, at least 32 bytes) under which receipt codes are hashed. The committed value is
         * for dev and test only; the prod profile has no default and refuses that value ({@code SecretsGuard}).
         */
        String hmacKey();

        /** Wrong codes a source may try before delays start. */
        @WithDefault("3")
        int freeFailures();

        /** Delay after the first failure beyond the free ones; doubles with every further failure. */
        @WithDefault("PT2S")
        Duration baseDelay();

        /** Longest delay between two tries of one source. */
        @WithDefault("PT24H")
        Duration maxDelay();

        /** A source's failures are forgotten after this long without a failure. */
        @WithDefault("P30D")
        Duration forgetAfter();
    }

    interface Identity {
        /** Key id new identities and files are encrypted under. */
        String currentKeyId();

        /** AES-256 keys (Base64) by key id; old ids stay to decrypt older records (rotation). */
        Map<String, String> keys();
    }

    interface Clocks {
        /** Working days from receipt to the triage decision (accept or refuse). */
        @WithDefault("3")
        int triageWorkingDays();

        /** Days from acceptance to closing the check (信访工作条例 Art. 32: 60 日). */
        @WithDefault("60")
        int closeDays();

        /** One extension, in days, with a reason the reporter is told (信访工作条例 Art. 32: 30 日). */
        @WithDefault("30")
        int extensionDays();

        /** Days after the check ends by which the reporter gets the feedback (guideline map: 10 days). */
        @WithDefault("10")
        int feedbackDays();

        /** Working days the agency is given to answer a statement request. */
        @WithDefault("5")
        int statementWorkingDays();
    }

    /** Hotlines shown to every reporter (guideline Art. 18). */
    interface Hotlines {
        @WithDefault("市应急管理局")
        String regulatorName();

        @WithDefault("0539-12345")
        String regulatorNumber();

        @WithDefault("市安全生产协会")
        String associationName();

        @WithDefault("0539-8391308")
        String associationNumber();
    }

    interface Attachments {
        /** Files per case (reporter and handler together). */
        @WithDefault("10")
        int maxCount();

        /** Largest file in bytes (default 10 MB). */
        @WithDefault("10485760")
        long maxBytes();
    }

    interface Retention {
        /** Personal data and files of a closed case are purged this long after closing (default 3 years). */
        @WithDefault("P1095D")
        Duration afterClosing();

        /** The purge-due warning event goes out this long before the purge. */
        @WithDefault("P30D")
        Duration warnAhead();
    }

    interface Sweep {
        @WithDefault("1m")
        Duration interval();

        @WithDefault("200")
        int batchSize();
    }
}
