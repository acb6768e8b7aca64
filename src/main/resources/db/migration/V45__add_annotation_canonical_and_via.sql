-- The W3C Web Annotation Protocol keeps an annotation's canonical IRI unchanged and the
-- IRI it had elsewhere as via.
alter table annotation add column canonical varchar(2000);
alter table annotation add column via varchar(2000);
