"""English names of the areas (context "reference" of regdesk_en.ts) for the ones nobody translated by hand:
the pinyin of the proper name and the English of its kind, as the hand-made ones read ("天河区" → "Tianhe
District", "广东省广州市天河区" → "Tianhe District, Guangzhou, Guangdong"). A hand translation is never
replaced; run after scripts/update-translations.sh:

    python scripts/area_english.py app/resources/translations/regdesk_en.ts

With a second file (a .ts holding only hand translations, e.g. an earlier release's), every area string
that file does not translate is made again (after a change of the rules below).
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


#: The one forestry district (神农架林区); 碑林区, 北林区, 金林区, 万柏林区 are districts named …林.
FORESTRY = {"神农架林区"}


#: Names whose characters pypinyin reads otherwise than the place does (柏 bǎi, not bó).
SPELLED = {"万柏林区": "Wanbailin District"}


#: The peoples named in autonomous prefectures, counties and banners (longest first when matching).
PEOPLES = {
    "朝鲜族": "Korean", "土家族": "Tujia", "苗族": "Miao", "藏族": "Tibetan", "羌族": "Qiang", "彝族": "Yi",
    "布依族": "Bouyei", "侗族": "Dong", "哈尼族": "Hani", "壮族": "Zhuang", "傣族": "Dai", "白族": "Bai",
    "景颇族": "Jingpo", "傈僳族": "Lisu", "回族": "Hui", "蒙古族": "Mongol", "蒙古": "Mongol",
    "哈萨克族": "Kazakh", "哈萨克": "Kazakh", "柯尔克孜": "Kyrgyz", "锡伯": "Xibe", "塔吉克": "Tajik",
    "裕固族": "Yugur", "满族": "Manchu", "畲族": "She", "瑶族": "Yao", "黎族": "Li", "水族": "Shui",
    "仡佬族": "Gelao", "毛南族": "Maonan", "仫佬族": "Mulao", "达斡尔族": "Daur", "鄂温克族": "Evenk",
    "鄂伦春": "Oroqen", "撒拉族": "Salar", "保安族": "Bonan", "东乡族": "Dongxiang", "土族": "Tu",
    "纳西族": "Naxi", "普米族": "Pumi", "独龙族": "Derung", "怒族": "Nu", "拉祜族": "Lahu", "佤族": "Va",
    "布朗族": "Blang", "各族": "Multi-ethnic", "维吾尔": "Uyghur",
}


def spell(text: str) -> str:
    return "".join(lazy_pinyin(text, v_to_u=True)).capitalize()


def place_and_peoples(stem: str) -> str:
    """"延边朝鲜族" → "Yanbian Korean"; "黔东南苗族侗族" → "Qiandongnan Miao and Dong"."""
    peoples: list[str] = []
    matched = True
    while matched:
        matched = False
        for people in sorted(PEOPLES, key=len, reverse=True):
            if stem.endswith(people) and len(stem) > len(people):
                peoples.insert(0, PEOPLES[people])
                stem = stem[: -len(people)]
                matched = True
                break
    if not peoples:
        return spell(stem)
    named = peoples[0] if len(peoples) == 1 else ", ".join(peoples[:-1]) + " and " + peoples[-1]
    return f"{spell(stem)} {named}"


def english_of(entry: dict[str, str], known: dict[str, str]) -> str:
    name = entry["name"]
    if known.get(name):
        return known[name]
    if name in SPELLED:
        return SPELLED[name]
    if entry["level"] == "province":
        raise KeyError(f"a province needs a hand translation: {name}")
    for suffix, word in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if (suffix == "林区" and name not in FORESTRY) or (suffix == "新区" and len(stem) < 2):
                continue  # 碑林区 is Beilin District and 清新区 Qingxin District: only the name ends so
            return f"{place_and_peoples(stem) if suffix.startswith('自治') else spell(stem)} {word}"
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
    hand = Path(sys.argv[2]).read_text(encoding="utf-8") if len(sys.argv) > 2 else text
    known = {html.unescape(s): html.unescape(t) for s, t in re.findall(
        r"<source>([^<]*)</source>\s*<translation>([^<]+)</translation>", hand)}
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

    again = r'(?: type="unfinished">|>)[^<]*' if len(sys.argv) > 2 else r' type="unfinished">'
    for source in known:  # a hand translation is kept
        wanted.pop(source, None)
    text = re.sub(r"<source>([^<]*)</source>\s*<translation" + again + "</translation>", fill, text)
    path.write_text(text, encoding="utf-8")
    print(f"{filled} area names translated")


if __name__ == "__main__":
    main()
