package org.civicdata.tracker.core.account;

import jakarta.inject.Singleton;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name a staff account: its user name. */
@Singleton
class AccountNaming extends RecordNaming.Of<Account> {

    AccountNaming() {
        super(RecordType.ACCOUNT, Account.class, Account::getUsername);
    }
}
