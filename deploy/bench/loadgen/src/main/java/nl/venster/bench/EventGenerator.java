package nl.venster.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event history B4 rebuilds from: the topics the reporting-service consumes, under a prefix of their
 * own (--prefix, e.g. {@code bench.}), dropped and created afresh with 6 partitions and the configs of
 * deploy/local/topics.conf, then filled with --regions regions, the rounds needed, and --events answer-set
 * events as openapi/asyncapi.yaml describes them (CloudEvents, key {@code jaar/regio}). Each round has
 * every region answer for the three financiers; further events are later versions of the same sets, in
 * order, as amendments would be.
 */
final class EventGenerator {

    private static final String[] FINANCIERS = {"gemeenten", "zorgverzekeraar", "zorgkantoor"};
    private static final String[] VRAGEN = {"proces", "agenda", "resultaten"};
    private static final String SOURCE = "urn:nld:oin:00000000000000000000:systeem:";
    static final int FIRST_YEAR = 2101;

    /** Topic (without prefix) and its configs, as in deploy/local/topics.conf. */
    private static final Map<String, Map<String, String>> TOPICS = Map.of(
            "register.regios", Map.of("cleanup.policy", "compact"),
            "register.contactpersonen", Map.of("cleanup.policy", "compact"),
            "register.agendas", Map.of("cleanup.policy", "compact"),
            "venster.rondes", Map.of("cleanup.policy", "compact"),
            "venster.antwoorden", Map.of("cleanup.policy", "delete", "retention.ms", "-1"),
            "venster.opvolgingen", Map.of("cleanup.policy", "delete", "retention.ms", "-1"),
            "venster.dead-letter", Map.of("cleanup.policy", "delete"),
            "rapportage.dead-letter", Map.of("cleanup.policy", "delete"));

    private EventGenerator() {
    }

