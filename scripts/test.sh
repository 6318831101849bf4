#!/usr/bin/env bash
# One command: install (if needed) and run every test. PostgreSQL tests run when REGDESK_TEST_PG_URL is set,
# e.g. REGDESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export QT_QPA_PLATFORM=offscreen
# Compiled test modules (pytest's assertion rewriting) and app modules are cached in __pycache__ (ignored by
# git): with PYTHONDONTWRITEBYTECODE set, every run and every xdist worker compiles them all again
# (collecting the suite: 5.7 s CPU against 2.7 s with the cache, per worker).
unset PYTHONDONTWRITEBYTECODE
if [ -n "${REGDESK_TEST_PG_URL:-}" ]; then
  echo "PostgreSQL tests: on (${REGDESK_TEST_PG_URL%%@*}@…)"
else
  echo "PostgreSQL tests: skipped (set REGDESK_TEST_PG_URL to run them)"
fi
# The two 30-second soaks (tests/unit/test_soak.py, marker "soak") keep both cores busy for a minute: CI
# runs them as their own step (.ci/run); here they are left out unless asked for (-m soak, or -m "" for all).
# The workers: tests/conftest.py hands the tests out one at a time to whichever worker is free (longest first), the
# modules sharing a module-scoped fixture whole to one worker; a later -n in "$@" wins (e.g. -n 2).
# Three workers on two cores: the suite waits on servers, subprocesses and the feed part of the time, and a
# third worker fills those waits (measured quiet: 310 s at -n 2, 255–265 s at -n 3; README "Tests").
exec .venv/bin/python -m pytest -n 3 -m "not soak" "$@"
