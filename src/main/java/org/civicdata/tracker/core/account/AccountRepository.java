package org.civicdata.tracker.core.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Optional;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends TrackedRepository<Account> {

    @Override
    default RecordType recordType() {
        return RecordType.ACCOUNT;
    }

    Optional<Account> findByUsername(String username);

    long countByRoleAndEnabled(StaffRole role, boolean enabled);
}
