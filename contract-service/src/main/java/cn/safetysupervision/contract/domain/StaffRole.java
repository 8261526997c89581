package cn.safetysupervision.contract.domain;

import java.util.EnumSet;
import java.util.Set;

/** Roles of the project staffing list (附件3). */
public enum StaffRole {
    PROJECT_LEAD, TECHNICAL_LEAD, PROCESS_CONTROL_LEAD, QUALITY_LEAD, MEMBER;

    /** Art. 6: technical lead, process-control lead and quality lead must be named before signing. */
    public static final Set<StaffRole> REQUIRED_LEADS = EnumSet.of(TECHNICAL_LEAD, PROCESS_CONTROL_LEAD, QUALITY_LEAD);
}
