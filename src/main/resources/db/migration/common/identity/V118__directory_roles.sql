-- A tenant's directory (Entra ID, Okta, Keycloak) names its groups and roles its own way; this maps
-- the values it sends (the roles claim at single sign-on, group names over SCIM) to Helpline's
-- tenant roles. One value maps to one role; several values may map to the same role.

create table directory_role (
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    directory_value varchar(200) not null,
    role            varchar(30)  not null,
    constraint directory_role_pk primary key (tenant_id, directory_value)
);
