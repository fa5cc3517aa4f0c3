package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The confirmations of a round's answer sets, as the venster-service recorded them and as the aanspreekpunten received
 * them over SMTP. Every acknowledged version is recorded; a confirmation not yet sent when the same person submits a
 * newer version is replaced by the newer one ({@code vervallen}), so the last version of every answer set is always
 * confirmed and quick corrections are confirmed once.
 */
final class Confirmations {

    private record Recorded(String slot, String aanleiding, String messageId, String status) {
    }

    private Confirmations() {
    }

    /**
     * Waits until none of the year's confirmations is still waiting and every one recorded as sent has arrived, then
     * asserts per answer set (key "region/financier", value its last version): versions 1..last recorded once each, the
     * last one sent, every sent one received and nothing received that was not recorded. {@code exact}: nothing
     * received beyond what is recorded as sent (without a crash between the SMTP hand-over and its record, a
     * replaced confirmation cannot have gone out).
     */
    static void check(World world, int year, Map<String, Integer> lastVersions, Duration deadline, boolean exact) {
        SystemHarness system = world.system;
        String list = system.venster.baseUrl() + "/rondes/" + year + "/berichten?reden=bevestiging&pageSize=100";
        Api.poll(deadline, () -> as(world.beheerder).get(list + "&status=wachtend").header("X-Total-Count"), "0"::equals);
        List<Recorded> recorded = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode rows = json(as(world.beheerder).get(list + "&page=" + page).then().statusCode(200).extract().response());
            rows.forEach(row -> recorded.add(new Recorded(row.get("regio").asText() + "/" + row.get("financier").asText(),
                    row.get("aanleiding").asText(), bare(row.get("messageId").asText()), row.get("status").asText())));
            if (rows.size() < 100) {
                break;
            }
        }
        Map<String, Set<String>> sent = perSlot(recorded, Set.of("verzonden"));
        java.util.function.Predicate<Mailbox.Mail> confirmation = mail -> mail.onderwerp().startsWith("Ontvangen")
                && mail.onderwerp().contains(year + " –");
        long expectedIds = sent.values().stream().mapToLong(Set::size).sum();
        Api.poll(deadline, () -> system.mail.received(confirmation).stream().map(Mailbox.Mail::messageId).distinct().count(),
                received -> received >= expectedIds);
        List<Mailbox.Mail> mails = system.mail.received(confirmation);

        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> recordedIds = perSlot(recorded, Set.of("verzonden", "vervallen"));
        lastVersions.forEach((slot, last) -> {
            List<String> versions = recorded.stream().filter(r -> r.slot().equals(slot)).map(Recorded::aanleiding).sorted().toList();
            List<String> expected = java.util.stream.IntStream.rangeClosed(1, last).mapToObj(v -> "versie-" + v).sorted().toList();
            if (!versions.equals(expected)) {
                wrong.add(slot + ": recorded " + versions + ", acknowledged " + expected);
            }
            if (recorded.stream().noneMatch(r -> r.slot().equals(slot) && r.aanleiding().equals("versie-" + last) && r.status().equals("verzonden"))) {
                wrong.add(slot + ": the last version (" + last + ") was not confirmed");
            }
            String to = World.address(slot.substring(0, slot.indexOf('/')), slot.substring(slot.indexOf('/') + 1));
            Set<String> received = mails.stream().filter(mail -> mail.aan().equals(to)).map(mail -> bare(mail.messageId()))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> mustArrive = sent.getOrDefault(slot, Set.of());
            Set<String> mayArrive = exact ? mustArrive : recordedIds.getOrDefault(slot, Set.of());
            if (!received.containsAll(mustArrive) || !mayArrive.containsAll(received)) {
                wrong.add(slot + ": received " + received + ", recorded as sent " + mustArrive);
            }
        });
        long replaced = recorded.stream().filter(r -> r.status().equals("vervallen")).count();
        System.out.printf("[confirmations %d] versions %d, confirmed %d, replaced by a newer version before sending %d, received %d%n",
                year, recorded.size(), expectedIds, replaced, mails.size());
        assertEquals(List.of(), wrong, "confirmations per answer set");
        assertEquals(lastVersions.values().stream().mapToInt(Integer::intValue).sum(), recorded.size(), "one confirmation recorded per version");
    }

    private static Map<String, Set<String>> perSlot(List<Recorded> recorded, Set<String> statuses) {
        Map<String, Set<String>> ids = new TreeMap<>();
        recorded.stream().filter(r -> statuses.contains(r.status()))
                .forEach(r -> ids.computeIfAbsent(r.slot(), s -> new TreeSet<>()).add(r.messageId()));
        return ids;
    }

    private static String bare(String messageId) {
        return messageId.replace("<", "").replace(">", "").trim();
    }
}
