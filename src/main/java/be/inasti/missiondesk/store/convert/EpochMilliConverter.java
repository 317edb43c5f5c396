package be.inasti.missiondesk.store.convert;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** Instants are stored as epoch milliseconds (text timestamps have bitten jOOQ on SQLite). */
public final class EpochMilliConverter extends AbstractConverter<Long, Instant> {
    public EpochMilliConverter() {
        super(Long.class, Instant.class);
    }

    @Override
    public Instant from(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public Long to(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
