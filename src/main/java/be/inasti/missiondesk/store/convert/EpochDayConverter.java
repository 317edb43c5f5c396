package be.inasti.missiondesk.store.convert;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** Dates are stored as epoch days: they sort, compare and subtract as numbers in SQL. */
public final class EpochDayConverter extends AbstractConverter<Integer, LocalDate> {
    public EpochDayConverter() {
        super(Integer.class, LocalDate.class);
    }

    @Override
    public LocalDate from(Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }

    @Override
    public Integer to(LocalDate date) {
        return date == null ? null : Math.toIntExact(date.toEpochDay());
    }
}
