-- Synonym groups an organisation's admins add to the ones shipped per language
-- (knowledge/synonyms/<language>.txt); searches of that organisation join both.
create table kb_synonym (
    organisation_id varchar(20)   not null references support_organisation (id),
    id              uuid          not null primary key,
    language        varchar(5)    not null,
    words           varchar(1000) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(254)  not null,
    constraint kb_synonym_language check (language in ('pl', 'en', 'zh'))
);

create index kb_synonym_by_organisation on kb_synonym (organisation_id, language);
