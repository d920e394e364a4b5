#!/usr/bin/env bash
# The suite must pass on any date (DESIGN.md: one clock). Runs it under Debian's faketime at a
# far date: the one given, or one of the dates that once broke it, chosen by the day of the year.
#   bash scripts/test-far-date.sh ['2031-03-02 10:00:00'] [pytest options]
source "$(dirname "$0")/setup.sh"
setup_project "test"
cd "$ROOT"
# (UTC: "2027-01-01 04:59:30" is 23:59:30 of 31 December in Pisac.)
DATES=("2026-12-31 23:59:00" "2027-01-01 04:59:30" "2027-01-01 12:00:00" "2027-07-15 10:00:00"
       "2031-03-02 10:00:00")
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2} ]]; then
    when="$1"
    shift
else
    when="${DATES[$((10#$(date +%j) % ${#DATES[@]}))]}"
fi
# SQLite only here (the suite at the real date runs every database test on both engines): the
# date logic is the application's, on its one clock, whatever the engine; the test server keeps
# the real time anyway (tests/pg_cluster.py). PISAC_TEST_ENGINES=both to run PostgreSQL too.
export PISAC_TEST_ENGINES="${PISAC_TEST_ENGINES:-sqlite}"
echo "Pruebas con la fecha simulada $when (faketime; motor: $PISAC_TEST_ENGINES)"
# FAKETIME_DONT_RESET: child processes (the CLI tests, the races) share the same fake start.
# On every core too (test_workers). Under faketime a timed wait on a lock never times out
# (tests/db/test_health_gate.py says why): tests wait with sleeps, which faketime fakes alike.
test_workers "$@"
# Bytecode compiled once, up front, even where PYTHONDONTWRITEBYTECODE is set: every test worker
# and every program a test starts (the command line, the races, the kills) would otherwise
# compile the program's 450 modules from source again.
"$VENV/bin/python" -m compileall -q -j 0 pisac_desktop tests >/dev/null
QT_QPA_PLATFORM=offscreen FAKETIME_DONT_RESET=1 exec faketime "$when" "$VENV/bin/python" -m pytest \
    "${WORKERS[@]}" "$@"
