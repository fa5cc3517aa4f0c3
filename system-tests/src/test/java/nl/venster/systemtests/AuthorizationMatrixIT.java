package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: every operation of the three OpenAPI documents against every kind of caller. The operations come
 * from openapi/, and each must have an expectation below, so a new endpoint cannot be forgotten. Refused callers
 * send valid requests (the refusal must come from authorization) and must change nothing: the service's audit
 * trail and the resource look the same before and after.
 */
@Order(2)
class AuthorizationMatrixIT {

    /** A round of its own, so this scenario's writes never touch scenario 1's years. */
    private static final int YEAR = 2040;

    enum Caller { NONE, LEZER, BEHEERDER, RIGHT_AANSPREEKPUNT, OTHER_REGION, OTHER_FINANCIER }

    /** Who gets through, per DESIGN.md §3-§4 and, where the design is silent, the OpenAPI descriptions. */
    enum Access {
        /** Any authenticated caller (reference data, reports: transparency, §1.6). */
        ANY(EnumSet.of(Caller.LEZER, Caller.BEHEERDER, Caller.RIGHT_AANSPREEKPUNT, Caller.OTHER_REGION, Caller.OTHER_FINANCIER),
                Set.of("beheerder", "aanspreekpunt", "lezer")),
        BEHEERDER(EnumSet.of(Caller.BEHEERDER), Set.of("beheerder")),
        /** Region contacts (any financier of the region) and beheerders: the region's answers and follow-ups. */
        REGION(EnumSet.of(Caller.BEHEERDER, Caller.RIGHT_AANSPREEKPUNT, Caller.OTHER_FINANCIER), Set.of("beheerder", "aanspreekpunt")),
        /**
         * Answer versions of a sealed region (the matrix round's region has one answer): only the own financier. The
         * design leaves the beheerder open here; the service (AntwoordService) seals the versions for a beheerder too
         * until all three answered or the round closed, although its OpenAPI document lists the beheerder role.
         */
        OWN_FINANCIER(EnumSet.of(Caller.RIGHT_AANSPREEKPUNT), Set.of("beheerder", "aanspreekpunt")),
        /** Submitting answers: only the aanspreekpunt of that financier in that region, not even a beheerder. */
        ANSWERER(EnumSet.of(Caller.RIGHT_AANSPREEKPUNT), Set.of("aanspreekpunt"));

        final Set<Caller> allowed;
        final Set<String> documentedRoles;

        Access(Set<Caller> allowed, Set<String> documentedRoles) {
            this.allowed = allowed;
            this.documentedRoles = documentedRoles;
        }
    }

    /**
     * One operation: the concrete path, who may call it, the valid body refused callers send, the body the allowed
     * callers send (for beheerder-only writes an incomplete one, so passing authorization is seen as a 400 and
     * nothing is written) and the allowed callers' expected status (0: any that is not 401, 403 or 5xx).
     */
    record Expected(Access access, String path, Object refusedBody, Object allowedBody, int allowedStatus, String probe) {
    }

    private static World world;
    private static String region;
    private static String otherRegion;
    private static String scratchContact;
    private static String scratchRoleContact;
    private static String scratchRole;
    private static String gemeente;
    private static String zorgkantoorregio;
    private static String agenda;
    private static String afspraak;

    @BeforeAll
    static void data() {
        world = World.get();
        region = world.regions.get(0);
        otherRegion = world.regions.get(1);
        String registry = world.system.registry.baseUrl();
        scratchContact = contact("st-matrix-scratch");
        scratchRoleContact = contact("st-matrix-role");
        scratchRole = as(world.beheerder).body(Map.of("contactpersoon", scratchRoleContact, "financier", "gemeenten",
                        "rol", "regiocoordinator", "vanaf", "2020-01-01"))
                .post(registry + "/regios/" + region + "/rollen").then().statusCode(201).extract().path("id").toString();
        gemeente = json(as(world.lezer).get(registry + "/gemeenten?pageSize=1").then().statusCode(200).extract().response())
                .get(0).get("code").asText();
        zorgkantoorregio = json(as(world.lezer).get(registry + "/regios/" + region).then().statusCode(200).extract().response())
                .get("zorgkantoorregio").asText();
        agenda = as(world.beheerder).body(agendaBody()).post(registry + "/regios/" + region + "/agendas").then().statusCode(201)
                .extract().path("id").toString();
        afspraak = as(world.beheerder).body(afspraakBody()).post(registry + "/agendas/" + agenda + "/afspraken").then().statusCode(201)
                .extract().path("id").toString();
        Map<String, Integer> scores = new LinkedHashMap<>();
        world.openRound(YEAR).forEach(question -> scores.put(question, 7));
        // One answer in the region, so there are versions to read while the region stays sealed.
        assertEquals(201, world.submit(YEAR, region, "zorgverzekeraar", scores));
        // The reports of the matrix round must exist before they are read.
        Api.poll(Duration.ofSeconds(120), () -> as(world.beheerder)
                        .get(world.system.reporting.baseUrl() + "/rondes/" + YEAR + "/regios/" + region).statusCode(),
                code -> code == 200);
    }

