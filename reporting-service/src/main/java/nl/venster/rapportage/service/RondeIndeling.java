package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.venster.conventions.domain.Weigering;
import nl.venster.rapportage.domain.RegioFeit;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.domain.RondeRegio;
import nl.venster.rapportage.repository.RegioRepository;
import nl.venster.rapportage.repository.RondeRepository;

/**
 * Which regions belong to a round (DESIGN.md §4, "history is never rewritten"): once the round has opened, the
 * division the venster-service fixed on its opening day, with names and gemeenten as they were then; before
 * that, the regions valid on its opening day as the register knows them now (without gemeenten). Statuses,
 * overview, region lists, history and the public map all take a round's regions from here.
 */
@ApplicationScoped
public class RondeIndeling {

    private final RondeRepository rondes;
    private final RegioRepository regios;

    public RondeIndeling(RondeRepository rondes, RegioRepository regios) {
        this.rondes = rondes;
        this.regios = regios;
    }

    /** The round's regions with their gemeenten, by region code; 404 for an unknown round. */
    @Transactional
    public List<RondeRegio> regios(int jaar) {
        RondeFeit ronde = rondes.findById(jaar);
        if (ronde == null) {
            throw Weigering.nietGevonden("Er is geen ronde " + jaar + ".");
        }
        return regios(ronde, null);
    }

    /**
     * A division fixed before the venster-service kept zorgkantoorregio's lacks them; the region's current one
     * (which a rename does not change) fills the gap.
     */
    private RondeRegio metZorgkantoorregio(RondeRegio regio) {
        if (regio.zorgkantoorregio() != null) {
            return regio;
        }
        RegioFeit feit = regios.findById(regio.code());
        return new RondeRegio(regio.code(), regio.naam(), feit == null ? "" : feit.zorgkantoorregio, regio.gemeenten());
    }

    /** The round's regions, or only those listed when {@code alleenRegios} is not null; by region code. */
    public List<RondeRegio> regios(RondeFeit ronde, Collection<String> alleenRegios) {
        if (ronde.indeling != null) {
            return ronde.indeling.stream()
                    .filter(regio -> alleenRegios == null || alleenRegios.contains(regio.code()))
                    .sorted(Comparator.comparing(RondeRegio::code))
                    .map(this::metZorgkantoorregio)
                    .toList();
        }
        return regios.geldigOp(ronde.openingsdag(), alleenRegios).stream().map(RondeRegio::van).toList();
    }
}
