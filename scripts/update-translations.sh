#!/usr/bin/env bash
# Collect every translatable string into the translation sources (run after adding or changing a tr() text):
#   bash scripts/update-translations.sh
# pyside6-lupdate reads main.py, app/views/*.py (tr(), N_()) and the reference names listed by
# scripts/reference_strings.py (context "reference"), and merges them into app/resources/translations/
# regdesk_en.ts and regdesk_zh_CN.ts; strings no longer in the code are dropped (-no-obsolete). The Chinese
# file is then completed with the sources themselves (Chinese is the source language). New English messages
# stay "unfinished" until translated (Qt Linguist: pyside6-linguist app/resources/translations/regdesk_en.ts);
# scripts/translations.py check and the tests refuse an unfinished one. Then run
# scripts/build-translations.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
BIN="$("$PY" -c 'import sys, os; print(os.path.dirname(sys.executable))')"
LUPDATE="$BIN/pyside6-lupdate"
[ -x "$LUPDATE" ] || LUPDATE=pyside6-lupdate
OUT=app/resources/translations
mkdir -p build/i18n "$OUT"
"$PY" scripts/reference_strings.py --py build/i18n/reference_strings.py --templates "$OUT/error_templates.json"
for lang in en zh_CN; do
  "$LUPDATE" -silent -no-obsolete -locations relative -tr-function-alias QT_TR_NOOP+=N_ \
    -source-language zh_CN -target-language "$lang" \
    main.py app/views/*.py build/i18n/reference_strings.py -ts "$OUT/regdesk_$lang.ts"
done
"$PY" scripts/translations.py identity "$OUT/regdesk_zh_CN.ts"
"$PY" scripts/translations.py check "$OUT"/regdesk_*.ts || echo "(translate the messages above, then run scripts/build-translations.sh)"
