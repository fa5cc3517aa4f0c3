package nl.venster.venster.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, and the service pointed at it. As a test
 * resource it only sets {@code quarkus.mailer.port}; a test class registers {@link #extensie()} to run the
 * server itself (started and emptied per test), so a test can also stop it to play an outage.
 */
public class Smtp implements QuarkusTestResourceLifecycleManager {

    public static final int POORT = vrijePoort();

    public static GreenMailExtension extensie() {
        return new GreenMailExtension(new ServerSetup(POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(POORT));
    }

    @Override
    public void stop() {
    }

    /** A received message, read once into plain values. */
    public record Ontvangen(String aan, String onderwerp, String messageId, String tekst, String html, String ics) {
    }

    /** The messages received for addresses that contain {@code deel} (e.g. a test's region code). */
    public static List<Ontvangen> voor(GreenMailExtension smtp, String deel) {
        List<Ontvangen> ontvangen = new ArrayList<>();
        for (MimeMessage bericht : smtp.getReceivedMessages()) {
            Ontvangen gelezen = lees(bericht);
            if (gelezen.aan().toLowerCase().contains(deel.toLowerCase())) {
                ontvangen.add(gelezen);
            }
        }
        return ontvangen;
    }

    static Ontvangen lees(MimeMessage bericht) {
        try {
            Address[] aan = bericht.getRecipients(Message.RecipientType.TO);
            String[] delen = new String[3];
            verzamel(bericht, delen);
            return new Ontvangen(aan == null ? "" : String.join(",", Arrays.stream(aan).map(Address::toString).toList()),
                    bericht.getSubject(), bericht.getMessageID(), delen[0], delen[1], delen[2]);
        } catch (Exception e) {
            throw new IllegalStateException("could not read a received message", e);
        }
    }

    private static void verzamel(Part deel, String[] delen) throws Exception {
        if (deel.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) deel.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart onderdeel = multipart.getBodyPart(i);
                verzamel(onderdeel, delen);
            }
        } else if (deel.isMimeType("text/calendar") || (deel.getFileName() != null && deel.getFileName().endsWith(".ics"))) {
            delen[2] = tekst(deel);
        } else if (deel.isMimeType("text/plain")) {
            delen[0] = tekst(deel);
        } else if (deel.isMimeType("text/html")) {
            delen[1] = tekst(deel);
        }
    }

    private static String tekst(Part deel) throws Exception {
        Object inhoud = deel.getContent();
        if (inhoud instanceof String tekst) {
            return tekst;
        }
        try (InputStream in = (InputStream) inhoud) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Chosen once per JVM and kept in a system property: Quarkus loads test classes and test resources in
     * different class loaders, each with its own copy of this class's statics.
     */
    private static int vrijePoort() {
        synchronized (System.class) {
            String eerder = System.getProperty("greenmail.test-poort");
            if (eerder != null) {
                return Integer.parseInt(eerder);
            }
            try (ServerSocket socket = new ServerSocket(0)) {
                System.setProperty("greenmail.test-poort", Integer.toString(socket.getLocalPort()));
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
