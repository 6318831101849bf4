"""Realistic Chinese names, area codes and institution names for the data generator (deterministic)."""

from __future__ import annotations

import bisect
import itertools
import random
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

# ---- surnames ---------------------------------------------------------------------------------------
# The hundred most common surnames with their approximate share of the population (per mille, 2020
# census order); a few compound surnames close the list.
_SURNAMES = (
    "王71 李70 张67 刘54 陈45 杨31 赵23 黄22 周21 吴20 徐17 孙15 胡13 朱13 高12 林12 何12 郭11 马11 "
    "罗9 梁8 宋8 郑8 谢7 韩7 唐7 冯7 于6 董6 萧6 程6 曹6 袁5 邓5 许5 傅5 沈5 曾5 彭5 吕5 苏5 卢5 "
    "蒋5 蔡5 贾4 丁4 魏4 薛4 叶4 阎4 余4 潘4 杜4 戴4 夏4 钟4 汪3 田3 任3 姜3 范3 方3 石3 姚3 谭3 "
    "廖3 邹3 熊3 金3 陆3 郝3 孔3 白3 崔3 康3 毛3 邱3 秦3 江3 史2 顾2 侯2 邵2 孟2 龙2 万2 段2 雷2 "
    "钱2 汤2 尹2 黎2 易2 常2 武2 乔2 贺2 赖2 龚2 文2 欧阳1 司马1 诸葛1 上官1 东方1 皇甫1 令狐1"
)
SURNAMES: tuple[str, ...] = tuple(re.sub(r"\d+", "", s) for s in _SURNAMES.split())
SURNAME_WEIGHTS: tuple[int, ...] = tuple(int(re.sub(r"\D+", "", s)) for s in _SURNAMES.split())

# Characters of given names; each pool is ordered roughly from most to least common.
MALE_CHARS = (
    "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国峰亮成志新海云东文"
    "博晨轩睿泽宏然子昊天思远翔鸿振家兴荣义毅源庆金永德晓一嘉铭锐恒彬立光坤豪旺瑞松柏松岩"
)
FEMALE_CHARS = (
    "芳娜敏静丽艳娟秀霞英玉萍红燕慧颖丹雪琳婷欣怡佳晶倩蕾薇梅兰琴云凤洁悦雅馨诗琪涵萱妍梓"
    "晓春月莉婉淑娅媛瑶璐露岚蓉菲茜彤钰琦晗宁一子思雨嘉欢珊珍"
)
# Rare characters beyond the Basic Multilingual Plane (生僻字) that real people carry in their names.
RARE_CHARS = "𠮷𬀩𬌗𬇙𬣙𪚥𫖮𬭚𬘭𠇔𡎚𤆬𨭉𫗧𬶍"
# Uyghur / Kazakh names in Chinese transliteration, joined by the middle dot.
_MINORITY_GIVEN = (
    "艾力",
    "买买提",
    "阿不都",
    "热合曼",
    "吐尔逊",
    "努尔",
    "阿依古丽",
    "古丽娜",
    "帕提古丽",
    "迪丽娜尔",
    "热依拉",
    "阿布来提",
    "伊力哈木",
    "库尔班",
    "马合木提",
    "塔依尔",
)

