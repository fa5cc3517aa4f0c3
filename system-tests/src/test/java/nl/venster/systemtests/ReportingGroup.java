package nl.venster.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The reporting-service's consumer group, seen through the Kafka Admin API: its members and their partitions, its lag,
 * and a reset to the earliest offsets. Only the topics the reporting-service consumes count.
 */
final class ReportingGroup implements AutoCloseable {

    /** The topics reporting-service consumes (its messaging.Topics.GECONSUMEERD), without the run's prefix. */
    static final List<String> CONSUMED = List.of("register.regios", "register.agendas", "venster.rondes", "venster.antwoorden",
            "venster.opvolgingen");

    private final Admin admin;
    private final String group;
    private final List<String> topics;

    ReportingGroup(SystemHarness system) {
        this.admin = system.admin();
        this.group = system.reportingGroup();
        this.topics = CONSUMED.stream().map(topic -> system.topicPrefix() + topic).toList();
    }

    /**
     * Member → the partitions assigned to it, as "topic-partition" without the run's prefix. An instance joins with one
     * consumer per channel (client id kafka-consumer-<channel>, the same in every instance), so a member is named by
     * its client id and the start of its member id.
     */
    Map<String, List<String>> assignments() {
        ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group));
        Map<String, List<String>> assignments = new TreeMap<>();
        for (MemberDescription member : description.members()) {
            List<String> partitions = member.assignment().topicPartitions().stream()
                    .filter(partition -> topics.contains(partition.topic()))
                    .map(partition -> partition.topic().substring(partition.topic().indexOf('.') + 1) + "-" + partition.partition())
                    .sorted().toList();
            // The member id is the client id and a UUID; its first characters tell the members apart.
            String uuid = member.consumerId().substring(Math.min(member.consumerId().length(), member.clientId().length() + 1));
            assignments.put(member.clientId() + "#" + uuid.substring(0, Math.min(8, uuid.length())), partitions);
        }
        return assignments;
    }

    /** How many partitions the consumed topics have together. */
    int partitions() {
        return all().size();
    }

    /** Records not yet committed by the group, over all consumed partitions (a partition never committed counts whole). */
    long lag() {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : offsets(OffsetSpec.latest()).entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            lag += end.getValue() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    /** Records on the consumed topics from their earliest to their latest offsets. */
    long records() {
        Map<TopicPartition, Long> earliest = offsets(OffsetSpec.earliest());
        return offsets(OffsetSpec.latest()).entrySet().stream().mapToLong(end -> end.getValue() - earliest.get(end.getKey())).sum();
    }

    /** Polls until the group has committed everything; fails after the deadline. */
    void awaitCaughtUp(Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        long lag;
        while ((lag = lagOrMinusOne()) != 0) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("reporting consumer group still lags " + lag + " records after " + deadline);
            }
            ServiceProcess.sleep(500);
        }
    }

    private long lagOrMinusOne() {
        try {
            return lag();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Sets the group's offsets on every consumed partition to the earliest. Kafka only allows this for a group without
     * members, so it waits until the stopped instances have left (or their sessions expired).
     */
    void resetToEarliest(Duration deadline) {
        Map<TopicPartition, OffsetAndMetadata> earliest = offsets(OffsetSpec.earliest()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
        Instant end = Instant.now().plus(deadline);
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group, earliest).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (Instant.now().isAfter(end)) {
                    throw new AssertionError("cannot reset the offsets of " + group + " within " + deadline, e);
                }
                ServiceProcess.sleep(500);
            }
        }
    }

    private List<TopicPartition> all() {
        Map<String, TopicDescription> descriptions = get(admin.describeTopics(topics).allTopicNames());
        return descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        all().forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = get(admin.listOffsets(request).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka admin call failed", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
