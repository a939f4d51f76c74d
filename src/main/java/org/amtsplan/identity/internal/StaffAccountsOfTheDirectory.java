package org.amtsplan.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.amtsplan.identity.StaffAccounts;
import org.amtsplan.identity.StaffMember;

/** The staff accounts as other modules may see them: name, roles, units, never credentials. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffAccountsOfTheDirectory implements StaffAccounts {

    @Inject StaffAccountRepository accounts;

    @Override
    public Optional<StaffMember> find(String username) {
        if (username == null || username.length() > 60) {
            return Optional.empty();
        }
        return accounts.find(username)
                .map(a -> new StaffMember(a.username(), a.roles(), a.units(), a.dealerId()));
    }
}
