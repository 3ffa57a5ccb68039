#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed".
# The cluster and integration tests need PostgreSQL: ORDERACTORS_TEST_PG names an admin
# connection string; without it this script starts a private server on 127.0.0.1 for the run.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

pg_dir=
stop_pg() { [ -n "$pg_dir" ] && "$root/deploy/postgres.sh" stop "$pg_dir" && rm -rf "$pg_dir"; return 0; }
trap stop_pg EXIT

if [ -z "${ORDERACTORS_TEST_PG:-}" ]; then
  pg_dir=$(mktemp -d /tmp/orderactors-test-pg.XXXXXX)
  for attempt in 1 2 3 4 5; do
    port=$((40000 + RANDOM % 20000))
    if "$root/deploy/postgres.sh" start "$pg_dir" "$port" >/dev/null 2>"$pg_dir/start.err"; then
      export ORDERACTORS_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      break
    fi
    [ "$attempt" = 5 ] && { cat "$pg_dir/start.err" >&2; exit 1; }
  done
  echo "private PostgreSQL for the tests on 127.0.0.1:$port"
fi

log=$(mktemp /tmp/orderactors-test.XXXXXX.log)
dotnet test "$root/OrderActors.sln" -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 110, Skipped: 0, Total: 110").
read -r passed failed < <(grep -E '^(Passed|Failed)! +- +Failed:' "$log" \
  | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' \
  | awk '{p += $1; f += $2} END {print p + 0, f + 0}')
projects=$(grep -cE '^(Passed|Failed)! +- +Failed:' "$log")
expected=$(find "$root/tests" -name '*.Tests.csproj' | wc -l)
rm -f "$log"
if [ "$status" -eq 0 ] && [ "$projects" -ne "$expected" ]; then
  echo "only $projects of $expected test projects reported results" >&2
  status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
