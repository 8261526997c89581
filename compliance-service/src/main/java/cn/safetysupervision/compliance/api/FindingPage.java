package cn.safetysupervision.compliance.api;

import java.util.List;

/** One page of findings, newest first. */
public record FindingPage(List<FindingView> items, int page, int size, long total) {
}
