-- H2 only. H2 orders nulls low, so the date index of V3 (nulls first) cannot serve the quote lists'
-- default order, date ascending with undated quotes last: H2 sorted every quote for each page (over
-- 5 s at 200,000 quotes). PostgreSQL's index already has nulls last, as the lists want.
drop index quote_date;
create index quote_date on quote (date_earliest nulls last, date_latest nulls last, id);
