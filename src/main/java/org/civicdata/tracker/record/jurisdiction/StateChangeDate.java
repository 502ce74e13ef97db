package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Introspected;
import java.time.LocalDate;

/**
 * A date where a published record of a published jurisdiction in a state is dated, or its status changed
 * ({@link DatedRecordRepository#changeDates}).
 */
@Introspected
public record StateChangeDate(String stateCode, LocalDate datedOn) {}
