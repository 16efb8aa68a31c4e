-- Mail waiting to go out (the outbox): a notification is written here in the same transaction as the
-- step that sends it, so mail goes out if and only if the step commits, and is retried until sent.
-- One file for H2 and PostgreSQL: H2 reads bytea as an alias of varbinary, and both have
-- "timestamp with time zone" and varchar without a length.
create table mail_outbox (
  id                  varchar(36)   not null primary key,
  tenant_id           varchar(64),
  process_instance_id varchar(64),
  recipients          varchar       not null, -- addresses, one a line
  subject             varchar(1000) not null,
  body                varchar       not null, -- the text as sent, footer included
  created_at          timestamp with time zone not null,
  attempts            integer       default 0 not null,
  next_attempt_at     timestamp with time zone not null,
  locked_until        timestamp with time zone, -- a node is sending it until then (its claim)
  lock_owner          varchar(200),
  sent_at             timestamp with time zone, -- null while it waits
  last_error          varchar(2000)
);
create index mail_outbox_due on mail_outbox (next_attempt_at);

create table mail_outbox_attachment (
  mail_id       varchar(36)  not null references mail_outbox (id) on delete cascade,
  attachment_no integer      not null,
  file_name     varchar(255) not null,
  media_type    varchar(255) not null,
  content       bytea        not null,
  primary key (mail_id, attachment_no)
);
