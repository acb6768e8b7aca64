# bench/run.sh: the corpus (made once per size and seed, kept in bench/tmp) and the request lists.

# Sets CORPUS, SAMPLES (requests that find something in it) and CORPUS_LINES.
make_corpus() {
  CORPUS=$ROOT/bench/tmp/corpus-$DOCUMENTS-$SEED.ndjson
  SAMPLES=$ROOT/bench/tmp/corpus-$DOCUMENTS-$SEED.samples.tsv
  if [[ ! -s $CORPUS || ! -s $SAMPLES || -n $(find bench/corpus -name '*.java' -newer "$CORPUS" -print -quit) ]]; then
    echo "Generating $DOCUMENTS documents (seed $SEED) ..."
    bench/corpus.sh --documents "$DOCUMENTS" --seed "$SEED" --out "$CORPUS.part" --samples "$SAMPLES"
    mv "$CORPUS.part" "$CORPUS"
  fi
  CORPUS_LINES=$(wc -l <"$CORPUS")
}

# Without the corpus (its import failed), the loads ask for the seeded data.
SEEDED_FILTER='/api/v1/quotes?speaker=lukashenko&from=2020&to=2025&topic=politics&size=20
/api/v1/quotes?speaker=Alyaksandr+Lukashenka&from=2023&to=2023&topic=integration&size=20
/api/v1/quotes?speaker=%D0%9B%D1%83%D0%BA%D0%B0%D1%88%D0%B5%D0%BD%D0%BA%D0%BE&from=2021&to=2025&topic=energy&size=20
/api/v1/quotes?speaker=vladimir-putin&from=2020&to=2025&topic=politics&size=20'
SEEDED_DOCUMENT='/api/v1/documents/the-only-correct-decision'
SEEDED_PEOPLE='/api/v1/people?q=lukash
/api/v1/people?q=%D0%9B%D1%83%D0%BA%D0%B0%D1%88%D0%B5%D0%BD%D0%BA%D0%BE
/api/v1/people?q=Shpakovsky'
SEEDED_SEARCH='/api/v1/search?q=electricity
/api/v1/search?q=%22Union+State%22
/api/v1/search?q=incomes+OR+peace'

# Writes $DIR/list-<kind>.txt for each load: requests that find something in the corpus, or the
# seeded data without it; checks that each answers 200 and finds something; then the ETag of each
# of the first 200 documents, for the conditional requests (list-revalidate.txt).
request_lists() {
  local kind path answer etag
  if $IMPORTED; then
    for kind in filter document people search; do
      awk -F'\t' -v k="$kind" '$1 == k { print $2 }' "$SAMPLES" >"$DIR/list-$kind.txt"
    done
  else
    log "(no corpus loaded: every request below runs on the seeded document only)"
    printf '%s\n' "$SEEDED_FILTER" >"$DIR/list-filter.txt"
    printf '%s\n' "$SEEDED_DOCUMENT" >"$DIR/list-document.txt"
    printf '%s\n' "$SEEDED_PEOPLE" >"$DIR/list-people.txt"
    printf '%s\n' "$SEEDED_SEARCH" >"$DIR/list-search.txt"
  fi
  echo /api/v1/ping >"$DIR/list-ping.txt"
  for kind in ping filter document people search; do
    path=$(head -n 1 "$DIR/list-$kind.txt")
    answer=$(curl -s --max-time 30 -w '\n%{http_code}' "$BASE$path" || true)
    if [[ ${answer##*$'\n'} != 200 ]]; then
      fail "$DB: $path answered ${answer##*$'\n'}: $(head -c 300 <<<"$answer")"
    elif [[ $answer == *'"totalItems":0'* ]]; then
      fail "$DB: $path finds nothing"
    fi
  done
  : >"$DIR/list-revalidate.txt"
  while IFS= read -r path; do
    etag=$(curl -s -o /dev/null -D - --max-time 30 "$BASE$path" | tr -d '\r' | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print; exit }')
    [[ -n $etag ]] && printf '%s\t%s\n' "$path" "$etag" >>"$DIR/list-revalidate.txt"
  done < <(head -n 200 "$DIR/list-document.txt")
  if [[ ! -s $DIR/list-revalidate.txt ]]; then
    fail "$DB: GET $(head -n 1 "$DIR/list-document.txt") has no ETag header, so 304 revalidation cannot be measured"
  fi
  cp "$DIR/list-filter.txt" "$DIR/list-filter1.txt"
  cp "$DIR/list-ping.txt" "$DIR/list-ping-again.txt"
}
