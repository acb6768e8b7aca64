-- Keeps quote_topic's copies of the quote's speaker and dates (V5) in step with the quote.

-- A topic row takes the quote's values when it is written. The quote row is there already:
-- Hibernate inserts an entity before its collections, and updates it before them too.
create function quote_topic_copy_quote() returns trigger language plpgsql as $$
begin
    select q.speaker_person_id, q.date_earliest, q.date_latest
      into new.speaker_person_id, new.date_earliest, new.date_latest
      from quote q where q.id = new.quote_id;
    return new;
end
$$;

create trigger quote_topic_copy_quote before insert or update of quote_id on quote_topic
    for each row execute function quote_topic_copy_quote();

-- A quote whose speaker or dates change passes them on to its topic rows.
create function quote_copy_to_topics() returns trigger language plpgsql as $$
begin
    update quote_topic
       set speaker_person_id = new.speaker_person_id, date_earliest = new.date_earliest,
           date_latest = new.date_latest
     where quote_id = new.id;
    return null;
end
$$;

create trigger quote_copy_to_topics after update of speaker_person_id, date_earliest, date_latest on quote
    for each row
    when (old.speaker_person_id is distinct from new.speaker_person_id
          or old.date_earliest is distinct from new.date_earliest
          or old.date_latest is distinct from new.date_latest)
    execute function quote_copy_to_topics();
