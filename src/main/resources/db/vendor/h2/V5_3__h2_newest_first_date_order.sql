-- H2 only, as V4_1 and V4_2 for the newest-first order (sort=-date: date descending, undated
-- last). Read backwards, those indexes give the undated rows first, so H2 sorted every row for
-- each page: at 1M quotes and 100,000 documents, GET /quotes?sort=-date and GET
-- /documents?sort=-date ran past the 5 s statement limit (503). PostgreSQL plans these sorts by
-- itself and gets no such index. Events are always dated: their index serves both orders.
create index quote_date_newest on quote (date_earliest desc nulls last, date_latest desc nulls last, id desc);
create index document_date_newest on document (date_earliest desc nulls last, date_latest desc nulls last, id desc);
