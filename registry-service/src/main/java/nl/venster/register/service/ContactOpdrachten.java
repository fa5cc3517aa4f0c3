package nl.venster.register.service;

import java.time.LocalDate;
import java.util.UUID;

/** What ContactService is asked to do, in its own terms (the REST bodies are mapped onto these in {@code rest}). */
public final class ContactOpdrachten {

    private ContactOpdrachten() {
    }

    /** A contactpersoon's data; {@code subject} is the sub claim of their tokens. */
    public record Contactgegevens(String naam, String email, String telefoon, String organisatie, String subject) {
    }

    /** A role assignment during [vanaf, tot); {@code vervangt} names an assignment that ends on vanaf. */
    public record Rolgegevens(UUID contactpersoon, String financier, String rol, String thema, LocalDate vanaf, LocalDate tot,
                              UUID vervangt) {
    }
}
