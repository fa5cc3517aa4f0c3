package nl.venster.register.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.venster.register.domain.GemeenteInRegio;
import nl.venster.register.domain.Regio;
import nl.venster.register.rest.RegioDtos.GemeenteKort;
import nl.venster.register.rest.RegioDtos.RegioDto;
import nl.venster.register.service.RegioService;

/** Shows regions with their gemeenten on a date, for every resource that answers with regions. */
@ApplicationScoped
public class RegioWeergave {

    private final RegioService regioService;

    public RegioWeergave(RegioService regioService) {
        this.regioService = regioService;
    }

    public List<RegioDto> dtos(List<Regio> regios, LocalDate peildatum) {
        Map<String, List<GemeenteKort>> leden = regioService.ledenOp(regios.stream().map(r -> r.code).toList(), peildatum).stream()
                .collect(Collectors.groupingBy(GemeenteInRegio::regio,
                        Collectors.mapping(lid -> new GemeenteKort(lid.gemeente(), lid.naam()), Collectors.toList())));
        return regios.stream().sorted(Comparator.comparing(r -> r.code))
                .map(r -> new RegioDto(r.code, r.naam, r.zorgkantoorregio, r.voortouwZorgverzekeraar, List.copyOf(r.themas),
                        r.geldigVanaf, r.geldigTot, r.versie, leden.getOrDefault(r.code, List.of())))
                .toList();
    }
}
