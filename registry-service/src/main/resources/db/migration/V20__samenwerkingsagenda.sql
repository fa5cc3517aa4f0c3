-- The samenwerkingsagenda (DESIGN.md §7): per region agendas with a looptijd [vanaf, tot) (tot exclusive, as
-- every interval in the register), their content per theme as a JSON document (read and written as one
-- whole), the afspraken as rows of their own (own id, trekker, status, version) and an append-only progress
-- log per afspraak.
create table agenda (
    id                 uuid          primary key,
    regio              varchar(20)   not null references regio (code),
    titel              varchar(200)  not null,
    looptijd_vanaf     date          not null,
    looptijd_tot       date          not null,
    gedeelde_ambitie   varchar(4000),
    status             varchar(16)   not null check (status in ('concept', 'vastgesteld', 'afgelopen')),
    vastgesteld_op     date,
    vastgesteld_door   varchar(200),
    afgelopen_op       date,
    betrokken_partijen jsonb         not null,
    themas             jsonb         not null,
    versie             bigint        not null,
    constraint agenda_looptijd check (looptijd_tot > looptijd_vanaf),
    constraint agenda_vastgesteld check (status = 'concept' or (vastgesteld_op is not null and vastgesteld_door is not null)),
    constraint agenda_afgelopen check ((status = 'afgelopen') = (afgelopen_op is not null))
);

create index agenda_regio on agenda (regio, looptijd_vanaf);

create table afspraak (
    id                uuid          primary key,
    agenda            uuid          not null references agenda (id) on delete cascade,
    thema             varchar(40)   not null,
    omschrijving      varchar(2000) not null,
    -- A contactpersoon; no foreign key: removing a person must not fail on the afspraken they led.
    trekker           uuid          not null,
    financiers        varchar(60)   not null,
    geplande_start    date          not null,
    gepland_einde     date          not null,
    status            varchar(16)   not null check (status in ('gepland', 'loopt', 'afgerond', 'vertraagd', 'gestopt')),
    -- The latest progress entry, kept here so that reading an agenda needs no query per afspraak.
    voortgang_aantal  integer       not null default 0,
    laatste_voortgang date,
    versie            bigint        not null,
    constraint afspraak_planning check (gepland_einde >= geplande_start)
);

create index afspraak_agenda on afspraak (agenda, thema, geplande_start);
create index afspraak_trekker on afspraak (trekker);

create table voortgang (
    id             bigint        generated always as identity primary key,
    afspraak       uuid          not null references afspraak (id) on delete cascade,
    volgnummer     integer       not null,
    datum          date          not null,
    toelichting    varchar(2000) not null,
    status         varchar(16)   not null,
    vastgelegd_door varchar(255) not null,
    vastgelegd_op  timestamptz   not null default now(),
    unique (afspraak, volgnummer)
);

-- The progress log is append-only: recorded history never changes after the fact.
create function voortgang_is_alleen_aanvullen() returns trigger
    language plpgsql as $$
begin
    raise exception 'voortgang is append-only' using errcode = '55000';
end
$$;

create trigger voortgang_niet_wijzigen before update on voortgang
    for each row execute function voortgang_is_alleen_aanvullen();
