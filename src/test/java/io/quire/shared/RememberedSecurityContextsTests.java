package io.quire.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedSecurityContextsTests {

    private final SerializingConverter serializer = new SerializingConverter();
    private final CountingDeserializer deserializer = new CountingDeserializer();
    private final RememberedSecurityContexts contexts = new RememberedSecurityContexts(deserializer, 1024 * 1024);

    @Test
    void theSameStoredContextIsDeserializedOnceAndEveryReadGetsItsOwnContext() {
        byte[] stored = serializer.convert(context("ada"));

        SecurityContext first = (SecurityContext) contexts.convert(stored);
        SecurityContext second = (SecurityContext) contexts.convert(stored.clone());

        assertThat(deserializer.calls).hasValue(1);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication().getName()).isEqualTo("ada");
        first.setAuthentication(null);
        assertThat(((SecurityContext) contexts.convert(stored)).getAuthentication().getName()).isEqualTo("ada");
    }

    @Test
    void aDifferentStoredContextIsNotTakenForARememberedOne() {
        contexts.convert(serializer.convert(context("ada")));

        SecurityContext other = (SecurityContext) contexts.convert(serializer.convert(context("grace")));

        assertThat(other.getAuthentication().getName()).isEqualTo("grace");
        assertThat(deserializer.calls).hasValue(2);
    }

    @Test
    void otherAttributesAreDeserializedOnEveryRead() {
        byte[] stored = serializer.convert(new ArrayList<>(List.of("flash")));

        Object first = contexts.convert(stored);
        Object second = contexts.convert(stored);

        assertThat(deserializer.calls).hasValue(2);
        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void anAnonymousContextIsNotRemembered() {
        byte[] stored = serializer.convert(new SecurityContextImpl());

        contexts.convert(stored);
        contexts.convert(stored);

        assertThat(deserializer.calls).hasValue(2);
    }

    private static SecurityContext context(String name) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }

    private static final class CountingDeserializer implements Converter<byte[], Object> {

        private final DeserializingConverter delegate = new DeserializingConverter();
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public Object convert(byte[] source) {
            calls.incrementAndGet();
            return delegate.convert(source);
        }
    }
}
