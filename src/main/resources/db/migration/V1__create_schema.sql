-- The archive's schema. Runs unchanged on H2 (in PostgreSQL mode) and PostgreSQL.
-- Dates carry their precision: every dated row stores the interval it is known to lie in
-- (earliest..latest, both inclusive), the precision of that knowledge (DAY, MONTH, YEAR),
-- whether it was inferred rather than stated, and the phrase it was inferred from.
-- Text offsets are Unicode code points, half-open [start_offset, end_offset).

create sequence topic_seq start with 1000 increment by 50;
create sequence organisation_seq start with 1000 increment by 50;
create sequence person_seq start with 1000 increment by 50;
create sequence event_seq start with 1000 increment by 50;
create sequence document_seq start with 1000 increment by 50;
create sequence quote_seq start with 1000 increment by 50;
create sequence annotation_seq start with 1000 increment by 50;

create table topic (
    id          bigint primary key,
    slug        varchar(100) not null unique,
    label       varchar(200) not null,
    description varchar(2000),
    parent_id   bigint references topic (id),
    version     bigint not null default 0
);

create table organisation (
    id          bigint primary key,
    slug        varchar(100) not null unique,
    name        varchar(300) not null,
    description varchar(2000),
    version     bigint not null default 0
);

create table organisation_name_variant (
    organisation_id bigint not null references organisation (id),
    ordinal         int not null,
    name            varchar(300) not null,
    normalized_name varchar(300) not null,
    language_tag    varchar(35) not null,
    variant_kind    varchar(40) not null,
    primary key (organisation_id, ordinal)
);

create table person (
    id             bigint primary key,
    slug           varchar(100) not null unique,
    canonical_name varchar(300) not null,
    description    varchar(2000),
    version        bigint not null default 0
);

-- language_tag is BCP 47 with its script subtag (ru-Latn, be-Cyrl, ...); variant_kind says what
-- the variant is (as printed in a source, a transliteration, the original-script spelling, a surname).
create table person_name_variant (
    person_id       bigint not null references person (id),
    ordinal         int not null,
    name            varchar(300) not null,
    normalized_name varchar(300) not null,
    language_tag    varchar(35) not null,
    variant_kind    varchar(40) not null,
    primary key (person_id, ordinal)
);

create table person_role (
    person_id         bigint not null references person (id),
    ordinal           int not null,
    title             varchar(500) not null,
    organisation_id   bigint references organisation (id),
    from_earliest     date,
    from_latest       date,
    from_precision    varchar(5),
    from_inferred     boolean,
    from_basis        varchar(500),
    to_earliest       date,
    to_latest         date,
    to_precision      varchar(5),
    to_inferred       boolean,
    to_basis          varchar(500),
    -- where the archive has the role from, e.g. the byline of a document
    source_note       varchar(500),
    primary key (person_id, ordinal)
);

create table event (
    id             bigint primary key,
    slug           varchar(150) not null unique,
    name           varchar(500) not null,
    event_kind     varchar(40) not null,
    description    varchar(2000),
    place          varchar(300),
    date_earliest  date not null,
    date_latest    date not null,
    date_precision varchar(5) not null,
    date_inferred  boolean,
    date_basis     varchar(500),
    version        bigint not null default 0,
    constraint event_date_order check (date_earliest <= date_latest)
);

create table event_person (
    event_id  bigint not null references event (id),
    person_id bigint not null references person (id),
    primary key (event_id, person_id)
);

create table event_organisation (
    event_id        bigint not null references event (id),
    organisation_id bigint not null references organisation (id),
    primary key (event_id, organisation_id)
);

create table event_topic (
    event_id bigint not null references event (id),
    topic_id bigint not null references topic (id),
    primary key (event_id, topic_id)
);

create table document (
    id             bigint primary key,
    slug           varchar(150) not null unique,
    title          varchar(500) not null,
    subtitle       varchar(1000),
    document_kind  varchar(40) not null,
    language_tag   varchar(35) not null,
    date_earliest  date,
    date_latest    date,
    date_precision varchar(5),
    date_inferred  boolean,
    date_basis     varchar(500),
    publisher      varchar(300),
    source_url     varchar(2000),
    text_sha256    varchar(64) not null,
    text_length    int not null,
    version        bigint not null default 0,
    constraint document_date_order check (date_earliest <= date_latest)
);

