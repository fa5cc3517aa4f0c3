package nl.venster.register.rest;

import nl.venster.register.rest.ContactDtos.ContactpersoonInvoer;
import nl.venster.register.rest.ContactDtos.OntbrekendAanspreekpunt;
import nl.venster.register.rest.ContactDtos.RolInvoer;
import nl.venster.register.service.ContactOpdrachten;

/**
 * Maps the request bodies of contacts and role assignments onto ContactService's commands, and its read types onto
 * response bodies, field by field (the contact and role bodies themselves are shown by ContactWeergave).
 */
final class ContactMapper {

    private ContactMapper() {
    }

    static ContactOpdrachten.Contactgegevens contactgegevens(ContactpersoonInvoer invoer) {
        return new ContactOpdrachten.Contactgegevens(invoer.naam(), invoer.email(), invoer.telefoon(), invoer.organisatie(),
                invoer.subject());
    }

    static ContactOpdrachten.Rolgegevens rolgegevens(RolInvoer invoer) {
        return new ContactOpdrachten.Rolgegevens(invoer.contactpersoon(), invoer.financier(), invoer.rol(), invoer.thema(),
                invoer.vanaf(), invoer.tot(), invoer.vervangt());
    }

    static OntbrekendAanspreekpunt ontbrekendAanspreekpunt(nl.venster.register.domain.OntbrekendAanspreekpunt ontbrekend) {
        return new OntbrekendAanspreekpunt(ontbrekend.regio(), ontbrekend.regioNaam(), ontbrekend.zorgkantoorregio(),
                ontbrekend.financier(), ontbrekend.peildatum());
    }
}
