#!/usr/bin/env bash
# Builds the desk as one folder with PyInstaller: dist/regdesk/ (Python, Qt, fonts, reference data inside).
#   bash scripts/build-app.sh            build (installs the [build] extra into .venv first)
#   bash scripts/build-app.sh --smoke    build, then start the built program offscreen to the login window
# Windows: the same spec, built on a Windows PC (README, "Windows build").
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
if [ ! -x "$PY" ]; then bash scripts/install.sh; fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q -e ".[build]"

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/regdesk.spec
took=$(( $(date +%s) - start ))
echo "Built dist/regdesk in ${took} s ($(du -sh dist/regdesk | cut -f1))"

if [ "${1:-}" = "--smoke" ]; then
  here="$(pwd)"
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  # outside the checkout, with a clean environment: only what is inside dist/regdesk can be used
  (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
     REGDESK_DATA_DIR="$scratch/data" PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring REGDESK_SMOKE_PDF=1 \
     ${REGDESK_SMOKE_GRAB:+REGDESK_SMOKE_GRAB="$REGDESK_SMOKE_GRAB"} \
     timeout 120 "$here/dist/regdesk/regdesk" --smoke --db "sqlite:///$scratch/office.db" | tee "$scratch/out.txt")
  grep -q "REGDESK SMOKE OK" "$scratch/out.txt"
  grep -q "package=$here/dist/regdesk/" "$scratch/out.txt"
  grep -q "REGDESK SMOKE PDF OK" "$scratch/out.txt"
  echo "Smoke test passed: the built program reached the login window and drew a notice PDF."
fi
