package nl.venster.register.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.venster.conventions.cache.VersionedCache;
import nl.venster.register.domain.GemeenteInRegio;
import nl.venster.register.domain.Regio;
import nl.venster.register.repository.RegisterVersieRepository;
import nl.venster.register.rest.RegioDtos.GemeenteKort;
import nl.venster.register.rest.RegioDtos.RegioDto;
import nl.venster.register.service.RegioService;

/**
 * Shows regions with their gemeenten on a date, for every resource that answers with regions. The read
 * views (one region, the filtered list) come from a cache that is valid while the register's change counter
 * is unchanged; answers to changes are always computed fresh.
 */
@ApplicationScoped
public class RegioWeergave {

    /** Room for every region on many dates next to the lists per filter. */
    static final int MAXIMUM_AANTAL = 2048;

    private final RegioService regioService;
    private final VersionedCache cache;

    public RegioWeergave(RegioService regioService, RegisterVersieRepository registerVersie) {
        this.regioService = regioService;
        this.cache = new VersionedCache(MAXIMUM_AANTAL, registerVersie::huidige);
    }

    /** One region on the date; 404 for an unknown code (not cached). */
    public RegioDto regio(String code, LocalDate peildatum) {
        return cache.get("regio|" + code + "|" + peildatum, () -> dtos(List.of(regioService.regio(code)), peildatum).get(0));
    }

    /** Every region active on the date that matches the filters, sorted by code. */
    public List<RegioDto> regios(LocalDate peildatum, String zorgkantoorregio, String naam) {
        return cache.get("regios|" + peildatum + "|" + zorgkantoorregio + "|" + naam,
                () -> dtos(regioService.regios(peildatum, zorgkantoorregio, naam), peildatum));
    }

    public List<RegioDto> dtos(List<Regio> regios, LocalDate peildatum) {
        Map<String, List<GemeenteKort>> leden = regioService.ledenOp(regios.stream().map(r -> r.code).toList(), peildatum).stream()
                .collect(Collectors.groupingBy(GemeenteInRegio::regio,
                        Collectors.mapping(lid -> new GemeenteKort(lid.gemeente(), lid.naam()), Collectors.toUnmodifiableList())));
        return regios.stream().sorted(Comparator.comparing(r -> r.code))
                .map(r -> new RegioDto(r.code, r.naam, r.zorgkantoorregio, r.voortouwZorgverzekeraar, List.copyOf(r.themas),
                        r.geldigVanaf, r.geldigTot, r.versie, leden.getOrDefault(r.code, List.of())))
                .toList();
    }
}
