-- Messages to aanspreekpunten (DESIGN.md §8): invitations, reminders, confirmations, unsealing notices.

-- The e-mail address per contact person, from the registry's register.contactadressen topic (nothing else
-- of the person is copied for messages: name and roles are in replica_contactpersoon already).
create table replica_contactadres (
    contactpersoon_id uuid   primary key,
    email             text,
    versie            bigint not null
);

-- Days before closing on which the financiers that have not answered get a reminder, per round.
create table ronde_herinnering (
    ronde_jaar integer not null references ronde (jaar) on delete cascade,
    dagen      integer not null check (dagen between 1 and 90),
    primary key (ronde_jaar, dagen)
);
-- Rounds that exist already keep the defaults.
insert into ronde_herinnering (ronde_jaar, dagen) select jaar, 14 from ronde;
insert into ronde_herinnering (ronde_jaar, dagen) select jaar, 3 from ronde;

-- One row per message and recipient, written in the transaction of its cause. The unique key is the
-- reason: a message is never queued twice for the same reason to the same person, and its Message-ID is
-- derived from that key, so a resend after a crash is recognisably the same message.
create table bericht (
    id                uuid          primary key,
    jaar              integer       not null references ronde (jaar),
    regio             text          not null,
    financier         text          not null,
    reden             varchar(24)   not null,
    aanleiding        varchar(40)   not null,
    contactpersoon_id uuid          not null,
    ontvanger_naam    text          not null,
    ontvanger_rol     varchar(40)   not null,
    kopie             boolean       not null,
    message_id        text          not null unique,
    inhoud            text          not null,
    status            varchar(24)   not null,
    pogingen          integer       not null default 0,
    volgende_poging   timestamptz   not null,
    aangemaakt_op     timestamptz   not null,
    verzonden_op      timestamptz,
    adres             text,
    laatste_fout      varchar(500),
    unique (jaar, regio, financier, reden, aanleiding, contactpersoon_id)
);

-- The relay's work list: only messages still to send, by due time.
create index bericht_te_verzenden on bericht (volgende_poging) where status = 'wachtend';
create index bericht_ronde on bericht (jaar, aangemaakt_op, id);
create index bericht_contact on bericht (contactpersoon_id) where status = 'niet-bereikbaar';

-- Due moments of the round clock already handled (reminders), so each is queued exactly once.
create table bericht_moment (
    jaar   integer     not null references ronde (jaar),
    reden  varchar(24) not null,
    moment varchar(40) not null,
    primary key (jaar, reden, moment)
);
