package nl.venster.venster.domain;

import java.util.Arrays;
import java.util.Optional;

/** An enum whose API and event value is a Dutch kebab-case code rather than its Java name. */
public interface Code {

    String code();

    static <E extends Enum<E> & Code> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }
}
