-- Indexes for the list filters and the joins behind them. Plain B-tree indexes, the same on H2
-- and PostgreSQL; PostgreSQL-only ones live in db/vendor/postgresql.
-- Date filters compare date_earliest <= :to and date_latest >= :from and lists sort by
-- (date_earliest, date_latest, id), so the date indexes lead with date_earliest.

-- quotes: by speaker (usually with a date range and in date order), document, event, date
create index quote_speaker_person_date on quote (speaker_person_id, date_earliest, date_latest);
create index quote_speaker_organisation_date on quote (speaker_organisation_id, date_earliest, date_latest);
create index quote_document on quote (document_id);
create index quote_event on quote (event_id);
create index quote_date on quote (date_earliest, date_latest, id);
-- the primary keys of the tag tables lead with the item; topic filters come from the other side
create index quote_topic_topic on quote_topic (topic_id, quote_id);

create index document_date on document (date_earliest, date_latest, id);
create index document_topic_topic on document_topic (topic_id, document_id);
create index document_author_person on document_author (person_id, document_id);

create index event_date on event (date_earliest, date_latest, id);
create index event_topic_topic on event_topic (topic_id, event_id);
create index event_person_person on event_person (person_id, event_id);
create index event_organisation_organisation on event_organisation (organisation_id, event_id);

-- speaker, author and participant filters resolve names by exact normalised variant
create index person_name_variant_normalized on person_name_variant (normalized_name);
create index organisation_name_variant_normalized on organisation_name_variant (normalized_name);

create index topic_parent on topic (parent_id);
create index annotation_document on annotation (document_id, start_offset);
create index person_role_organisation on person_role (organisation_id);
