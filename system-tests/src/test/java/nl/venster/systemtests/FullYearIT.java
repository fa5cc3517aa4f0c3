package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static nl.venster.systemtests.Api.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1, a full year (and a second one): every region answers through the venster-service with its
 * aanspreekpunten's own tokens, follow-ups are recorded, the round closes, and the reporting-service's overview,
 * region list, CSV and region details must say exactly what the test computes from what it submitted. Before it,
 * three regions get a samenwerkingsagenda (AgendaYear), which every year's reports must show.
 */
@Order(1)
class FullYearIT {

    private static final int FIRST_YEAR = 2026;
    private static final Duration CATCH_UP = Duration.ofSeconds(180);

    /** How a region is made to answer; the statuses follow from the scores, computed by {@link Expectation}. */
    enum Pattern { IN_ORDE, MIXED, SPREAD, UNHAPPY, INCOMPLETE }

    private final World world = World.get();
    private final SystemHarness system = world.system;

    @Test
    void twoYearsEndToEnd() {
        AgendaYear agendas = new AgendaYear(world);
        agendas.build();
        Map<String, Expectation.Region> first = playYear(FIRST_YEAR, 20260001L, Map.of());
        agendas.check(FIRST_YEAR);
        for (String status : List.of("in-orde", "verschil", "ontevreden", "niet-ingevuld")) {
            assertTrue(first.values().stream().anyMatch(r -> r.status().equals(status)), "status " + status + " occurs");
        }
        assertTrue(first.values().stream().anyMatch(r -> r.divergentQuestions().stream().anyMatch(q -> r.mixed(q) && r.spread(q) < 3)),
                "a verschil by mixed tevreden only occurs");
        assertTrue(first.values().stream().anyMatch(r -> r.divergentQuestions().stream().anyMatch(q -> !r.mixed(q))),
                "a verschil by spread only occurs");

        Map<String, Expectation.Region> second = playYear(FIRST_YEAR + 1, 20270002L, first);
        agendas.check(FIRST_YEAR + 1);
        agendas.checkHistory(List.of(FIRST_YEAR, FIRST_YEAR + 1));
        assertTrue(second.values().stream().anyMatch(Expectation.Region::signal), "a signal occurs in the second year");
        assertTrue(second.values().stream().anyMatch(r -> !r.signal() && Expectation.Region.needsAttention(r.status())
                        && first.get(r.code()).followUps().size() > 0 && Expectation.Region.needsAttention(first.get(r.code()).status())),
                "a follow-up in the first year prevents a signal in the second");

        for (String region : world.regions) {
            JsonNode history = json(as(world.lezer).get(system.reporting.baseUrl() + "/regios/" + region + "/historie")
                    .then().statusCode(200).extract().response());
            List<Object> expected = new ArrayList<>();
            List<Object> actual = new ArrayList<>();
            for (Map<String, Expectation.Region> year : List.of(first, second)) {
                Expectation.Region r = year.get(region);
                expected.add(List.of(r.status(), r.escalation(), r.signal()));
            }
            // Other scenarios may add later rounds of their own; these two years are this scenario's.
            history.get("rondes").forEach(round -> {
                if (round.get("jaar").asInt() <= FIRST_YEAR + 1) {
                    actual.add(List.of(round.get("status").asText(), round.get("escalatie").asText(), round.get("signaal").asBoolean()));
                }
            });
            assertEquals(expected, actual, "history of " + region);
        }
    }

