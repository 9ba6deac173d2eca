package org.helpline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the options of a passkey registration in the session between its two requests. Sessions
 * live in the database, so what is kept must be serialisable, which Spring Security's options are
 * not (spring-security#16431): a snapshot of their parts is kept and the options rebuilt from it,
 * with the library's own constants for the algorithms so they compare as it expects.
 */
@Component
class SessionPasskeyRegistrations implements PublicKeyCredentialCreationOptionsRepository {

    static final String ATTRIBUTE = "helpline.passkey.creationOptions";

    /** What the options are made of, in serialisable parts. */
    record Snapshot(
            String rpId,
            String rpName,
            PublicKeyCredentialUserEntity user,
            Bytes challenge,
            List<Long> algorithms,
            Duration timeout,
            List<PublicKeyCredentialDescriptor> excludeCredentials,
            AuthenticatorAttachment attachment,
            String residentKey,
            UserVerificationRequirement userVerification,
            String attestation,
            AuthenticationExtensionsClientInputs extensions)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Override
    public void save(
            HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        var session = request.getSession();
        if (options == null) {
            session.removeAttribute(ATTRIBUTE);
            return;
        }
        session.setAttribute(ATTRIBUTE, snapshot(options));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Snapshot snapshot)) {
            return null;
        }
        return options(snapshot);
    }

    static Snapshot snapshot(PublicKeyCredentialCreationOptions options) {
        var selection = options.getAuthenticatorSelection();
        return new Snapshot(
                options.getRp().getId(),
                options.getRp().getName(),
                options.getUser(),
                options.getChallenge(),
                options.getPubKeyCredParams().stream()
                        .map(parameters -> parameters.getAlg().getValue())
                        .toList(),
                options.getTimeout(),
                options.getExcludeCredentials() == null ? List.of() : List.copyOf(options.getExcludeCredentials()),
                selection == null ? null : selection.getAuthenticatorAttachment(),
                selection == null || selection.getResidentKey() == null
                        ? null
                        : selection.getResidentKey().getValue(),
                selection == null ? null : selection.getUserVerification(),
                options.getAttestation() == null
                        ? null
                        : options.getAttestation().getValue(),
                options.getExtensions());
    }

    static PublicKeyCredentialCreationOptions options(Snapshot snapshot) {
        var selection = AuthenticatorSelectionCriteria.builder()
                .authenticatorAttachment(snapshot.attachment())
                .residentKey(
                        snapshot.residentKey() == null ? null : ResidentKeyRequirement.valueOf(snapshot.residentKey()))
                .userVerification(snapshot.userVerification())
                .build();
        return PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder()
                        .id(snapshot.rpId())
                        .name(snapshot.rpName())
                        .build())
                .user(snapshot.user())
                .challenge(snapshot.challenge())
                .pubKeyCredParams(snapshot.algorithms().stream()
                        .map(SessionPasskeyRegistrations::parameters)
                        .toList())
                .timeout(snapshot.timeout())
                .excludeCredentials(snapshot.excludeCredentials())
                .authenticatorSelection(selection)
                .attestation(
                        snapshot.attestation() == null
                                ? null
                                : AttestationConveyancePreference.valueOf(snapshot.attestation()))
                .extensions(snapshot.extensions())
                .build();
    }

    private static PublicKeyCredentialParameters parameters(long algorithm) {
        return Arrays.stream(new PublicKeyCredentialParameters[] {
                    PublicKeyCredentialParameters.EdDSA,
                    PublicKeyCredentialParameters.ES256,
                    PublicKeyCredentialParameters.ES384,
                    PublicKeyCredentialParameters.ES512,
                    PublicKeyCredentialParameters.RS256,
                    PublicKeyCredentialParameters.RS384,
                    PublicKeyCredentialParameters.RS512,
                    PublicKeyCredentialParameters.RS1
                })
                .filter(parameters -> parameters.getAlg().getValue() == algorithm)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown COSE algorithm " + algorithm));
    }
}