    private static Map<String, Object> agendaBody() {
        return Map.of("titel", "Systeemtest: matrix-agenda", "looptijdVanaf", "2039-01-01", "looptijdTot", "2042-01-01",
                "themas", List.of(Map.of("thema", "ggz", "opgave", "Systeemtest")));
    }

    private static Map<String, Object> afspraakBody() {
        return Map.of("thema", "ggz", "omschrijving", "Systeemtest: matrix-afspraak", "trekker", scratchRoleContact,
                "financiers", List.of("gemeenten"), "geplandeStart", "2040-01-01", "geplandEinde", "2040-12-31");
    }

    private static String contact(String subject) {
        return as(world.beheerder).body(Map.of("naam", "Systeemtest " + subject, "subject", subject))
                .post(world.system.registry.baseUrl() + "/contactpersonen").then().statusCode(201).extract().path("id").toString();
    }

    private static Map<String, Expected> expectations() {
        Map<String, Expected> e = new LinkedHashMap<>();
        Map<String, Object> incomplete = Map.of();
        String r = "/regios/" + region;
        // --- registry-service
        e.put("GET /api/register/v1/audit-regels", read(Access.BEHEERDER, "/audit-regels"));
        e.put("GET /api/register/v1/contactpersonen", read(Access.ANY, "/contactpersonen"));
        e.put("POST /api/register/v1/contactpersonen", new Expected(Access.BEHEERDER, "/contactpersonen",
                Map.of("naam", "Systeemtest geweigerd", "subject", "st-matrix-refused"), incomplete, 400, "/contactpersonen?pageSize=100"));
        e.put("GET /api/register/v1/contactpersonen/{id}", read(Access.ANY, "/contactpersonen/" + scratchContact));
        e.put("PUT /api/register/v1/contactpersonen/{id}", new Expected(Access.BEHEERDER, "/contactpersonen/" + scratchContact,
                Map.of("naam", "Systeemtest gewijzigd", "subject", "st-matrix-scratch"), incomplete, 400, "/contactpersonen/" + scratchContact));
        e.put("DELETE /api/register/v1/contactpersonen/{id}", new Expected(Access.BEHEERDER, "/contactpersonen/" + scratchContact,
                null, null, 204, "/contactpersonen/" + scratchContact));
        e.put("GET /api/register/v1/dekking", read(Access.ANY, "/dekking"));
        e.put("GET /api/register/v1/gemeenten", read(Access.ANY, "/gemeenten"));
        e.put("GET /api/register/v1/gemeenten/{code}", read(Access.ANY, "/gemeenten/" + gemeente));
        e.put("POST /api/register/v1/herindelingen", write(Access.BEHEERDER, "/herindelingen", incomplete, "/gemeenten?pageSize=100"));
        e.put("POST /api/register/v1/indelingswijzigingen", write(Access.BEHEERDER, "/indelingswijzigingen", incomplete, "/regios?pageSize=100"));
        e.put("GET /api/register/v1/ontbrekende-aanspreekpunten", read(Access.ANY, "/ontbrekende-aanspreekpunten"));
        e.put("GET /api/register/v1/regios", read(Access.ANY, "/regios"));
        e.put("POST /api/register/v1/regios", new Expected(Access.BEHEERDER, "/regios",
                Map.of("code", "ST99", "naam", "Systeemtest geweigerd", "zorgkantoorregio", zorgkantoorregio), incomplete, 400,
                "/regios?pageSize=100"));
        e.put("GET /api/register/v1/regios/{code}", read(Access.ANY, r));
        e.put("PUT /api/register/v1/regios/{code}", new Expected(Access.BEHEERDER, r,
                Map.of("naam", "Systeemtest geweigerd", "zorgkantoorregio", zorgkantoorregio, "themas", List.of("ouderen", "ggz", "preventie")),
                incomplete, 400, r));
        e.put("GET /api/register/v1/regios/{code}/lidmaatschappen", read(Access.ANY, r + "/lidmaatschappen"));
        e.put("POST /api/register/v1/regios/{code}/lidmaatschappen", write(Access.BEHEERDER, r + "/lidmaatschappen", incomplete,
                r + "/lidmaatschappen"));
        e.put("GET /api/register/v1/regios/{code}/rollen", read(Access.ANY, r + "/rollen"));
        e.put("POST /api/register/v1/regios/{code}/rollen", new Expected(Access.BEHEERDER, r + "/rollen",
                Map.of("contactpersoon", scratchRoleContact, "financier", "zorgkantoor", "rol", "trekker", "vanaf", "2020-01-01"),
                incomplete, 400, r + "/rollen"));
        e.put("GET /api/register/v1/regios/{code}/rollen/{id}", read(Access.ANY, r + "/rollen/" + scratchRole));
        e.put("PUT /api/register/v1/regios/{code}/rollen/{id}", new Expected(Access.BEHEERDER, r + "/rollen/" + scratchRole,
                Map.of("contactpersoon", scratchRoleContact, "financier", "gemeenten", "rol", "regiocoordinator", "vanaf", "2020-01-01",
                        "tot", "2020-12-31"), incomplete, 400, r + "/rollen/" + scratchRole));
        e.put("DELETE /api/register/v1/regios/{code}/rollen/{id}", new Expected(Access.BEHEERDER, r + "/rollen/" + scratchRole,
                null, null, 204, r + "/rollen/" + scratchRole));
        // The samenwerkingsagenda: the region's contacts (any financier) and beheerders edit, everyone reads. Allowed
        // callers send an incomplete body (400) or no If-Match (428), so nothing is written.
        String agendaPad = "/agendas/" + agenda;
        String afspraakPad = "/afspraken/" + afspraak;
        e.put("GET /api/register/v1/regios/{code}/agendas", read(Access.ANY, r + "/agendas"));
        e.put("POST /api/register/v1/regios/{code}/agendas", new Expected(Access.REGION, r + "/agendas", agendaBody(), incomplete, 400,
                r + "/agendas"));
        e.put("GET /api/register/v1/agendas/{id}", read(Access.ANY, agendaPad));
        e.put("PUT /api/register/v1/agendas/{id}", new Expected(Access.REGION, agendaPad, agendaBody(), agendaBody(), 428, agendaPad));
        e.put("DELETE /api/register/v1/agendas/{id}", new Expected(Access.REGION, agendaPad, null, null, 428, agendaPad));
        Map<String, Object> vaststelling = Map.of("vastgesteldOp", "2025-01-01", "vastgesteldDoor", "Systeemtest");
        e.put("POST /api/register/v1/agendas/{id}/vaststelling", new Expected(Access.REGION, agendaPad + "/vaststelling", vaststelling,
                vaststelling, 428, agendaPad));
        e.put("POST /api/register/v1/agendas/{id}/beeindiging", new Expected(Access.REGION, agendaPad + "/beeindiging",
                Map.of("afgelopenOp", "2041-01-01"), Map.of("afgelopenOp", "2041-01-01"), 428, agendaPad));
        e.put("GET /api/register/v1/agendas/{id}/afspraken", read(Access.ANY, agendaPad + "/afspraken"));
        e.put("POST /api/register/v1/agendas/{id}/afspraken", new Expected(Access.REGION, agendaPad + "/afspraken", afspraakBody(), incomplete,
                400, agendaPad));
        e.put("GET /api/register/v1/afspraken/{id}", read(Access.ANY, afspraakPad));
        e.put("PUT /api/register/v1/afspraken/{id}", new Expected(Access.REGION, afspraakPad, afspraakBody(), afspraakBody(), 428, afspraakPad));
        Map<String, Object> voortgang = Map.of("datum", "2025-01-01", "toelichting", "Systeemtest");
        e.put("GET /api/register/v1/afspraken/{id}/voortgang", read(Access.ANY, afspraakPad + "/voortgang"));
        e.put("POST /api/register/v1/afspraken/{id}/voortgang", new Expected(Access.REGION, afspraakPad + "/voortgang", voortgang, voortgang,
                428, afspraakPad));
        e.put("GET /api/register/v1/zorgkantoorregios", read(Access.ANY, "/zorgkantoorregios"));
        e.put("GET /api/register/v1/zorgkantoorregios/{code}", read(Access.ANY, "/zorgkantoorregios/" + zorgkantoorregio));

        // --- venster-service
        String ronde = "/rondes/" + YEAR;
        String answers = ronde + r + "/antwoorden";
        e.put("GET /api/venster/v1/audit-regels", read(Access.BEHEERDER, "/audit-regels"));
        e.put("GET /api/venster/v1/rondes", read(Access.ANY, "/rondes"));
        e.put("POST /api/venster/v1/rondes", new Expected(Access.BEHEERDER, "/rondes",
                Map.of("jaar", YEAR + 1, "opent", "2041-01-01T00:00:00Z", "sluit", "2041-02-01T00:00:00Z"), incomplete, 400, "/rondes"));
        e.put("GET /api/venster/v1/rondes/{jaar}", read(Access.ANY, ronde));
        e.put("PUT /api/venster/v1/rondes/{jaar}", write(Access.BEHEERDER, ronde, incomplete, ronde));
        e.put("PUT /api/venster/v1/rondes/{jaar}/status", new Expected(Access.BEHEERDER, ronde + "/status",
                Map.of("status", "gesloten"), incomplete, 400, ronde));
        e.put("POST /api/venster/v1/rondes/{jaar}/intrekkingen", write(Access.BEHEERDER, ronde + "/intrekkingen", incomplete, ronde));
        e.put("GET /api/venster/v1/rondes/{jaar}/voortgang", read(Access.BEHEERDER, ronde + "/voortgang"));
        e.put("GET /api/venster/v1/rondes/{jaar}/berichten", read(Access.BEHEERDER, ronde + "/berichten"));
        // The exports as operations of their own: the same access as the lists they export.
        e.put("GET /api/venster/v1/rondes/{jaar}/exports/voortgang", read(Access.BEHEERDER, ronde + "/exports/voortgang?formaat=xlsx"));
        e.put("GET /api/venster/v1/rondes/{jaar}/exports/berichten", read(Access.BEHEERDER, ronde + "/exports/berichten?formaat=csv"));
        // A reminder is queued or refused (answered already, round not open) for the beheerder; nobody else gets that far.
        e.put("POST /api/venster/v1/rondes/{jaar}/regios/{regio}/herinneringen/{financier}",
                write(Access.BEHEERDER, ronde + r + "/herinneringen/gemeenten", null, ronde + "/berichten"));
        e.put("GET /api/venster/v1/rondes/{jaar}/regios/{regio}/antwoorden", read(Access.REGION, answers));
        // The right aanspreekpunt already answered (data()); amending needs If-Match, so its call is a 428.
        Map<String, Object> answerBody = Map.of("antwoorden", List.of(Map.of("vraag", "proces", "score", 3),
                Map.of("vraag", "agenda", "score", 3), Map.of("vraag", "resultaten", "score", 3)));
        e.put("PUT /api/venster/v1/rondes/{jaar}/regios/{regio}/antwoorden/{financier}", new Expected(Access.ANSWERER,
                answers + "/zorgverzekeraar", answerBody, answerBody, 428, answers + "/zorgverzekeraar/versies"));
        e.put("GET /api/venster/v1/rondes/{jaar}/regios/{regio}/antwoorden/{financier}/versies",
                read(Access.OWN_FINANCIER, answers + "/zorgverzekeraar/versies"));
        Map<String, Object> followUp = Map.of("soort", "besproken", "toelichting", "Systeemtest: matrix");
        e.put("GET /api/venster/v1/rondes/{jaar}/regios/{regio}/opvolgingen", read(Access.REGION, ronde + r + "/opvolgingen"));
        e.put("POST /api/venster/v1/rondes/{jaar}/regios/{regio}/opvolgingen", new Expected(Access.REGION, ronde + r + "/opvolgingen",
                followUp, followUp, 201, ronde + r + "/opvolgingen"));

        // --- reporting-service: reports are open to every authenticated party (DESIGN.md §1.6).
        e.put("GET /api/rapportage/v1/audit-regels", read(Access.BEHEERDER, "/audit-regels"));
        // Probed on a region no other call of the matrix touches, so events still arriving cannot change it.
        e.put("POST /api/rapportage/v1/beheer/herbouw", new Expected(Access.BEHEERDER, "/beheer/herbouw", null, null, 200,
                "/rondes/" + YEAR + "/regios/" + world.regions.get(2)));
        e.put("GET /api/rapportage/v1/regios/{regio}/historie", read(Access.ANY, r + "/historie"));
        e.put("GET /api/rapportage/v1/rondes/{jaar}/overzicht", read(Access.ANY, ronde + "/overzicht"));
        e.put("GET /api/rapportage/v1/rondes/{jaar}/regios", read(Access.ANY, ronde + "/regios"));
        e.put("GET /api/rapportage/v1/rondes/{jaar}/regios/{regio}", read(Access.ANY, ronde + r));
        e.put("GET /api/rapportage/v1/rondes/{jaar}/exports/regios", read(Access.ANY, ronde + "/exports/regios?formaat=csv"));
        e.put("GET /api/rapportage/v1/rondes/{jaar}/exports/overzicht", read(Access.ANY, ronde + "/exports/overzicht?formaat=xlsx"));
        return e;
    }

