-- The organisation model of design.md: the 25 Veiligheidshuis regions (Camunda tenants) and the
-- partner and governance groups (Camunda groups). The engine's identity tables are synchronised
-- from these tables at start-up (organisation.OrganisationSynchroniser).

create table vh_region (
    id                varchar(64)  not null primary key,
    name              varchar(128) not null,
    seat_municipality varchar(128) not null
);

create table vh_partner_group (
    id          varchar(64)  not null primary key,
    name        varchar(128) not null,
    ring        varchar(32)  not null,
    chain       varchar(32),
    has_tenant  boolean      not null,
    constraint ck_partner_group_ring check (ring in ('CORE_STAFF', 'KEY_PARTNER', 'FLEXIBLE_SHELL', 'GOVERNANCE')),
    constraint ck_partner_group_chain check (chain is null or chain in ('CRIMINAL_JUSTICE', 'CARE', 'MUNICIPAL'))
);

insert into vh_region (id, name, seat_municipality) values
    ('groningen', 'Groningen', 'Groningen'),
    ('fryslan', 'Fryslân', 'Leeuwarden'),
    ('drenthe', 'Drenthe', 'Assen'),
    ('ijsselland', 'IJsselland', 'Zwolle'),
    ('twente', 'Twente', 'Enschede'),
    ('noord-oost-gelderland', 'Noord- en Oost-Gelderland', 'Apeldoorn'),
    ('gelderland-midden', 'Gelderland-Midden', 'Arnhem'),
    ('gelderland-zuid', 'Gelderland-Zuid', 'Nijmegen'),
    ('utrecht', 'Utrecht', 'Utrecht'),
    ('noord-holland-noord', 'Noord-Holland Noord', 'Alkmaar'),
    ('zaanstreek-waterland', 'Zaanstreek-Waterland', 'Zaanstad'),
    ('kennemerland', 'Kennemerland', 'Haarlem'),
    ('amsterdam-amstelland', 'Amsterdam-Amstelland', 'Amsterdam'),
    ('gooi-vechtstreek', 'Gooi en Vechtstreek', 'Hilversum'),
    ('haaglanden', 'Haaglanden', 'Den Haag'),
    ('hollands-midden', 'Hollands Midden', 'Leiden'),
    ('rotterdam-rijnmond', 'Rotterdam-Rijnmond', 'Rotterdam'),
    ('zuid-holland-zuid', 'Zuid-Holland Zuid', 'Dordrecht'),
    ('zeeland', 'Zeeland', 'Middelburg'),
    ('midden-west-brabant', 'Midden- en West-Brabant', 'Tilburg'),
    ('brabant-noord', 'Brabant-Noord', '''s-Hertogenbosch'),
    ('brabant-zuidoost', 'Brabant-Zuidoost', 'Eindhoven'),
    ('limburg-noord', 'Limburg-Noord', 'Venlo'),
    ('zuid-limburg', 'Zuid-Limburg', 'Maastricht'),
    ('flevoland', 'Flevoland', 'Lelystad');

-- chain: the criminal-justice, care or municipal chain a partner belongs to (null for core staff and
-- governance); rvdk works in criminal justice and youth: its primary chain is criminal justice.
insert into vh_partner_group (id, name, ring, chain, has_tenant) values
    ('procesregie', 'Procesregie Veiligheidshuis', 'CORE_STAFF', null, true),
    ('vh-manager', 'Manager Veiligheidshuis', 'CORE_STAFF', null, true),
    ('gemeente', 'Gemeente', 'KEY_PARTNER', 'MUNICIPAL', true),
    ('om', 'Openbaar Ministerie', 'KEY_PARTNER', 'CRIMINAL_JUSTICE', true),
    ('politie', 'Politie', 'KEY_PARTNER', 'CRIMINAL_JUSTICE', true),
    ('reclassering', 'Reclassering (3RO)', 'KEY_PARTNER', 'CRIMINAL_JUSTICE', true),
    ('dji', 'Dienst Justitiële Inrichtingen', 'KEY_PARTNER', 'CRIMINAL_JUSTICE', true),
    ('rvdk', 'Raad voor de Kinderbescherming', 'KEY_PARTNER', 'CRIMINAL_JUSTICE', true),
    ('jeugdzorg', 'Jeugdzorg', 'KEY_PARTNER', 'CARE', true),
    ('ggz', 'GGZ en verslavingszorg', 'KEY_PARTNER', 'CARE', true),
    ('gehandicaptenzorg', 'Gehandicaptenzorg (incl. LVB)', 'KEY_PARTNER', 'CARE', true),
    ('woningcorporatie', 'Woningcorporatie', 'FLEXIBLE_SHELL', 'MUNICIPAL', true),
    ('leerplicht', 'Leerplicht', 'FLEXIBLE_SHELL', 'MUNICIPAL', true),
    ('uwv', 'UWV', 'FLEXIBLE_SHELL', 'MUNICIPAL', true),
    ('maatschappelijk-werk', 'Maatschappelijk werk', 'FLEXIBLE_SHELL', 'CARE', true),
    ('tactisch-overleg', 'Tactisch overleg', 'GOVERNANCE', null, true),
    ('stuurgroep', 'Regionale stuurgroep', 'GOVERNANCE', null, true),
    ('landelijk-overleg', 'Landelijk overleg', 'GOVERNANCE', null, false);
