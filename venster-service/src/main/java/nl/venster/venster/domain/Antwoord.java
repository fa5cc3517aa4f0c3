package nl.venster.venster.domain;

import jakarta.persistence.Embeddable;

@Embeddable
public class Antwoord {

    public String vraag;

    public int score;

    public String toelichting;

    protected Antwoord() {
    }

    public Antwoord(String vraag, int score, String toelichting) {
        this.vraag = vraag;
        this.score = score;
        this.toelichting = toelichting;
    }
}
