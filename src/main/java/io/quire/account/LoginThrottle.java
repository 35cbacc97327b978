package io.quire.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: each account and each client address may fail only so many logins per window.
 * Failures use up tokens; a successful login does not. Buckets live in this instance's memory, so with N
 * instances an attacker gets at most N times the budget (see docs/adr for why that is acceptable).
 */
@Component
class LoginThrottle {

    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(@Value("${quire.login-throttle.per-account-attempts}") int perAccount,
            @Value("${quire.login-throttle.per-ip-attempts}") int perAddress,
            @Value("${quire.login-throttle.window}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.accounts = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** @return how long to wait when either the account or the address has no attempts left */
    Optional<Duration> blockedFor(String username, String address) {
        long nanos = Math.max(waitNanos(accounts.getIfPresent(key(username))),
                waitNanos(addresses.getIfPresent(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void recordFailure(String username, String address) {
        accounts.get(key(username), k -> bucket(perAccount)).tryConsume(1);
        addresses.get(address, k -> bucket(perAddress)).tryConsume(1);
    }

    private static long waitNanos(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(int attempts) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillIntervally(attempts, window).build())
                .build();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
