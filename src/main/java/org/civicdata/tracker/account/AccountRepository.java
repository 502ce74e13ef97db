package org.civicdata.tracker.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Optional;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.common.TrackedRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends TrackedRepository<Account> {

    @Override
    default RecordType recordType() {
        return RecordType.ACCOUNT;
    }

    Optional<Account> findByUsername(String username);

    long countByRoleAndEnabled(StaffRole role, boolean enabled);
}
