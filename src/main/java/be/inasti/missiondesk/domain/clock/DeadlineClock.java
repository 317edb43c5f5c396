package be.inasti.missiondesk.domain.clock;

import be.inasti.missiondesk.domain.DomainException;
import be.inasti.missiondesk.domain.calendar.BelgianCalendar;
import be.inasti.missiondesk.domain.catalogue.Objective;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deadline clock of one objective on one mission (named so, not {@code Clock}, because
 * {@link java.time.Clock} is injected in the same classes). Started on a date, due tier by tier on
 * start + T calendar days, stopped (met or missed) or cancelled (not applicable). Immutable: a change returns a
 * new clock.
 */
public record DeadlineClock(
        UUID id,
        String objectiveCode,
        String catalogueVersion,
        LocalDate startedOn,
        List<TierDeadline> tiers,
        LocalDate stoppedOn,
        boolean cancelled) {

    /**
     * The last fifth (20 %) of the first tier's days are at risk, but never fewer than {@link #MIN_AT_RISK_DAYS}.
     * Whole-number arithmetic, so that the store's SQL, which sorts and counts the queue by state, says the same.
     */
    public static final int AT_RISK_SHARE = 5;
    public static final int MIN_AT_RISK_DAYS = 3;
    /** The same rule as a share of the deadline used: at risk from 80 % (sooner where the 3-day floor applies). */
    public static final int AT_RISK_FROM_PERCENT = 100 - 100 / AT_RISK_SHARE;

    public DeadlineClock {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a clock needs at least one tier");
        }
    }

    public static DeadlineClock start(UUID id, Objective objective, String catalogueVersion, LocalDate on) {
        List<LocalDate> dues = objective.dueDates(on);
        List<Integer> norms = objective.norms();
        List<TierDeadline> tiers = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            tiers.add(new TierDeadline(dues.get(i), norms.get(i)));
        }
        return new DeadlineClock(id, objective.code(), catalogueVersion, on, tiers, null, false);
    }

    public boolean isOpen() {
        return stoppedOn == null;
    }

    /** The first tier's due date: the one the countdown shows. */
    public LocalDate dueOn() {
        return tiers.getFirst().dueOn();
    }

    public DeadlineClock stop(LocalDate on) {
        checkCanClose(on);
        return new DeadlineClock(id, objectiveCode, catalogueVersion, startedOn, tiers, on, false);
    }

    public DeadlineClock cancel(LocalDate on) {
        checkCanClose(on);
        return new DeadlineClock(id, objectiveCode, catalogueVersion, startedOn, tiers, on, true);
    }

    private void checkCanClose(LocalDate on) {
        if (!isOpen()) {
            throw new DomainException("clock.alreadyStopped", objectiveCode, stoppedOn);
        }
        if (on.isBefore(startedOn)) {
            throw new DomainException("clock.stopBeforeStart", objectiveCode, on, startedOn);
        }
    }

    /** Calendar days of the first tier: the span the at-risk window is a share of. */
    public long firstTierDays() {
        return ChronoUnit.DAYS.between(startedOn, dueOn());
    }

    public long atRiskWindowDays() {
        return Math.max(MIN_AT_RISK_DAYS, Math.ceilDiv(firstTierDays(), AT_RISK_SHARE));
    }

    /**
     * The share of the first tier's days (percent, rounded down) gone by when this clock turns at risk: 80 % for
     * most, less where the {@link #MIN_AT_RISK_DAYS} floor makes the window wider than a fifth (57 % for 7 days).
     * Said beside {@link #usedPercent}, it tells why a clock with weeks left is at risk when one with days is not.
     */
    public long atRiskFromPercent() {
        long days = firstTierDays();
        return days <= 0 ? 0 : Math.max(0, days - atRiskWindowDays()) * 100 / days;
    }

    /** The share of the first tier's days (percent, rounded down) gone by on {@code today}; over 100 once overdue. */
    public long usedPercent(LocalDate today) {
        long days = firstTierDays();
        return days <= 0 ? 100 : ChronoUnit.DAYS.between(startedOn, today) * 100 / days;
    }

    public ClockState state(LocalDate today) {
        if (cancelled) {
            return ClockState.CANCELLED;
        }
        if (!isOpen()) {
            return stoppedOn.isAfter(dueOn()) ? ClockState.MISSED : ClockState.MET;
        }
        long remaining = ChronoUnit.DAYS.between(today, dueOn());
        if (remaining < 0) {
            return ClockState.OVERDUE;
        }
        return remaining <= atRiskWindowDays() ? ClockState.AT_RISK : ClockState.ON_TRACK;
    }

    /** Whether tier {@code index} was met: stopped on or before its due date. */
    public boolean metTier(int index) {
        return !isOpen() && !cancelled && !stoppedOn.isAfter(tiers.get(index).dueOn());
    }

    /**
     * The countdown on {@code today}; a stopped clock is seen on the day it stopped, so its countdown tells the
     * margin it was met with (or how late it was).
     */
    public Countdown countdown(LocalDate today, BelgianCalendar calendar) {
        LocalDate seenOn = isOpen() || stoppedOn.isAfter(today) ? today : stoppedOn;
        LocalDate due = dueOn();
        long days = ChronoUnit.DAYS.between(seenOn, due);
        long workingDays = due.isBefore(seenOn)
                ? -calendar.workingDaysAfterUpTo(due, seenOn)
                : calendar.workingDaysAfterUpTo(seenOn, due);
        return new Countdown(due, days, workingDays, state(today));
    }
}
