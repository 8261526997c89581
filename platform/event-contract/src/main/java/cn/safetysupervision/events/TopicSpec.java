package cn.safetysupervision.events;

/**
 * A Kafka topic: one per aggregate type, written by exactly one service. The record key is the aggregate id, so
 * one aggregate's events stay in order on one partition.
 *
 * @param name        topic name, {@code <context>.<aggregate>}
 * @param owner       the only service that writes it
 * @param key         what the record key (= {@code ce_subject}) identifies
 * @param description what the topic carries
 */
public record TopicSpec(String name, String owner, String key, String description) {
}
