#!/usr/bin/env bash
# One command for a newcomer: install (if needed) and start the desk on its embedded SQLite default.
#   bash scripts/run.sh            start on the default database in your user data directory
#   bash scripts/run.sh --demo     fill a demo database first and print the demo logins
#   bash scripts/run.sh --db postgresql+psycopg://user@host/db
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/regdesk "$@"
