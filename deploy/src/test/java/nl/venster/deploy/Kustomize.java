package nl.venster.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize this repository uses:
 * {@code resources} (files and directories with their own kustomization.yaml), {@code namespace}, {@code images},
 * {@code replicas} and {@code patches} (strategic-merge patch files, with or without a {@code target} by kind and
 * name). Any other field fails the render, so a kustomization cannot use a feature this renderer would silently
 * ignore.
 *
 * <p>Strategic merge: maps merge recursively, {@code null} deletes; in built-in Kubernetes kinds the lists below are
 * merged by their merge key (as in the Kubernetes API's patchMergeKey), every other list is replaced — which is also
 * what Kustomize does for custom resources, whose lists it has no schema for.
 */
final class Kustomize {

    /** Duplicate keys in a mapping fail (YAML allows the last to win silently). */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static final Set<String> KUSTOMIZATION_FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "replicas", "patches");
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "volumes", "name", "env", "name",
            "volumeMounts", "mountPath", "ports", "containerPort");
    private static final Set<String> BUILT_IN_GROUPS =
            Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1");

    private Kustomize() {
    }

    /** Every YAML document of a file, as trees (empty documents skipped). */
    static List<ObjectNode> readDocuments(Path file) {
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node == null || node.isNull() || node.isMissingNode()) {
                    continue;
                }
                if (!node.isObject()) {
                    throw new IllegalStateException(file + ": a document is not a mapping");
                }
                documents.add((ObjectNode) node);
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<ObjectNode> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        List<ObjectNode> docs = readDocuments(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + ": expected one document");
        }
        ObjectNode k = docs.get(0);
        k.fieldNames().forEachRemaining(f -> {
            if (!KUSTOMIZATION_FIELDS.contains(f)) {
                throw new IllegalStateException(file + ": field '" + f + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = directory.resolve(r.asText()).normalize();
            resources.addAll(Files.isDirectory(p) ? build(p) : readDocuments(p));
        }
        for (JsonNode patchEntry : k.path("patches")) {
            applyPatch(directory, file, patchEntry, resources);
        }
        for (JsonNode image : k.path("images")) {
            setImage(file, image, resources);
        }
        for (JsonNode replicas : k.path("replicas")) {
            List<ObjectNode> targets = select(resources, "Deployment", replicas.path("name").asText());
            if (targets.isEmpty()) {
                throw new IllegalStateException(file + ": replicas for unknown Deployment " + replicas);
            }
            targets.forEach(t -> ((ObjectNode) t.path("spec")).put("replicas", replicas.path("count").asInt()));
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.path("namespace").asText();
            resources.forEach(r -> ((ObjectNode) r.path("metadata")).put("namespace", namespace));
        }
        return resources;
    }

    private static void applyPatch(Path directory, Path file, JsonNode entry, List<ObjectNode> resources) {
        entry.fieldNames().forEachRemaining(f -> {
            if (!Set.of("path", "target").contains(f)) {
                throw new IllegalStateException(file + ": patch field '" + f + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> patchDocs = readDocuments(directory.resolve(entry.path("path").asText()));
        if (patchDocs.size() != 1) {
            throw new IllegalStateException(file + ": a patch file must hold exactly one patch: " + entry);
        }
        ObjectNode patch = patchDocs.get(0).deepCopy();
        List<ObjectNode> targets;
        if (entry.has("target")) {
            JsonNode target = entry.path("target");
            target.fieldNames().forEachRemaining(f -> {
                if (!Set.of("kind", "name").contains(f)) {
                    throw new IllegalStateException(file + ": target field '" + f + "' is not supported");
                }
            });
            targets = select(resources, target.path("kind").asText(), target.path("name").asText(null));
            // With a target, Kustomize ignores the patch's own name.
            ((ObjectNode) patch.path("metadata")).remove("name");
        } else {
            targets = select(resources, patch.path("kind").asText(), patch.path("metadata").path("name").asText());
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException(file + ": patch " + entry + " matches no resource");
        }
        for (ObjectNode t : targets) {
            if (!t.path("apiVersion").equals(patch.path("apiVersion"))) {
                throw new IllegalStateException(file + ": patch " + entry + " has another apiVersion than "
                        + t.path("metadata").path("name"));
            }
            merge(t, patch, BUILT_IN_GROUPS.contains(t.path("apiVersion").asText()));
        }
    }

    private static List<ObjectNode> select(List<ObjectNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .filter(r -> name == null || r.path("metadata").path("name").asText().equals(name))
                .toList();
    }

    static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        patch.fields().forEachRemaining(e -> {
            String field = e.getKey();
            JsonNode value = e.getValue();
            JsonNode existing = target.get(field);
            if (value.isNull()) {
                target.remove(field);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, builtIn);
            } else if (value.isArray() && existing != null && existing.isArray() && builtIn
                    && MERGE_KEYS.containsKey(field)) {
                mergeList((ArrayNode) existing, (ArrayNode) value, MERGE_KEYS.get(field), builtIn);
            } else {
                target.set(field, value.deepCopy());
            }
        });
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, boolean builtIn) {
        Map<String, ObjectNode> byKey = new HashMap<>();
        target.forEach(item -> byKey.put(item.path(key).asText(), (ObjectNode) item));
        for (JsonNode item : patch) {
            if (!item.has(key)) {
                throw new IllegalStateException("list item without merge key '" + key + "': " + item);
            }
            ObjectNode existing = byKey.get(item.path(key).asText());
            if (existing != null) {
                merge(existing, (ObjectNode) item, builtIn);
            } else {
                target.add(item.deepCopy());
            }
        }
    }

    private static void setImage(Path file, JsonNode image, List<ObjectNode> resources) {
        String name = image.path("name").asText();
        boolean found = false;
        for (ObjectNode r : select(resources, "Deployment", null)) {
            for (JsonNode c : r.path("spec").path("template").path("spec").path("containers")) {
                String current = c.path("image").asText();
                int colon = current.lastIndexOf(':');
                String repository = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : "latest";
                if (repository.equals(name)) {
                    ((ObjectNode) c).put("image", image.path("newName").asText(repository) + ":"
                            + image.path("newTag").asText(tag));
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IllegalStateException(file + ": image " + name + " is used by no Deployment");
        }
    }
}
