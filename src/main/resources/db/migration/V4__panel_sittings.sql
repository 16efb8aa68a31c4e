-- Panels that sit on dates (panels/): an authority's calendar of sittings, who sits in each seat, and
-- the applications listed for each sitting. panel_id names the panel in authorities/<tenant>.yaml.
create table swp_panel_sitting (
  id               varchar(36)  not null primary key,
  tenant_id        varchar(64)  not null,
  panel_id         varchar(64)  not null,
  sits_on          date         not null,
  starts_at        varchar(5)   not null,
  place            varchar(300),
  online_link      varchar(500),
  -- The last day on which an application may join: until the end of it, UK time.
  submit_by        date         not null,
  created_by       varchar(64)  not null,
  created_at       timestamp    not null,
  changed_by       varchar(64),
  changed_at       timestamp
);
create index swp_panel_sitting_calendar on swp_panel_sitting (tenant_id, panel_id, sits_on);

create table swp_panel_seat (
  sitting_id       varchar(36)  not null references swp_panel_sitting (id),
  seat_id          varchar(64)  not null,
  user_id          varchar(64)  not null,
  primary key (sitting_id, seat_id)
);

-- An application listed for a sitting. One that misses the cut-off, or whose portfolio goes back, is
-- listed for a later sitting and the earlier row says so (status moved), so the calendar keeps its history.
create table swp_panel_listing (
  sitting_id       varchar(36)  not null references swp_panel_sitting (id),
  application_id   varchar(64)  not null,
  tenant_id        varchar(64)  not null,
  applicant        varchar(64)  not null,
  listed_at        timestamp    not null,
  status           varchar(16)  not null,
  decision         varchar(64),
  decided_by       varchar(64),
  decided_at       timestamp,
  primary key (sitting_id, application_id)
);
create index swp_panel_listing_application on swp_panel_listing (application_id);
