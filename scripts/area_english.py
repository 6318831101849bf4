"""English names of the areas (context "reference" of regdesk_en.ts) for the ones nobody translated by hand:
the pinyin of the proper name and the English of its kind, as the hand-made ones read ("天河区" → "Tianhe
District", "广东省广州市天河区" → "Tianhe District, Guangzhou, Guangdong"). A hand translation is never
replaced; run after scripts/update-translations.sh:

    python scripts/area_english.py app/resources/translations/regdesk_en.ts
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from pypinyin import lazy_pinyin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import reference  # noqa: E402

#: The kind at the end of a name → its English (longest first).
SUFFIXES = [
    ("自治州", "Autonomous Prefecture"), ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"),
    ("林区", "Forestry District"), ("特区", "Special District"), ("地区", "Prefecture"), ("新区", "New Area"),
    ("矿区", "Mining District"), ("区", "District"), ("县", "County"), ("旗", "Banner"), ("盟", "League"),
]


def spell(text: str) -> str:
    return "".join(lazy_pinyin(text, v_to_u=True)).capitalize()


def english_of(entry: dict[str, str], known: dict[str, str]) -> str:
    name = entry["name"]
    if known.get(name):
        return known[name]
    if entry["level"] == "province":
        raise KeyError(f"a province needs a hand translation: {name}")
    for suffix, word in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{spell(name[: -len(suffix)])} {word}"
    if name.endswith("市") and len(name) > 1:
        stem = spell(name[:-1])
        return stem if entry["level"] == "city" else f"{stem} City"
    return spell(name)


def full_english(code: str, known: dict[str, str]) -> str:
    by_code = {a["code"]: a for a in reference.areas()}
    entry = by_code[code]
    parts = [english_of(entry, known)]
    parent = entry["parent"]
    while parent:
        up = by_code[parent]
        parts.append(english_of(up, known))
        parent = up["parent"]
    return ", ".join(parts)


def main() -> None:
    path = Path(sys.argv[1])
    text = path.read_text(encoding="utf-8")
    known = {html.unescape(s): html.unescape(t) for s, t in re.findall(
        r"<source>([^<]*)</source>\s*<translation>([^<]+)</translation>", text)}
    wanted: dict[str, str] = {}
    for area in reference.areas():
        wanted.setdefault(area["name"], english_of(area, known))
        wanted.setdefault(reference.area_name(area["code"]), full_english(area["code"], known))
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source = html.unescape(match.group(1))
        if source not in wanted:
            return match.group(0)
        filled += 1
        english = html.escape(wanted[source], quote=False)
        return f"<source>{match.group(1)}</source>\n        <translation>{english}</translation>"

    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>', fill, text)
    path.write_text(text, encoding="utf-8")
    print(f"{filled} area names translated")


if __name__ == "__main__":
    main()
