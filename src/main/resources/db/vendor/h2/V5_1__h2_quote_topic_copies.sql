-- Keeps quote_topic's copies of the quote's speaker and dates (V5) in step with the quote, as
-- PostgreSQL's triggers do (postgresql/V5_1); H2 triggers are Java classes.
create trigger quote_topic_copy_quote before insert, update on quote_topic
    for each row call 'org.verbatim.quote.QuoteTopicCopies$OnTopicRow';
create trigger quote_copy_to_topics after update on quote
    for each row call 'org.verbatim.quote.QuoteTopicCopies$OnQuoteUpdate';
