package nl.venster.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rendered manifests as typed objects: fabric8's Kubernetes model, Strimzi's {@code io.strimzi:api} model and
 * {@link CloudNativePg}. Both fabric8 and Strimzi keep unknown fields in an "additional properties" map through
 * {@code @JsonAnySetter}; this mapper ignores that annotation, so an unknown or misspelt field fails the parse
 * (checked by {@code ManifestTest.anUnknownFieldFails}).
 */
final class Manifests {

    static final ObjectMapper STRICT = new ObjectMapper()
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** apiVersion/kind → typed class. Any other kind fails: add it here, with a model, before using it. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePg.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", CloudNativePg.ScheduledBackup.class));

    final String source;
    final List<Object> objects;

    private Manifests(String source, List<Object> objects) {
        this.source = source;
        this.objects = objects;
    }

    static Manifests parse(String source, List<ObjectNode> documents) {
        List<Object> objects = new ArrayList<>();
        for (ObjectNode doc : documents) {
            objects.add(parse(source, doc));
        }
        return new Manifests(source, objects);
    }

    static Object parse(String source, JsonNode doc) {
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        Class<?> type = KINDS.get(key);
        if (type == null) {
            throw new AssertionError(source + ": no model for " + key + " ("
                    + doc.path("metadata").path("name").asText() + ")");
        }
        try {
            return STRICT.treeToValue(doc, type);
        } catch (Exception e) {
            throw new AssertionError(source + ": " + key + " " + doc.path("metadata").path("name").asText()
                    + " does not match its schema: " + e.getMessage(), e);
        }
    }

    <T> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T named(Class<T> type, String name) {
        List<T> found = all(type).stream().filter(o -> name.equals(meta(o).getName())).toList();
        if (found.size() != 1) {
            throw new AssertionError(source + ": expected one " + type.getSimpleName() + " " + name + ", found "
                    + found.size());
        }
        return found.get(0);
    }

    static ObjectMeta meta(Object o) {
        if (o instanceof HasMetadata h) {
            return h.getMetadata();
        }
        if (o instanceof CloudNativePg.Cluster c) {
            return c.metadata();
        }
        if (o instanceof CloudNativePg.ScheduledBackup b) {
            return b.metadata();
        }
        throw new IllegalArgumentException(o.getClass().getName());
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }
}
