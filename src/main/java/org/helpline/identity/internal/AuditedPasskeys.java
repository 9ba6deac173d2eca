package org.helpline.identity.internal;

import java.util.List;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's passkey store, auditing each passkey added (a save of a credential it did not
 * have; later saves only count its uses).
 */
final class AuditedPasskeys implements UserCredentialRepository {

    private final UserCredentialRepository store;
    private final SecondFactorService factors;

    AuditedPasskeys(UserCredentialRepository store, SecondFactorService factors) {
        this.store = store;
        this.factors = factors;
    }

    @Override
    public void delete(Bytes credentialId) {
        store.delete(credentialId);
        org.helpline.shared.HelplineUser.current().ifPresent(factors::passkeyRemoved);
    }

    @Override
    public void save(CredentialRecord credential) {
        boolean added = store.findByCredentialId(credential.getCredentialId()) == null;
        store.save(credential);
        if (added) {
            org.helpline.shared.HelplineUser.current()
                    .ifPresent(user -> factors.passkeyAdded(user, credential.getLabel()));
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return store.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return store.findByUserId(userId);
    }
}
