package org.civicdata.tracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One sign-in attempt, kept as it happened (never updated). */
@MappedEntity("sign_in_attempt")
public record SignInAttempt(@Id @GeneratedValue @Nullable Long id, String username, @Nullable String remoteAddress,
                            Instant attemptedAt, boolean succeeded) {
}
