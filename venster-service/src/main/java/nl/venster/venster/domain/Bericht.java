package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One e-mail to one person for one reason. The row is the message's whole life: queued in the transaction
 * of its cause, then the relay's attempts, and whether and when it was accepted. Its content is fixed when it
 * is queued ({@link #inhoud}), so every attempt sends the same message under the same {@link #messageId}.
 */
@Entity
@Table(name = "bericht")
public class Bericht {

    @Id
    public UUID id;

    public int jaar;

    public String regio;

    public String financier;

    @Convert(converter = BerichtReden.Kolom.class)
    public BerichtReden reden;

    /** What distinguishes messages of one reason: the reminder's day, the answer set's version, a resend number. */
    public String aanleiding;

    @Column(name = "contactpersoon_id")
    public UUID contactpersoon;

    @Column(name = "ontvanger_naam")
    public String ontvangerNaam;

    @Column(name = "ontvanger_rol")
    public String ontvangerRol;

    /** In copy (an ambtelijk aanspreekpunt beside the bestuurlijk one). */
    public boolean kopie;

    @Column(name = "message_id")
    public String messageId;

    /** The message's data as JSON ({@link BerichtInhoud}); the templates render it at each attempt. */
    public String inhoud;

    @Convert(converter = BerichtStatus.Kolom.class)
    public BerichtStatus status;

    public int pogingen;

    @Column(name = "volgende_poging")
    public OffsetDateTime volgendePoging;

    @Column(name = "aangemaakt_op")
    public OffsetDateTime aangemaaktOp;

    @Column(name = "verzonden_op")
    public OffsetDateTime verzondenOp;

    /** The address the relay delivered to: the proof of where the message went. */
    public String adres;

    @Column(name = "laatste_fout")
    public String laatsteFout;

    /** The relay accepted it. */
    public void verzonden(String naarAdres, OffsetDateTime op) {
        status = BerichtStatus.VERZONDEN;
        adres = naarAdres;
        verzondenOp = op;
        pogingen++;
        laatsteFout = null;
    }

    /**
     * An attempt failed for this message: wait longer each time (doubling, capped), and give up after the last
     * attempt. An outage of the SMTP server is not this message's failure: see {@link #uitgesteld}.
     */
    public void pogingMislukt(String fout, OffsetDateTime nu, int maxPogingen, Duration eerste, Duration max) {
        pogingen++;
        laatsteFout = kort(fout);
        if (pogingen >= maxPogingen) {
            status = BerichtStatus.MISLUKT;
        } else {
            volgendePoging = nu.plus(wachttijd(pogingen, eerste, max));
        }
    }

    /** The SMTP server could not be reached: try again later, without using up an attempt. */
    public void uitgesteld(String fout, OffsetDateTime opnieuw) {
        laatsteFout = kort(fout);
        volgendePoging = opnieuw;
    }

    /** The registry knows no e-mail address for the recipient (yet). */
    public void nietBereikbaar() {
        status = BerichtStatus.NIET_BEREIKBAAR;
        laatsteFout = "Geen e-mailadres bekend in het register";
    }

    /** Exponential backoff: eerste, 2 × eerste, 4 × eerste, … at most max. */
    public static Duration wachttijd(int pogingen, Duration eerste, Duration max) {
        Duration wacht = eerste;
        for (int i = 1; i < pogingen && wacht.compareTo(max) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(max) > 0 ? max : wacht;
    }

    private static String kort(String fout) {
        String tekst = fout == null ? "onbekende fout" : fout;
        return tekst.length() > 500 ? tekst.substring(0, 497) + "..." : tekst;
    }
}
