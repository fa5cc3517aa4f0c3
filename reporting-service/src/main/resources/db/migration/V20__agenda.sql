-- Latest snapshot per samenwerkingsagenda (register.agendas, keyed by agenda id); versie = the event's
-- sequence. Only what the reports show is kept: per theme the goals and the number of afspraken per status.
create table agenda (
    id               uuid          primary key,
    regio            varchar(20)   not null,
    titel            varchar(200)  not null,
    status           varchar(16)   not null,
    looptijd_vanaf   date          not null,
    looptijd_tot     date          not null,
    vastgesteld_op   date,
    vastgesteld_door varchar(200),
    afgelopen_op     date,
    themas           jsonb         not null,
    versie           bigint        not null
);

create index agenda_regio on agenda (regio, looptijd_vanaf);
