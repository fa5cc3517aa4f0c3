package nl.venster.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server in the test JVM (GreenMail) that the venster-service process is pointed at: the scenarios read
 * the invitations, confirmations and unsealing notices it received, as a recipient would.
 */
public final class Mailbox {

    /** The answer form's URL template the venster-service is configured with in this run. */
    public static final String FORMULIER = "https://venster.systeemtest/rondes/{jaar}/regios/{regio}/antwoorden/{financier}";

    private final int port;
    private final GreenMail server;

    Mailbox(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public int port() {
        return port;
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    /** A received message, read into plain values. */
    public record Mail(String aan, String onderwerp, String messageId, String tekst, String ics) {
    }

    /** Every message received so far that matches. */
    public List<Mail> received(Predicate<Mail> which) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            Mail mail = read(message);
            if (which.test(mail)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            String[] parts = new String[2];
            collect(message, parts);
            return new Mail(to == null ? "" : String.join(",", Arrays.stream(to).map(Address::toString).toList()),
                    message.getSubject(), message.getMessageID(), parts[0], parts[1]);
        } catch (Exception e) {
            throw new IllegalStateException("could not read a received message", e);
        }
    }

    private static void collect(Part part, String[] parts) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (part.isMimeType("text/calendar") || (part.getFileName() != null && part.getFileName().endsWith(".ics"))) {
            parts[1] = text(part);
        } else if (part.isMimeType("text/plain")) {
            parts[0] = text(part);
        }
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = (InputStream) content) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