    private static Expected read(Access access, String path) {
        return new Expected(access, path, null, null, 200, null);
    }

    /** A beheerder-only write whose valid body is not worth building: refused callers and the beheerder send it incomplete. */
    private static Expected write(Access access, String path, Object body, String probe) {
        return new Expected(access, path, body, body, 0, probe);
    }

    /** {@code accept}: what the operation answers with (an export only its file types, so its callers ask for one). */
    record Operation(String service, String method, String template, Set<String> roles, String accept) {
        String key() {
            return method + " " + template;
        }
    }

    private static List<Operation> documentedOperations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (String service : List.of("registry-service", "venster-service", "reporting-service")) {
            JsonNode document = Api.JSON.readTree(Files.readString(world.system.root.resolve(Path.of("openapi", service + ".openapi.json"))));
            // Paths are relative to the (relative) server, the service's base path.
            String base = document.path("servers").path(0).path("url").asText("");
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                    Set<String> roles = new TreeSet<>();
                    JsonNode security = operation.getValue().path("security");
                    security.forEach(requirement -> requirement.path("bearerAuth").forEach(role -> roles.add(role.asText())));
                    operations.add(new Operation(service, operation.getKey().toUpperCase(), base + path.getKey(), roles,
                            accept(operation.getValue())));
                }
            }));
        }
        return operations;
    }

    /** JSON where the success response offers it (or has no body), otherwise the first media type it documents. */
    private static String accept(JsonNode operation) {
        List<String> types = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        return types.isEmpty() || types.contains("application/json") ? "application/json" : types.get(0);
    }

    @Test
    void everyOperationHasAnExpectationMatchingItsDocumentedRoles() throws IOException {
        Map<String, Expected> expectations = expectations();
        Set<String> documented = new TreeSet<>();
        for (Operation operation : documentedOperations()) {
            documented.add(operation.key());
            Expected expected = expectations.get(operation.key());
            assertTrue(expected != null, "no authorization expectation for " + operation.key() + ": add one to this test");
            assertEquals(expected.access().documentedRoles, operation.roles(), "documented roles of " + operation.key());
        }
        assertEquals(documented, new TreeSet<>(expectations.keySet()), "expectations for operations that are no longer documented");
    }

    @Test
    void everyCallerGetsWhatTheDesignRequires() throws IOException {
        Map<String, Expected> expectations = expectations();
        Map<Caller, String> tokens = new LinkedHashMap<>();
        tokens.put(Caller.NONE, null);
        tokens.put(Caller.LEZER, world.lezer);
        tokens.put(Caller.BEHEERDER, world.beheerder);
        tokens.put(Caller.RIGHT_AANSPREEKPUNT, world.aanspreekpunt(region, "zorgverzekeraar"));
        tokens.put(Caller.OTHER_REGION, world.aanspreekpunt(otherRegion, "zorgverzekeraar"));
        tokens.put(Caller.OTHER_FINANCIER, world.aanspreekpunt(region, "zorgkantoor"));

        // Reads first and deletes last, so every operation finds its data.
        List<Operation> operations = new ArrayList<>(documentedOperations());
        operations.sort(Comparator.comparingInt(o -> List.of("GET", "POST", "PUT", "DELETE").indexOf(o.method())));
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation operation : operations) {
            Expected expected = expectations.get(operation.key());
            String base = base(operation.service());
            String before = expected.probe() == null ? null : snapshot(operation.service(), expected.probe());
            // Refused callers first: their calls must leave everything as it was.
            for (Map.Entry<Caller, String> caller : tokens.entrySet()) {
                if (expected.access().allowed.contains(caller.getKey())) {
                    continue;
                }
                int status = call(operation, base + expected.path(), caller.getValue(), expected.refusedBody()).statusCode();
                calls++;
                int wanted = caller.getKey() == Caller.NONE ? 401 : 403;
                if (status != wanted) {
                    failures.add(operation.key() + " as " + caller.getKey() + ": " + status + ", expected " + wanted);
                }
            }
            if (before != null) {
                String after = snapshot(operation.service(), expected.probe());
                if (!before.equals(after)) {
                    failures.add(operation.key() + ": refused calls changed something\n before " + before + "\n after  " + after);
                }
            }
            for (Map.Entry<Caller, String> caller : tokens.entrySet()) {
                if (!expected.access().allowed.contains(caller.getKey())) {
                    continue;
                }
                Response response = call(operation, base + expected.path(), caller.getValue(), expected.allowedBody());
                calls++;
                int status = response.statusCode();
                boolean ok = expected.allowedStatus() == 0 ? status != 401 && status != 403 && status < 500 : status == expected.allowedStatus();
                if (!ok) {
                    failures.add(operation.key() + " as " + caller.getKey() + ": " + status
                            + ", expected " + (expected.allowedStatus() == 0 ? "to pass authorization" : expected.allowedStatus())
                            + " " + response.asString());
                }
            }
        }
        System.out.printf("[matrix] %d operations, %d calls, %d unexpected%n", operations.size(), calls, failures.size());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void onlyABeheerderPutsARegionOnTheMinistrysAgenda() {
        String url = world.system.venster.baseUrl() + "/rondes/" + YEAR + "/regios/" + otherRegion + "/opvolgingen";
        Map<String, Object> body = Map.of("soort", "geagendeerd-vws", "toelichting", "Systeemtest: VWS");
        String before = as(world.beheerder).get(url).then().statusCode(200).extract().asString();
        as(world.aanspreekpunt(otherRegion, "gemeenten")).body(body).post(url).then().statusCode(403);
        assertEquals(before, as(world.beheerder).get(url).then().statusCode(200).extract().asString(), "a refused geagendeerd-vws changes nothing");
        // The ladder in order: the region's hulpvraag first, then the beheerder's VWS step.
        as(world.aanspreekpunt(otherRegion, "gemeenten")).body(Map.of("soort", "hulpvraag-vng-zn", "toelichting", "Systeemtest: hulp"))
                .post(url).then().statusCode(201);
        as(world.beheerder).body(body).post(url).then().statusCode(201);
    }

    private static String base(String service) {
        return switch (service) {
            case "registry-service" -> world.system.registry.baseUrl();
            case "venster-service" -> world.system.venster.baseUrl();
            default -> world.system.reporting.baseUrl();
        };
    }

    private static Response call(Operation operation, String url, String token, Object body) {
        var request = as(token).accept(operation.accept());
        if (body != null) {
            request = request.body(body);
        }
        return request.request(operation.method(), url);
    }

    /** What a refused call must not change: the service's audit trail and the resource itself, read as a beheerder. */
    private static String snapshot(String service, String probe) {
        Response audit = as(world.beheerder).get(base(service) + "/audit-regels?pageSize=1");
        Response resource = as(world.beheerder).get(base(service) + probe);
        return "audit " + audit.header("X-Total-Count") + " " + audit.asString() + " | " + resource.statusCode() + " " + resource.asString();
    }
}