    /** What was written: the event counts and how fast the producer went. */
    record Result(long events, int regions, int rounds, int firstYear, double seconds, double rate) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "events=%d regions=%d rounds=%d first_year=%d seconds=%.1f rate=%.0f",
                    events, regions, rounds, firstYear, seconds, rate);
        }
    }

    static void run(Main.Options options) throws Exception {
        System.out.println(generate(options.text("bootstrap", "127.0.0.1:9092"), options.text("prefix"),
                (long) options.number("events", 500_000), (int) options.number("regions", 500), (int) options.number("rounds", 10)));
    }

    static Result generate(String bootstrap, String prefix, long events, int regions, int rounds) throws Exception {
        if (prefix.isEmpty() || prefix.startsWith("test")) {
            throw new IllegalArgumentException("--prefix must name topics of the benchmark's own (e.g. bench.)");
        }
        try {
            return writeAnew(bootstrap, prefix, events, regions, rounds);
        } catch (Proc.Failure lost) {
            // Seen once on a broker's first run of these topics: its idempotent producer's batches refused as out of
            // sequence until they expired. The topics are made anew and every event written again, once.
            System.err.println("events: " + lost.getMessage() + "; writing all events again to new topics");
            return writeAnew(bootstrap, prefix, events, regions, rounds);
        }
    }

    /** Makes the topics anew and writes every event; fails when the broker did not take them all. */
    private static Result writeAnew(String bootstrap, String prefix, long events, int regions, int rounds) throws Exception {
        long sets = (long) regions * FINANCIERS.length * rounds;

        recreateTopics(bootstrap, prefix);
        long start = System.nanoTime();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // A send that fails after its retries is counted and fails the run: a rebuild over fewer events than
        // asked for would measure something else.
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        Callback checked = (metadata, error) -> {
            if (error != null) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error);
            }
        };
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (int r = 0; r < regions; r++) {
                String code = regio(r);
                producer.send(new ProducerRecord<>(prefix + "register.regios", code, event("nl.venster.register.regio.gewijzigd",
                        "regios/" + code, 1, """
                        {"code":"%s","naam":"Benchregio %d","zorgkantoorregio":"ZK%02d","voortouwZorgverzekeraar":null,\
                        "themas":["ouderen","ggz","preventie"],"geldigVanaf":"2020-01-01","geldigTot":null,"leden":[],"versie":1}"""
                        .formatted(code, r, r % 31 + 1))), checked);
            }
            for (int i = 0; i < rounds; i++) {
                int jaar = FIRST_YEAR + i;
                producer.send(new ProducerRecord<>(prefix + "venster.rondes", String.valueOf(jaar), event("nl.venster.ronde.gewijzigd",
                        "rondes/" + jaar, 1, """
                        {"jaar":%d,"status":"gepubliceerd","opent":"%d-03-01T00:00:00Z","sluit":"%d-04-01T00:00:00Z","vragen":[\
                        {"code":"proces","tekst":"Hoe tevreden bent u over het proces?","schaal":"rapportcijfer"},\
                        {"code":"agenda","tekst":"Hoe tevreden bent u over de agenda?","schaal":"rapportcijfer"},\
                        {"code":"resultaten","tekst":"Hoe tevreden bent u over de resultaten?","schaal":"rapportcijfer"}],\
                        "voldoendeGrens":6,"spreidingsGrens":3,"versie":1}""".formatted(jaar, jaar, jaar))), checked);
            }
            for (long i = 0; i < events; i++) {
                long set = i % sets;
                long versie = i / sets + 1;
                int jaar = FIRST_YEAR + (int) (set / (regions * FINANCIERS.length));
                int rest = (int) (set % (regions * FINANCIERS.length));
                String code = regio(rest / FINANCIERS.length);
                int financier = rest % FINANCIERS.length;
                StringBuilder antwoorden = new StringBuilder();
                for (int q = 0; q < VRAGEN.length; q++) {
                    antwoorden.append(q == 0 ? "" : ",").append("{\"vraag\":\"").append(VRAGEN[q]).append("\",\"score\":")
                            .append((i * 7 + q * 3 + financier) % 10 + 1).append(",\"toelichting\":null}");
                }
                String data = "{\"jaar\":" + jaar + ",\"regio\":\"" + code + "\",\"financier\":\"" + FINANCIERS[financier]
                        + "\",\"versie\":" + versie + ",\"ingediendOp\":\"" + Instant.now() + "\",\"antwoorden\":[" + antwoorden + "]}";
                producer.send(new ProducerRecord<>(prefix + "venster.antwoorden", jaar + "/" + code, event(
                        "nl.venster.antwoordset.ingediend", "rondes/" + jaar + "/regios/" + code + "/antwoorden/" + FINANCIERS[financier],
                        versie, data)), checked);
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new Proc.Failure(failed.get() + " of the generated events were not written to Kafka; the first error: " + firstFailure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(events, regions, rounds, FIRST_YEAR, seconds, events / seconds);
    }

    static String regio(int index) {
        return String.format(Locale.ROOT, "BENCH%04d", index);
    }

    private static String event(String type, String subject, long sequence, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + SOURCE
                + (type.contains("register") ? "registry-service" : "venster-service") + "\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"" + Instant.now() + "\",\"datacontenttype\":\"application/json\","
                + "\"sequence\":\"" + sequence + "\",\"sequencetype\":\"Integer\",\"data\":" + data + "}";
    }

    /** Until every partition of the new topics has a leader, so that the first sends do not race the broker. */
    private static void awaitLeaders(Admin admin, List<String> names) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                boolean ready = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                        .allMatch(topic -> topic.partitions().stream().allMatch(partition -> partition.leader() != null));
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new Proc.Failure("the benchmark's topics " + names + " have no leader after 60 s");
            }
            Thread.sleep(200);
        }
    }

    /** Drops the prefixed topics and creates them empty, so every run rebuilds from exactly --events answer events. */
    private static void recreateTopics(String bootstrap, String prefix) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> wanted = TOPICS.keySet().stream().map(t -> prefix + t).collect(Collectors.toSet());
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(wanted::contains).collect(Collectors.toSet());
            if (!existing.isEmpty()) {
                admin.deleteTopics(existing).all().get(30, TimeUnit.SECONDS);
            }
            List<NewTopic> topics = TOPICS.entrySet().stream()
                    .map(t -> new NewTopic(prefix + t.getKey(), 6, (short) 1).configs(t.getValue())).toList();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
                    awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
                    return;
                } catch (ExecutionException e) {
                    // A deleted topic lingers briefly; retry until the broker has let go of it.
                    if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(500);
                }
            }
        }
    }
}
