-- Replica of the registry's samenwerkingsagenda's (register.agendas), as far as this service needs it: which
-- afspraken belong to which region, so that a follow-up actie-afgesproken can name the afspraak it created
-- and the name is checked locally, also while the registry is down.
create table replica_agenda (
    id         uuid     primary key,
    regio      text     not null,
    -- Kept after a removal, so an older snapshot delivered late cannot bring the agenda back.
    verwijderd boolean  not null default false,
    versie     bigint   not null
);

create table replica_afspraak (
    id        uuid  primary key,
    agenda_id uuid  not null references replica_agenda (id) on delete cascade,
    regio     text  not null
);

create index replica_afspraak_agenda on replica_afspraak (agenda_id);

-- A follow-up actie-afgesproken may name the afspraak (of the region's agenda) it created.
alter table opvolging add column afspraak uuid;
