package nl.venster.register.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.venster.conventions.cache.VersionedCache;
import nl.venster.conventions.paging.PageRequest;
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

    /** Room for every region on many dates. */
    static final int REGIOS_MAXIMUM = 2048;
    /** Pages are kept serialised (a page of 100 regions is some 50 KiB), so fewer of them. */
    static final int PAGINAS_MAXIMUM = 256;

    /** A page of the region list as its JSON body, with the number of regions on all pages together. */
    public record Pagina(byte[] json, int totaal) {
    }

    private final RegioService regioService;
    private final ObjectMapper json;
    private final VersionedCache regios;
    private final VersionedCache paginas;

    public RegioWeergave(RegioService regioService, RegisterVersieRepository registerVersie, ObjectMapper json) {
        this.regioService = regioService;
        this.json = json;
        this.regios = new VersionedCache(REGIOS_MAXIMUM, registerVersie::huidige);
        this.paginas = new VersionedCache(PAGINAS_MAXIMUM, registerVersie::huidige);
    }

    /** One region on the date; 404 for an unknown code (not cached). */
    public RegioDto regio(String code, LocalDate peildatum) {
        return regios.get(code + "|" + peildatum, () -> dtos(List.of(regioService.regio(code)), peildatum).get(0));
    }

    /**
     * One page of the regions active on the date that match the filters, sorted by code. Kept serialised:
     * writing a page of regions with their gemeenten as JSON cost more than the rest of the request.
     */
    public Pagina regiopagina(LocalDate peildatum, String zorgkantoorregio, String naam, PageRequest request) {
        String sleutel = peildatum + "|" + zorgkantoorregio + "|" + naam + "|" + request.page() + "|" + request.pageSize();
        return paginas.get(sleutel, () -> {
            List<Regio> alle = regioService.regios(peildatum, zorgkantoorregio, naam);
            try {
                return new Pagina(json.writeValueAsBytes(dtos(request.slice(alle), peildatum)), alle.size());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a region page cannot be serialised", e);
            }
        });
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
