package org.passage.staff;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A staff account as it is now, for callers that authenticate by other means than the password (a
 * bearer token issued for the account): present only while the account is enabled and not locked.
 */
@Component
public class ActiveStaff {

    private final StaffAccounts accounts;

    ActiveStaff(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** The account's principal as it is now, if the account exists, is enabled and is not locked. */
    public Optional<StaffPrincipal> find(String username) {
        return accounts.find(username).filter(account -> account.enabled() && !account.locked())
                .map(StaffAccount::principal);
    }
}
