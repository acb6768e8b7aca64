# bench/run.sh: the app under test. Its database, start, readiness, stop.

# A fresh database for $DB and the app's environment: PORT, BASE, TOKEN (an editor's, for the
# import and the actuator), APP_ENV; on PostgreSQL a scratch database, PG_DB.
prepare_app() {
  PORT=$(free_port)
  BASE=http://127.0.0.1:$PORT
  TOKEN=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  APP_ENV=("VERBATIM_EDITOR_TOKENS=bench:$TOKEN" "VERBATIM_EDITOR_TOKENS_FILE=")
  if [[ $DB == h2 ]]; then
    # A file database, so that the restart finds the data in place.
    APP_ENV+=("SPRING_PROFILES_ACTIVE="
      "SPRING_DATASOURCE_URL=jdbc:h2:file:$DIR/h2/verbatim;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
  else
    PG_DB=verbatim_bench_$(date +%s)_$$
    createdb "$PG_DB"
    log "postgres:  $(psql -X -At -d "$PG_DB" -c 'show server_version'), scratch database $PG_DB"
    APP_ENV+=("SPRING_PROFILES_ACTIVE=postgres" "VERBATIM_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB"
      "VERBATIM_DB_USER=$PGUSER" "VERBATIM_DB_PASSWORD=${PGPASSWORD:-}")
  fi
}

# Starts the app in the background, its output appended to APPLOG; LAUNCHED is the time just
# before the JVM starts.
start_app() {
  LAUNCHED=$(now)
  env "${APP_ENV[@]}" java $JAVA_OPTS_BENCH "${START_CMD[@]}" \
    --server.port="$PORT" \
    --verbatim.search.index-directory="$DIR/search-index" \
    --management.endpoints.web.exposure.include=health,info,loggers \
    --management.endpoint.loggers.access=unrestricted \
    >>"$APPLOG" 2>&1 &
  APP_PID=$!
}

# Waits up to LIMIT seconds until the app is ready; READY_SECONDS is the time from launch.
wait_ready() {
  local limit=$1
  while true; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      wait "$APP_PID" 2>/dev/null || true
      APP_PID=
      fail "$DB: the app exited before it was ready; end of $APPLOG:"
      tail -n 30 "$APPLOG" | sed 's/^/    /' | tee -a "$REPORT" >&2
      return 1
    fi
    if curl -sf -o /dev/null --max-time 2 "$BASE/actuator/health/readiness"; then
      READY_SECONDS=$(calc '%.1f' 'b - a' a="$LAUNCHED" b="$(now)")
      return 0
    fi
    if [[ $(calc '%d' 'b - a > l' a="$LAUNCHED" b="$(now)" l="$limit") == 1 ]]; then
      fail "$DB: the app was not ready within $limit s; see $APPLOG"
      return 1
    fi
    sleep 0.1
  done
}

stop_app() {
  if [[ -n $APP_PID ]]; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}

# Drops the scratch PostgreSQL database and deletes the H2 files and the search index (which hold
# the whole corpus); the logs and wrk outputs stay in bench/tmp.
drop_database() {
  if [[ -n $PG_DB ]]; then
    dropdb --if-exists --force "$PG_DB" || echo "could not drop database $PG_DB" >&2
    PG_DB=
  fi
  if [[ -n ${DIR:-} ]]; then
    rm -rf "$DIR/h2" "$DIR/search-index"
  fi
}

# totalItems of a list answer, or "?".
total_items() {
  local total
  total=$(curl -sf --max-time 30 "$BASE$1" | grep -o '"totalItems" *: *[0-9]*' | grep -o '[0-9]*$' || true)
  echo "${total:-?}"
}

# The first start, on an empty database; sets FIRST_READY.
first_start() {
  start_app
  wait_ready 600 || return 1
  FIRST_READY=$READY_SECONDS
  log "first start (empty database, index created): ready after $FIRST_READY s"
}

# A restart with the data in place; sets READY and checks that the data is still there.
restart() {
  stop_app
  start_app
  wait_ready 1800 || return 1
  READY=$READY_SECONDS
  log "restart with $DOCUMENTS_LOADED documents and $QUOTES_LOADED quotes in place: ready after $READY s"
  if [[ $(total_items '/api/v1/documents?size=1') != "$DOCUMENTS_LOADED" || $(total_items '/api/v1/quotes?size=1') != "$QUOTES_LOADED" ]]; then
    fail "$DB: the data is not in place after the restart"
  fi
}
