#!/usr/bin/env bash
# Benchmark of Verbatim at archive scale (issue 6), on H2 and then on PostgreSQL:
#   1. builds the jar (once) and generates the corpus (bench/corpus.sh, cached in bench/tmp);
#   2. starts the app on a fresh database and loads the corpus through POST /api/v1/import,
#      reporting documents/s and quotes/s (search indexing included: it happens on commit);
#   3. restarts it and reports the seconds from launch to ready (/actuator/health/readiness);
#      the app runs as Spring Boot recommends for start-up: the jar extracted (-Djarmode=tools
#      extract) and a class data sharing archive (AppCDS) made by a training run after the build
#      (-XX:ArchiveClassesAtExit, --verbatim.exit-when-ready, on a throwaway in-memory H2
#      database and index), used by every start (-XX:SharedArchiveFile); --no-cds runs the jar as is;
#   4. runs wrk (16 connections, a warm-up, then a fixed duration) against the ping baseline
#      (first and again last; the ratios use the higher, as the first runs before the JIT is done),
#      filtered quotes (many speakers; and again at 1 connection, for the latency of a request
#      alone), a document by slug, the same with If-None-Match (304),
#      full-text search with facets and people by a name variant, printing requests/s, p50, p99
#      and the ratio to the baseline, and the JVM's resident memory (VmRSS) under load; before the
#      load, up to 50 distinct searches once each (a search's facet counts are kept until the index
#      changes, so the loaded run mostly measures repeated queries);
#   5. on PostgreSQL, EXPLAIN ANALYZE of the filter query's SQL as the app sent it.
# Results: bench/results/<timestamp>-<db>.txt and .json (smoke runs: under bench/tmp/). The steps
# are in bench/lib/: build.sh, corpus.sh, app.sh, import.sh, load.sh, sql.sh, report.sh.
#
# Usage: bench/run.sh [--smoke] [--documents N] [--db h2|postgres|both] [--seed S]
#                     [--duration SECONDS] [--warmup SECONDS] [--no-build] [--no-cds]
#   --smoke  20 documents, 1 s warm-up and 2 s runs (both databases unless --db): checks that the script
#            works (exits non-zero if the app does not start, an import line fails, or any
#            answer is not the expected status), not how fast anything is.
# Needs: a JDK 17+, curl, wrk (apt-get install -y wrk), and for PostgreSQL a server on
# $PGHOST:$PGPORT (default 127.0.0.1:5432) where $PGUSER (default postgres) may create databases
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ORIGINAL_ARGS="$*"
DOCUMENTS=100000
SEED=42
DBS=both
DURATION=30
WARMUP=10
BUILD=true
CDS=true
SMOKE=false
CONNECTIONS=16
THREADS=2
# Heap sized for the 768 MB resident-memory target; the serial collector suits 2 cores and a small heap.
JAVA_OPTS_BENCH=${BENCH_JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -Xss512k}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while (($#)); do
  case $1 in
    --smoke) SMOKE=true ;;
    --documents) DOCUMENTS=$2; shift ;;
    --db) DBS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --no-build) BUILD=false ;;
    --no-cds) CDS=false ;;
    -h|--help) usage 0 ;;
    *) echo "Unknown option: $1" >&2; usage 2 ;;
  esac
  shift
done
if $SMOKE; then
  DOCUMENTS=20
  DURATION=2
  WARMUP=1
  # The client compiler only: the JVM starts faster and the figures mean nothing anyway.
  JAVA_OPTS_BENCH="$JAVA_OPTS_BENCH -XX:TieredStopAtLevel=1"
fi
case $DBS in
  h2) DB_LIST=(h2) ;;
  postgres) DB_LIST=(postgres) ;;
  both) DB_LIST=(h2 postgres) ;;
  *) echo "--db must be h2, postgres or both" >&2; exit 2 ;;
esac
[[ $DOCUMENTS =~ ^[0-9]+$ && $DOCUMENTS -ge 1 ]] || { echo "--documents must be a positive number" >&2; exit 2; }

source bench/lib/common.sh
source bench/lib/build.sh
source bench/lib/corpus.sh
source bench/lib/app.sh
source bench/lib/import.sh
source bench/lib/load.sh
source bench/lib/sql.sh
source bench/lib/report.sh

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK=$ROOT/bench/tmp/run-$STAMP
if $SMOKE; then RESULTS=$WORK/results; else RESULTS=$ROOT/bench/results; fi
mkdir -p "$WORK" "$RESULTS"
# How many filter requests are captured from the app's SQL log and explained.
if $SMOKE; then EXPLAIN_SAMPLES=3; else EXPLAIN_SAMPLES=30; fi

APP_PID=
SAMPLER_PID=
CHILD_PID=
PG_DB=
REPORT=/dev/null
FAILURES=()
DB_FAILURES=0
trap cleanup EXIT
trap 'exit 130' INT TERM

# One database, from a fresh start to its results. A start that fails ends it without a summary.
bench_database() {
  DB=$1
  DB_FAILURES=0
  DIR=$WORK/$DB
  APPLOG=$DIR/app.log
  REPORT=$RESULTS/$STAMP-$DB.txt
  mkdir -p "$DIR"
  : >"$REPORT"
  log "Verbatim benchmark on $DB$($SMOKE && echo ' (smoke: the figures mean nothing)')"
  machine | tee -a "$REPORT"
  prepare_app
  log ""

  FIRST_READY=? READY=?
  if ! first_start; then
    stop_app
    drop_database
    return 0
  fi
  import_step
  if ! restart; then
    stop_app
    drop_database
    return 0
  fi

  request_lists
  search_first_time
  report_search_first_time
  run_loads
  report_loads
  capture_filter_sql || true
  report_sql
  report_targets

  stop_app
  drop_database
  write_summary "$RESULTS/$STAMP-$DB.json"
  log ""
  log "results: $REPORT, $RESULTS/$STAMP-$DB.json; logs and wrk output: $DIR"
}

check_tools
build_jar
train_cds
make_corpus
for db in "${DB_LIST[@]}"; do
  bench_database "$db"
  echo
done

if ((${#FAILURES[@]})); then
  echo "${#FAILURES[@]} failure(s):" >&2
  printf '  %s\n' "${FAILURES[@]}" >&2
  exit 1
fi
echo "bench/run.sh: all steps passed"
