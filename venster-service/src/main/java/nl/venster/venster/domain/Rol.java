package nl.venster.venster.domain;

import java.util.Optional;

/** A role assignment from the registry (register.contactpersonen). */
public enum Rol implements Code {
    BESTUURLIJK_AANSPREEKPUNT("bestuurlijk-aanspreekpunt"),
    AMBTELIJK_AANSPREEKPUNT("ambtelijk-aanspreekpunt"),
    TREKKER("trekker"),
    REGIOCOORDINATOR("regiocoordinator");

    private final String code;

    Rol(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Only an aanspreekpunt may answer for its financier (DESIGN.md §4). */
    public boolean isAanspreekpunt() {
        return this == BESTUURLIJK_AANSPREEKPUNT || this == AMBTELIJK_AANSPREEKPUNT;
    }

    public static Optional<Rol> parse(String code) {
        return Code.parse(Rol.class, code);
    }
}
