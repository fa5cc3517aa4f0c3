package nl.venster.register.rest;

import java.util.List;
import java.util.Objects;
import nl.venster.register.domain.AgendaInhoud;
import nl.venster.register.service.AgendaOpdrachten;

/** Maps the agenda's request bodies onto AgendaService's commands. */
final class AgendaMapper {

    private AgendaMapper() {
    }

    static AgendaOpdrachten.Agenda opdracht(AgendaInvoer.Agenda invoer) {
        return new AgendaOpdrachten.Agenda(invoer.titel(), invoer.looptijdVanaf(), invoer.looptijdTot(), invoer.gedeeldeAmbitie(),
                lijst(invoer.betrokkenPartijen()).stream().map(p -> new AgendaInhoud.BetrokkenPartij(p.naam(), p.soort(), p.rol())).toList(),
                lijst(invoer.themas()).stream().map(t -> new AgendaInhoud.ThemaInhoud(t.thema(), t.opgave(),
                        lijst(t.doelen()).stream().map(d -> new AgendaInhoud.Doel(d.omschrijving(), d.indicator(), d.nulwaarde(),
                                d.streefwaarde(), d.streefdatum())).toList(),
                        lijst(t.knelpunten()), lijst(t.oplossingsrichtingen()))).toList());
    }

    static AgendaOpdrachten.Vaststelling opdracht(AgendaInvoer.Vaststelling invoer) {
        return new AgendaOpdrachten.Vaststelling(invoer.vastgesteldOp(), invoer.vastgesteldDoor());
    }

    static AgendaOpdrachten.Beeindiging opdracht(AgendaInvoer.Beeindiging invoer) {
        return new AgendaOpdrachten.Beeindiging(invoer.afgelopenOp());
    }

    static AgendaOpdrachten.Afspraak opdracht(AgendaInvoer.Afspraak invoer) {
        return new AgendaOpdrachten.Afspraak(invoer.thema(), invoer.omschrijving(), invoer.trekker(), List.copyOf(invoer.financiers()),
                invoer.geplandeStart(), invoer.geplandEinde(), invoer.status());
    }

    static AgendaOpdrachten.Voortgang opdracht(AgendaInvoer.Voortgang invoer) {
        return new AgendaOpdrachten.Voortgang(invoer.datum(), invoer.toelichting(), invoer.status());
    }

    /** Optional lists arrive as null; elements are checked non-null by Bean Validation already. */
    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst.stream().filter(Objects::nonNull).toList();
    }
}
