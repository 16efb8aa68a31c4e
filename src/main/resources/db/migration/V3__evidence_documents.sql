-- Documents kept with an application: evidence a person attached at a step, and the letters the
-- application sent. application_id is the Camunda process instance id; tenant_id the authority.
-- Deleted only when the application's history is deleted at the end of its retention period.
create table swp_document (
  id               varchar(36)  not null primary key,
  tenant_id        varchar(64)  not null,
  application_id   varchar(64)  not null,
  kind             varchar(16)  not null,
  step_id          varchar(255) not null,
  step_name        varchar(255) not null,
  task_id          varchar(64),
  file_name        varchar(255) not null,
  media_type       varchar(128) not null,
  size_bytes       bigint       not null,
  sha256           varchar(64)  not null,
  content          bytea        not null,
  added_by         varchar(64)  not null,
  added_at         timestamp    not null
);
create index swp_document_application on swp_document (application_id);

-- Evidence frozen for an appeal: from then on nothing is added to or removed from the application.
create table swp_evidence_freeze (
  application_id   varchar(64)  not null primary key,
  tenant_id        varchar(64)  not null,
  frozen_at        timestamp    not null,
  step_name        varchar(255) not null,
  rule             varchar(64)
);
