-- The working-day calendar as contract-service (its one owner) publishes it on contract.calendar: the response
-- window of a suspected finding is counted on it (issue 14), not on a Monday-to-Friday approximation.
create table calendar_year (
    year         int primary key,
    source       varchar(300),
    published_at timestamptz not null
);
create table calendar_day (
    day     date primary key,
    working boolean not null,
    name    varchar(50)
);
