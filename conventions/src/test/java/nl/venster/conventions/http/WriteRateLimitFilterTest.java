package nl.venster.conventions.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

/**
 * The write rate limit counts per authenticated subject: another token of the same person, or the same token with
 * the scheme written as "bearer", is the same client; without a valid token the remote address is.
 */
class WriteRateLimitFilterTest {

    @Test
    void oneBucketPerSubjectWhateverTheToken() {
        String first = WriteRateLimitFilter.clientKey(identity("aanspreekpunt-1"), "address:10.0.0.1");
        String second = WriteRateLimitFilter.clientKey(identity("aanspreekpunt-1"), "address:10.0.0.2");
        assertEquals("subject:aanspreekpunt-1", first);
        assertEquals(first, second);
    }

    @Test
    void withoutAValidTokenTheAddressCounts() {
        assertEquals("address:10.0.0.1", WriteRateLimitFilter.clientKey(null, "address:10.0.0.1"));
        assertEquals("address:10.0.0.1", WriteRateLimitFilter.clientKey(
                QuarkusSecurityIdentity.builder().setAnonymous(true).build(), "address:10.0.0.1"));
    }

    @Test
    void aSubjectsBucketIsSharedAndOthersAreNot() {
        WriteRateLimiter limiter = new WriteRateLimiter(60, 2);
        long now = 0;
        String subject = WriteRateLimitFilter.clientKey(identity("s"), "address:a");
        assertEquals(0, limiter.acquire(subject, now));
        assertEquals(0, limiter.acquire(WriteRateLimitFilter.clientKey(identity("s"), "address:b"), now));
        // A third write of the same subject, with any token and from any address, waits.
        assertEquals(1, limiter.acquire(WriteRateLimitFilter.clientKey(identity("s"), "address:c"), now));
        assertEquals(0, limiter.acquire(WriteRateLimitFilter.clientKey(identity("t"), "address:a"), now));
    }

    private static QuarkusSecurityIdentity identity(String subject) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(subject)).addRole("aanspreekpunt").build();
    }
}
