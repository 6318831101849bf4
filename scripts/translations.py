"""Checks and chores on the Qt translation sources (app/resources/translations/*.ts).

    python scripts/translations.py identity app/resources/translations/regdesk_zh_CN.ts
        every message of the Chinese file translated by its source (Chinese is the source language)
    python scripts/translations.py check app/resources/translations/*.ts
        fails (exit 1) on an unfinished, obsolete or vanished message, or a translation that loses a
        {placeholder} or an &-shortcut of its source
    python scripts/translations.py fill app/resources/translations/regdesk_en.ts words.json
        sets translations from a JSON object {context: {source: translation}} (for bulk work)
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
SHORTCUT = re.compile(r"&[A-Za-z]")


def _messages(root: ET.Element):  # type: ignore[no-untyped-def]
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _write(tree: ET.ElementTree, path: Path) -> None:
    """Write back in lupdate's own layout (its DOCTYPE line, 4-space indent), so diffs stay small."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(path: Path) -> list[str]:
    """What keeps a .ts file from being complete."""
    out = []
    for context, message in _messages(ET.parse(path).getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{path.name} [{context}] {source!r}"
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            out.append(f"{where}: {kind}")
            continue
        text = translation.text or "" if translation is not None else ""
        if not text.strip():
            out.append(f"{where}: empty translation")
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            out.append(f"{where}: placeholders differ in {text!r}")
        if SHORTCUT.search(source) and not SHORTCUT.search(text):
            out.append(f"{where}: the &-shortcut is lost in {text!r}")
    return out


def identity(path: Path) -> int:
    tree = ET.parse(path)
    n = 0
    for _context, message in _messages(tree.getroot()):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
            n += 1
    if n:
        _write(tree, path)
    return n


def fill(path: Path, words: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(path)
    n = 0
    for context, message in _messages(tree.getroot()):
        text = words.get(context, {}).get(message.findtext("source") or "")
        translation = message.find("translation")
        if text is not None and translation is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            n += 1
    _write(tree, path)
    return n


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "identity":
        for name in argv[1:]:
            print(f"{name}: {identity(Path(name))} messages set to their source")
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        found = [p for name in argv[1:] for p in problems(Path(name))]
        for p in found:
            print(p)
        return 1 if found else 0
    if len(argv) == 3 and argv[0] == "fill":
        words = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{argv[1]}: {fill(Path(argv[1]), words)} translations set")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
