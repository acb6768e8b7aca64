# bench/run.sh: the report of one database. bench/results/<stamp>-<db>.txt as it goes, and the
# .json summary at the end; docs/PERFORMANCE.md and CI read both, so their lines and fields stay.

# The report's header: what ran, on what.
machine() {
  echo "date:      $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "commit:    $COMMIT$COMMIT_NOTE"
  echo "machine:   $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory"
  echo "java:      $(java -version 2>&1 | head -n 1); options: $JAVA_OPTS_BENCH"
  echo "start-up:  $CDS_NOTE"
  echo "wrk:       $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s measured"
  echo "corpus:    $CORPUS_LINES documents, seed $SEED ($(du -h "$CORPUS" | cut -f1))"
  echo "command:   bench/run.sh $ORIGINAL_ARGS"
}

report_search_first_time() {
  log ""
  log "search, first time per query ($SEARCH_FIRST_N distinct queries, 1 connection): p50 $SEARCH_FIRST_P50 ms, max ${SEARCH_FIRST_MAX:-?} ms"
  log ""
}

# The loads' table and the memory under load; sets MAX_ANON.
report_loads() {
  local name
  log ""
  log "baseline (ceiling): $BASE_RPS req/s, the higher of the two pings"
  log "$(printf '%-12s %10s %9s %9s %8s %8s  %s' endpoint 'req/s' 'p50 ms' 'p99 ms' 'vs ping' 'RSS MB' 'requests')"
  for name in "${LOADS[@]}"; do
    log "$(printf '%-12s %10s %9s %9s %8s %8s  %s' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" \
      "$(calc '%.2f' 'r / b' r="${RPS[$name]}" b="$BASE_RPS")" "${RSS[$name]}" "${DESCRIBE[$name]}")"
  done
  MAX_ANON=$(calc '%.0f' 'k / 1024' k="$(cat "$DIR"/rss-*.anon 2>/dev/null | sort -g | tail -n 1)")
  log "JVM resident memory under load (max VmRSS): $MAX_RSS MB, of which anonymous (max RssAnon) $MAX_ANON MB; the rest is mapped files (index segments, classes)"
}

report_sql() {
  log ""
  log "filter query: $SQL_STATEMENTS SQL statements per request (Hibernate's log, $SQL_REQUESTS requests)"
  if [[ $DB == postgres ]]; then
    log "filter query: PostgreSQL execution time (EXPLAIN ANALYZE, median) $SQL_MS ms; API p50 ${P50[filter1]} ms alone, ${P50[filter]} ms at $CONNECTIONS connections"
  fi
}

# target DESCRIPTION FIGURE MET: MET is 1, 0 or "?" (not measured).
target() {
  local verdict='?'
  case $3 in
    1) verdict=met ;;
    0) verdict=MISSED ;;
  esac
  log "$(printf '  %-46s %-22s %s' "$1" "$2" "$verdict")"
}

