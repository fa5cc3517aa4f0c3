-- History is never rewritten (DESIGN.md §4): a round's regions and their gemeenten are the division on the
-- day it opens, fixed from then on. The replica keeps the registry's memberships to know that division.
alter table replica_regio add column zorgkantoorregio text;
alter table replica_regio add column leden jsonb;

create table ronde_regio (
    jaar             integer not null references ronde (jaar) on delete cascade,
    code             text    not null,
    naam             text    not null,
    zorgkantoorregio text,
    gemeenten        jsonb   not null,
    primary key (jaar, code)
);

-- Rounds that opened before this migration: their division as far as the replica knows it (without
-- gemeenten, which it did not keep then), on their opening day in Dutch time.
insert into ronde_regio (jaar, code, naam, zorgkantoorregio, gemeenten)
select r.jaar, g.code, g.naam, g.zorgkantoorregio, '[]'::jsonb
from ronde r
join replica_regio g on not g.verwijderd
    and g.geldig_vanaf <= cast(r.opent at time zone 'Europe/Amsterdam' as date)
    and (g.geldig_tot is null or g.geldig_tot > cast(r.opent at time zone 'Europe/Amsterdam' as date))
where r.status <> 'CONCEPT';
