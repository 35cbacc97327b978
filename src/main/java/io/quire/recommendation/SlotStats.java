package io.quire.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Impressions and clicks of similar reads per day (UTC) and slot, counted in memory and added to
 * {@code recommendation_stats} every {@code quire.recommendation.stats-flush-ms} (10 s) with one atomic upsert
 * per day and slot: page views never wait for, or contend on, a counter row. Counts of the last seconds before
 * a crash are lost; a clean shutdown writes them. Nothing about the reader is recorded.
 */
@Component
class SlotStats implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SlotStats.class);

    private final Map<Key, Counts> pending = new ConcurrentHashMap<>();
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SlotStats(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One impression for each of slots 1 to {@code shown}. */
    void shown(int shown) {
        LocalDate today = today();
        for (int slot = 1; slot <= shown; slot++) {
            pending.merge(new Key(today, slot), new Counts(1, 0), Counts::plus);
        }
    }

    void clicked(int slot) {
        pending.merge(new Key(today(), slot), new Counts(0, 1), Counts::plus);
    }

    /** Adds what was counted since the last flush to the table; on failure keeps it for the next one. */
    @Scheduled(fixedDelayString = "${quire.recommendation.stats-flush-ms:10000}")
    void flush() {
        for (Key key : new ArrayList<>(pending.keySet())) {
            Counts counts = pending.remove(key);
            if (counts == null) {
                continue;
            }
            try {
                jdbc.update("""
                        insert into recommendation_stats (day, slot, impressions, clicks)
                        values (:day, :slot, :impressions, :clicks)
                        on duplicate key update impressions = impressions + :impressions, clicks = clicks + :clicks""",
                        new MapSqlParameterSource("day", key.day()).addValue("slot", key.slot())
                                .addValue("impressions", counts.impressions()).addValue("clicks", counts.clicks()));
            }
            catch (DataAccessException failed) {
                pending.merge(key, counts, Counts::plus);
                log.warn("Similar reads: could not write slot statistics; retrying at the next flush", failed);
                return;
            }
        }
    }

    /** Impressions, clicks and click-through per slot over the last {@code days} days including today. */
    List<SlotClickThrough> lastDays(int days, int slots) {
        Map<Integer, SlotClickThrough> bySlot = new HashMap<>();
        jdbc.query("""
                select slot, sum(impressions), sum(clicks) from recommendation_stats where day > :since
                group by slot""", new MapSqlParameterSource("since", today().minusDays(days)),
                rs -> {
                    bySlot.put(rs.getInt(1), new SlotClickThrough(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                });
        List<SlotClickThrough> result = new ArrayList<>();
        for (int slot = 1; slot <= slots; slot++) {
            result.add(bySlot.getOrDefault(slot, new SlotClickThrough(slot, 0, 0)));
        }
        return result;
    }

    @Override
    public void destroy() {
        flush();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Key(LocalDate day, int slot) {
    }

    private record Counts(long impressions, long clicks) {

        Counts plus(Counts other) {
            return new Counts(impressions + other.impressions, clicks + other.clicks);
        }
    }
}
