package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document and Swagger UI are served, publicly, for the API under /api/v1. */
@HelplineIntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var document = ApiClient.anonymous(port).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").has("/api/v1/me")).isTrue();
        assertThat(document.json().get("paths").has("/api/v1/me/tokens")).isTrue();
        assertThat(document.json().get("paths").has("/api/v1/admin/outbox")).isTrue();
        assertThat(document.json().get("paths").has("/api/v1/admin/outbox/{id}/resend"))
                .isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(ApiClient.anonymous(port).get("/swagger-ui/index.html").status())
                .isEqualTo(200);
    }
}
