-- A follow-up actie-afgesproken may name the afspraak of the region's agenda it created (venster.opvolgingen).
alter table opvolging add column afspraak uuid;
