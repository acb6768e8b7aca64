-- H2 only, as V4_1 for quotes: the document and event lists' default order (date ascending,
-- undated last) needs the date indexes with nulls last, or H2 sorts every row for each page; at
-- 100,000 documents the first page of GET /documents passed the 5 s statement limit.
drop index document_date;
create index document_date on document (date_earliest nulls last, date_latest nulls last, id);
drop index event_date;
create index event_date on event (date_earliest nulls last, date_latest nulls last, id);
