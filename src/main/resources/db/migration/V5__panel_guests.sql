-- A panel seat for someone who is not a member of staff (Dudley: a Children in Care Council representative,
-- DUD-SSW-06): their name as the panel administrator typed it, never a login.
create table swp_panel_guest (
  sitting_id       varchar(36)  not null references swp_panel_sitting (id),
  seat_id          varchar(64)  not null,
  guest_name       varchar(200) not null,
  primary key (sitting_id, seat_id)
);
