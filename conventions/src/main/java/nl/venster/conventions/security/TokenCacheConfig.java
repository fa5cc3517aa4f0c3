package nl.venster.conventions.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Reuse of fully verified bearer tokens ({@link CachingJwtParser}). */
@ConfigMapping(prefix = "security.token-cache")
public interface TokenCacheConfig {

    /** Whether a verified token is reused until its {@code exp}; false verifies every request in full. */
    @WithDefault("true")
    boolean enabled();

    /** How many verified tokens are kept at most; expired ones, then the oldest, make room. */
    @WithDefault("4096")
    int maximumSize();
}
