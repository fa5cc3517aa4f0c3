package nl.venster.venster.service;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import nl.venster.venster.domain.AgendaBestand;
import nl.venster.venster.domain.Bericht;
import nl.venster.venster.domain.BerichtInhoud;
import nl.venster.venster.domain.BerichtReden;

/**
 * Turns a queued message into an e-mail: HTML and plain-text parts from the Qute templates in
 * {@code templates/berichten/}, the stable Message-ID, and for invitations and reminders the deadline as an
 * iCalendar attachment.
 */
@ApplicationScoped
public class BerichtOpmaak {

    private final Engine qute;

    public BerichtOpmaak(Engine qute) {
        this.qute = qute;
    }

    public Mail mail(Bericht bericht, BerichtInhoud inhoud, String adres) {
        String naam = "berichten/" + bericht.reden.code();
        String html = qute.getTemplate(naam + ".html").data("b", inhoud).render();
        String tekst = qute.getTemplate(naam + ".txt").data("b", inhoud).render();
        Mail mail = Mail.withHtml(adres, inhoud.onderwerp(), html).setText(tekst);
        mail.addHeader("Message-ID", bericht.messageId);
        // RFC 3834: an automatic message, so out-of-office replies are not sent back to it.
        mail.addHeader("Auto-Submitted", "auto-generated");
        mail.addHeader("Content-Language", "nl");
        if (bericht.reden == BerichtReden.UITNODIGING || bericht.reden == BerichtReden.HERINNERING) {
            String ics = AgendaBestand.deadline("venster-" + inhoud.jaar() + "-" + inhoud.regio() + "-" + inhoud.financier() + "@venster",
                    "Venster " + inhoud.jaar() + " " + inhoud.regioNaam() + ": antwoorden van " + inhoud.financierNaam() + " insturen",
                    "De ronde " + inhoud.jaar() + " van het Venster op de samenwerking sluit " + inhoud.sluitTekst() + ". Antwoordformulier: "
                            + inhoud.link(), inhoud.link(), inhoud.sluit(), bericht.aangemaaktOp);
            mail.addAttachment("venster-" + inhoud.jaar() + "-sluiting.ics", ics.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        return mail;
    }
}
