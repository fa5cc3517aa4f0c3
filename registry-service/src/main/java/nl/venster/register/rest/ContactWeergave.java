package nl.venster.register.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Contactpersoon;
import nl.venster.register.domain.Roltoewijzing;
import nl.venster.register.rest.ContactDtos.ContactpersoonDto;
import nl.venster.register.rest.ContactDtos.RolDto;
import nl.venster.register.service.ContactService;

/** Shows contacts to the current caller: e-mail and telephone only where the caller may see them. */
@RequestScoped
public class ContactWeergave {

    private final ContactService contactService;
    private final SecurityIdentity identity;
    private Set<String> regiosVanAanroeper;

    public ContactWeergave(ContactService contactService, SecurityIdentity identity) {
        this.contactService = contactService;
        this.identity = identity;
    }

    public ContactpersoonDto dto(Contactpersoon persoon) {
        boolean zichtbaar = contactService.magContactgegevensZien(persoon, identity.getPrincipal().getName(),
                identity.hasRole(Roles.BEHEERDER), regiosVanAanroeper());
        List<RolDto> rollen = contactService.rollenVan(persoon.id).stream().map(r -> rolDto(r, persoon)).toList();
        return new ContactpersoonDto(persoon.id, persoon.naam, zichtbaar ? persoon.email : null,
                zichtbaar ? persoon.telefoon : null, persoon.organisatie, persoon.subject, zichtbaar, rollen, persoon.versie,
                persoon.vertrokkenOp);
    }

    public List<RolDto> rolDtos(List<Roltoewijzing> rollen) {
        Map<UUID, Contactpersoon> personen = rollen.stream().map(r -> r.contactpersoon).distinct()
                .map(contactService::contactpersoon).collect(Collectors.toMap(p -> p.id, Function.identity()));
        return rollen.stream().map(r -> rolDto(r, personen.get(r.contactpersoon))).toList();
    }

    public RolDto rolDto(Roltoewijzing r, Contactpersoon persoon) {
        return new RolDto(r.id, r.contactpersoon, persoon.naam, persoon.organisatie, r.regio, r.financier, r.rol, r.thema,
                r.vanaf, r.tot);
    }

    private Set<String> regiosVanAanroeper() {
        if (regiosVanAanroeper == null) {
            regiosVanAanroeper = contactService.regiosVan(identity.getPrincipal().getName());
        }
        return regiosVanAanroeper;
    }
}
