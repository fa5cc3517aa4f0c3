package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A CBS zorgkantoorregio (ZKnn) with its concessiehouder: reference data from the seed. */
@Entity
public class Zorgkantoorregio {

    @Id
    public String code;
    public String naam;
    @Column(name = "naam_staatscourant")
    public String naamStaatscourant;
    public String zorgkantoor;
    public String opmerking;
}
