package cn.safetysupervision.events;

/**
 * Kafka topics, one per aggregate type, each owned (written) by exactly one service. The record key is the
 * aggregate id, so one aggregate's events stay in order on one partition.
 */
public final class Topics {

    /** Agencies (机构): registration, changes, filings, status. Owner: agency-registry. Key: agency id. */
    public static final String REGISTRY_AGENCY = "registry.agency";

    private Topics() {
    }
}