    private Map<String, Expectation.Region> playYear(int year, long seed, Map<String, Expectation.Region> previous) {
        Random random = new Random(seed);
        List<String> questions = world.openRound(year);

        // Every pattern occurs: the regions are shuffled with the seed and dealt the patterns in turn.
        List<String> dealt = new ArrayList<>(world.regions);
        Collections.shuffle(dealt, random);
        Map<String, Map<String, Map<String, Integer>>> answers = new TreeMap<>();
        int submitted = 0;
        int acknowledged = 0;
        for (int i = 0; i < dealt.size(); i++) {
            String region = dealt.get(i);
            Map<String, Map<String, Integer>> perFinancier = scores(Pattern.values()[i % Pattern.values().length], questions, random);
            answers.put(region, perFinancier);
            for (Map.Entry<String, Map<String, Integer>> answer : perFinancier.entrySet()) {
                submitted++;
                int status = world.submit(year, region, answer.getKey(), answer.getValue());
                assertEquals(201, status, "first answer of " + region + "/" + answer.getKey());
                acknowledged++;
            }
        }

        // Amendments: one financier in every in-orde region submits new scores (still in-orde) with If-Match, one of
        // them twice; each then tries once more with the first version's ETag, which must be refused (412) and change
        // nothing. The reports must show the latest version.
        Map<String, Map<String, Integer>> versions = new TreeMap<>();
        answers.forEach((region, perFinancier) -> perFinancier.keySet()
                .forEach(financier -> versions.computeIfAbsent(region, r -> new TreeMap<>()).put(financier, 1)));
        int answerSets = acknowledged;
        int amendments = 0;
        int refused = 0;
        for (int i = 0, k = 0; i < dealt.size(); i += Pattern.values().length, k++) {
            String region = dealt.get(i);
            String financier = World.FINANCIERS.get(k % World.FINANCIERS.size());
            for (int time = 0; time < (k == 0 ? 2 : 1); time++) {
                Map<String, Integer> amended = new LinkedHashMap<>();
                questions.forEach(question -> amended.put(question, 6 + random.nextInt(3)));
                int current = versions.get(region).get(financier);
                submitted++;
                io.restassured.response.Response response = world.amend(year, region, financier, amended, etag(current));
                assertEquals(200, response.statusCode(), "amendment of " + region + "/" + financier + ": " + response.asString());
                assertEquals(etag(current + 1), response.header("ETag"), "ETag of the amendment of " + region + "/" + financier);
                acknowledged++;
                amendments++;
                answers.get(region).put(financier, amended);
                versions.get(region).put(financier, current + 1);
            }
            Map<String, Integer> stale = new LinkedHashMap<>();
            questions.forEach(question -> stale.put(question, 1));
            submitted++;
            io.restassured.response.Response response = world.amend(year, region, financier, stale, etag(1));
            assertEquals(412, response.statusCode(), "stale If-Match on " + region + "/" + financier + ": " + response.asString());
            refused++;
            JsonNode current = json(as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + year + "/regios/" + region + "/antwoorden")
                    .then().statusCode(200).extract().response());
            for (JsonNode set : current.get("financiers")) {
                if (set.get("financier").asText().equals(financier)) {
                    assertEquals(versions.get(region).get(financier).intValue(), set.get("versie").asInt(),
                            "the refused amendment changed nothing: version of " + region + "/" + financier);
                }
            }
        }
        assertTrue(amendments > refused, "an answer set was amended twice");

        // Follow-ups on regions that need attention: a hulpvraag and an afgerond by the region's own contacts, a
        // geagendeerd-vws by the beheerder, a besproken that keeps the ball with the region.
        Map<String, List<String>> followUps = new TreeMap<>();
        List<String> attention = answers.keySet().stream()
                .filter(region -> Expectation.Region.needsAttention(region(region, questions, answers.get(region), List.of(), previous).status()))
                .toList();
        String[][] plan = {
                {"hulpvraag-vng-zn", "gemeenten"}, {"geagendeerd-vws", null}, {"afgerond", "zorgkantoor"}, {"besproken", "zorgverzekeraar"}};
        for (int i = 0; i < plan.length; i++) {
            String region = attention.get(i * 2);
            String token = plan[i][1] == null ? world.beheerder : world.aanspreekpunt(region, plan[i][1]);
            if (plan[i][0].equals("geagendeerd-vws")) {
                // The ladder in order: VWS after the region's hulpvraag in this round.
                world.followUp(year, region, world.aanspreekpunt(region, "gemeenten"), "hulpvraag-vng-zn");
                followUps.computeIfAbsent(region, r -> new ArrayList<>()).add("hulpvraag-vng-zn");
            }
            world.followUp(year, region, token, plan[i][0]);
            followUps.computeIfAbsent(region, r -> new ArrayList<>()).add(plan[i][0]);
        }
        // A round runs for weeks: its invitations are out long before it closes (closing drops any still waiting).
        String waiting = system.venster.baseUrl() + "/rondes/" + year + "/berichten?reden=uitnodiging&status=wachtend&pageSize=1";
        assertEquals("0", Api.poll(CATCH_UP, () -> as(world.beheerder).get(waiting).header("X-Total-Count"), "0"::equals),
                "the invitations were sent");
        world.closeRound(year);