-- The text lives apart from the metadata so that listing documents never reads a speech body.
-- 1,000,000 code points is the largest text both databases store in a varchar.
create table document_text (
    document_id bigint primary key references document (id),
    full_text   varchar(1000000) not null
);


-- A section is a span of the text with its role in the layout (title, standfirst, pull quote,
-- body section under a heading, byline).
create table document_section (
    document_id   bigint not null references document (id),
    ordinal       int not null,
    section_kind  varchar(40) not null,
    heading       varchar(500),
    start_offset  int not null,
    end_offset    int not null,
    primary key (document_id, ordinal),
    constraint document_section_span check (0 <= start_offset and start_offset < end_offset)
);

-- Authors as the byline prints them: the name as printed and the position the byline states.
create table document_author (
    document_id  bigint not null references document (id),
    ordinal      int not null,
    person_id    bigint not null references person (id),
    byline_name  varchar(300) not null,
    byline_role  varchar(1000),
    author_role  varchar(40) not null,
    primary key (document_id, ordinal)
);

create table document_topic (
    document_id bigint not null references document (id),
    topic_id    bigint not null references topic (id),
    primary key (document_id, topic_id)
);

-- A quote's speaker is a person, an organisation, a group the text names without identifying
-- anyone ("certain political experts"), or nobody the text names (UNATTRIBUTED).
-- attribution keeps the source's own wording beside the resolved speaker.
create table quote (
    id                      bigint primary key,
    document_id             bigint not null references document (id),
    quote_text              varchar(4000) not null,
    quote_kind              varchar(40) not null,
    speaker_kind            varchar(20) not null,
    speaker_person_id       bigint references person (id),
    speaker_organisation_id bigint references organisation (id),
    speaker_label           varchar(300),
    attribution             varchar(1000),
    event_id                bigint references event (id),
    date_earliest           date,
    date_latest             date,
    date_precision          varchar(5),
    date_inferred           boolean,
    date_basis              varchar(500),
    version                 bigint not null default 0,
    constraint quote_date_order check (date_earliest <= date_latest),
    constraint quote_speaker check (
        (speaker_kind = 'PERSON' and speaker_person_id is not null and speaker_organisation_id is null)
        or (speaker_kind = 'ORGANISATION' and speaker_organisation_id is not null and speaker_person_id is null)
        or (speaker_kind = 'GROUP' and speaker_label is not null and speaker_person_id is null and speaker_organisation_id is null)
        or (speaker_kind = 'UNATTRIBUTED' and speaker_person_id is null and speaker_organisation_id is null))
);

create table quote_occurrence (
    quote_id     bigint not null references quote (id),
    ordinal      int not null,
    start_offset int not null,
    end_offset   int not null,
    primary key (quote_id, ordinal),
    constraint quote_occurrence_span check (0 <= start_offset and start_offset < end_offset)
);

create table quote_topic (
    quote_id bigint not null references quote (id),
    topic_id bigint not null references topic (id),
    primary key (quote_id, topic_id)
);

-- An annotation on a span of a document's text. Figures the text states as facts are
-- annotations with motivation 'describing' and a structured claim (quantity, comparator, unit,
-- and the period the figure is about).
create table annotation (
    id               bigint primary key,
    document_id      bigint not null references document (id),
    motivation       varchar(40) not null,
    start_offset     int not null,
    end_offset       int not null,
    exact_text       varchar(4000) not null,
    body             varchar(4000),
    claim_quantity   decimal(30, 6),
    claim_comparator varchar(20),
    claim_unit       varchar(40),
    date_earliest    date,
    date_latest      date,
    date_precision   varchar(5),
    date_inferred    boolean,
    date_basis       varchar(500),
    topic_id         bigint references topic (id),
    version          bigint not null default 0,
    constraint annotation_span check (0 <= start_offset and start_offset < end_offset)
);