# The targets of issue 6, each met or missed by this run's figures.
report_targets() {
  local ratio_filter ratio_304
  ratio_filter=$(calc '%.2f' 'r / b' r="${RPS[filter]}" b="$BASE_RPS")
  ratio_304=$(calc '%.2f' 'r / b' r="${RPS[revalidate]}" b="$BASE_RPS")
  log ""
  log "targets (2 cores, 1M quotes; informative unless the corpus has that size):"
  target "filtered quotes p99 <= 25 ms" "${P99[filter]} ms" "$(calc '%d' 'v <= 25' v="${P99[filter]}")"
  target "filtered quotes >= 35% of baseline req/s" "$ratio_filter" "$(calc '%d' 'v >= 0.35' v="$ratio_filter")"
  target "search p50 <= 10 ms" "${P50[search]} ms" "$(calc '%d' 'v <= 10' v="${P50[search]}")"
  target "search p99 <= 50 ms" "${P99[search]} ms" "$(calc '%d' 'v <= 50' v="${P99[search]}")"
  target "304 revalidation >= 80% of baseline req/s" "$ratio_304" "$(calc '%d' 'v >= 0.8' v="$ratio_304")"
  if [[ $DB == postgres ]]; then
    # Both sides of this comparison are one request alone: EXPLAIN ANALYZE runs one query, so the
    # API's side is its p50 at one connection (at 16, the p50 is mostly queueing on 2 cores).
    target "filter API p50 (1 connection) <= 2 x SQL + 1 ms" "${P50[filter1]} vs $(calc '%.2f' '2 * s + 1' s="$SQL_MS") ms" \
      "$(calc '%d' 'p <= 2 * s + 1' p="${P50[filter1]}" s="$SQL_MS")"
  fi
  target "bulk import >= 5,000 quotes/s" "$QPS quotes/s" "$(calc '%d' 'v >= 5000' v="$QPS")"
  target "ready <= 5 s after restart" "$READY s" "$(calc '%d' 'v <= 5' v="$READY")"
  target "resident memory <= 768 MB under load" "$MAX_RSS MB" "$(calc '%d' 'v <= 768' v="$MAX_RSS")"
}

# The machine-readable summary, one line of JSON ("?" where a figure could not be measured
# becomes null).
write_summary() {
  local summary=$1 name sep=
  {
    printf '{"timestamp":"%s","db":"%s","smoke":%s,"commit":"%s","cores":%s,"memoryKiB":%s,' \
      "$STAMP" "$DB" "$SMOKE" "$COMMIT" "$(nproc)" \
      "$(awk '/MemTotal/ { print $2 }' /proc/meminfo)"
    printf '"javaOptions":"%s","startup":"%s","connections":%s,"durationSeconds":%s,"corpusDocuments":%s,"seed":%s,' \
      "$JAVA_OPTS_BENCH" "$CDS_NOTE" "$CONNECTIONS" "$DURATION" "$CORPUS_LINES" "$SEED"
    printf '"imported":%s,"import":{"seconds":%s,"documentsPerSecond":%s,"quotesPerSecond":%s},' \
      "$IMPORTED" "$(num "$IMPORT_SECONDS")" "$(num "$DPS")" "$(num "$QPS")"
    printf '"documents":%s,"quotes":%s,"firstReadySeconds":%s,"readySeconds":%s,"maxRssMB":%s,"maxRssAnonMB":%s,' \
      "$(num "$DOCUMENTS_LOADED")" "$(num "$QUOTES_LOADED")" "$(num "$FIRST_READY")" "$(num "$READY")" "$(num "$MAX_RSS")" \
      "$(num "$MAX_ANON")"
    printf '"filterSqlStatements":%s,"filterSqlExecutionMs":%s,"baselineRequestsPerSecond":%s,"endpoints":{' \
      "$(num "$SQL_STATEMENTS")" "$(num "${SQL_MS:-?}")" "$(num "$BASE_RPS")"
    for name in "${LOADS[@]}"; do
      printf '%s"%s":{"requestsPerSecond":%s,"p50ms":%s,"p99ms":%s,"ratioToPing":%s,"rssMB":%s}' "$sep" "$name" \
        "$(num "${RPS[$name]}")" "$(num "${P50[$name]}")" "$(num "${P99[$name]}")" \
        "$(num "$(calc '%.3f' 'r / b' r="${RPS[$name]}" b="$BASE_RPS")")" "$(num "${RSS[$name]}")"
      sep=,
    done
    printf '},"searchFirstTime":{"queries":%s,"p50ms":%s,"maxms":%s}' "$(num "$SEARCH_FIRST_N")" \
      "$(num "$SEARCH_FIRST_P50")" "$(num "${SEARCH_FIRST_MAX:-?}")"
    printf ',"failures":%s}\n' "$DB_FAILURES"
  } >"$summary"
}
