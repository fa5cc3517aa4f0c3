-- A round's division as the venster-service fixed it when the round opened (venster.rondes, field indeling):
-- its regions with their names, zorgkantoorregio and gemeenten. Null while the round has not opened, or for a
-- round whose events predate the field; such a round takes the regions valid on its opening day.
alter table ronde add column indeling jsonb;
