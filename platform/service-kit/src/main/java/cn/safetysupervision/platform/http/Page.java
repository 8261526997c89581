package cn.safetysupervision.platform.http;

import java.util.List;

/** One page of a list, the same shape in every service: the items, which page, its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
