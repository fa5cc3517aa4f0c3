package nl.venster.register.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends role assignments on a date, as when their region ends or their holder leaves (DESIGN.md §4): an assignment
 * starting on or after the date never took effect and disappears; one running past the date ends on it; earlier
 * ones stay as they are. What remains is the history.
 */
public final class RolBeeindiging {

    private RolBeeindiging() {
    }

    public record Plan(List<Roltoewijzing> teBeeindigen, List<Roltoewijzing> teVerwijderen, List<Roltoewijzing> historie) {

        public boolean heeftHistorie() {
            return !historie.isEmpty();
        }

        public boolean isLeeg() {
            return teBeeindigen.isEmpty() && teVerwijderen.isEmpty();
        }
    }

    public static Plan op(List<Roltoewijzing> rollen, LocalDate datum) {
        List<Roltoewijzing> teBeeindigen = new ArrayList<>();
        List<Roltoewijzing> teVerwijderen = new ArrayList<>();
        List<Roltoewijzing> historie = new ArrayList<>();
        for (Roltoewijzing rol : rollen) {
            if (!rol.vanaf.isBefore(datum)) {
                teVerwijderen.add(rol);
                continue;
            }
            if (rol.tot == null || rol.tot.isAfter(datum)) {
                teBeeindigen.add(rol);
            }
            historie.add(rol);
        }
        return new Plan(List.copyOf(teBeeindigen), List.copyOf(teVerwijderen), List.copyOf(historie));
    }
}
