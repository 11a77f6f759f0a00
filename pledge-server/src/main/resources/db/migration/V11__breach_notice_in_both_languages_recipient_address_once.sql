-- A breach case keeps the notice to the customer in simplified Chinese beside the English one
-- (customer_notice), so each reader of the case sees it in the language they read. Null for a
-- case opened before: its one notice stays in customer_notice.
alter table breach_case add column customer_notice_zh text;

-- An organisation has each address once per channel: a second row would get every notice twice.
-- Such twins stored before are removed, keeping the earliest, so the unique index can be built.
delete from notice_recipient r
where exists (
  select 1 from notice_recipient o
  where o.organisation_id = r.organisation_id and o.channel = r.channel
    and o.address = r.address
    and (o.created_at < r.created_at or (o.created_at = r.created_at and o.id < r.id)));
create unique index notice_recipient_address_once
  on notice_recipient (organisation_id, channel, address);
