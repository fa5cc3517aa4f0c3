-- Transactional outbox: a change and the event announcing it are written in one transaction; the relay
-- publishes unpublished rows to Kafka in order (at-least-once) and marks them.
create table outbox_event (
    id           uuid          primary key,
    position     bigint        generated always as identity unique,
    topic        varchar(255)  not null,
    record_key   varchar(255)  not null,
    event_type   varchar(255)  not null,
    cloud_event  jsonb,                          -- null: a tombstone for a compacted topic
    created_at   timestamptz   not null default now(),
    published_at timestamptz
);

create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Idempotent consumers: an event id is applied at most once, in the transaction that applies it.
create table processed_event (
    event_id     uuid         primary key,
    event_type   varchar(255) not null,
    processed_at timestamptz  not null default now()
);
