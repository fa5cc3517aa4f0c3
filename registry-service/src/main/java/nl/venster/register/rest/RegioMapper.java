package nl.venster.register.rest;

import java.util.List;
import java.util.function.Function;
import nl.venster.register.rest.RegioDtos.GemeenteNaarRegio;
import nl.venster.register.rest.RegioDtos.Indelingswijziging;
import nl.venster.register.rest.RegioDtos.RegioInvoer;
import nl.venster.register.rest.RegioDtos.RegioWijziging;
import nl.venster.register.service.RegioOpdrachten;

/** Maps the request bodies of regions and the division onto RegioService's commands, field by field. */
final class RegioMapper {

    private RegioMapper() {
    }

    static RegioOpdrachten.NieuweRegio nieuweRegio(RegioInvoer invoer) {
        return new RegioOpdrachten.NieuweRegio(invoer.code(), invoer.naam(), invoer.zorgkantoorregio(),
                invoer.voortouwZorgverzekeraar(), invoer.themas(), invoer.geldigVanaf());
    }

    static RegioOpdrachten.Regiogegevens regiogegevens(RegioWijziging wijziging) {
        return new RegioOpdrachten.Regiogegevens(wijziging.naam(), wijziging.zorgkantoorregio(),
                wijziging.voortouwZorgverzekeraar(), wijziging.themas());
    }

    static RegioOpdrachten.Indelingswijziging indelingswijziging(Indelingswijziging wijziging) {
        return new RegioOpdrachten.Indelingswijziging(wijziging.ingangsdatum(),
                map(wijziging.nieuweRegios(), RegioMapper::nieuweRegio),
                map(wijziging.verplaatsingen(), RegioMapper::verplaatsing),
                wijziging.beeindigdeRegios());
    }

    static RegioOpdrachten.Verplaatsing verplaatsing(GemeenteNaarRegio verplaatsing) {
        return new RegioOpdrachten.Verplaatsing(verplaatsing.gemeente(), verplaatsing.regio());
    }

    /** Null stays null: the service reads an absent list as empty. */
    private static <A, B> List<B> map(List<A> lijst, Function<A, B> mapping) {
        return lijst == null ? null : lijst.stream().map(mapping).toList();
    }
}
