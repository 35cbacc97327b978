package io.quire.account;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;

/**
 * Names and profile links of members for display beside content, cached because every page shows some and
 * they change rarely. A renamed member shows the new name on other instances within a minute.
 */
@Component
public class MemberDirectory {

    private final LoadingCache<Long, MemberSummary> cache;

    MemberDirectory(MemberService members) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterWrite(Duration.ofSeconds(60))
                .build(new com.github.benmanes.caffeine.cache.CacheLoader<>() {
                    @Override
                    public MemberSummary load(Long id) {
                        return members.findSummary(id).orElse(null);
                    }

                    @Override
                    public Map<Long, MemberSummary> loadAll(java.util.Set<? extends Long> ids) {
                        return members.summaries(java.util.List.copyOf(ids));
                    }
                });
    }

    public Optional<MemberSummary> find(long memberId) {
        return Optional.ofNullable(cache.get(memberId));
    }

    /** Summaries for all the ids, loading the missing ones in a single query. */
    public Map<Long, MemberSummary> findAll(Collection<Long> memberIds) {
        return cache.getAll(memberIds);
    }
}
