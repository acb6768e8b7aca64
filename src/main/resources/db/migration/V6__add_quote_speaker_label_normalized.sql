-- speaker=<group wording> finds a group's quotes whatever the case, accents and punctuation,
-- as a person is found by any spelling: the filter compares the wording normalised as names
-- are (Names.normalize). Neither database can compute that normaliser, so the application
-- writes the column with every quote, and migration 6.1 (GroupWordingMigration, Java) fills
-- it for the quotes already stored. A plain column, so H2 gets the index too; it replaces
-- PostgreSQL's index on lower(speaker_label).
alter table quote add column speaker_label_normalized varchar(300);

create index quote_speaker_label_normalized on quote (speaker_label_normalized);

drop index if exists quote_speaker_label_lower;
