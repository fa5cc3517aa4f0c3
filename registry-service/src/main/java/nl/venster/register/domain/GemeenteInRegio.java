package nl.venster.register.domain;

/** A gemeente with its name as a member of a region on some date: a read-only projection for region views. */
public record GemeenteInRegio(String regio, String gemeente, String naam) {
}
