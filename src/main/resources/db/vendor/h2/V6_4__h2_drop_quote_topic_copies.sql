-- H2 only. PostgreSQL is the one database tuned for archive scale (ADR 0013): H2 no longer keeps
-- quote_topic's copies of the quote's speaker and dates (V5, V5_1), and the quote list never reads
-- them on H2. The columns stay, because the entity that PostgreSQL reads them through maps them,
-- but they are emptied rather than left right for some rows and stale for others.
drop trigger quote_topic_copy_quote;
drop trigger quote_copy_to_topics;
drop index quote_topic_speaker_date;
update quote_topic set speaker_person_id = null, date_earliest = null, date_latest = null;

-- Newest first now reads the dated quotes and then the undated on H2 too (V5_3 made this index for
-- one statement in that order).
drop index quote_date_newest;
