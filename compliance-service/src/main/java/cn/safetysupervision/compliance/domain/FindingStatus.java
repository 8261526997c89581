package cn.safetysupervision.compliance.domain;

import java.util.Set;

/** open → acknowledged → resolved or dismissed; open, acknowledged or resolved → referred (Art. 19). */
public enum FindingStatus {
    OPEN, ACKNOWLEDGED, RESOLVED, DISMISSED, REFERRED;

    /** Statuses in which a finding is still "the open finding" of its rule and subject. */
    public static final Set<FindingStatus> STILL_OPEN = Set.of(OPEN, ACKNOWLEDGED);

    public boolean isOpen() {
        return STILL_OPEN.contains(this);
    }
}
