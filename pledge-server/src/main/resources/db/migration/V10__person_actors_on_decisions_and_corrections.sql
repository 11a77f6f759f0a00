-- Who decided a maintenance window or corrected an outage is a caller's id: a token's UUID, or
-- person:<UUID> when a person did it on the pages (43 characters), as audit_entry.actor holds.
alter table maintenance_window alter column decided_by set data type varchar(200);
alter table outage_correction alter column token_id set data type varchar(200);
