# bench/run.sh: the filter query's SQL, as the app sends it, and on PostgreSQL its execution time.

set_logger() {
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"configuredLevel\":$2}" "$BASE/actuator/loggers/$1"
}

# The SQL of the first EXPLAIN_SAMPLES filter requests is captured from the app itself: Hibernate's
# SQL and bind-parameter logging is switched on through the actuator for these requests only (not
# during the load), each logged quote query gets its bind values put in, and PostgreSQL runs it
# under EXPLAIN ANALYZE (twice; the second, warm, run counts). Literal values give PostgreSQL a
# custom plan, which is also what it uses for the app's first executions of a prepared statement.
# Sets SQL_STATEMENTS (mean SQL statements per filter request), SQL_REQUESTS and SQL_MS (median
# execution time of the quote queries of one request: the page and, when the page is full, the
# count).
capture_filter_sql() {
  local list=$DIR/list-filter.txt sqlfile=$DIR/filter-sql.txt
  : >"$sqlfile"
  : >"$DIR/filter-statements"
  SQL_STATEMENTS=? SQL_MS=? SQL_REQUESTS=0
  if ! set_logger org.hibernate.SQL '"DEBUG"' || ! set_logger org.hibernate.orm.jdbc.bind '"TRACE"'; then
    fail "$DB: could not switch on SQL logging through /actuator/loggers"
    return 1
  fi
  local path start n=0
  while IFS= read -r path && ((n < EXPLAIN_SAMPLES)); do
    n=$((n + 1))
    start=$(($(wc -l <"$APPLOG") + 1))
    curl -sf -o /dev/null --max-time 30 "$BASE$path" || fail "$DB: $path failed while capturing its SQL"
    sleep 0.2
    tail -n +"$start" "$APPLOG" | grep -c 'org\.hibernate\.SQL' >>"$DIR/filter-statements" || true
    tail -n +"$start" "$APPLOG" | awk -v request="$n" -f bench/lib/sql-with-values.awk >>"$sqlfile"
  done <"$list"
  set_logger org.hibernate.SQL null || true
  set_logger org.hibernate.orm.jdbc.bind null || true
  SQL_STATEMENTS=$(awk '{ s += $1 } END { if (NR) printf "%.1f", s / NR; else print "?" }' "$DIR/filter-statements")
  SQL_REQUESTS=$n
  if [[ ! -s $sqlfile ]]; then
    fail "$DB: no quote query found in the SQL log of the filter requests"
    return 1
  fi
  [[ $DB == postgres ]] || return 0
  local request sql plan ms
  : >"$DIR/filter-sql-ms"
  while IFS=$'\t' read -r request sql; do
    plan=$(psql -X -q -At -d "$PG_DB" -v ON_ERROR_STOP=1 -c "explain (analyze) $sql" -c "explain (analyze) $sql" 2>&1) || {
      fail "$DB: EXPLAIN ANALYZE failed: $(head -n 2 <<<"$plan")"
      continue
    }
    ms=$(grep 'Execution Time' <<<"$plan" | tail -n 1 | grep -o '[0-9.]* ms' | cut -d' ' -f1)
    printf '%s\t%s\n' "$request" "$ms" >>"$DIR/filter-sql-ms"
    printf -- '-- request %s: %s\n%s\n\n' "$request" "$sql" "$plan" >>"$DIR/filter-plans.txt"
  done <"$sqlfile"
  # Per request: the sum of its quote queries; then the median over requests.
  SQL_MS=$(awk -F'\t' '{ s[$1] += $2 } END { for (r in s) print s[r] }' "$DIR/filter-sql-ms" | median)
}
