-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- Who is told: per organisation, an email address (with the language of its mails and, optionally,
-- the working hours warnings wait for) or a webhook (with the secret its requests are signed with).
-- zone: where the recipient reads times: the calendar's zone when it has one; if null, the
-- guarantee's zone.
-- escalation_minutes: 0 = told at once; N = told of a breach only if its breach case is still not
-- acknowledged N minutes after the breach.
create table notice_recipient (
  id                 varchar(36)   primary key,
  organisation_id    varchar(100)  not null references organisation (id),
  channel            varchar(10)   not null,
  address            varchar(1000) not null,
  locale             varchar(10)   not null,
  zone               varchar(60),
  calendar_yaml      text,
  secret             varchar(200),
  warnings           boolean       not null,
  breaches           boolean       not null,
  escalation_minutes integer       not null,
  created_at         timestamp with time zone not null,
  constraint notice_recipient_channel check (channel in ('email', 'webhook'))
);
create index notice_recipient_organisation on notice_recipient (organisation_id);

-- The instants a ticket's clocks cross a warning percentage or breach, replaced whenever its
-- timeline changes. pending_at is the instant the row falls due, and null once handled, so the
-- index on it holds only work still to do. A node claims a row by setting claimed_by and
-- claimed_until with a conditional update only one node can win; a node that dies leaves the lease
-- to expire. recipient_id is '' except for escalations, which are for one recipient.
create table scheduled_notice (
  id            varchar(36)  primary key,
  ticket_id     varchar(200) not null references ticket (id),
  commitment_id varchar(100) not null,
  cycle         integer      not null,
  kind          varchar(10)  not null,
  percent       integer      not null,
  recipient_id  varchar(36)  not null,
  at            timestamp with time zone not null,
  pending_at    timestamp with time zone,
  claimed_by    varchar(200),
  claimed_until timestamp with time zone,
  handled_at    timestamp with time zone,
  outcome       varchar(10),
  constraint scheduled_notice_kind check (kind in ('warning', 'breach', 'escalation')),
  constraint scheduled_notice_once unique (ticket_id, commitment_id, cycle, kind, percent,
                                           recipient_id)
);
create index scheduled_notice_pending on scheduled_notice (pending_at);

-- The timeout-handling record a breach opens.
create table breach_case (
  id                varchar(36)  primary key,
  ticket_id         varchar(200) not null references ticket (id),
  customer_id       varchar(100) references organisation (id),
  commitment_id     varchar(100) not null,
  cycle             integer      not null,
  breached_at       timestamp with time zone not null,
  cause             varchar(2000),
  customer_notice   text,
  corrective_action varchar(4000),
  action_owner      varchar(200),
  status            varchar(10)  not null,
  opened_at         timestamp with time zone not null,
  acknowledged_at   timestamp with time zone,
  closed_at         timestamp with time zone,
  constraint breach_case_status check (status in ('open', 'closed')),
  constraint breach_case_once unique (ticket_id, commitment_id, cycle)
);
create index breach_case_customer on breach_case (customer_id);

-- Notices on their way out: written in the transaction that decided to send them, then sent by
-- whichever node claims them. next_attempt_at is null once sent or failed (the index holds only
-- work still to do).
create table outbox (
  id              varchar(36)   primary key,
  recipient_id    varchar(36)   not null,
  organisation_id varchar(100)  not null,
  ticket_id       varchar(200)  not null,
  kind            varchar(10)   not null,
  channel         varchar(10)   not null,
  address         varchar(1000) not null,
  subject         varchar(1000) not null,
  body            text          not null,
  status          varchar(10)   not null,
  attempts        integer       not null,
  next_attempt_at timestamp with time zone,
  claimed_by      varchar(200),
  claimed_until   timestamp with time zone,
  last_error      varchar(2000),
  created_at      timestamp with time zone not null,
  sent_at         timestamp with time zone,
  constraint outbox_status check (status in ('pending', 'sent', 'failed'))
);
create index outbox_next_attempt on outbox (next_attempt_at);
create index outbox_organisation on outbox (organisation_id);
