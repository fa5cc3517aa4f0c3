package nl.venster.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The guard of issue 15: walks every operation of the service's contract in {@code openapi/}, sends it bad input
 * generated from the operation's own schemas (wrong types, out-of-range values, odd characters, duplicate and
 * unknown fields, malformed JSON, oversize bodies, bad headers and query values) and requires for each case a 4xx
 * problem+json that names the problem, never a 5xx or a success, and that nothing changed: no audit line of the
 * guard's subjects and no new outbox event.
 * <p>
 * The cases come from jqwik's generators with a fixed seed and a bounded number per operation, so a run is
 * reproducible and bounded; jqwik's own engine cannot run inside a {@code @QuarkusTest}, so the generators are
 * driven from this JUnit test. Every token carries all three roles, so that role checks do not hide the input
 * checks; each case has a subject of its own, so that the write rate limit does not either.
 */
public abstract class BadInputGuardContract {

    static final long SEED = 15_2026L;
    /** Generated body cases per operation with a JSON body (on top of the fixed header and body-level cases). */
    static final int BODY_CASES = 8;
    /** Header cases per operation, of four kinds. */
    static final int HEADER_CASES = 2;
    /** Bad values per query parameter. */
    static final int QUERY_CASES = 2;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Bodies are sent as ASCII with \\u escapes: a lone surrogate cannot be encoded as UTF-8 bytes. */
    private static final ObjectMapper ASCII = new ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values the domain's path and query patterns accept, tried in order to fill a parameter. */
    private static final List<String> CANDIDATES = List.of("ZK01", "GM0363", "UT-01", "gemeenten", "proces",
            "bestuurlijk-aanspreekpunt", "hulpvraag-vng-zn", "open", "true", "thema-a", "a");
    private static final String UUID_VALUE = "00000000-0000-4000-8000-000000000015";

    enum Fault { WRONG_TYPE, OUT_OF_RANGE, ODD_CHARACTERS, DUPLICATE_KEY, UNKNOWN_FIELD }

