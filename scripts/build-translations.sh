#!/usr/bin/env bash
# Compile the translation sources into the .qm files the app loads:
#   bash scripts/build-translations.sh           app/resources/translations/regdesk_<lang>.ts -> .qm
#   bash scripts/build-translations.sh --check   also fail if a .ts is incomplete or a committed .qm is stale
# The .qm files are committed (so a wheel or a PyInstaller build needs no Qt tools); CI runs --check.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
BIN="$("$PY" -c 'import sys, os; print(os.path.dirname(sys.executable))')"
LRELEASE="$BIN/pyside6-lrelease"
[ -x "$LRELEASE" ] || LRELEASE=pyside6-lrelease
DIR=app/resources/translations
if [ "${1:-}" = "--check" ]; then
  "$PY" scripts/translations.py check "$DIR"/regdesk_*.ts
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  for ts in "$DIR"/regdesk_*.ts; do
    qm="$(basename "${ts%.ts}.qm")"
    "$LRELEASE" -silent "$ts" -qm "$tmp/$qm"
    if ! cmp -s "$tmp/$qm" "$DIR/$qm"; then
      echo "$DIR/$qm is stale: run bash scripts/build-translations.sh and commit it" >&2
      exit 1
    fi
  done
  echo "translations complete and built"
  exit 0
fi
for ts in "$DIR"/regdesk_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
  echo "built ${ts%.ts}.qm"
done
