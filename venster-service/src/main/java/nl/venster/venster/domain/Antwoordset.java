package nl.venster.venster.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;

/** One version of a financier's answers in a region and round; versions are never changed. */
@Entity
@Table(name = "antwoordset")
public class Antwoordset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int jaar;

    public String regio;

    @Enumerated(EnumType.STRING)
    public Financier financier;

    public long versie;

    @Column(name = "ingediend_op")
    public OffsetDateTime ingediendOp;

    @Column(name = "ingediend_door")
    public String ingediendDoor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "antwoord", joinColumns = @JoinColumn(name = "antwoordset_id"))
    @OrderColumn(name = "volgorde")
    public List<Antwoord> antwoorden = new ArrayList<>();
}
