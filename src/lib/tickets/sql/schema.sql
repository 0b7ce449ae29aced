-- The normalised tickets table every KPI query reads (also written as Parquet, one row per
-- ticket, with its tags in ticket_tags beside it). Times are UTC; *_day columns are local calendar days in the import's time zone;
-- created_epoch is seconds since 1970 (UTC). Durations are minutes; *_business_* columns come
-- only from the system's own business-hours fields.
CREATE TABLE tickets (
  ticket_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  channel VARCHAR NOT NULL,
  via VARCHAR,
  requester VARCHAR,
  created_at TIMESTAMP NOT NULL,
  created_epoch BIGINT NOT NULL,
  created_day DATE NOT NULL,
  solved_at TIMESTAMP,
  solved_day DATE,
  status VARCHAR,
  first_reply_minutes DOUBLE,
  first_reply_business_minutes DOUBLE,
  full_resolution_minutes DOUBLE,
  full_resolution_business_minutes DOUBLE,
  reopens INTEGER,
  reassignments INTEGER,
  sla_met BOOLEAN,
  satisfied BOOLEAN,
  replies INTEGER,
  category VARCHAR
);
-- One row per ticket and tag (the loading step splits the export's tags cell, so no SQL dialect's
-- string splitting is needed); created_day repeats the ticket's, so counting needs no join.
CREATE TABLE ticket_tags (
  ticket_id VARCHAR NOT NULL,
  created_day DATE NOT NULL,
  tag VARCHAR NOT NULL
);
CREATE TABLE calendar (
  kind VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  day DATE NOT NULL,
  end_day DATE NOT NULL
);
CREATE TABLE params (
  name VARCHAR NOT NULL,
  value DOUBLE NOT NULL
);
