package org.civicdata.tracker.record.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** A figure an event reports (an amount, a count) — part of its event, audited with it. */
@MappedEntity("event_figure")
public record EventFigure(
        @Id @GeneratedValue @Nullable Long id,
        long eventId,
        int position,
        String label,
        @Nullable BigDecimal value,
        @Nullable FigureQualifier qualifier,
        FigureUnit unit,
        @Nullable String period,
        @Nullable String attributedTo) {}
