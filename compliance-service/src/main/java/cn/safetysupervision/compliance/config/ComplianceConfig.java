package cn.safetysupervision.compliance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;

/** Every policy value of compliance-service; defaults follow ../shared/design/guideline-map.md. */
@ConfigMapping(prefix = "compliance")
public interface ComplianceConfig {

    Credit credit();

    Rules rules();

    DueProcess dueProcess();

    /** Largest page a list endpoint returns. */
    @WithDefault("100")
    int maxPageSize();

    /** How often passed deadlines (unfiled changes, Art. 14.12) are looked for. */
    @WithDefault("PT1H")
    Duration deadlineSweepInterval();

    /** How often dishonesty listings whose term is over are ended. */
    @WithDefault("PT1H")
    Duration listingSweepInterval();

    interface Credit {
        /** Penalty points of a MINOR finding. */
        @WithDefault("1")
        int minorPoints();

        /** Penalty points of a MAJOR finding. */
        @WithDefault("3")
        int majorPoints();

        /** Penalty points of a SEVERE finding. */
        @WithDefault("6")
        int severePoints();

        /** Findings older than this no longer count in the integrity record (decay window). */
        @WithDefault("P365D")
        Duration decayWindow();

        /** How often agencies whose findings left the decay window are recounted (how stale a decayed grade may be). */
        @WithDefault("PT15M")
        Duration decaySweepInterval();

        /** Points from which the grade is 黄 (yellow); below it 蓝 (blue). */
        @WithDefault("3")
        int yellowFrom();

        /** Points from which the grade is 橙 (orange). */
        @WithDefault("6")
        int orangeFrom();

        /** Points from which the grade is 红 (red), which proposes a dishonesty listing for a regulator to decide. */
        @WithDefault("12")
        int redFrom();

        /** How long a red grade keeps the agency on the dishonesty list. */
        @WithDefault("P3Y")
        Period listingTerm();

        /** How long after listing the agency may request credit repair. */
        @WithDefault("P12M")
        Period repairRequestAfter();
    }

    /** Issue 14: a machine check is a suspicion until a person confirms it. */
    interface DueProcess {
        /**
         * Working days an agency has to respond to a suspected finding (statement and evidence); 10 as in the
         * Administrative Penalty Law's hearing-request practice the customer asked for (issue 14).
         */
        @WithDefault("10")
        int responseWorkingDays();

        /**
         * Confirm a suspected finding automatically once its response window is over and neither the agency nor a
         * person acted. Off by default: a deployment turns it on deliberately, and such a finding says so.
         */
        @WithDefault("false")
        boolean autoConfirmAfterWindow();

        /** How often suspected findings past their window are looked for (only with auto-confirm on). */
        @WithDefault("PT1H")
        Duration autoConfirmSweepInterval();
    }

    interface Rules {
        /** ART16: a contract priced below this share of the association's reference price is suspected under-pricing. */
        @WithDefault("0.7")
        BigDecimal underpricingRatio();

        /** ART17-4: Jaccard similarity of report-summary shingles from which two reports are near-duplicates. */
        @WithDefault("0.8")
        double nearDuplicateThreshold();

        /** ART17-4: characters per shingle (Chinese text is shingled by characters, not words). */
        @WithDefault("3")
        int shingleSize();

        /** ART17-4: summaries shorter than this (in characters, whitespace removed) are not compared. */
        @WithDefault("30")
        int minimumSummaryLength();

        /** ART14-12: days after a change of name, address or legal representative by which it must be filed (used besides the registry's own due date). */
        @WithDefault("30")
        int changeFilingDays();

        /** STAFFING-1: the least full-time qualified staff an agency may have, whatever its scopes. */
        @WithDefault("25")
        int staffingMinimum();
    }
}
