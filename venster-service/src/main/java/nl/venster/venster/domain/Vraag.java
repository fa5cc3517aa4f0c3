package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.venster.conventions.vocabulary.Schaal;

@Embeddable
public class Vraag {

    @Column(name = "code")
    public String code;

    @Column(name = "tekst")
    public String tekst;

    @Enumerated(EnumType.STRING)
    @Column(name = "schaal")
    public Schaal schaal;

    protected Vraag() {
    }

    public Vraag(String code, String tekst, Schaal schaal) {
        this.code = code;
        this.tekst = tekst;
        this.schaal = schaal;
    }
}