        Map<String, Expectation.Region> expected = new TreeMap<>();
        answers.forEach((region, perFinancier) ->
                expected.put(region, region(region, questions, perFinancier, followUps.getOrDefault(region, List.of()), previous)));

        JsonNode rows = Api.poll(CATCH_UP, () -> regionList(year), actual -> actual.equals(expectedRows(expected)));
        long inModel = 0;
        for (JsonNode row : rows) {
            inModel += row.get("beantwoord").size();
        }
        System.out.printf("[full-year %d] submissions %d (answer sets %d, amendments %d, stale If-Match refused %d), acknowledged %d,"
                        + " answer sets in the model %d; follow-ups %d%n", year, submitted, answerSets, amendments, refused,
                acknowledged, inModel, followUps.values().stream().mapToInt(List::size).sum());
        assertEquals(expectedRows(expected), rows, "region list of " + year);
        assertEquals(answerSets, inModel, "every acknowledged answer set is in the model, once");

        checkOverview(year, questions, expected);
        checkCsv(year, questions, expected);
        for (Expectation.Region region : expected.values()) {
            checkDetail(year, region, versions.get(region.code()));
        }
        checkMessages(year, answers, versions, expected);
        return expected;
    }

    /**
     * The messages of the year as the aanspreekpunten received them over SMTP: one invitation per aanspreekpunt with
     * its own link and the deadline as .ics, the confirmations ({@link Confirmations}: the last version of every answer
     * set, an earlier one unless the same person replaced it before it went out), and one unsealing
     * notice per aanspreekpunt of every region where all three answered, naming exactly the divergent questions.
     * Nothing twice (one Message-ID each), and the venster-service's list says the same.
     */
    private void checkMessages(int year, Map<String, Map<String, Map<String, Integer>>> answers,
                               Map<String, Map<String, Integer>> versions, Map<String, Expectation.Region> expected) {
        JsonNode round = json(as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + year).then().statusCode(200).extract().response());
        Map<String, String> texts = new LinkedHashMap<>();
        round.get("vragen").forEach(question -> texts.put(question.get("code").asText(), question.get("tekst").asText()));
        int invitations = world.regions.size() * World.FINANCIERS.size();
        Map<String, Integer> lastVersions = new TreeMap<>();
        versions.forEach((region, perFinancier) -> perFinancier.forEach((financier, version) -> lastVersions.put(region + "/" + financier, version)));
        Confirmations.check(world, year, lastVersions, CATCH_UP, true);
        int confirmations = Integer.parseInt(as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + year
                + "/berichten?reden=bevestiging&status=verzonden&pageSize=1").header("X-Total-Count"));
        long complete = answers.values().stream().filter(perFinancier -> perFinancier.size() == World.FINANCIERS.size()).count();
        int total = invitations + confirmations + (int) complete * World.FINANCIERS.size();
        java.util.function.Predicate<Mailbox.Mail> ofYear = mail -> mail.onderwerp().contains(year + " –");
        Api.poll(CATCH_UP, () -> system.mail.received(ofYear).size(), received -> received >= total);
        List<Mailbox.Mail> mails = system.mail.received(ofYear);
        System.out.printf("[full-year %d] messages received over SMTP %d (invitations %d, confirmations %d, unsealing notices %d)%n",
                year, mails.size(), invitations, confirmations, complete * World.FINANCIERS.size());
        assertEquals(total, mails.size(), "every message once");
        assertEquals(total, mails.stream().map(Mailbox.Mail::messageId).distinct().count(), "one Message-ID per message");

        for (String region : world.regions) {
            for (String financier : World.FINANCIERS) {
                String to = World.address(region, financier);
                List<Mailbox.Mail> mine = mails.stream().filter(mail -> mail.aan().equals(to)).toList();
                List<Mailbox.Mail> invitation = mine.stream().filter(mail -> mail.onderwerp().startsWith("Uitnodiging")).toList();
                assertEquals(1, invitation.size(), "invitation to " + to);
                String link = Mailbox.FORMULIER.replace("{jaar}", Integer.toString(year)).replace("{regio}", region)
                        .replace("{financier}", financier);
                assertTrue(invitation.get(0).tekst().contains(link), "personal link for " + to);
                texts.values().forEach(text -> assertTrue(invitation.get(0).tekst().contains(text), "question in the invitation"));
                assertTrue(invitation.get(0).ics() != null && invitation.get(0).ics().contains("BEGIN:VEVENT"), "deadline as .ics");
                List<Mailbox.Mail> unsealed = mine.stream().filter(mail -> mail.onderwerp().contains("alle drie de financiers")).toList();
                boolean allThree = answers.get(region).size() == World.FINANCIERS.size();
                assertEquals(allThree ? 1 : 0, unsealed.size(), "unsealing notice to " + to);
                if (allThree) {
                    List<String> divergent = expected.get(region).divergentQuestions();
                    texts.forEach((code, text) -> assertEquals(divergent.contains(code), unsealed.get(0).tekst().contains("- " + text),
                            "the notice to " + to + " names " + code + " iff divergent " + divergent));
                }
            }
        }
        String url = system.venster.baseUrl() + "/rondes/" + year + "/berichten?pageSize=1&status=";
        assertEquals(Integer.toString(total), Api.poll(CATCH_UP, () -> as(world.beheerder).get(url + "verzonden").header("X-Total-Count"),
                count -> Integer.toString(total).equals(count)), "the venster-service recorded every message as sent");
        assertEquals("0", as(world.beheerder).get(url + "mislukt").header("X-Total-Count"), "none failed");
    }

    private Expectation.Region region(String code, List<String> questions, Map<String, Map<String, Integer>> answers,
                                      List<String> followUps, Map<String, Expectation.Region> previous) {
        Expectation.Region before = previous.get(code);
        return new Expectation.Region(code, questions, answers, followUps,
                before != null && Expectation.Region.needsAttention(before.status()),
                before != null && !before.followUps().isEmpty());
    }

    /** Scores for one region: a satisfied base (6-10, spread at most 2), bent on one question per pattern. */
    static Map<String, Map<String, Integer>> scores(Pattern pattern, List<String> questions, Random random) {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        for (String financier : World.FINANCIERS) {
            Map<String, Integer> perQuestion = new LinkedHashMap<>();
            for (String question : questions) {
                perQuestion.put(question, 6 + random.nextInt(3));
            }
            result.put(financier, perQuestion);
        }
        String bent = questions.get(random.nextInt(questions.size()));
        int odd = random.nextInt(3);
        for (int f = 0; f < 3; f++) {
            Map<String, Integer> perQuestion = result.get(World.FINANCIERS.get(f));
            switch (pattern) {
                case MIXED -> perQuestion.put(bent, f == odd ? 5 : 6 + random.nextInt(2));   // mixed, spread ≤ 2
                case SPREAD -> perQuestion.put(bent, f == odd ? 9 : 6);                       // all tevreden, spread 3
                case UNHAPPY -> perQuestion.put(bent, 3 + random.nextInt(3));                 // all below 6, spread ≤ 2
                default -> { }
            }
        }
        if (pattern == Pattern.INCOMPLETE) {
            // One or two financiers stay silent.
            List<String> silent = new ArrayList<>(World.FINANCIERS);
            Collections.shuffle(silent, random);
            silent.subList(0, 1 + random.nextInt(2)).forEach(result::remove);
        }
        return result;
    }

    private JsonNode regionList(int year) {
        JsonNode rows = json(as(world.beheerder).get(system.reporting.baseUrl() + "/rondes/" + year + "/regios?pageSize=100")
                .then().statusCode(200).extract().response());
        List<Map<String, Object>> projected = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (String field : List.of("regio", "status", "escalatie", "signaal", "beantwoord", "nietBeantwoord",
                    "scoresZichtbaar", "divergenteVragen", "scores")) {
                p.put(field, row.get(field));
            }
            projected.add(p);
        }
        return tree(projected);
    }

    private static JsonNode expectedRows(Map<String, Expectation.Region> expected) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Expectation.Region r : expected.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("regio", r.code());
            row.put("status", r.status());
            row.put("escalatie", r.escalation());
            row.put("signaal", r.signal());
            row.put("beantwoord", r.answered());
            row.put("nietBeantwoord", r.notAnswered());
            row.put("scoresZichtbaar", true);
            row.put("divergenteVragen", r.divergentQuestions());
            row.put("scores", r.scoreRows());
            rows.add(row);
        }
        return tree(rows);
    }

    private void checkOverview(int year, List<String> questions, Map<String, Expectation.Region> expected) {
        JsonNode overview = json(as(world.lezer).get(system.reporting.baseUrl() + "/rondes/" + year + "/overzicht")
                .then().statusCode(200).extract().response());
        assertEquals("gesloten", overview.get("rondeStatus").asText());
        assertEquals(expected.size(), overview.get("aantalRegios").asInt());
        Map<String, Long> perStatus = new TreeMap<>();
        Map<String, Long> perEscalation = new TreeMap<>();
        for (String status : List.of("onvolledig", "niet-ingevuld", "verschil", "ontevreden", "in-orde")) {
            perStatus.put(status, expected.values().stream().filter(r -> r.status().equals(status)).count());
        }
        for (String level : List.of("geen", "regio", "vng-zn", "vws", "afgerond")) {
            perEscalation.put(level, expected.values().stream().filter(r -> r.escalation().equals(level)).count());
        }
        assertEquals(perStatus, counts(overview.get("perStatus")), "perStatus");
        assertEquals(perEscalation, counts(overview.get("perEscalatie")), "perEscalatie");

        for (JsonNode response : overview.get("respons")) {
            String financier = response.get("financier").asText();
            assertEquals(expected.values().stream().filter(r -> r.answers().containsKey(financier)).count(),
                    response.get("beantwoord").asLong(), "respons " + financier);
            assertEquals(expected.size(), response.get("van").asInt(), "respons van " + financier);
        }
        Map<String, Long> divergentPerQuestion = new TreeMap<>();
        for (String question : questions) {
            long count = expected.values().stream().filter(r -> r.divergent(question)).count();
            if (count > 0) {
                divergentPerQuestion.put(question, count);
            }
        }
        Map<String, Long> actualDivergent = new TreeMap<>();
        overview.get("verschillenPerVraag").forEach(v -> {
            if (v.get("aantalRegios").asLong() > 0) {
                actualDivergent.put(v.get("vraag").asText(), v.get("aantalRegios").asLong());
            }
        });
        assertEquals(divergentPerQuestion, actualDivergent, "verschillenPerVraag");

        for (JsonNode statistic : overview.get("scores")) {
            String question = statistic.get("vraag").asText();
            String financier = statistic.get("financier").asText();
            List<Integer> scores = expected.values().stream().filter(r -> r.answers().containsKey(financier))
                    .map(r -> r.answers().get(financier).get(question)).toList();
            assertEquals(scores.size(), statistic.get("aantal").asInt(), "aantal " + question + "/" + financier);
            assertEquals(Collections.min(scores), statistic.get("minimum").asInt(), "minimum " + question + "/" + financier);
            assertEquals(Collections.max(scores), statistic.get("maximum").asInt(), "maximum " + question + "/" + financier);
            assertEquals(scores.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                    statistic.get("gemiddelde").asDouble(), 0.0051, "gemiddelde " + question + "/" + financier);
        }
        assertEquals(questions.size() * 3, overview.get("scores").size(), "a statistic per question and financier");

        Set<String> signals = new TreeSet<>();
        overview.get("signalen").forEach(s -> signals.add(s.get("regio").asText()));
        Set<String> expectedSignals = new TreeSet<>(expected.values().stream().filter(Expectation.Region::signal)
                .map(Expectation.Region::code).toList());
        assertEquals(expectedSignals, signals, "signalen");
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new TreeMap<>();
        object.fields().forEachRemaining(field -> counts.put(field.getKey(), field.getValue().asLong()));
        return counts;
    }

    private void checkCsv(int year, List<String> questions, Map<String, Expectation.Region> expected) {
        byte[] csv = as(world.lezer).accept("text/csv").get(system.reporting.baseUrl() + "/rondes/" + year + "/regios?pageSize=100")
                .then().statusCode(200).extract().asByteArray();
        // The Dutch Excel dialect: a byte-order mark, then CRLF lines of ';'-separated cells.
        List<List<String>> lines = CsvExport.rows(csv);
        List<String> header = new ArrayList<>(List.of("regio", "naam", "zorgkantoorregio", "status", "escalatie", "signaal",
                "beantwoord", "nietBeantwoord", "scoresZichtbaar", "divergenteVragen"));
        questions.forEach(q -> World.FINANCIERS.forEach(f -> header.add(q + "." + f)));
        assertEquals(header, lines.get(0), "CSV header");
        assertEquals(expected.size() + 1, lines.size(), "CSV rows");
        List<Expectation.Region> regions = new ArrayList<>(expected.values());
        for (int i = 0; i < regions.size(); i++) {
            Expectation.Region r = regions.get(i);
            List<String> cells = lines.get(i + 1);
            List<String> wanted = new ArrayList<>(List.of(r.code(), cells.get(1), cells.get(2), r.status(), r.escalation(),
                    String.valueOf(r.signal()), String.join(" ", r.answered()), String.join(" ", r.notAnswered()), "true",
                    String.join(" ", r.divergentQuestions())));
            for (String question : questions) {
                for (String financier : World.FINANCIERS) {
                    wanted.add(r.answers().containsKey(financier) ? String.valueOf(r.answers().get(financier).get(question)) : "");
                }
            }
            assertEquals(wanted, cells, "CSV row of " + r.code());
            assertFalse(cells.get(1).isBlank(), "CSV naam of " + r.code());
        }
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** versions: financier → the latest acknowledged version, which the detail must show. */
    private void checkDetail(int year, Expectation.Region r, Map<String, Integer> versions) {
        // The region list is complete, but a follow-up that changes no status may still be on its way.
        JsonNode detail = Api.poll(CATCH_UP, () -> json(as(world.lezer).get(system.reporting.baseUrl() + "/rondes/" + year + "/regios/" + r.code())
                .then().statusCode(200).extract().response()), d -> d.get("opvolgingen").size() >= r.followUps().size());
        assertEquals("gesloten", detail.get("rondeStatus").asText(), r.code());
        assertEquals(r.status(), detail.get("status").asText(), "status of " + r.code());
        assertEquals(r.escalation(), detail.get("escalatie").asText(), "escalatie of " + r.code());
        assertEquals(r.signal(), detail.get("signaal").asBoolean(), "signaal of " + r.code());
        List<String> answered = new ArrayList<>();
        detail.get("beantwoord").forEach(i -> answered.add(i.get("financier").asText()));
        // In the order of submission; which ones is what matters.
        assertEquals(new TreeSet<>(r.answered()), new TreeSet<>(answered), "beantwoord of " + r.code());
        assertEquals(r.answered().size(), answered.size(), "every answer set once in beantwoord of " + r.code());
        Map<String, Integer> shownVersions = new TreeMap<>();
        detail.get("beantwoord").forEach(i -> shownVersions.put(i.get("financier").asText(), i.get("versie").asInt()));
        assertEquals(versions, shownVersions, "latest versions of " + r.code());
        List<String> followUps = new ArrayList<>();
        detail.get("opvolgingen").forEach(o -> followUps.add(o.get("soort").asText()));
        assertEquals(r.followUps(), followUps, "opvolgingen of " + r.code());
        for (JsonNode question : detail.get("vragen")) {
            String code = question.get("vraag").asText();
            Map<String, Integer> scores = new LinkedHashMap<>();
            question.get("antwoorden").forEach(a -> scores.put(a.get("financier").asText(), a.get("score").asInt()));
            Map<String, Integer> wanted = new LinkedHashMap<>();
            r.answered().forEach(f -> wanted.put(f, r.answers().get(f).get(code)));
            assertEquals(wanted, scores, "scores of " + r.code() + "/" + code);
            if (r.complete()) {
                assertEquals(r.divergent(code), question.get("divergent").asBoolean(), "divergent " + r.code() + "/" + code);
                assertEquals(r.spread(code), question.get("spreiding").asInt(), "spreiding " + r.code() + "/" + code);
                Set<String> reasons = new TreeSet<>();
                question.get("redenen").forEach(reason -> reasons.add(reason.asText()));
                Set<String> wantedReasons = new TreeSet<>();
                if (r.mixed(code)) {
                    wantedReasons.add("gemengd-tevreden");
                }
                if (r.spread(code) >= Expectation.SPREIDING) {
                    wantedReasons.add("spreiding");
                }
                assertEquals(wantedReasons, reasons, "redenen " + r.code() + "/" + code);
            } else {
                assertTrue(question.get("divergent") == null || question.get("divergent").isNull(), "no divergence without all three: " + r.code());
            }
        }
        assertEquals(r.questions().size(), detail.get("vragen").size(), "questions of " + r.code());
    }
}
