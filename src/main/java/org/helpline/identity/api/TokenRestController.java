package org.helpline.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.identity.internal.ApiTokenRow;
import org.helpline.identity.internal.ApiTokenService;
import org.helpline.identity.internal.TokenScope;
import org.helpline.shared.HelplineUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own personal API tokens. A token's secret is answered once, on creation. Only a
 * caller who signed in with a password (HTTP Basic here) may manage tokens: a bearer token gets 403.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class TokenRestController {

    private final ApiTokenService tokens;

    TokenRestController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record NewToken(
            @NotBlank @Size(max = 100) String name,
            @NotNull TokenScope scope,

            @NotNull @Min(1) @Max(ApiTokenService.MAX_VALIDITY_DAYS)
            Integer validDays) {}

    record TokenView(
            UUID id,
            String name,
            TokenScope scope,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        static TokenView of(ApiTokenRow row) {
            return new TokenView(
                    row.id(),
                    row.name(),
                    row.scope(),
                    row.createdAt(),
                    row.expiresAt(),
                    row.lastUsedAt(),
                    row.revokedAt());
        }
    }

    record CreatedTokenView(TokenView token, String secret) {}

    @GetMapping
    List<TokenView> list(@AuthenticationPrincipal HelplineUser me, Authentication authentication) {
        ApiTokenService.requirePasswordSignIn(authentication);
        return tokens.tokensOf(me).stream().map(TokenView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedTokenView create(
            @AuthenticationPrincipal HelplineUser me,
            Authentication authentication,
            @Valid @RequestBody NewToken request) {
        ApiTokenService.requirePasswordSignIn(authentication);
        var created = tokens.create(me, request.name(), request.scope(), request.validDays());
        return new CreatedTokenView(TokenView.of(created.token()), created.secret());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal HelplineUser me, Authentication authentication, @PathVariable UUID id) {
        ApiTokenService.requirePasswordSignIn(authentication);
        tokens.revoke(me, id);
    }
}
