-- ART14-4: the practitioner credentials named on each open contract (rows leave when the contract completes or is
-- cancelled), so that "this credential on an open contract of another agency" is an index range look-up that skips
-- the agency's own contracts.
create table contract_credential (
    contract_id       uuid        not null,
    credential_number varchar(64) not null,
    agency_id         uuid        not null,
    primary key (contract_id, credential_number)
);
create index contract_credential_in_use on contract_credential (credential_number, agency_id, contract_id);
