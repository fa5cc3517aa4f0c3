package nl.venster.venster.service;

import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.venster.domain.Vraag;

/** A question of a round, as the service takes and gives it. */
public record VraagGegevens(String code, String tekst, Schaal schaal) {

    static VraagGegevens van(Vraag vraag) {
        return new VraagGegevens(vraag.code, vraag.tekst, vraag.schaal);
    }

    Vraag alsVraag() {
        return new Vraag(code, tekst, schaal);
    }
}