    /** Control characters and broken Unicode no text may hold; tab and newline only where long texts allow them. */
    private static final Arbitrary<String> ODD = Arbitraries.of("\u0000", "\ud800", "\udc00", "\u001b", "\u0007",
            "\u007f", "\u0085", "\u0008", "\ufffe");
    private static final Arbitrary<String> ODD_IN_SHORT_TEXT = Arbitraries.oneOf(ODD, Arbitraries.of("\t", "\n", "\r\n"));
    private static final Arbitrary<String> UNKNOWN_NAMES = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> "onbekend" + s),
            Arbitraries.of("x".repeat(11 * 1024), "<script>alert(1)</script>", "naam\u0000", "\ud800", "__proto__", ""));
    private static final Arbitrary<String> NOT_A_CODE = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('A', 'Z').withChars(' ', '!', '?').ofMinLength(1).ofMaxLength(30),
            Arbitraries.of("geen-geldige-waarde-53", "AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAA==", "Open", "GEMEENTEN"));
    private static final Arbitrary<Fault> FAULTS = Arbitraries.of(Fault.values());
    private static final Arbitrary<String> BAD_DATES = Arbitraries.of("+57385-07-07", "2024-02-30", "0999-01-01", "24-01-01", "2024-1-1");
    private static final Map<String, Arbitrary<JsonNode>> WRONG_TYPES = new TreeMap<>();

    static {
        for (String type : List.of("string", "integer", "number", "boolean", "array", "object")) {
            WRONG_TYPES.put(type, wrongTypes(type));
        }
    }

    private static final Arbitrary<String> TRAILING = Arbitraries.of(" xyz", "{}", "[]", "\"x\"", " 1", ",", "}");

    private final Random random = new Random(SEED);
    private int subjects;

    private record Operation(String method, String path, JsonNode operation) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** A place in a request body: its JSON path as the API names it, its parent and its schema. */
    private record Site(String name, JsonNode parent, String key, int index, JsonNode schema) {
    }

    private record Expectation(int status, Predicate<JsonPath> namesIt, String what, Predicate<Response> headers) {
        Expectation(int status, Predicate<JsonPath> namesIt, String what) {
            this(status, namesIt, what, r -> true);
        }
    }

    private JsonNode document;

    @Test
    void everyOperationRefusesBadInputAndChangesNothing() throws IOException, SQLException {
        String application = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        document = MAPPER.readTree(Files.readString(Path.of("..", "openapi", application + ".openapi.json")));
        SourceOfRandomness.create(Long.toString(SEED));
        long outboxBefore = outboxPosition();
        long started = System.nanoTime();

        List<String> failures = new ArrayList<>();
        int tried = 0;
        int operations = 0;
        List<Operation> all = operations();
        for (Map.Entry<String, Runnable> c : undocumentedMethods(all, failures).entrySet()) {
            tried++;
            c.getValue().run();
        }
        for (Operation operation : all) {
            operations++;
            for (Map.Entry<String, Runnable> c : cases(operation, failures).entrySet()) {
                tried++;
                c.getValue().run();
            }
        }
        System.out.printf("bad-input guard %s: %d cases over %d operations (seed %d) in %d s, %d failed%n",
                application, tried, operations, SEED, (System.nanoTime() - started) / 1_000_000_000L, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + tried + " cases failed:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(0, auditLinesOfTheGuard(), "the guard's requests wrote to the audit trail");
        assertEquals(outboxBefore, outboxPosition(), "the guard's requests wrote outbox events");
    }

    private List<Operation> operations() {
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    found.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return found;
    }

    /** One method per path that the contract does not document: 405 with an Allow header listing the documented ones. */
    private Map<String, Runnable> undocumentedMethods(List<Operation> all, List<String> failures) {
        Map<String, Runnable> cases = new TreeMap<>();
        Map<String, List<Operation>> byPath = new TreeMap<>();
        all.forEach(op -> byPath.computeIfAbsent(op.path(), p -> new ArrayList<>()).add(op));
        byPath.forEach((path, ops) -> {
            List<String> undocumented = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            ops.forEach(op -> undocumented.remove(op.method().toUpperCase()));
            if (undocumented.isEmpty()) {
                return;
            }
            String method = undocumented.get(random.nextInt(undocumented.size()));
            Operation probe = new Operation(method.toLowerCase(), path, ops.get(0).operation());
            String url = url(ops.get(0));
            cases.put("method: " + path, () -> check(probe, "undocumented method", json(), url, method.equals("GET") ? null : "{}",
                    new Expectation(405, j -> true, "405 with Allow: " + ops.stream().map(o -> o.method().toUpperCase()).toList(),
                            r -> r.header("Allow") != null && ops.stream().allMatch(o -> r.header("Allow").contains(o.method().toUpperCase()))),
                    failures));
        });
        return cases;
    }

    // ---------------------------------------------------------------- the cases of one operation

    /** Case name to the check that sends it; ordered, so a run is reproducible. */
    private Map<String, Runnable> cases(Operation op, List<String> failures) {
        Map<String, Runnable> cases = new TreeMap<>();
        Map<String, Runnable> headerCases = new TreeMap<>();
        String url = url(op);
        // Refused by the HTTP conventions before anything else, for every operation and method.
        headerCases.put("header: two Authorization headers", () -> check(op, "two Authorization headers",
                request().header("Authorization", "Bearer " + token()).header("Authorization", "Bearer " + token()),
                url, null, new Expectation(400, j -> true, "400"), failures));
        headerCases.put("header: accepts nothing", () -> check(op, "Accept q=0",
                request().auth().oauth2(token()).header("Accept", "application/json;q=0, */*;q=0"),
                url, null, new Expectation(406, j -> true, "406"), failures));
        headerCases.put("header: too large", () -> check(op, "20 KiB header",
                request().auth().oauth2(token()).header("X-Opvulling", "x".repeat(20 * 1024)),
                url, null, new Expectation(431, j -> true, "431"), failures));
        headerCases.put("header: URI too long", () -> check(op, "5000-character URI",
                request().auth().oauth2(token()), url + (url.contains("?") ? "&" : "?") + "x=" + "x".repeat(5000),
                null, new Expectation(414, j -> true, "414"), failures));
        // Two of the four per operation: every kind still meets every method and many paths, in half the time.
        List<String> headerNames = new ArrayList<>(headerCases.keySet());
        java.util.Collections.shuffle(headerNames, random);
        headerNames.subList(0, HEADER_CASES).forEach(name -> cases.put(name, headerCases.get(name)));

        for (JsonNode parameter : op.operation().path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                queryCases(op, parameter, url, cases, failures);
            }
        }

        JsonNode bodySchema = op.operation().path("requestBody").path("content").path("application/json").path("schema");
        if (!bodySchema.isMissingNode()) {
            JsonNode skeleton = valid(resolve(bodySchema));
            String text = json(skeleton);
            cases.put("body: malformed", () -> {
                String cut = text.substring(0, Math.max(1, random.nextInt(Math.max(1, text.length() - 1)) + 1));
                String body = cut.equals(text) ? text + "{" : cut;
                check(op, "malformed JSON " + abbreviate(body), json(), url, body,
                        new Expectation(400, j -> !j.getList("invalidParams").isEmpty(), "400 with invalidParams"), failures);
            });
            cases.put("body: trailing content", () -> {
                String body = text + generate(TRAILING);
                check(op, "trailing content " + abbreviate(body), json(), url, body,
                        new Expectation(400, j -> !j.getList("invalidParams").isEmpty(), "400 with invalidParams"), failures);
            });
            cases.put("body: over the size limit", () -> check(op, "300 KiB body", json(), url,
                    "{\"x\": \"" + "x".repeat(300 * 1024) + "\"}", new Expectation(413, j -> true, "413"), failures));
            cases.put("body: without Content-Type", () -> check(op, "no Content-Type",
                    request().auth().oauth2(token()), url, text, new Expectation(415, j -> true, "415"), failures));
            cases.put("body: text/plain", () -> check(op, "Content-Type text/plain",
                    request().auth().oauth2(token()).contentType("text/plain"), url, text,
                    new Expectation(415, j -> true, "415"), failures));
            JsonNode schema = resolve(bodySchema);
            for (int i = 0; i < BODY_CASES; i++) {
                cases.put(String.format("body: generated %02d", i), () -> bodyCase(op, url, skeleton, schema, failures));
            }
        }
        return cases;
    }

    private void queryCases(Operation op, JsonNode parameter, String url, Map<String, Runnable> cases, List<String> failures) {
        String name = parameter.path("name").asText();
        JsonNode schema = resolve(parameter.path("schema"));
        List<String> bad = new ArrayList<>();
        switch (schema.path("type").asText()) {
            // An empty value counts as absent, as JAX-RS reads it.
            case "integer" -> bad.addAll(List.of("abc", "7.5", "99999999999999999999"));
            case "boolean" -> bad.addAll(List.of("maybe", "TRUE", "1"));
            case "string" -> {
                if (schema.has("pattern")) {
                    bad.add("!!" + generate(ODD));
                }
                if (schema.has("maxLength")) {
                    bad.add("x".repeat(schema.path("maxLength").asInt() + 1));
                }
                if (name.endsWith("datum") || "date".equals(schema.path("format").asText())) {
                    bad.addAll(List.of("+57385-07-07", "20240101", "2024-02-30"));
                }
            }
            default -> {
            }
        }
        java.util.Collections.shuffle(bad, random);
        int i = 0;
        for (String value : bad.subList(0, Math.min(QUERY_CASES, bad.size()))) {
            String caseUrl = url + (url.contains("?") ? "&" : "?") + name + "="
                    + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
            // With the operation's valid body, so that only the query value is wrong.
            JsonNode bodySchema = op.operation().path("requestBody").path("content").path("application/json").path("schema");
            String body = bodySchema.isMissingNode() ? null : json(valid(resolve(bodySchema)));
            cases.put("query: " + name + " " + (i++), () -> check(op, "query " + name + "=" + abbreviate(value),
                    body == null ? request().auth().oauth2(token()) : json(), caseUrl, body,
                    new Expectation(400, j -> j.getList("invalidParams.name").contains(name), "400 naming " + name), failures));
        }
    }

    private void bodyCase(Operation op, String url, JsonNode skeleton, JsonNode schema, List<String> failures) {
        JsonNode body = skeleton.deepCopy();
        List<Site> here = new ArrayList<>();
        sites(body, schema, "", here);
        Fault generated = generate(FAULTS);
        Fault fault = generated;
        List<Site> candidates = here.stream().filter(s -> applicable(generated, s)).toList();
        if (candidates.isEmpty()) {
            fault = Fault.UNKNOWN_FIELD;
            candidates = here.stream().filter(s -> s.schema() != null && s.schema().has("properties")).toList();
            if (candidates.isEmpty()) {
                candidates = List.of(new Site("", null, null, -1, null));
            }
        }
        Site site = candidates.get(random.nextInt(candidates.size()));
        String text;
        Expectation expected;
        switch (fault) {
            case WRONG_TYPE -> {
                JsonNode wrong = generate(WRONG_TYPES.get(site.schema().path("type").asText()));
                put(site, wrong);
                text = json(body);
                expected = naming(site.name());
            }
            case OUT_OF_RANGE -> {
                put(site, outOfRange(site.schema(), site));
                text = json(body);
                expected = naming(site.name());
            }
            case ODD_CHARACTERS -> {
                boolean longText = site.schema().path("maxLength").asInt(0) >= 500;
                String odd = generate(longText ? ODD : ODD_IN_SHORT_TEXT);
                String value = current(site).isTextual() ? current(site).textValue() : "a";
                int at = random.nextInt(value.length() + 1);
                put(site, NODES.textNode(value.substring(0, at) + odd + value.substring(at)));
                text = json(body);
                expected = naming(site.name());
            }
            case DUPLICATE_KEY -> {
                JsonNode parent = site.parent();
                text = withDuplicate(body, parent, site.key());
                expected = naming(site.name());
            }
            default -> {
                JsonNode target = site.parent() == null ? body : current(site);
                if (!target.isObject()) {
                    target = body.isObject() ? body : NODES.objectNode();
                }
                String unknown = generate(UNKNOWN_NAMES);
                ((ObjectNode) target).put(unknown.isEmpty() ? "onbekend" : unknown, 1);
                text = json(body);
                expected = new Expectation(400, j -> j.getList("invalidParams.reason").contains("onbekend veld"),
                        "400 with an unknown field");
            }
        }
        check(op, fault + " at " + (site.name().isEmpty() ? "body" : site.name()) + ": " + abbreviate(text), json(), url,
                text, expected, failures);
    }

    private static Expectation naming(String name) {
        String expected = name.isEmpty() ? "body" : name;
        return new Expectation(400, j -> j.getList("invalidParams.name").contains(expected), "400 naming " + expected);
    }

    private static boolean applicable(Fault fault, Site site) {
        if (site.schema() == null || site.parent() == null) {
            return false;
        }
        JsonNode s = site.schema();
        String type = s.path("type").asText();
        return switch (fault) {
            case WRONG_TYPE -> WRONG_TYPES.containsKey(type);
            case OUT_OF_RANGE -> s.has("maximum") || s.has("minimum") || s.has("maxLength") || s.has("enum")
                    || s.has("pattern") || s.has("maxItems") || "date".equals(s.path("format").asText())
                    || "uuid".equals(s.path("format").asText());
            case ODD_CHARACTERS -> "string".equals(type);
            case DUPLICATE_KEY -> site.key() != null;
            case UNKNOWN_FIELD -> s.has("properties");
        };
    }

    private static Arbitrary<JsonNode> wrongTypes(String type) {
        List<Arbitrary<JsonNode>> others = new ArrayList<>();
        if (!"string".equals(type)) {
            others.add(Arbitraries.strings().alpha().ofMaxLength(8).map(NODES::textNode));
            others.add(Arbitraries.of("5", "true", "7.5").map(NODES::textNode));
        }
        if (!"integer".equals(type) && !"number".equals(type)) {
            others.add(Arbitraries.integers().between(-1000, 20_240_101).map(NODES::numberNode));
        }
        if ("integer".equals(type)) {
            others.add(Arbitraries.of(7.5, 0.1, -2.5, 7.0).map(NODES::numberNode));
            others.add(Arbitraries.of("99999999999999999999").map(v -> NODES.numberNode(new java.math.BigInteger(v))));
        }
        if (!"boolean".equals(type)) {
            others.add(Arbitraries.of(true, false).map(NODES::booleanNode));
        }
        if (!"array".equals(type)) {
            others.add(Arbitraries.just((JsonNode) NODES.arrayNode().add(1)));
        }
        if (!"object".equals(type)) {
            others.add(Arbitraries.just((JsonNode) NODES.objectNode().put("a", 1)));
        }
        return Arbitraries.oneOf(others);
    }

    private JsonNode outOfRange(JsonNode s, Site site) {
        List<JsonNode> options = new ArrayList<>();
        if (s.has("maximum")) {
            options.add(NODES.numberNode(s.path("maximum").asLong() + 1 + random.nextInt(1000)));
        }
        if (s.has("minimum")) {
            options.add(NODES.numberNode(s.path("minimum").asLong() - 1 - random.nextInt(1000)));
        }
        if (s.has("maxLength")) {
            options.add(NODES.textNode("x".repeat(s.path("maxLength").asInt() + 1 + random.nextInt(50))));
        }
        if (s.has("enum") || s.has("pattern") || "uuid".equals(s.path("format").asText())) {
            // Short Base64-looking texts too: a UUID must be in its canonical form.
            String wrong = generate(NOT_A_CODE);
            if (!s.has("pattern") || !Pattern.compile(s.path("pattern").asText()).matcher(wrong).find()) {
                options.add(NODES.textNode(wrong));
            }
        }
        if ("date".equals(s.path("format").asText())) {
            options.add(NODES.textNode(generate(BAD_DATES)));
        }
        if (s.has("maxItems")) {
            ArrayNode many = NODES.arrayNode();
            JsonNode item = current(site).isArray() && !current(site).isEmpty() ? current(site).get(0) : NODES.nullNode();
            for (int i = 0; i <= s.path("maxItems").asInt(); i++) {
                many.add(item.deepCopy());
            }
            options.add(many);
        }
        return options.isEmpty() ? NODES.textNode("Geen geldige waarde!") : options.get(random.nextInt(options.size()));
    }

    // ---------------------------------------------------------------- sending and judging

    private void check(Operation op, String what, RequestSpecification request, String url, String body,
                       Expectation expected, List<String> failures) {
        if (body != null) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(op.method().toUpperCase(), url);
        int status = response.statusCode();
        String problem = response.asString();
        String where = op + " [" + what + "]: ";
        if (status < 400 || status >= 500) {
            failures.add(where + "expected " + expected.what() + ", got " + status + " " + abbreviate(problem));
            return;
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")
                || response.header("API-Version") == null || !"nosniff".equals(response.header("X-Content-Type-Options"))) {
            failures.add(where + status + " is not problem+json with the usual headers: " + response.contentType());
            return;
        }
        JsonPath json = JsonPath.from(problem);
        if (json.getInt("status") != status || json.getString("title") == null || json.getString("detail") == null
                || problem.contains("Exception") || problem.contains("nl.venster.") || problem.length() > 8_192
                || problem.contains("<script>")) {
            failures.add(where + "malformed problem: " + abbreviate(problem));
            return;
        }
        if (status != expected.status() || !expected.namesIt().test(json) || !expected.headers().test(response)) {
            failures.add(where + "expected " + expected.what() + ", got " + status + " " + abbreviate(problem));
        }
    }

    private RequestSpecification request() {
        return given().redirects().follow(false);
    }

    private RequestSpecification json() {
        return request().auth().oauth2(token()).contentType("application/json");
    }

    /** A token with every role, for a subject of its own (the guard's subjects are recognisable in the audit trail). */
    private String token() {
        var config = ConfigProvider.getConfig();
        return Jwt.issuer(config.getValue("mp.jwt.verify.issuer", String.class))
                .audience(config.getValue("mp.jwt.verify.audiences", String.class).split(",")[0])
                .subject("bewaker-" + (++subjects))
                .groups(Set.of("beheerder", "aanspreekpunt", "lezer"))
                .issuedAt(Instant.now())
                .expiresIn(600)
                .sign(TestJwtKeys.privateKey());
    }

    /**
     * One value from a jqwik generator. Outside jqwik's engine only sampling is allowed; it draws from jqwik's
     * per-thread source of randomness, which the test seeds once, so the sequence is the same on every run.
     */
    private static <T> T generate(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    // ---------------------------------------------------------------- schemas

    private String url(Operation op) {
        String path = op.path();
        for (JsonNode parameter : op.operation().path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + parameter.path("name").asText() + "}",
                        valid(resolve(parameter.path("schema"))).asText());
            }
        }
        // The contract's paths are relative to its server (the versioned base path), as generated clients read them.
        return document.path("servers").path(0).path("url").asText("") + path;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asText();
            s = document.at(ref.substring(1));
        }
        return s;
    }

    /** A value of the schema's type that satisfies its constraints as far as the schema tells them. */
    private JsonNode valid(JsonNode s) {
        JsonNode example = s.path("examples").path(0);
        String type = s.path("type").asText();
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = p.next();
                    object.set(property.getKey(), valid(resolve(property.getValue())));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < Math.max(1, s.path("minItems").asInt(1)); i++) {
                    array.add(valid(resolve(s.path("items"))));
                }
                return array;
            }
            case "integer", "number" -> {
                if (example.isNumber()) {
                    return example;
                }
                long value = s.has("minimum") ? s.path("minimum").asLong() : Math.min(2026, s.path("maximum").asLong(2026));
                return NODES.numberNode(value);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (s.has("enum")) {
                    return s.path("enum").path(0);
                }
                if (example.isTextual()) {
                    return example;
                }
                switch (s.path("format").asText()) {
                    case "date" -> {
                        return NODES.textNode("2026-01-01");
                    }
                    case "date-time" -> {
                        return NODES.textNode("2026-01-01T09:00:00Z");
                    }
                    case "uuid" -> {
                        return NODES.textNode(UUID_VALUE);
                    }
                    default -> {
                    }
                }
                if (s.has("pattern")) {
                    Pattern pattern = Pattern.compile(s.path("pattern").asText());
                    for (String candidate : CANDIDATES) {
                        if (pattern.matcher(candidate).find()) {
                            return NODES.textNode(candidate);
                        }
                    }
                }
                return NODES.textNode("a".repeat(Math.max(1, s.path("minLength").asInt(1))));
            }
        }
    }

    /** Every property and array element of a body, with its schema. */
    private void sites(JsonNode node, JsonNode schema, String name, List<Site> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                JsonNode fieldSchema = schema == null ? null : resolve(schema.path("properties").path(field.getKey()));
                String fieldName = name.isEmpty() ? field.getKey() : name + "." + field.getKey();
                Site site = new Site(fieldName, node, field.getKey(), -1, known(fieldSchema));
                into.add(site);
                sites(field.getValue(), site.schema(), fieldName, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode itemSchema = schema == null ? null : resolve(schema.path("items"));
                String itemName = name + "[" + i + "]";
                Site site = new Site(itemName, node, null, i, known(itemSchema));
                into.add(site);
                sites(node.get(i), site.schema(), itemName, into);
            }
        }
    }

    private static JsonNode known(JsonNode schema) {
        return schema == null || schema.isMissingNode() ? null : schema;
    }

    private static JsonNode current(Site site) {
        return site.key() != null ? site.parent().path(site.key()) : site.parent().path(site.index());
    }

    private static void put(Site site, JsonNode value) {
        if (site.key() != null) {
            ((ObjectNode) site.parent()).set(site.key(), value);
        } else {
            ((ArrayNode) site.parent()).set(site.index(), value);
        }
    }

    /** The body as JSON text with the field {@code key} of {@code target} written twice (Jackson cannot hold that). */
    private static String withDuplicate(JsonNode node, JsonNode target, String key) {
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                int times = node == target && field.getKey().equals(key) ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(json(NODES.textNode(field.getKey()))).append(':').append(withDuplicate(field.getValue(), target, key));
                }
            }
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(withDuplicate(node.get(i), target, key));
            }
            return out.append(']').toString();
        }
        return json(node);
    }

    private static String json(JsonNode node) {
        try {
            return ASCII.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 600 ? text.substring(0, 600) + "…(" + text.length() + ")" : text;
        StringBuilder escaped = new StringBuilder();
        for (char c : shown.toCharArray()) {
            escaped.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
        }
        return escaped.toString();
    }

    // ---------------------------------------------------------------- what must not change

    private static long auditLinesOfTheGuard() throws SQLException {
        return single("select count(*) from audit_log where subject like 'bewaker-%'");
    }

    private static long outboxPosition() throws SQLException {
        return single("select coalesce(max(position), 0) from outbox_event");
    }

    private static long single(String sql) throws SQLException {
        // Looked up rather than injected: Quarkus does not inject into @Nested test classes' superclasses.
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
