# bench/run.sh: the corpus loaded through POST /api/v1/import (search indexing included: it
# happens on commit, and the import answers once everything is indexed).

# Imports the corpus and counts what is then in place. Sets IMPORTED (true or false),
# IMPORT_SECONDS, DPS and QPS (documents and quotes a second), DOCUMENTS_LOADED, QUOTES_LOADED.
import_step() {
  IMPORTED=false IMPORT_SECONDS=? DPS=? QPS=?
  if import_corpus; then
    IMPORTED=true
    DPS=$(calc '%.0f' 'n / s' n="$IMPORTED_DOCUMENTS" s="$IMPORT_SECONDS")
    QPS=$(calc '%.0f' 'n / s' n="$IMPORTED_QUOTES" s="$IMPORT_SECONDS")
    log "import: $IMPORTED_DOCUMENTS documents, $IMPORTED_QUOTES quotes in $IMPORT_SECONDS s: $DPS documents/s, $QPS quotes/s"
  fi
  DOCUMENTS_LOADED=$(total_items '/api/v1/documents?size=1')
  QUOTES_LOADED=$(total_items '/api/v1/quotes?size=1')
}

# Posts the corpus; sets IMPORTED_DOCUMENTS, IMPORTED_QUOTES (what the lists count after it, less
# the seeded data) and IMPORT_SECONDS. Fails if a line failed or the answer does not end "done".
import_corpus() {
  local answer=$DIR/import-answer.ndjson code seconds documents_before quotes_before
  documents_before=$(total_items '/api/v1/documents?size=1')
  quotes_before=$(total_items '/api/v1/quotes?size=1')
  log "Importing $CORPUS_LINES documents ..."
  # --upload-file streams the file (--data-binary @file would read all of it into memory first);
  # with -X POST and no Expect header the request is the same POST with a Content-Length.
  run_child curl -sS -X POST --upload-file "$CORPUS" -H 'Expect:' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    -o "$answer" -w '%{http_code} %{time_total}\n' "$BASE/api/v1/import" >"$DIR/import-status" || true
  read -r code seconds <"$DIR/import-status" || true
  if [[ ${code:-000} == 000 ]]; then
    fail "$DB: POST /api/v1/import: no answer (connection failed or closed)"
    return 1
  fi
  if [[ $code == 404 || $code == 405 ]]; then
    fail "$DB: POST /api/v1/import answered $code: this build has no bulk import endpoint yet, so the corpus cannot be loaded (the rest runs on the seeded data only)"
    return 1
  fi
  if [[ $code != 200 ]]; then
    fail "$DB: POST /api/v1/import answered $code: $(head -c 500 "$answer")"
    return 1
  fi
  local last lines created failed
  last=$(tail -n 1 "$answer")
  # Numbers of the final line, whatever the spacing of its JSON.
  number() { grep -o "\"$1\" *: *[0-9]*" <<<"$last" | grep -o '[0-9]*$' || true; }
  lines=$(number lines)
  created=$(number created)
  failed=$(number failed)
  if ! grep -q '"status" *: *"done"' <<<"$last"; then
    fail "$DB: the import answer does not end with a done line: $(head -c 300 <<<"$last")"
    return 1
  fi
  if [[ $lines != "$CORPUS_LINES" || $failed != 0 ]]; then
    fail "$DB: the import read $lines of $CORPUS_LINES lines, created $created, failed $failed; first failures:"
    grep '"status" *: *"failed"' "$answer" | head -n 3 | cut -c1-400 | sed 's/^/    /' | tee -a "$REPORT" >&2
  fi
  IMPORT_SECONDS=$seconds
  IMPORTED_DOCUMENTS=$(calc '%d' 'a - b' a="$(total_items '/api/v1/documents?size=1')" b="$documents_before")
  IMPORTED_QUOTES=$(calc '%d' 'a - b' a="$(total_items '/api/v1/quotes?size=1')" b="$quotes_before")
  return 0
}
