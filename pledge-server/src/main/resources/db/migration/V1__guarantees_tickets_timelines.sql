-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

create table organisation (
  id   varchar(100) primary key,
  kind varchar(20)  not null,
  name varchar(500) not null,
  constraint organisation_kind check (kind in ('provider', 'customer'))
);

-- Every uploaded version is kept; a ticket is measured against the version it was opened under.
create table guarantee (
  id          varchar(100) not null,
  version     integer      not null,
  provider_id varchar(100) not null references organisation (id),
  customer_id varchar(100) references organisation (id),
  yaml        text         not null,
  uploaded_at timestamp with time zone not null,
  primary key (id, version)
);

create table ticket (
  id                varchar(200) primary key,
  customer_id       varchar(100) references organisation (id),
  guarantee_id      varchar(100) not null,
  guarantee_version integer      not null,
  service           varchar(100) not null,
  type              varchar(20)  not null,
  severity          varchar(100),
  cause             varchar(100),
  created_at        timestamp with time zone not null,
  foreign key (guarantee_id, guarantee_version) references guarantee (id, version)
);

-- Append-only: seq keeps the order events were recorded in, which breaks ties at one instant.
create table timeline_event (
  ticket_id   varchar(200) not null references ticket (id),
  seq         integer      not null,
  at          timestamp with time zone not null,
  type        varchar(30)  not null,
  reason      varchar(500),
  recorded_at timestamp with time zone not null,
  primary key (ticket_id, seq)
);

create table idempotency (
  idempotency_key varchar(200) primary key,
  request_hash    char(64)     not null,
  status          integer      not null,
  response        text         not null,
  created_at      timestamp with time zone not null
);
