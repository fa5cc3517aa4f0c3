package nl.venster.venster.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.venster.conventions.vocabulary.RondeStatus;

/** A yearly round of the Venster: when it is open, what it asks, and when answers diverge. */
@Entity
@Table(name = "ronde")
public class Ronde {

    @Id
    public Integer jaar;

    @Enumerated(EnumType.STRING)
    public RondeStatus status;

    public OffsetDateTime opent;

    public OffsetDateTime sluit;

    @Column(name = "voldoende_grens")
    public int voldoendeGrens;

    @Column(name = "spreidings_grens")
    public int spreidingsGrens;

    public long versie;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ronde_vraag", joinColumns = @JoinColumn(name = "ronde_jaar"))
    @OrderColumn(name = "volgorde")
    public List<Vraag> vragen = new ArrayList<>();

    /** Days before closing on which financiers that have not answered get a reminder (DESIGN.md §8). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ronde_herinnering", joinColumns = @JoinColumn(name = "ronde_jaar"))
    @Column(name = "dagen")
    public Set<Integer> herinneringen = new TreeSet<>();

    /** The reminder days, the furthest from closing first (14 before 3), as the API and the events list them. */
    public List<Integer> herinneringenAflopend() {
        return herinneringen.stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** The status the clock demands now; a round never moves backwards, also not by the clock. */
    public RondeStatus statusVolgensKlok(OffsetDateTime nu) {
        RondeStatus volgensKlok = !nu.isBefore(sluit) ? RondeStatus.GESLOTEN
                : !nu.isBefore(opent) ? RondeStatus.OPEN : RondeStatus.CONCEPT;
        return status.isBefore(volgensKlok) ? volgensKlok : status;
    }
}
