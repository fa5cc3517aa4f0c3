package nl.venster.venster.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** A role assignment of a contact person; codes are stored as the registry sends them. */
@Embeddable
public class ReplicaRol {

    public UUID id;

    public String regio;

    public String financier;

    public String rol;

    public LocalDate vanaf;

    /** Exclusive; null: open-ended. */
    public LocalDate tot;

    protected ReplicaRol() {
    }

    public ReplicaRol(UUID id, String regio, String financier, String rol, LocalDate vanaf, LocalDate tot) {
        this.id = id;
        this.regio = regio;
        this.financier = financier;
        this.rol = rol;
        this.vanaf = vanaf;
        this.tot = tot;
    }

    public boolean geldigOp(LocalDate datum) {
        return !vanaf.isAfter(datum) && (tot == null || tot.isAfter(datum));
    }
}
