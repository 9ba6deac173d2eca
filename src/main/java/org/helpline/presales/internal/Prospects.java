package org.helpline.presales.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The prospects of each organisation, one per e-mail address. A later inquiry from the same address
 * refreshes the name, company, phone and country with what the prospect wrote last; nobody edits
 * these rows by hand, so they carry no version.
 */
@Repository
class Prospects {

    private final JdbcClient jdbc;

    Prospects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the organisation's prospect with this address, stored or refreshed with {@code inquiry}. */
    UUID save(String organisationId, CheckedInquiry inquiry, Instant at) {
        var existing = find(organisationId, inquiry.email());
        if (existing.isPresent()) {
            refresh(existing.get(), inquiry, at);
            return existing.get();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into prospect (id, organisation_id, name, company, email, phone_e164, country, created_at,
                                      updated_at)
                values (:id, :organisation, :name, :company, :email, :phone, :country, :at, :at)
                """)
                .param("id", id)
                .param("organisation", organisationId)
                .param("name", inquiry.name())
                .param("company", inquiry.company())
                .param("email", inquiry.email())
                .param("phone", inquiry.phoneE164())
                .param("country", inquiry.country())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return id;
    }

    private Optional<UUID> find(String organisationId, String email) {
        return jdbc.sql("select id from prospect where organisation_id = :organisation and email = :email")
                .param("organisation", organisationId)
                .param("email", email)
                .query(UUID.class)
                .optional();
    }

    private void refresh(UUID id, CheckedInquiry inquiry, Instant at) {
        jdbc.sql("""
                update prospect
                   set name = :name, company = :company, phone_e164 = :phone, country = :country, updated_at = :at
                 where id = :id
                """)
                .param("id", id)
                .param("name", inquiry.name())
                .param("company", inquiry.company())
                .param("phone", inquiry.phoneE164())
                .param("country", inquiry.country())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
