-- The reporting read model: facts copied from the event stream (regio, ronde, antwoordset, opvolging),
-- each with the aggregate version it came from, and the status per (jaar, regio) recomputed from those
-- facts. Everything here can be rebuilt from the topics (POST /beheer/herbouw).

-- Latest snapshot per werkstructuur-region (register.regios); versie = the event's sequence.
create table regio (
    code             varchar(20)  primary key,
    naam             varchar(200) not null,
    zorgkantoorregio varchar(4)   not null,
    geldig_vanaf     date         not null,
    geldig_tot       date,
    versie           bigint       not null
);

-- Latest snapshot per round (venster.rondes): questions with scale, thresholds and state.
create table ronde (
    jaar             integer      primary key,
    status           varchar(16)  not null,
    opent            timestamptz  not null,
    sluit            timestamptz  not null,
    vragen           jsonb        not null,
    voldoende_grens  integer      not null,
    spreidings_grens integer      not null,
    versie           bigint       not null
);

-- Current answer set per (jaar, regio, financier) (venster.antwoorden); older versions change nothing.
create table antwoordset (
    id           bigint       generated always as identity primary key,
    jaar         integer      not null,
    regio        varchar(20)  not null,
    financier    varchar(16)  not null,
    versie       bigint       not null,
    ingediend_op timestamptz  not null,
    antwoorden   jsonb        not null,
    unique (jaar, regio, financier)
);

-- Follow-ups are append-only facts (venster.opvolgingen): each volgnummer is stored once.
create table opvolging (
    id            uuid          primary key,
    jaar          integer       not null,
    regio         varchar(20)   not null,
    volgnummer    bigint        not null,
    soort         varchar(24)   not null,
    toelichting   varchar(2000) not null,
    vastgelegd_op timestamptz   not null,
    unique (jaar, regio, volgnummer)
);

-- Derived: one row per region that belongs to a round, recomputed from the facts above after every change.
create table regio_status (
    id                bigint       generated always as identity primary key,
    jaar              integer      not null,
    regio             varchar(20)  not null,
    naam              varchar(200) not null,
    zorgkantoorregio  varchar(4)   not null,
    status            varchar(16)  not null,
    escalatie         varchar(16)  not null,
    signaal           boolean      not null,
    scores_zichtbaar  boolean      not null,
    beantwoord        jsonb        not null,
    divergente_vragen jsonb        not null,
    unique (jaar, regio)
);

create index regio_status_regio on regio_status (regio, jaar);
