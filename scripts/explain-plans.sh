#!/usr/bin/env bash
# Regenerates docs/explain/postgresql-plans.txt: EXPLAIN ANALYZE of the API's list queries on a
# scratch PostgreSQL database holding 100,000 generated quotes. The same test runs in every
# PostgreSQL pass of the build and fails if a query stops using its index.
# Usage: scripts/explain-plans.sh   (VERBATIM_TEST_POSTGRES_URL defaults to the local server)
set -euo pipefail
cd "$(dirname "$0")/.."
export VERBATIM_TEST_POSTGRES_URL="${VERBATIM_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q test -Dtest=IndexPlanTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dverbatim.explain.output="$PWD/docs/explain/postgresql-plans.txt"
echo "Wrote docs/explain/postgresql-plans.txt"
