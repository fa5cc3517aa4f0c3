import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Waits until a Kafka broker accepts admin requests, then makes the topics of topics.conf
 * exist as declared: creates missing ones, adds partitions when fewer exist, and sets the
 * declared topic configs. Idempotent. One JVM for all topics (a TopicCommand per topic would
 * cost a JVM start each).
 *
 * <p>Run by deploy/local/kafka.sh from the broker jars:
 * {@code java -cp '<libs>/*' EnsureTopics.java BOOTSTRAP TOPICS_CONF TIMEOUT_S [PREFIX...]}.
 * Each topic is ensured once per prefix ("" and the checkout's test prefix, e.g. "test_1a2b3c.").
 */
public class EnsureTopics {

    record Spec(String name, int partitions, Map<String, String> configs) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: EnsureTopics BOOTSTRAP TOPICS_CONF TIMEOUT_S [PREFIX...]");
            System.exit(2);
        }
        String bootstrap = args[0];
        List<Spec> specs = parse(Path.of(args[1]));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[2]));
        List<String> prefixes = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("");

        List<Spec> wanted = new ArrayList<>();
        for (String prefix : prefixes) {
            for (Spec s : specs) {
                wanted.add(new Spec(prefix + s.name(), s.partitions(), s.configs()));
            }
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "venster-local-ensure-topics");
        try (Admin admin = Admin.create(props)) {
            // A freshly started broker opens its port before it is registered and unfenced;
            // until then requests fail with retriable errors. Retry the whole pass until the deadline.
            Exception last = null;
            while (System.nanoTime() < deadline) {
                try {
                    ensure(admin, wanted);
                    return;
                } catch (ExecutionException | KafkaException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    // Not yet registered: "only 0 broker(s) are registered". Anything else that
                    // is not retriable (a bad config in topics.conf, say) fails at once.
                    if (!(cause instanceof RetriableException || cause instanceof InvalidReplicationFactorException)) {
                        System.err.println("topic set-up failed: " + cause);
                        System.exit(1);
                    }
                    last = e;
                    Thread.sleep(300);
                }
            }
            System.err.println("Kafka at " + bootstrap + " did not accept the topic set-up in time: " + last);
            System.exit(1);
        }
    }

    static void ensure(Admin admin, List<Spec> wanted) throws Exception {
        var existing = admin.listTopics().names().get();

        List<NewTopic> toCreate = new ArrayList<>();
        List<Spec> present = new ArrayList<>();
        for (Spec s : wanted) {
            if (existing.contains(s.name())) {
                present.add(s);
            } else {
                // Replication factor: the broker's default (1 on the local single-node broker).
                toCreate.add(new NewTopic(s.name(), Optional.of(s.partitions()), Optional.empty()).configs(s.configs()));
            }
        }
        var created = admin.createTopics(toCreate);
        for (NewTopic t : toCreate) {
            try {
                created.values().get(t.name()).get();
                System.out.println("created  " + t.name());
            } catch (ExecutionException ex) {
                if (!(ex.getCause() instanceof TopicExistsException)) {
                    throw ex;
                }
                System.out.println("exists   " + t.name());
            }
        }
        if (present.isEmpty()) {
            return;
        }

        List<String> names = present.stream().map(Spec::name).toList();
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
        List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();

        Map<String, NewPartitions> morePartitions = new LinkedHashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> alter = new LinkedHashMap<>();
        int unchanged = 0;
        for (Spec s : present) {
            List<String> changes = new ArrayList<>();
            int have = descriptions.get(s.name()).partitions().size();
            if (have < s.partitions()) {
                morePartitions.put(s.name(), NewPartitions.increaseTo(s.partitions()));
                changes.add("partitions " + have + " -> " + s.partitions());
            } else if (have > s.partitions()) {
                // Kafka cannot remove partitions; say so instead of failing the start.
                System.err.println("WARNING: " + s.name() + " has " + have + " partitions, topics.conf asks for "
                        + s.partitions() + " (partitions cannot be removed)");
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, s.name());
            Config current = configs.get(resource);
            List<AlterConfigOp> ops = new ArrayList<>();
            for (var c : s.configs().entrySet()) {
                ConfigEntry entry = current.get(c.getKey());
                if (entry == null || !c.getValue().equals(entry.value())) {
                    ops.add(new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET));
                    changes.add(c.getKey() + "=" + c.getValue());
                }
            }
            if (!ops.isEmpty()) {
                alter.put(resource, ops);
            }
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                System.out.println("updated  " + s.name() + " (" + String.join(", ", changes) + ")");
            }
        }
        System.out.println("as declared: " + unchanged + " existing topic(s)");
        if (!morePartitions.isEmpty()) {
            admin.createPartitions(morePartitions).all().get();
        }
        if (!alter.isEmpty()) {
            admin.incrementalAlterConfigs(alter).all().get();
        }
    }

    /** Lines: {@code name partitions [key=value,key=value]}; '#' starts a comment. */
    static List<Spec> parse(Path file) throws Exception {
        List<Spec> specs = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 2 || f.length > 3 || !f[1].matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected 'name partitions [key=value,...]'");
            }
            Map<String, String> configs = new LinkedHashMap<>();
            if (f.length == 3) {
                for (String kv : f[2].split(",")) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": bad config '" + kv + "'");
                    }
                    configs.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            specs.add(new Spec(f[0], Integer.parseInt(f[1]), configs));
        }
        return specs;
    }
}
