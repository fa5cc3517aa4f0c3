-- A counter that every change to the regions, their memberships or the gemeenten raises in the changing
-- transaction. A cached region view stays valid while the counter is unchanged; one primary-key read checks
-- that, also when several instances of the registry share this database.
create table register_versie (
    id     integer primary key check (id = 1),
    versie bigint  not null
);

insert into register_versie (id, versie) values (1, 0);

-- Triggers rather than the application raise it, so no write path (seed, indelingswijziging, herindeling,
-- a manual correction) can forget to. Deferred to the commit, so the counter row is the last lock a writer
-- takes: writers that lock regions or the memberships first cannot deadlock on it. Once per transaction.
create function verhoog_register_versie() returns trigger
    language plpgsql as $$
begin
    if current_setting('venster.register_versie_verhoogd', true) is distinct from 'ja' then
        update register_versie set versie = versie + 1 where id = 1;
        perform set_config('venster.register_versie_verhoogd', 'ja', true);
    end if;
    return null;
end
$$;

create constraint trigger regio_verhoogt_register_versie
    after insert or update or delete on regio
    deferrable initially deferred
    for each row execute function verhoog_register_versie();

create constraint trigger lidmaatschap_verhoogt_register_versie
    after insert or update or delete on lidmaatschap
    deferrable initially deferred
    for each row execute function verhoog_register_versie();

create constraint trigger gemeente_verhoogt_register_versie
    after insert or update or delete on gemeente
    deferrable initially deferred
    for each row execute function verhoog_register_versie();
