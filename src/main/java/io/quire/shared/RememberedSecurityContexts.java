package io.quire.shared;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads session attributes from their stored bytes, remembering the member's authentication by the exact bytes of
 * the security context it came from. Every request of a member reads their session row, and Java deserialization
 * of the security context was a tenth of the CPU of serving a member a kept page (JFR, 2026-11-30); the bytes stay
 * the same from login to logout, so comparing them answers the same question for a fraction of the cost.
 * <p>
 * Each read still gets a new {@link SecurityContext}: a context is changed in place (logout clears its
 * authentication), so it must never be shared between requests. The authentication inside is shared; nothing
 * changes one after login. Other attributes are deserialized as before. Memory is bounded by the bytes kept.
 */
final class RememberedSecurityContexts implements Converter<byte[], Object> {

    private final Converter<byte[], Object> deserializer;
    private final Cache<ByteBuffer, Authentication> authentications;

    RememberedSecurityContexts(Converter<byte[], Object> deserializer, long maxBytes) {
        this.deserializer = deserializer;
        this.authentications = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((ByteBuffer bytes, Authentication authentication) -> bytes.capacity())
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    @Override
    public Object convert(byte[] bytes) {
        Authentication known = authentications.getIfPresent(ByteBuffer.wrap(bytes));
        if (known != null) {
            return new SecurityContextImpl(known);
        }
        Object value = deserializer.convert(bytes);
        if (value instanceof SecurityContext context && context.getAuthentication() != null) {
            authentications.put(ByteBuffer.wrap(bytes.clone()), context.getAuthentication());
        }
        return value;
    }
}
