-- A yearly round: its questionnaire and thresholds are fixed once it opens.
create table ronde (
    jaar             integer      primary key,
    status           varchar(16)  not null,
    opent            timestamptz  not null,
    sluit            timestamptz  not null,
    voldoende_grens  integer      not null,
    spreidings_grens integer      not null,
    versie           bigint       not null,
    constraint ronde_periode check (opent < sluit)
);

create table ronde_vraag (
    ronde_jaar integer      not null references ronde (jaar) on delete cascade,
    volgorde   integer      not null,
    code       varchar(40)  not null,
    tekst      varchar(500) not null,
    schaal     varchar(16)  not null,
    primary key (ronde_jaar, volgorde),
    unique (ronde_jaar, code)
);

-- Every submission of a financier's answer set is kept as a new version (history: who, when, what).
create table antwoordset (
    id              bigint generated always as identity primary key,
    jaar            integer      not null references ronde (jaar),
    regio           varchar(20)  not null,
    financier       varchar(16)  not null,
    versie          bigint       not null,
    ingediend_op    timestamptz  not null,
    ingediend_door  varchar(255) not null,
    unique (jaar, regio, financier, versie)
);

create table antwoord (
    antwoordset_id bigint        not null references antwoordset (id) on delete cascade,
    volgorde       integer       not null,
    vraag          varchar(40)   not null,
    score          integer       not null,
    toelichting    varchar(2000),
    primary key (antwoordset_id, volgorde)
);

-- Follow-ups are append-only; volgnummer orders them per round and region.
create table opvolging (
    id              uuid          primary key,
    jaar            integer       not null references ronde (jaar),
    regio           varchar(20)   not null,
    volgnummer      bigint        not null,
    soort           varchar(24)   not null,
    toelichting     varchar(2000) not null,
    vastgelegd_op   timestamptz   not null,
    vastgelegd_door varchar(255)  not null,
    unique (jaar, regio, volgnummer)
);

-- Replica of the registry (register.* topics): enough to decide who may answer where, so that
-- submitting keeps working while the registry is down. Text columns: the replica stores what the
-- registry sends and must not stall on a longer value than expected.
create table replica_regio (
    code         text         primary key,
    naam         text         not null,
    geldig_vanaf date         not null,
    geldig_tot   date,
    verwijderd   boolean      not null default false,
    versie       bigint       not null
);

create table replica_contactpersoon (
    id         uuid         primary key,
    naam       text         not null,
    subject    text         not null,
    verwijderd boolean      not null default false,
    versie     bigint       not null
);

create table replica_rol (
    id                uuid        not null,
    contactpersoon_id uuid        not null references replica_contactpersoon (id) on delete cascade,
    regio             text        not null,
    financier         text        not null,
    rol               text        not null,
    vanaf             date        not null,
    tot               date,
    primary key (contactpersoon_id, id)
);

create index replica_rol_regio on replica_rol (regio, financier, rol);
create index replica_contactpersoon_subject on replica_contactpersoon (subject);