EDUCATION = ("大学本科", "大学本科", "大学本科", "硕士研究生", "硕士研究生", "博士研究生", "大学专科", "中专")
EDUCATION_WEIGHTS = (30, 0, 0, 22, 0, 8, 30, 10)
SCHOOLS = (
    "中山大学",
    "南方医科大学",
    "广州医科大学",
    "北京大学医学部",
    "复旦大学上海医学院",
    "四川大学华西医学院",
    "中南大学湘雅医学院",
    "首都医科大学",
    "华中科技大学同济医学院",
    "浙江大学医学院",
    "山东大学齐鲁医学院",
    "吉林大学白求恩医学部",
    "中国医科大学",
    "天津医科大学",
    "重庆医科大学",
    "广州中医药大学",
    "北京中医药大学",
    "上海中医药大学",
    "南京医科大学",
    "温州医科大学",
    "哈尔滨医科大学",
    "新疆医科大学",
    "昆明医科大学",
    "广西医科大学",
    "河北医科大学",
    "郑州大学医学院",
    "安徽医科大学",
    "福建医科大学",
)
TITLES = ("住院医师", "主治医师", "副主任医师", "主任医师", "医师", "医士")
TITLE_WEIGHTS = (30, 35, 18, 9, 5, 3)
DEPARTMENTS = (
    "内科",
    "外科",
    "妇产科",
    "儿科",
    "急诊科",
    "眼科",
    "耳鼻咽喉科",
    "口腔科",
    "皮肤科",
    "精神科",
    "影像科",
    "检验科",
    "病理科",
    "全科",
    "康复医学科",
    "中医科",
    "麻醉科",
    "重症医学科",
    "预防保健科",
)


@lru_cache(maxsize=20_000)  # bounded; only names name_keys cannot build from their parts (~1 %) come here
def initials(name: str) -> str:
    """``Physician.name_initials`` of a name, as the roster's search computes it (cached per name)."""
    from app.services.search import initials as search_initials

    return search_initials(name)


@lru_cache(maxsize=20_000)  # bounded; only names name_keys cannot build from their parts (~1 %) come here
def pinyin(name: str) -> str:
    """``Physician.name_pinyin`` of a name: the key the roster sorts by (cached per name)."""
    from app.services.search import pinyin_key

    return pinyin_key(name)


# ---- a name's initials and pinyin key from its two parts ----------------------------------------------
# ``initials`` and ``pinyin`` above run pypinyin on the whole name (~0.1 ms each); a register of millions
# holds ~500,000 distinct names, too many to cache. pypinyin reads a name by segmenting it into the
# longest phrases of its dictionary: when no phrase prefix runs across the boundary of surname and given
# name, the whole name's readings are the surname's followed by the given name's, so the keys are built
# from the two parts' readings (each part cached: ~110 surnames, ~17,000 given names) exactly as
# app.services.search builds them. Names with a phrase across the boundary, a rare character or a
# "·" take the whole-name path; tests/unit/test_bench_names.py checks both give the same keys.
_COMMON_CHARS = frozenset("".join(SURNAMES) + MALE_CHARS + FEMALE_CHARS)
_COMPOUND = frozenset(s for s in SURNAMES if len(s) > 1)


@cache
def _part(part: str) -> tuple[list[str], list[list[str]]] | None:
    """A name part's toned readings (as pinyin_key takes them) and initials positions (as initials
    does); None when pypinyin does not give one reading per character."""
    from pypinyin import Style, lazy_pinyin

    from app.services.search import _positions

    readings = lazy_pinyin(part, style=Style.TONE3, neutral_tone_with_five=True, errors="default")
    positions = _positions(part)
    if len(readings) != len(part) or len(positions) != len(part):
        return None
    return readings, positions


@cache
def _prefixes() -> Any:
    from pypinyin.seg import mmseg

    return mmseg.seg._prefix_set  # what lazy_pinyin's segmenter matches phrases with


def name_keys(name: str) -> tuple[str, str]:
    """(``name_initials``, ``name_pinyin``) of a name: the same as ``initials(name), pinyin(name)``."""
    cut = 2 if name[:2] in _COMPOUND else 1
    surname, given = name[:cut], name[cut:]
    if not given or not _COMMON_CHARS.issuperset(name):
        return initials(name), pinyin(name)
    prefixes = _prefixes()
    if any(surname[i:] + given[0] in prefixes for i in range(len(surname))):
        return initials(name), pinyin(name)  # a phrase may run across the boundary
    from app.services.search import SURNAME_READINGS

    if name[:2] in SURNAME_READINGS and cut == 1:
        return initials(name), pinyin(name)
    head, tail = _part(surname), _part(given)
    if head is None or tail is None:
        return initials(name), pinyin(name)
    return _initials_of(head[1] + tail[1]), _pinyin_of(name, head[0] + tail[0])


