-- The gemeenten of a werkstructuur-region with their validity (register.regios `leden`), so the public map
-- (DESIGN.md §9) can join gemeente boundaries into the regions of a round on its opening day.
alter table regio add column leden jsonb not null default '[]'::jsonb;
