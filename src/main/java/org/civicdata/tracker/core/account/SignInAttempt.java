package org.civicdata.tracker.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One sign-in attempt, written before its password is checked ({@code succeeded} null) and given its
 * outcome once, after the check (V8).
 */
@MappedEntity("sign_in_attempt")
public record SignInAttempt(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @Nullable String remoteAddress,
        Instant attemptedAt,
        @Nullable Boolean succeeded,
        boolean knownAddress) {}
