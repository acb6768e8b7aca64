-- A corpus large enough for PostgreSQL's planner to prefer indexes: 5,000 people with 4 name
-- variants each, 10,000 documents, 2,000 events, 100,000 quotes with 2 topics each. Values are
-- derived from the row number, so every run generates the same data.
insert into person (id, slug, canonical_name)
select 1000 + g, 'person-' || g, 'Person ' || g from generate_series(1, 5000) g;

insert into person_name_variant (person_id, ordinal, name, normalized_name, language_tag, variant_kind)
select 1000 + g, k, 'Person ' || g || ' variant ' || k, 'person ' || g || ' variant ' || k, 'en', 'TRANSLITERATION'
from generate_series(1, 5000) g, generate_series(0, 3) k;

insert into document (id, slug, title, document_kind, language_tag, date_earliest, date_latest, date_precision,
                      text_sha256, text_length)
select 1000 + g, 'document-' || g, 'Document ' || g, 'SPEECH', 'en',
       date '1990-01-01' + (g * 7919 % 13000), date '1990-01-01' + (g * 7919 % 13000), 'DAY',
       md5(g::text) || md5((-g)::text), 20000
from generate_series(1, 10000) g;

insert into document_topic (document_id, topic_id)
select 1000 + g, 1 + g % 14 from generate_series(1, 10000) g;

insert into event (id, slug, name, event_kind, date_earliest, date_latest, date_precision)
select 1000 + g, 'event-' || g, 'Event ' || g, 'SPEECH',
       date '1990-01-01' + (g * 104729 % 13000), date '1990-01-01' + (g * 104729 % 13000), 'DAY'
from generate_series(1, 2000) g;

insert into event_person (event_id, person_id)
select 1000 + g, 1000 + 1 + (g * 31 % 5000) from generate_series(1, 2000) g;

insert into event_topic (event_id, topic_id)
select 1000 + g, 1 + g % 14 from generate_series(1, 2000) g;

-- Speakers drawn Zipf-like: the first people speak far more often than the last.
insert into quote (id, document_id, quote_text, quote_kind, speaker_kind, speaker_person_id, event_id,
                   date_earliest, date_latest, date_precision)
select 1000 + g, 1000 + 1 + (g % 10000), 'Quoted words number ' || g, 'DIRECT', 'PERSON',
       1000 + 1 + floor(5000 * power(((g * 2654435761) % 4294967296) / 4294967296.0, 3))::int,
       case when g % 5 = 0 then 1000 + 1 + (g % 2000) end,
       date '1990-01-01' + (g * 7919 % 13000), date '1990-01-01' + (g * 7919 % 13000), 'DAY'
from generate_series(1, 100000) g;

insert into quote_topic (quote_id, topic_id)
select 1000 + g, 1 + g % 14 from generate_series(1, 100000) g
union all
select 1000 + g, 1 + (g / 14) % 14 from generate_series(1, 100000) g where (g / 14) % 14 <> g % 14;

analyze;
