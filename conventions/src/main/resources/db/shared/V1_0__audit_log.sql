-- Every change records who (token subject), when and what (DESIGN.md §5). Shared by all services:
-- each applies it to its own database.
create table audit_log (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null default now(),
    subject       varchar(255) not null,
    action        varchar(64)  not null,
    resource_type varchar(64)  not null,
    resource_id   varchar(255) not null,
    details       jsonb        not null default '{}'::jsonb
);

create index audit_log_resource on audit_log (resource_type, resource_id, id);
