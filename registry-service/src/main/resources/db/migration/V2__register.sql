-- The registry: reference data (zorgkantoorregio's, gemeenten), werkstructuur-regions with their
-- memberships over time, contacts and their role assignments. All validity intervals are [vanaf, tot):
-- tot is exclusive and null means open-ended.

create table zorgkantoorregio (
    code               varchar(4)   primary key,
    naam               varchar(200) not null,
    naam_staatscourant varchar(200),
    zorgkantoor        varchar(200),
    opmerking          varchar(1000)
);

create table gemeente (
    code             varchar(6)   primary key,
    naam             varchar(200) not null,
    zorgkantoorregio varchar(4)   not null references zorgkantoorregio (code),
    geldig_vanaf     date         not null,
    geldig_tot       date,
    opvolger         varchar(6)   references gemeente (code),
    constraint gemeente_geldigheid check (geldig_tot is null or geldig_tot > geldig_vanaf)
);

create table regio (
    code                     varchar(20)  primary key,
    naam                     varchar(200) not null,
    zorgkantoorregio         varchar(4)   not null references zorgkantoorregio (code),
    voortouw_zorgverzekeraar varchar(200),
    -- Comma-separated theme codes (codes cannot contain commas); ouderen, ggz, preventie first.
    themas                   varchar(1000) not null,
    geldig_vanaf             date         not null,
    geldig_tot               date,
    versie                   bigint       not null,
    constraint regio_geldigheid check (geldig_tot is null or geldig_tot > geldig_vanaf)
);

create table lidmaatschap (
    id      bigint generated always as identity primary key,
    regio   varchar(20) not null references regio (code),
    gemeente varchar(6) not null references gemeente (code),
    vanaf   date        not null,
    tot     date,
    constraint lidmaatschap_geldigheid check (tot is null or tot > vanaf)
);

create index lidmaatschap_regio on lidmaatschap (regio, gemeente, vanaf);
create index lidmaatschap_gemeente on lidmaatschap (gemeente, vanaf);

create table contactpersoon (
    id          uuid         primary key,
    naam        varchar(200) not null,
    email       varchar(254),
    telefoon    varchar(40),
    organisatie varchar(200),
    subject     varchar(255) not null unique,
    versie      bigint       not null
);

create table roltoewijzing (
    id             uuid        primary key,
    contactpersoon uuid        not null references contactpersoon (id) on delete cascade,
    regio          varchar(20) not null references regio (code),
    financier      varchar(20) not null,
    rol            varchar(30) not null,
    thema          varchar(40),
    vanaf          date        not null,
    tot            date,
    constraint roltoewijzing_geldigheid check (tot is null or tot > vanaf)
);

create index roltoewijzing_regio on roltoewijzing (regio, financier, rol);
create index roltoewijzing_contactpersoon on roltoewijzing (contactpersoon);
