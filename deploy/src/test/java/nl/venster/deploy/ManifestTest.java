package nl.venster.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy/kubernetes: every file parses into the typed models, and the base and every overlay, rendered, agree with
 * the services' configuration, deploy/local/topics.conf and openapi/asyncapi.yaml.
 */
class ManifestTest {

    static final Path KUBERNETES = Project.ROOT.resolve("deploy/kubernetes");
    static final String APP_LABEL = "app.kubernetes.io/name";
    static final String CNPG_LABEL = "cnpg.io/cluster";

    /** base and every directory under overlays/. */
    static Stream<String> renderings() throws IOException {
        try (Stream<Path> overlays = Files.list(KUBERNETES.resolve("overlays"))) {
            List<String> dirs = new ArrayList<>(List.of("base"));
            overlays.filter(Files::isDirectory).map(p -> "overlays/" + p.getFileName()).sorted().forEach(dirs::add);
            assertTrue(dirs.containsAll(List.of("overlays/test", "overlays/production")), dirs.toString());
            return dirs.stream();
        }
    }

    static Manifests render(String dir) {
        return Manifests.parse(dir, Kustomize.build(KUBERNETES.resolve(dir)));
    }

    @Test
    void everyYamlDocumentParsesIntoItsTypedModel() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(KUBERNETES)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .toList();
        }
        assertTrue(files.size() > 10, "manifests found: " + files);
        int documents = 0;
        for (Path file : files) {
            List<ObjectNode> docs = Kustomize.readDocuments(file);
            assertFalse(docs.isEmpty(), file + " is empty");
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            // Patches too: a partial object must still use only fields of its kind.
            for (ObjectNode doc : docs) {
                Manifests.parse(KUBERNETES.relativize(file).toString(), doc);
                documents++;
            }
        }
        assertTrue(documents > 30, "documents parsed: " + documents);
    }

    @Test
    void anUnknownFieldFails() {
        String[] wrong = {
            "{apiVersion: apps/v1, kind: Deployment, metadata: {name: x}, spec: {replica: 2}}",
            "{apiVersion: v1, kind: Service, metadata: {name: x}, spec: {ports: [{port: 80, targetport: http}]}}",
            "{apiVersion: kafka.strimzi.io/v1beta2, kind: KafkaTopic, metadata: {name: x}, spec: {partition: 6}}",
            "{apiVersion: kafka.strimzi.io/v1beta2, kind: Kafka, metadata: {name: x}, spec: {kafka: {listener: []}}}",
            "{apiVersion: postgresql.cnpg.io/v1, kind: Cluster, metadata: {name: x}, spec: {instance: 3}}",
            "{apiVersion: v1, kind: Secret, metadata: {name: x}, stringData: {password: hunter2}}",
        };
        for (String yaml : wrong) {
            assertThrows(AssertionError.class, () -> Manifests.parse("test", Kustomize.YAML.readTree(yaml)), yaml);
        }
    }

    /**
     * This test's renderer must equal Kustomize itself. Runs where {@code kubectl} (with its built-in Kustomize) is on
     * the PATH — it renders offline, no cluster needed — and is skipped elsewhere.
     */
    @ParameterizedTest
    @MethodSource("renderings")
    void theRendererAgreesWithKubectlKustomize(String dir) throws Exception {
        Process version;
        try {
            version = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
        } catch (IOException e) {
            version = null;
        }
        assumeTrue(version != null && version.waitFor() == 0, "kubectl not installed");
        Process p = new ProcessBuilder("kubectl", "kustomize", KUBERNETES.resolve(dir).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), "kubectl kustomize " + dir);
        Path rendered = Files.createTempFile("kustomize", ".yaml");
        try {
            Files.write(rendered, out);
            assertEquals(byName(Kustomize.readDocuments(rendered)), byName(Kustomize.build(KUBERNETES.resolve(dir))),
                    dir + ": kubectl kustomize and this test's renderer differ");
        } finally {
            Files.delete(rendered);
        }
    }

    static Map<String, ObjectNode> byName(List<ObjectNode> docs) {
        Map<String, ObjectNode> m = new TreeMap<>();
        docs.forEach(d -> m.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d));
        return m;
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void deploymentsHaveProbesResourcesAndAHardenedPod(String dir) {
        Manifests m = render(dir);
        assertEquals(Set.copyOf(Project.SERVICES), names(m.all(Deployment.class)), dir + ": one Deployment per service");
        for (String service : Project.SERVICES) {
            String where = dir + " " + service;
            Deployment d = m.named(Deployment.class, service);
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertTrue(labels(d.getSpec().getTemplate().getMetadata().getLabels())
                    .entrySet().containsAll(d.getSpec().getSelector().getMatchLabels().entrySet()), where);
            assertEquals(1, pod.getContainers().size(), where);
            Container c = pod.getContainers().get(0);

            ContainerPort http = c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no port named http"));
            assertEquals(Project.httpPort(service), http.getContainerPort(), where + ": quarkus.http.port");
            // Health lives on the management interface, a port of its own that no Service or Ingress exposes.
            ContainerPort management = c.getPorts().stream().filter(p -> "management".equals(p.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no port named management"));
            assertEquals(Project.managementPort(service), management.getContainerPort(), where + ": quarkus.management.port");
            assertProbe(where, "startup", c.getStartupProbe(), "/q/health/started", management);
            assertProbe(where, "readiness", c.getReadinessProbe(), "/q/health/ready", management);
            assertProbe(where, "liveness", c.getLivenessProbe(), "/q/health/live", management);

            ResourceRequirements r = c.getResources();
            assertNotNull(r, where + ": resources");
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = r.getRequests().get(resource);
                Quantity limit = r.getLimits().get(resource);
                assertNotNull(request, where + ": requests." + resource);
                assertNotNull(limit, where + ": limits." + resource);
                assertTrue(limit.getNumericalAmount().compareTo(request.getNumericalAmount()) >= 0,
                        where + ": limit below request for " + resource);
            }

            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), where + ": runAsNonRoot");
            assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), where);
            assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), where);
            assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), where);
            String tmpVolume = c.getVolumeMounts().stream().filter(v -> "/tmp".equals(v.getMountPath()))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": /tmp not mounted")).getName();
            Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
            assertNotNull(tmp.getEmptyDir(), where + ": /tmp is an emptyDir");

            IntOrString maxUnavailable = d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
            assertTrue(Objects.equals(maxUnavailable.getIntVal(), 0) || "0".equals(maxUnavailable.getStrVal()),
                    where + ": rollouts keep every ready pod until its replacement is ready");
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void imagesPortsAndEnvironmentAgreeWithTheServices(String dir) {
        Manifests m = render(dir);
        for (String service : Project.SERVICES) {
            String where = dir + " " + service;
            Container c = m.named(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
            String repository = c.getImage().substring(0, c.getImage().lastIndexOf(':'));
            String tag = c.getImage().substring(c.getImage().lastIndexOf(':') + 1);
            assertTrue(repository.equals("venster/" + service) || repository.endsWith("/venster/" + service),
                    where + ": image " + c.getImage());
            assertEquals(service, Project.config(service).get("quarkus.application.name"), where);
            if (dir.startsWith("overlays/")) {
                assertNotEquals("latest", tag, where + ": an environment pins its image tag");
            }

            Map<String, String> env = environment(m, c);
            assertTrue(env.keySet().containsAll(Project.REQUIRED_VARIABLES),
                    where + ": missing " + missing(Project.REQUIRED_VARIABLES, env.keySet()));
            assertTrue(Project.knownVariables(service).containsAll(env.keySet()),
                    where + ": not in the service's configuration: " + missing(env.keySet(),
                            Project.knownVariables(service)));

            // Its own CloudNativePG cluster, database and generated credentials.
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
            String host = Project.jdbcHost(url);
            assertTrue(host.endsWith("-rw"), where + ": the read-write service of a CloudNativePG cluster: " + url);
            String cluster = host.substring(0, host.length() - 3);
            CloudNativePg.Cluster db = m.named(CloudNativePg.Cluster.class, cluster);
            assertEquals(Project.databaseName(service), Project.jdbcDatabase(url), where + ": database name");
            assertEquals(Project.databaseName(service), db.spec().bootstrap().initdb().database(), where);
            assertNotNull(db.spec().bootstrap().initdb().owner(), where + ": initdb owner");
            assertEquals("secret:" + cluster + "-app/username", env.get("QUARKUS_DATASOURCE_USERNAME"), where);
            assertEquals("secret:" + cluster + "-app/password", env.get("QUARKUS_DATASOURCE_PASSWORD"), where);

            Service svc = m.named(Service.class, service);
            assertEquals(1, svc.getSpec().getPorts().size(), where + ": the Service exposes the API port only");
            assertEquals(Project.httpPort(service), svc.getSpec().getPorts().get(0).getPort(), where);
            assertEquals("http", svc.getSpec().getPorts().get(0).getTargetPort().getStrVal(), where);
            assertTrue(podLabels(m, service).entrySet().containsAll(svc.getSpec().getSelector().entrySet()), where);
        }
        // One Kafka cluster; the services use its plain internal listener.
        Kafka kafka = single(m.all(Kafka.class), dir + ": Kafka");
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> !l.isTls()).findFirst().orElseThrow(() -> new AssertionError(dir + ": no plain listener"));
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.getPort();
        for (String service : Project.SERVICES) {
            Container c = m.named(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals(bootstrap, environment(m, c).get("KAFKA_BOOTSTRAP_SERVERS"), dir + " " + service);
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void statelessServicesScaleAndSurviveDisruptions(String dir) {
        Manifests m = render(dir);
        Map<String, Project.Topic> topics = Project.topicsConf();
        for (String service : Project.SERVICES) {
            String where = dir + " " + service;
            HorizontalPodAutoscaler hpa = m.named(HorizontalPodAutoscaler.class, service);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind(), where);
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName(), where);
            int min = hpa.getSpec().getMinReplicas();
            int max = hpa.getSpec().getMaxReplicas();
            assertTrue(min >= 1 && min <= max, where + ": HPA bounds " + min + ".." + max);
            Integer replicas = m.named(Deployment.class, service).getSpec().getReplicas();
            assertTrue(replicas >= min && replicas <= max, where + ": replicas within the HPA bounds");
            // One consumer group: instances beyond the partition count of a consumed topic would idle.
            for (String topic : Project.consumedTopics(service)) {
                assertTrue(topics.containsKey(topic), where + ": consumes unknown topic " + topic);
                assertTrue(max <= topics.get(topic).partitions(),
                        where + ": maxReplicas " + max + " > partitions of " + topic);
            }
            PodDisruptionBudget pdb = m.named(PodDisruptionBudget.class, service);
            assertTrue(podLabels(m, service).entrySet()
                    .containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()), where);
            assertTrue(pdb.getSpec().getMaxUnavailable() != null || pdb.getSpec().getMinAvailable() != null, where);
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void onlyEachServiceReachesItsOwnDatabase(String dir) {
        Manifests m = render(dir);
        List<NetworkPolicy> policies = m.all(NetworkPolicy.class);
        assertTrue(policies.stream().anyMatch(p -> labels(p.getSpec().getPodSelector().getMatchLabels()).isEmpty()
                        && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && p.getSpec().getPolicyTypes().equals(List.of("Ingress"))
                        && p.getSpec().getIngress().isEmpty()),
                dir + ": a default-deny ingress policy for the namespace");
        Set<String> clusters = new TreeSet<>();
        for (String service : Project.SERVICES) {
            String where = dir + " " + service;
            String cluster = clusterOf(m, service);
            clusters.add(cluster);
            // Into the database pods on 5432: from this service's pods only (besides the cluster and operator).
            List<NetworkPolicy> dbIngress = policies.stream()
                    .filter(p -> Map.of(CNPG_LABEL, cluster).equals(p.getSpec().getPodSelector().getMatchLabels()))
                    .toList();
            assertFalse(dbIngress.isEmpty(), where + ": no ingress policy for " + cluster);
            Set<String> appsReaching = new TreeSet<>();
            for (NetworkPolicy p : dbIngress) {
                for (NetworkPolicyIngressRule rule : p.getSpec().getIngress()) {
                    assertFalse(rule.getFrom().isEmpty(), where + ": an ingress rule open to every pod");
                    if (allows(rule.getPorts(), 5432)) {
                        for (NetworkPolicyPeer peer : rule.getFrom()) {
                            assertTrue(peer.getIpBlock() == null, where + ": ipBlock into the database");
                            if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                                Map<String, String> l = labels(peer.getPodSelector().getMatchLabels());
                                assertTrue(l.containsKey(APP_LABEL) || Map.of(CNPG_LABEL, cluster).equals(l),
                                        where + ": unexpected peer " + l);
                                if (l.containsKey(APP_LABEL)) {
                                    appsReaching.add(l.get(APP_LABEL));
                                }
                            }
                        }
                    }
                }
            }
            assertEquals(Set.of(service), appsReaching, where + ": who reaches " + cluster);
            // Out of the service's pods on 5432: its own database only.
            NetworkPolicy egress = policies.stream()
                    .filter(p -> Map.of(APP_LABEL, service).equals(p.getSpec().getPodSelector().getMatchLabels()))
                    .filter(p -> p.getSpec().getPolicyTypes().contains("Egress")).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": no egress policy"));
            for (NetworkPolicyEgressRule rule : egress.getSpec().getEgress()) {
                assertFalse(rule.getPorts().isEmpty(), where + ": an egress rule for every port");
                if (allows(rule.getPorts(), 5432)) {
                    assertEquals(1, rule.getTo().size(), where);
                    assertEquals(Map.of(CNPG_LABEL, cluster), rule.getTo().get(0).getPodSelector().getMatchLabels(),
                            where + ": egress on 5432");
                }
            }
        }
        assertEquals(3, clusters.size(), dir + ": one database cluster per service");
        assertEquals(clusters, names(m.all(CloudNativePg.Cluster.class)), dir + ": no unused database cluster");
        // The APIs accept traffic from outside the namespace (ingress controller), selected by their pod labels.
        assertTrue(policies.stream().anyMatch(p -> p.getSpec().getIngress().stream()
                        .anyMatch(r -> r.getFrom().stream().anyMatch(f -> f.getNamespaceSelector() != null)
                                && allows(r.getPorts(), "http"))
                        && Project.SERVICES.stream().allMatch(s -> podLabels(m, s).entrySet()
                        .containsAll(labels(p.getSpec().getPodSelector().getMatchLabels()).entrySet()))),
                dir + ": an ingress policy for the APIs' http port");
        // The management port (metrics, health, Swagger UI) is never open to the ingress controller.
        for (NetworkPolicy p : policies) {
            for (NetworkPolicyIngressRule r : p.getSpec().getIngress()) {
                boolean fromIngressController = r.getFrom().stream().anyMatch(f -> f.getNamespaceSelector() != null
                        && "ingress-nginx".equals(labels(f.getNamespaceSelector().getMatchLabels()).get("kubernetes.io/metadata.name")));
                assertFalse(fromIngressController && (r.getPorts() == null || r.getPorts().isEmpty() || allows(r.getPorts(), "management")),
                        dir + ": " + p.getMetadata().getName() + " opens the management port to the ingress controller");
            }
        }
        // The Kafka listener's network policy peers select the three services.
        Kafka kafka = single(m.all(Kafka.class), dir);
        for (GenericKafkaListener l : kafka.getSpec().getKafka().getListeners()) {
            assertFalse(l.getNetworkPolicyPeers() == null || l.getNetworkPolicyPeers().isEmpty(),
                    dir + ": listener " + l.getName() + " open to every pod");
            for (String service : Project.SERVICES) {
                assertTrue(l.getNetworkPolicyPeers().stream().anyMatch(p -> podLabels(m, service).entrySet()
                        .containsAll(labels(p.getPodSelector().getMatchLabels()).entrySet())),
                        dir + ": " + service + " reaches listener " + l.getName());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void databasesHaveBackups(String dir) {
        Manifests m = render(dir);
        for (CloudNativePg.Cluster cluster : m.all(CloudNativePg.Cluster.class)) {
            String where = dir + " " + cluster.metadata().getName();
            assertTrue(cluster.spec().instances() >= 1, where);
            assertTrue(cluster.spec().imageName().matches(".*/postgresql:15(\\.\\d+)?"), where + ": PostgreSQL 15");
            assertNotNull(cluster.spec().storage().size(), where);
            assertNotNull(cluster.spec().backup().barmanObjectStore().destinationPath(), where + ": backup target");
            assertNotNull(cluster.spec().backup().barmanObjectStore().wal(), where + ": WAL archiving (PITR)");
            assertTrue(m.all(CloudNativePg.ScheduledBackup.class).stream()
                    .anyMatch(b -> b.spec().cluster().name().equals(cluster.metadata().getName())),
                    where + ": a ScheduledBackup");
            if (dir.equals("overlays/production")) {
                assertTrue(cluster.spec().instances() >= 3, where + ": a primary and two standbys");
            }
        }
        if (dir.equals("overlays/production")) {
            for (String service : Project.SERVICES) {
                assertTrue(m.named(HorizontalPodAutoscaler.class, service).getSpec().getMinReplicas() >= 2,
                        "production " + service + ": at least two instances");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void theVensterServiceSendsItsMessagesThroughTheOperatorsSmtpRelay(String dir) {
        Manifests m = render(dir);
        String where = dir + " venster-service";
        Container c = m.named(Deployment.class, "venster-service").getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = environment(m, c);
        assertFalse(env.getOrDefault("QUARKUS_MAILER_HOST", "").isBlank(), where + ": the relay host");
        assertFalse(env.get("QUARKUS_MAILER_HOST").startsWith("127.") || env.get("QUARKUS_MAILER_HOST").equals("localhost"),
                where + ": not the local test server");
        int port = Integer.parseInt(env.get("QUARKUS_MAILER_PORT"));
        assertTrue("REQUIRED".equals(env.get("QUARKUS_MAILER_START_TLS")) || "true".equals(env.get("QUARKUS_MAILER_TLS")),
                where + ": TLS to the relay (STARTTLS required or implicit TLS)");
        assertEquals("REQUIRED", env.get("QUARKUS_MAILER_LOGIN"), where);
        assertEquals("secret:venster-smtp/username", env.get("QUARKUS_MAILER_USERNAME"), where);
        assertEquals("secret:venster-smtp/password", env.get("QUARKUS_MAILER_PASSWORD"), where);
        assertFalse(env.getOrDefault("QUARKUS_MAILER_FROM", "").isBlank(), where + ": a sender");
        String formulier = env.getOrDefault("VENSTER_BERICHTEN_ANTWOORDFORMULIER_URL", "");
        assertTrue(formulier.startsWith("https://") && formulier.contains("{jaar}") && formulier.contains("{regio}")
                && formulier.contains("{financier}"), where + ": the answer form's URL template " + formulier);
        NetworkPolicy egress = m.all(NetworkPolicy.class).stream()
                .filter(p -> Map.of(APP_LABEL, "venster-service").equals(p.getSpec().getPodSelector().getMatchLabels()))
                .filter(p -> p.getSpec().getPolicyTypes().contains("Egress")).findFirst().orElseThrow();
        assertTrue(egress.getSpec().getEgress().stream().anyMatch(rule -> allows(rule.getPorts(), port)),
                where + ": egress to the relay's port " + port);
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void kafkaTopicsAreThoseOfTopicsConfWithReplicationFactorThree(String dir) {
        Manifests m = render(dir);
        Kafka kafka = single(m.all(Kafka.class), dir);
        String clusterName = kafka.getMetadata().getName();
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertEquals("3", String.valueOf(config.get("default.replication.factor")), dir);
        assertEquals("2", String.valueOf(config.get("min.insync.replicas")), dir);
        assertEquals("false", String.valueOf(config.get("auto.create.topics.enable")), dir);

        List<KafkaNodePool> pools = m.all(KafkaNodePool.class);
        pools.forEach(p -> assertEquals(clusterName, p.getMetadata().getLabels().get("strimzi.io/cluster"), dir));
        int brokers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        int controllers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        assertTrue(brokers >= 3, dir + ": replication factor 3 needs three brokers, found " + brokers);
        assertTrue(controllers >= 3 && controllers % 2 == 1, dir + ": a KRaft quorum of " + controllers);

        Map<String, Project.Topic> expected = Project.topicsConf();
        Map<String, Project.Topic> actual = new TreeMap<>();
        for (KafkaTopic t : m.all(KafkaTopic.class)) {
            String name = t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName();
            assertEquals(clusterName, t.getMetadata().getLabels().get("strimzi.io/cluster"), dir + " " + name);
            assertEquals(3, t.getSpec().getReplicas(), dir + " " + name + ": replication factor");
            Map<String, String> topicConfig = new TreeMap<>();
            t.getSpec().getConfig().forEach((k, v) -> topicConfig.put(k, String.valueOf(v)));
            actual.put(name, new Project.Topic(name, t.getSpec().getPartitions(), topicConfig));
        }
        assertEquals(new TreeMap<>(expected.values().stream().collect(Collectors.toMap(Project.Topic::name,
                t -> new Project.Topic(t.name(), t.partitions(), new TreeMap<>(t.config()))))), actual,
                dir + ": KafkaTopics differ from deploy/local/topics.conf");

        // Every channel of the event contract has its topic. Read line by line: openapi/asyncapi.yaml is not valid
        // YAML at the moment (an unquoted ": " inside a description), so a YAML parser refuses it.
        Set<String> addresses = asyncApiAddresses();
        assertFalse(addresses.isEmpty(), "no channel addresses in openapi/asyncapi.yaml");
        assertTrue(actual.keySet().containsAll(addresses),
                dir + ": channels without a KafkaTopic: " + missing(addresses, actual.keySet()));
    }

    static Set<String> asyncApiAddresses() {
        try {
            return Files.readAllLines(Project.ROOT.resolve("openapi/asyncapi.yaml")).stream()
                    .map(l -> l.strip())
                    .filter(l -> l.startsWith("address:"))
                    .map(l -> l.substring("address:".length()).strip().replace("'", "").replace("\"", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- helpers

    static void assertProbe(String where, String kind, Probe probe, String path, ContainerPort http) {
        assertNotNull(probe, where + ": " + kind + " probe");
        assertNotNull(probe.getHttpGet(), where + ": " + kind + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), where + ": " + kind + " probe path");
        IntOrString port = probe.getHttpGet().getPort();
        assertTrue(http.getName().equals(port.getStrVal()) || http.getContainerPort().equals(port.getIntVal()),
                where + ": " + kind + " probe port " + port);
    }

    /**
     * The container's environment: literal values, ConfigMap keys (envFrom; the ConfigMap must be in the
     * manifests) and secret references as "secret:name/key".
     */
    static Map<String, String> environment(Manifests m, Container c) {
        Map<String, String> env = new TreeMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            assertNotNull(from.getConfigMapRef(), "envFrom only from ConfigMaps: " + from);
            m.named(ConfigMap.class, from.getConfigMapRef().getName()).getData().forEach(env::put);
        }
        for (EnvVar e : c.getEnv()) {
            if (e.getValueFrom() != null) {
                assertNotNull(e.getValueFrom().getSecretKeyRef(), e.getName());
                env.put(e.getName(), "secret:" + e.getValueFrom().getSecretKeyRef().getName() + "/"
                        + e.getValueFrom().getSecretKeyRef().getKey());
            } else {
                env.put(e.getName(), e.getValue());
            }
        }
        return env;
    }

    static String clusterOf(Manifests m, String service) {
        Container c = m.named(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
        String host = Project.jdbcHost(environment(m, c).get("QUARKUS_DATASOURCE_JDBC_URL"));
        return host.substring(0, host.length() - "-rw".length());
    }

    static Map<String, String> podLabels(Manifests m, String service) {
        return labels(m.named(Deployment.class, service).getSpec().getTemplate().getMetadata().getLabels());
    }

    static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : labels;
    }

    static boolean allows(List<NetworkPolicyPort> ports, Object port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> p.getPort() == null
                || (port instanceof Integer i ? i.equals(p.getPort().getIntVal()) : port.equals(p.getPort().getStrVal())));
    }

    static Set<String> names(List<?> objects) {
        return objects.stream().map(o -> Manifests.meta(o).getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    static <T> T single(List<T> list, String what) {
        assertEquals(1, list.size(), what);
        return list.get(0);
    }

    static Set<String> missing(Set<String> wanted, Set<String> have) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(have);
        return missing;
    }
}
