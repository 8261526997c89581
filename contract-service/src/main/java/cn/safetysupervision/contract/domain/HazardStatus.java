package cn.safetysupervision.contract.domain;

/** OPEN → RECTIFIED → CONFIRMED; CANNOT_RECTIFY_SOON is the Art. 8 record and may still be rectified later. */
public enum HazardStatus {
    OPEN, RECTIFIED, CONFIRMED, CANNOT_RECTIFY_SOON
}
