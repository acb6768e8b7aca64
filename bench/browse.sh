#!/usr/bin/env bash
# Times the requests of someone browsing the archive rather than filtering it: whole-archive
# lists, deep pages, newest first, the topic tree. bench/run.sh does not cover these; this asks
# each once and then again (the second time shows what is remembered), one at a time, and prints
# the status and seconds of each. The names are the benchmark corpus's (bench/corpus.sh),
# so run it against an app holding that corpus (e.g. one bench/run.sh imported into).
#
#   bench/browse.sh [BASE_URL]      (default http://127.0.0.1:8080)
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
REQUESTS=(
  "/api/v1/quotes"
  "/api/v1/quotes?page=1"
  "/api/v1/quotes?page=1000"
  "/api/v1/quotes?page=10000"
  "/api/v1/quotes?page=49000"
  "/api/v1/quotes?sort=-date"
  "/api/v1/quotes?sort=-date&page=3"
  "/api/v1/quotes?sort=-date&page=20000"
  "/api/v1/quotes?kind=DIRECT&sort=-date"
  "/api/v1/quotes?kind=DIRECT&page=5000"
  "/api/v1/quotes?speaker=ivan-rudakovich&sort=-date"
  "/api/v1/quotes?speaker=ivan-rudakovich&sort=-date&page=50"
  "/api/v1/quotes?from=2001&to=2002&sort=-date&page=2"
  "/api/v1/quotes?topic=agriculture"
  "/api/v1/quotes?topic=agriculture&sort=-date"
  "/api/v1/quotes?topic=agriculture&page=4000"
  "/api/v1/people/ivan-rudakovich/quotes?sort=-date"
  "/api/v1/topics"
  "/api/v1/topics/agriculture"
  "/api/v1/documents?sort=-date"
  "/api/v1/documents?page=4000"
  "/api/v1/events?sort=-date&page=1000"
)
printf '%-58s %6s %9s %9s\n' request status first_s again_s
for path in "${REQUESTS[@]}"; do
  read -r status1 first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$path")
  read -r status2 again < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$path")
  status=$status1
  [[ $status1 == "$status2" ]] || status="$status1/$status2"
  printf '%-58s %6s %9.3f %9.3f\n' "$path" "$status" "$first" "$again"
done
