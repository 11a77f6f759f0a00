-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- Texts a guarantee may name instead of writing them inline: a tier template (extends: it-vip),
-- a calendar (calendars: {office: office.yaml}), a holiday schedule (holiday_schedules:
-- [company.ics]). One name space for all three, as a guarantee names them by name alone. Every
-- upload of a changed text is a new version; new guarantee uploads use the latest.
create table source_file (
  name        varchar(200) not null,
  version     integer      not null,
  kind        varchar(20)  not null,
  text        text         not null,
  uploaded_at timestamp with time zone not null,
  primary key (name, version),
  constraint source_file_kind check (kind in ('template', 'calendar', 'holidays'))
);

-- The texts a guarantee version was read with, as they were when it was uploaded: a later change
-- to a template never changes a guarantee already signed; uploading it again does.
create table guarantee_source (
  guarantee_id      varchar(100) not null,
  guarantee_version integer      not null,
  name              varchar(200) not null,
  text              text         not null,
  primary key (guarantee_id, guarantee_version, name),
  foreign key (guarantee_id, guarantee_version) references guarantee (id, version)
);
