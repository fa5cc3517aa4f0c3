-- A counter that every change to the read model raises in its own transaction (live event or rebuild).
-- A cached report stays valid while the counter is unchanged; one cheap query checks that, also when
-- several instances of the service share this database.
create table model_versie (
    id     integer primary key check (id = 1),
    versie bigint  not null
);

insert into model_versie (id, versie) values (1, 0);
