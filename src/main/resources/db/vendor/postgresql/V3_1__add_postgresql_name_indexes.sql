-- PostgreSQL only, because H2 has neither trigram indexes nor indexes on expressions:
-- - /people?q= and /organisations?q= match any part of a name (LIKE '%...%'), which a B-tree
--   cannot serve; a trigram GIN index can. pg_trgm is a trusted extension (PostgreSQL 13+), so
--   the owner of the database may create it.
-- - speaker=<group wording> compares lower(speaker_label).
create extension if not exists pg_trgm;

create index person_name_variant_trigram on person_name_variant using gin (normalized_name gin_trgm_ops);
create index organisation_name_variant_trigram on organisation_name_variant using gin (normalized_name gin_trgm_ops);
create index quote_speaker_label_lower on quote (lower(speaker_label));
