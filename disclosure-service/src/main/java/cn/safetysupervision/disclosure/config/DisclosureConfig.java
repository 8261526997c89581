package cn.safetysupervision.disclosure.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Every policy value of disclosure-service; defaults cite the guideline (../shared/seed/guideline-zh.txt). */
@ConfigMapping(prefix = "disclosure")
public interface DisclosureConfig {

    /** Largest page a public list returns: no query reads without limit. */
    @WithDefault("50")
    int maxPageSize();

    /** Most rows one CSV or JSON export returns. */
    @WithDefault("2000")
    int maxExportRows();

    /** Longest search text accepted (characters); longer input is a 400 problem. */
    @WithDefault("40")
    int maxQueryLength();

    /** Cache-Control max-age of public responses. */
    @WithDefault("PT60S")
    Duration publicMaxAge();

    /** Where the public complaint form (complaint-service) is; linked from every page's footer. */
    @WithDefault("http://127.0.0.1:8085/")
    String complaintFormUrl();

    /** This site's public base URL, printed in QR codes. */
    @WithDefault("http://127.0.0.1:8084")
    String publicBaseUrl();

    /** Footer hotlines (Art. 18 举报电话). */
    List<Hotline> hotlines();

    Report report();

    Sanctions sanctions();

    RateLimit rateLimit();

    Mongodb mongodb();

    Overdue overdue();

    interface Overdue {
        /**
         * How often submitted reports past their disclosure due date are looked for (also right after start, so
         * that downtime delays an overdue event but never loses it).
         */
        @WithDefault("PT5M")
        Duration sweepInterval();

        /** Most reports one sweep marks overdue (the rest wait for the next sweep). */
        @WithDefault("500")
        int batchSize();
    }

    Outbox outbox();

    Images images();

    interface Images {
        /** contract-service, whence chosen site images are fetched once. */
        @WithDefault("http://127.0.0.1:8082")
        String contractServiceUrl();

        /**
         * This service's own bearer token for contract-service (role evidence-reader: reads evidence files only),
         * from a secret; never an agency's token. Absent: chosen images stay pending.
         */
        java.util.Optional<String> serviceToken();

        /** First wait after a failed fetch; doubles per attempt up to {@link #maxBackoff()}. Also the sweep interval. */
        @WithDefault("PT10S")
        Duration retryInterval();

        @WithDefault("PT10M")
        Duration maxBackoff();

        /** Connect and read timeout of one fetch. */
        @WithDefault("PT30S")
        Duration fetchTimeout();

        /** Most images one sweep fetches. */
        @WithDefault("20")
        int batchSize();

        /** Cache-Control max-age of an image copy (its bytes never change: the ETag is their SHA-256). */
        @WithDefault("P1D")
        Duration maxAge();
    }

    interface Mongodb {
        /** The service's own database. */
        @WithDefault("disclosure")
        String database();
    }

    interface Outbox {
        /** Off: events stay pending in their documents (maintenance). */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for pending events. */
        @WithDefault("PT0.2S")
        Duration pollInterval();

        /** How long a replica's relay lease lasts unless renewed (another replica takes over after it). */
        @WithDefault("PT10S")
        Duration lease();
    }

    interface Hotline {
        String name();

        String number();
    }

    interface Report {
        /**
         * Which report fields a published disclosure shows (the disclosure rules' list, Art. 11): report-number,
         * project-name, client-name, service-type, service-period, team, issue-date, conclusion-summary.
         */
        @WithDefault("report-number,project-name,client-name,service-type,service-period,team,issue-date,conclusion-summary")
        List<String> publishedFields();

        /** Fewest site images a disclosure must show (Art. 11 现场勘验图像影像). */
        @WithDefault("1")
        int minSiteImages();

        /** Most site images a disclosure may show. */
        @WithDefault("12")
        int maxSiteImages();
    }

    interface Sanctions {
        /** Whether four-colour credit grades are public; off by default (the guideline does not order it). */
        @WithDefault("false")
        boolean creditGradesPublic();

        /**
         * Working days after a regulator's decision within which it must be public (安全生产法 Art. 78: 七个工作日内),
         * on the working-day calendar contract-service publishes; a sanction this service received later is shown
         * as published late.
         */
        @WithDefault("7")
        int publicationWorkingDays();
    }

    interface RateLimit {
        /** Public requests one client address may make per window. */
        @WithDefault("600")
        int requestsPerWindow();

        @WithDefault("PT60S")
        Duration window();

        /** Addresses remembered at once (oldest windows are dropped first). */
        @WithDefault("100000")
        int maxClients();
    }
}
