#!/usr/bin/env bash
# Sets up, builds once, runs every test project, and ends with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
RES="$(mktemp -d)"
PGDIR="$(mktemp -d)"
trap 'scripts/pg.sh stop "$PGDIR"; rm -rf "$RES"' EXIT
# The review store's tests run against a real PostgreSQL server as well as SQLite.
VALUEATLAS_TEST_PG="$(scripts/pg.sh start "$PGDIR")" || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
export VALUEATLAS_TEST_PG
rc=0
dotnet build ValueAtlas.slnx -nologo -v q -c Debug || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
for proj in tests/*/*.Tests.csproj; do
  n="$(basename "$proj" .csproj)"
  dotnet test "$proj" --no-build -nologo --logger "trx;LogFileName=$n.trx" --logger "console;verbosity=normal" --results-directory "$RES" || rc=1
done

# dotnet test prints no plain total; add up the TRX counters. Skipped = total - executed (TRX leaves notExecuted at 0).
p=0; f=0; s=0
for t in "$RES"/*.trx; do
  [ -e "$t" ] || continue
  c="$(grep -o '<Counters [^>]*>' "$t")"
  g() { echo "$c" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$((p + $(g passed))); f=$((f + $(g failed) + $(g error) + $(g timeout) + $(g aborted))); s=$((s + $(g total) - $(g executed)))
done
[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
# CI shows only the tail of the log: name every failed test here, just above the totals.
if [ "$f" -gt 0 ]; then
  grep -ho '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$RES"/*.trx 2>/dev/null \
    | sed -n 's/.*testName="\([^"]*\)".*/FAILED: \1/p'
fi
echo "$p passed, $f failed, $s skipped"
exit "$rc"