def _initials_of(positions: list[list[str]]) -> str:
    """app.services.search.initials from the positions (initials_combinations, then the length cut)."""
    from app.services.search import MAX_COMBINATIONS, PHYSICIAN_INITIALS_LENGTH, joined_within

    if not positions:
        return ""
    combos = itertools.islice(itertools.product(*reversed(positions)), MAX_COMBINATIONS)
    return joined_within(("".join(reversed(c)) for c in combos), PHYSICIAN_INITIALS_LENGTH)


def _pinyin_of(text: str, readings: list[str]) -> str:
    """app.services.search.pinyin_key from the readings (the surname's reading, then the join)."""
    from app.services.search import SORT_KEY_LENGTH, SURNAME_READINGS

    readings = list(readings)
    for surname in (text[:2], text[:1]):
        if surname in SURNAME_READINGS and len(readings) >= len(surname):
            readings[: len(surname)] = SURNAME_READINGS[surname]
            break
    return " ".join(r.lower() for r in readings if r.strip())[:SORT_KEY_LENGTH]


@lru_cache(maxsize=4096)  # bounded: most institution names are unique (serial numbers in them)
def institution_initials(name: str) -> str:
    from app.services.search import INSTITUTION_INITIALS_LENGTH
    from app.services.search import initials as search_initials

    return search_initials(name, INSTITUTION_INITIALS_LENGTH)


class NameMaker:
    """Draws names the way a civil register would hold them: common surnames weighted, 1–2 given chars."""

    def __init__(self, rng: random.Random, rare_per_mille: float = 1.0) -> None:
        self.rng = rng
        self._surname_cum = list(itertools.accumulate(SURNAME_WEIGHTS))
        self._male_cum = _zipf_cum(len(MALE_CHARS), 0.7)
        self._female_cum = _zipf_cum(len(FEMALE_CHARS), 0.7)
        self.rare = rare_per_mille / 1000.0

    def surname(self) -> str:
        r = self.rng.random() * self._surname_cum[-1]
        return SURNAMES[bisect.bisect_right(self._surname_cum, r)]

    def _given_char(self, male: bool) -> str:
        if male:
            r = self.rng.random() * self._male_cum[-1]
            return MALE_CHARS[bisect.bisect_right(self._male_cum, r)]
        r = self.rng.random() * self._female_cum[-1]
        return FEMALE_CHARS[bisect.bisect_right(self._female_cum, r)]

    def name(self, male: bool, minority: bool = False) -> str:
        rng = self.rng
        if minority:
            return f"{rng.choice(_MINORITY_GIVEN)}·{rng.choice(_MINORITY_GIVEN)}"
        given = self._given_char(male)
        if rng.random() < 0.72:
            given += self._given_char(male)
        if rng.random() < self.rare:
            pos = rng.randrange(len(given))
            given = given[:pos] + rng.choice(RARE_CHARS) + given[pos + 1 :]
        return self.surname() + given


def _zipf_cum(n: int, s: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (k + 1) ** s for k in range(n)))


# ---- areas ------------------------------------------------------------------------------------------
# Population in millions (2020 census) of the 31 mainland provinces: where physicians are.
PROVINCE_POPULATION: dict[str, float] = {
    "11": 21.9,
    "12": 13.9,
    "13": 74.6,
    "14": 34.9,
    "15": 24.0,
    "21": 42.6,
    "22": 24.1,
    "23": 31.9,
    "31": 24.9,
    "32": 84.7,
    "33": 64.6,
    "34": 61.0,
    "35": 41.5,
    "36": 45.2,
    "37": 101.5,
    "41": 99.4,
    "42": 57.8,
    "43": 66.4,
    "44": 126.0,
    "45": 50.1,
    "46": 10.1,
    "50": 32.1,
    "51": 83.7,
    "52": 38.6,
    "53": 47.2,
    "54": 3.6,
    "61": 39.5,
    "62": 25.0,
    "63": 5.9,
    "64": 7.2,
    "65": 25.9,
}


