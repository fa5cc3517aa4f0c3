package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The data every scenario builds on, created once per run: the seeded regions and, per region and financier, one
 * bestuurlijk aanspreekpunt with its own subject (and so its own token).
 */
public final class World {

    public static final List<String> FINANCIERS = List.of("gemeenten", "zorgverzekeraar", "zorgkantoor");
    public static final int SEEDED_REGIONS = 31;

    private static World instance;

    public final SystemHarness system;
    public final String beheerder;
    public final String lezer;
    public final List<String> regions;

    public static synchronized World get() {
        if (instance == null) {
            instance = new World(SystemHarness.get());
        }
        return instance;
    }

    private World(SystemHarness system) {
        this.system = system;
        beheerder = system.token("st-beheerder", "beheerder");
        lezer = system.token("st-lezer", "lezer");
        List<String> codes = new ArrayList<>();
        json(as(beheerder).get(system.registry.baseUrl() + "/regios?pageSize=100").then().statusCode(200).extract().response())
                .forEach(region -> codes.add(region.get("code").asText()));
        regions = List.copyOf(codes.stream().sorted().toList());
        assertEquals(SEEDED_REGIONS, regions.size(), "seeded regions");
        // A few at a time: 186 calls one after the other make a slow start on a busy machine.
        List<Callable<Void>> registrations = new ArrayList<>();
        for (String region : regions) {
            for (String financier : FINANCIERS) {
                registrations.add(() -> {
                    register(region, financier);
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> registration : pool.invokeAll(registrations)) {
                registration.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("registering the aanspreekpunten failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[system] %d regions, %d aanspreekpunten registered%n", regions.size(), registrations.size());
    }

    private void register(String region, String financier) {
        String id = created(system.registry.baseUrl() + "/contactpersonen", Map.of("naam", "Systeemtest " + region + " " + financier,
                "organisatie", "Systeemtest", "subject", subject(region, financier), "email", address(region, financier))).path("id");
        created(system.registry.baseUrl() + "/regios/" + region + "/rollen", Map.of("contactpersoon", id, "financier", financier,
                "rol", "bestuurlijk-aanspreekpunt", "vanaf", "2020-01-01"));
    }

    /** POST expecting 201; a 409 from two concurrent transactions colliding (nothing was written) is tried again. */
    private io.restassured.response.Response created(String url, Map<String, Object> body) {
        io.restassured.response.Response response = Api.poll(Duration.ofSeconds(30), () -> as(beheerder).body(body).post(url),
                r -> r.statusCode() != 409);
        assertEquals(201, response.statusCode(), url + ": " + response.asString());
        return response;
    }

    /** The aanspreekpunt's e-mail address: the venster-service's messages to it arrive in {@link SystemHarness#mail}. */
    public static String address(String region, String financier) {
        return subject(region, financier).toLowerCase() + "@systeemtest.venster.test";
    }

    public static String subject(String region, String financier) {
        return "st-" + region + "-" + financier;
    }

    /** The token of the bestuurlijk aanspreekpunt of this financier in this region. */
    public String aanspreekpunt(String region, String financier) {
        return system.token(subject(region, financier), "aanspreekpunt");
    }

    /**
     * Creates a round for the year with the default questionnaire, opens it and returns its question codes. As a
     * beheerder would, it first checks in the voortgang of the concept round that the venster-service knows every
     * aanspreekpunt of this world with an address (it learns them from the registry's events), so that the opening
     * invites each of them.
     */
    public List<String> openRound(int year) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        as(beheerder).body(Map.of("jaar", year, "opent", now.plusDays(1).toString(), "sluit", now.plusDays(30).toString()))
                .post(system.venster.baseUrl() + "/rondes").then().statusCode(201);
        Api.poll(Duration.ofSeconds(120), () -> json(as(beheerder).get(system.venster.baseUrl() + "/rondes/" + year + "/voortgang?pageSize=100")
                .then().statusCode(200).extract().response()), rows -> {
                    int reachable = 0;
                    for (JsonNode row : rows) {
                        String own = "Systeemtest " + row.get("regio").asText() + " " + row.get("financier").asText();
                        boolean known = false;
                        for (JsonNode name : row.get("aanspreekpunten")) {
                            known |= name.asText().equals(own);
                        }
                        for (JsonNode name : row.get("nietBereikbaar")) {
                            known &= !name.asText().equals(own);
                        }
                        reachable += known ? 1 : 0;
                    }
                    return reachable == regions.size() * FINANCIERS.size();
                });
        JsonNode concept = json(as(beheerder).get(system.venster.baseUrl() + "/rondes/" + year).then().statusCode(200).extract().response());
        List<?> vragen = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(concept.get("vragen"), List.class);
        as(beheerder).body(Map.of("opent", now.minusMinutes(1).toString(), "sluit", concept.get("sluit").asText(), "vragen", vragen,
                        "voldoendeGrens", concept.get("voldoendeGrens").asInt(), "spreidingsGrens", concept.get("spreidingsGrens").asInt()))
                .put(system.venster.baseUrl() + "/rondes/" + year).then().statusCode(200);
        // The round clock may open it first; either way it must end up open.
        int status = as(beheerder).body(Map.of("status", "open")).put(system.venster.baseUrl() + "/rondes/" + year + "/status").statusCode();
        JsonNode round = json(as(beheerder).get(system.venster.baseUrl() + "/rondes/" + year).then().statusCode(200).extract().response());
        assertEquals("open", round.get("status").asText(), "round " + year + " after PUT status open (" + status + ")");
        List<String> questions = new ArrayList<>();
        round.get("vragen").forEach(question -> questions.add(question.get("code").asText()));
        return questions;
    }

    public void closeRound(int year) {
        as(beheerder).body(Map.of("status", "gesloten")).put(system.venster.baseUrl() + "/rondes/" + year + "/status")
                .then().statusCode(200);
    }

    /**
     * Submits an answer set with the aanspreekpunt's own token and returns the status code. The venster-service
     * learns roles from the registry's events, so a fresh aanspreekpunt may be refused (403) for a moment: that is
     * retried, anything else is returned.
     */
    public int submit(int year, String region, String financier, Map<String, Integer> scores) {
        List<Map<String, Object>> answers = new ArrayList<>();
        scores.forEach((question, score) -> answers.add(Map.of("vraag", question, "score", score)));
        String token = aanspreekpunt(region, financier);
        String url = system.venster.baseUrl() + "/rondes/" + year + "/regios/" + region + "/antwoorden/" + financier;
        return Api.poll(Duration.ofSeconds(120),
                () -> as(token).body(Map.of("antwoorden", answers)).put(url).statusCode(),
                code -> code != 403);
    }

    /**
     * An amendment (or any submission with a precondition): PUT with this If-Match (an ETag such as "\"2\"", or null
     * for none), returning the response as it is, so the caller can check the status and the new ETag.
     */
    public io.restassured.response.Response amend(int year, String region, String financier, Map<String, Integer> scores,
                                                   String ifMatch) {
        List<Map<String, Object>> answers = new ArrayList<>();
        scores.forEach((question, score) -> answers.add(Map.of("vraag", question, "score", score)));
        var request = as(aanspreekpunt(region, financier)).body(Map.of("antwoorden", answers));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(system.venster.baseUrl() + "/rondes/" + year + "/regios/" + region + "/antwoorden/" + financier);
    }

    public void followUp(int year, String region, String token, String kind) {
        as(token).body(Map.of("soort", kind, "toelichting", "Systeemtest: " + kind))
                .post(system.venster.baseUrl() + "/rondes/" + year + "/regios/" + region + "/opvolgingen")
                .then().statusCode(201);
    }

    /**
     * A closed round of a scenario's own, so there is something to compare: every second region answered (some
     * amended, one financier missing in every third of those), the escalation ladder in order (VWS after the
     * region's hulpvraag) and a hulpvraag elsewhere. Returns the regions that answered.
     */
    public List<String> playClosedRound(int year, long seed) {
        Random random = new Random(seed);
        List<String> questions = openRound(year);
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < regions.size(); i += 2) {
            String region = regions.get(i);
            for (String financier : FINANCIERS) {
                if (i % 6 == 0 && financier.equals("zorgkantoor")) {
                    continue;
                }
                assertEquals(201, submit(year, region, financier, scores(questions, random)), region + "/" + financier);
                if (random.nextInt(4) == 0) {
                    assertEquals(200, amend(year, region, financier, scores(questions, random), FullYearIT.etag(1)).statusCode(),
                            "amendment of " + region + "/" + financier);
                }
            }
            answered.add(region);
        }
        followUp(year, answered.get(0), aanspreekpunt(answered.get(0), "gemeenten"), "hulpvraag-vng-zn");
        followUp(year, answered.get(0), beheerder, "geagendeerd-vws");
        followUp(year, answered.get(1), aanspreekpunt(answered.get(1), "gemeenten"), "hulpvraag-vng-zn");
        closeRound(year);
        return answered;
    }

    private static Map<String, Integer> scores(List<String> questions, Random random) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        questions.forEach(question -> scores.put(question, 1 + random.nextInt(10)));
        return scores;
    }
}
