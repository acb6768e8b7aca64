-- PostgreSQL, as H2's V5_3: the document list newest first (sort=-date: date descending,
-- undated last). Read backwards, document_date gives the undated documents first, so
-- PostgreSQL read and sorted every document for each page: 100-170 ms at 100,000 documents,
-- growing with the archive. Quotes take their newest-first ids in two statements instead
-- (QuoteListQuery), which spares a million-row table a second date index; documents are a
-- tenth as many.
create index document_date_newest on document (date_earliest desc nulls last, date_latest desc nulls last, id desc);
