package nl.venster.rapportage.service;

/** What applying one event did to the read model. */
public enum Toepassing {
    TOEGEPAST,
    /** The event id was applied before (at-least-once delivery). */
    DUBBEL,
    /** The model already holds this or a newer version of the aggregate. */
    VEROUDERD
}
