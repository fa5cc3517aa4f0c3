package nl.venster.venster.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.venster.venster.config.BerichtenConfig;
import nl.venster.venster.domain.Bericht;
import nl.venster.venster.domain.BerichtInhoud;
import nl.venster.venster.domain.Tijd;
import nl.venster.venster.repository.BerichtRepository;
import nl.venster.venster.repository.ReplicaContactadresRepository;
import nl.venster.venster.service.BerichtOpmaak;
import org.jboss.logging.Logger;

/**
 * Sends queued messages over SMTP (Quarkus Mailer). Each message is sent while its row is locked and marked in
 * the same transaction: a crash before the commit leaves it queued, and the next attempt sends the same
 * message with the same Message-ID. A refusal by the SMTP server counts as an attempt (backoff, then
 * {@code mislukt}); an unreachable server counts as none: an outage only delays. A server that accepts the
 * connection but does not answer counts as unreachable after {@code quarkus.mailer.timeout}, which is shorter
 * than the transaction timeout.
 */
@ApplicationScoped
public class BerichtRelay {

    private static final Logger LOG = Logger.getLogger(BerichtRelay.class);

    enum Uitkomst { GEEN, VERWERKT, STORING }

    private final BerichtRepository berichten;
    private final ReplicaContactadresRepository adressen;
    private final BerichtOpmaak opmaak;
    private final Mailer mailer;
    private final BerichtenConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    /** Logged once when the SMTP server goes away and once when it is back, not on every attempt. */
    private final AtomicBoolean storing = new AtomicBoolean();
    private final ExecutorService werkers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bericht-relay");
        thread.setDaemon(true);
        return thread;
    });

    public BerichtRelay(BerichtRepository berichten, ReplicaContactadresRepository adressen, BerichtOpmaak opmaak, Mailer mailer,
                        BerichtenConfig config, ObjectMapper json, Clock clock) {
        this.berichten = berichten;
        this.adressen = adressen;
        this.opmaak = opmaak;
        this.mailer = mailer;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(every = "${venster.berichten.relay.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        if (!config.relay().enabled()) {
            return;
        }
        try {
            verzendTeVerzenden();
        } catch (RuntimeException e) {
            // Nothing is lost: the messages stay queued for the next pass.
            LOG.warnf("Berichten konden niet worden verzonden: %s", e.getMessage());
        }
    }

    /**
     * One pass: due messages, each in its own transaction, by {@code parallel} workers side by side (SKIP LOCKED
     * gives each its own message), until none is due, the batch is used up, or the server is away.
     */
    public int verzendTeVerzenden() {
        AtomicInteger over = new AtomicInteger(config.relay().batch());
        AtomicBoolean storingGezien = new AtomicBoolean();
        List<Future<Integer>> taken = new ArrayList<>();
        for (int i = 0; i < Math.max(1, config.relay().parallel()); i++) {
            taken.add(werkers.submit(() -> {
                int verwerkt = 0;
                while (!storingGezien.get() && over.getAndDecrement() > 0) {
                    Uitkomst uitkomst = QuarkusTransaction.requiringNew().call(this::verzendVolgende);
                    if (uitkomst == Uitkomst.STORING) {
                        storingGezien.set(true);
                    }
                    if (uitkomst != Uitkomst.VERWERKT) {
                        break;
                    }
                    verwerkt++;
                }
                return verwerkt;
            }));
        }
        int totaal = 0;
        for (Future<Integer> taak : taken) {
            try {
                totaal += taak.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
        return totaal;
    }

    @PreDestroy
    void stop() {
        werkers.shutdownNow();
    }

    private Uitkomst verzendVolgende() {
        OffsetDateTime nu = Tijd.nu(clock);
        Optional<Bericht> volgende = berichten.volgendeTeVerzenden(nu);
        if (volgende.isEmpty()) {
            return Uitkomst.GEEN;
        }
        Bericht bericht = volgende.get();
        Optional<String> adres = adressen.email(bericht.contactpersoon);
        if (adres.isEmpty()) {
            bericht.nietBereikbaar();
            LOG.infof("Bericht %s (%s) niet verzonden: geen e-mailadres van %s", bericht.id, bericht.reden.code(), bericht.contactpersoon);
            return Uitkomst.VERWERKT;
        }
        io.quarkus.mailer.Mail mail;
        try {
            mail = opmaak.mail(bericht, json.readValue(bericht.inhoud, BerichtInhoud.class), adres.get());
        } catch (Exception e) {
            bericht.pogingMislukt("Opmaak mislukt: " + e.getMessage(), nu, config.relay().maxPogingen(),
                    config.relay().eersteWachttijd(), config.relay().maxWachttijd());
            return Uitkomst.VERWERKT;
        }
        try {
            mailer.send(mail);
            bericht.verzonden(adres.get(), Tijd.nu(clock));
            if (storing.compareAndSet(true, false)) {
                LOG.info("SMTP-server weer bereikbaar; wachtende berichten worden verzonden");
            }
            return Uitkomst.VERWERKT;
        } catch (RuntimeException e) {
            if (geweigerd(e)) {
                bericht.pogingMislukt(e.getMessage(), nu, config.relay().maxPogingen(), config.relay().eersteWachttijd(),
                        config.relay().maxWachttijd());
                LOG.warnf("Bericht %s door de SMTP-server geweigerd (poging %d): %s", bericht.id, bericht.pogingen, e.getMessage());
                return Uitkomst.VERWERKT;
            }
            String reden = e instanceof io.smallrye.mutiny.TimeoutException ? "geen antwoord binnen de wachttijd" : e.getMessage();
            bericht.uitgesteld("SMTP-server niet bereikbaar: " + reden, nu.plus(config.relay().storingWachttijd()));
            if (storing.compareAndSet(false, true)) {
                LOG.warnf("SMTP-server niet bereikbaar, berichten wachten: %s", reden);
            } else {
                LOG.debugf("SMTP-server nog niet bereikbaar: %s", reden);
            }
            return Uitkomst.STORING;
        }
    }

    /** The server answered with an SMTP error (this message's problem); anything else is the connection's. */
    static boolean geweigerd(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.ext.mail.SMTPException) {
                return true;
            }
        }
        return false;
    }
}