@dataclass
class Province:
    code: str  # 2 digits
    name: str
    counties: list[str] = field(default_factory=list)  # 6-digit county-level codes in force
    county_names: dict[str, str] = field(default_factory=dict)
    city_names: dict[str, str] = field(default_factory=dict)  # 4-digit prefix → city name

    @property
    def area(self) -> str:
        return self.code + "0000"

    def city_name(self, county: str) -> str:
        return self.city_names.get(county[:4], self.name)


_SEGMENT = re.compile(r"^\[(\d*)-(\d*)\](.*)$")


def _current_name(raw: str) -> str | None:
    """The name in force of a loc.dat entry ("[1983-1986]郊区,[1987-]白云区" → 白云区), None if retired."""
    last = raw.split(",")[-1]
    match = _SEGMENT.match(last)
    if match is None:
        return last
    if match.group(2):
        return None
    return match.group(3)


@cache
def provinces() -> dict[str, Province]:
    """The 31 mainland provinces with their county-level codes in force (python-stdnum's GB/T 2260 data)."""
    text = resources.files("stdnum.cn").joinpath("loc.dat").read_text(encoding="utf-8")
    result: dict[str, Province] = {}
    current: Province | None = None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            code, _, rest = line.partition(" ")
            name = rest.split('"')[1]
            current = Province(code, name) if code in PROVINCE_POPULATION else None
            if current is not None:
                result[code] = current
            continue
        if current is None:
            continue
        suffix, _, rest = line.strip().partition(" ")
        name = _current_name(rest.split('"')[1])
        if not name:
            continue
        code = current.code + suffix
        if suffix.endswith("00"):
            if suffix != "0000":
                current.city_names[code[:4]] = name
            continue
        if name in ("市辖区", "县", "市区", "郊区", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        current.counties.append(code)
        current.county_names[code] = name
    return result


# ---- institutions -----------------------------------------------------------------------------------
_ORDINALS = "一二三四五六七八九十"


def institution_name(
    rng: random.Random, rank: int, province: Province, county: str, serial: int
) -> tuple[str, str]:
    """(name, subjects) of an institution; the lowest ranks are the large hospitals of the province."""
    city = province.city_name(county)
    county_name = province.county_names.get(county, city)
    if rank == 0:
        label = "人民医院" if province.name.endswith("省") else "第一人民医院"
        return f"{province.name}{label}", "内科；外科；妇产科；儿科；急诊医学科；医学影像科；中医科；口腔科"
    if rank < 12:
        kind = rng.choice(
            ("医科大学附属第{}医院", "第{}人民医院", "中医院", "妇幼保健院", "肿瘤医院", "儿童医院")
        )
        label = kind.format(_ORDINALS[rank % 10]) if "{}" in kind else kind
        return (
            f"{city.removesuffix('市') if '大学' in label else city}{label}",
            "内科；外科；妇产科；儿科；急诊医学科；医学影像科；医学检验科",
        )
    if rank < 80:
        kind = rng.choice(("人民医院", "中医院", "妇幼保健院", "第二人民医院", "中西医结合医院"))
        return f"{county_name}{kind}", "内科；外科；妇产科；儿科；中医科"
    kind = rng.choice(
        ("社区卫生服务中心", "镇卫生院", "街道卫生服务站", "门诊部", "诊所", "口腔诊所", "中医诊所")
    )
    if kind.endswith("诊所"):
        return f"{county_name}{rng.choice(SURNAMES[:40])}氏{kind}（{serial}）", "全科医疗科"
    return f"{county_name}第{serial % 97 + 1}{kind}", "全科医疗科；预防保健科"
