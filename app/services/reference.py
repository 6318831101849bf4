"""Reference data (app/resources/reference, read with importlib.resources): levels, categories, case kinds,
statuses, reasons, areas."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, cast

from typing_extensions import TypedDict  # pydantic (the desk server) needs this one on Python < 3.12

from app import resources
from app.services.errors import ValidationError

REFERENCE = ("reference",)
"""Folder of the reference files inside app/resources."""
NATIONAL = "000000"
"""Jurisdiction code of the national commission (sees every province)."""

Starter = Literal["physician", "institution", "counter"]


class LevelInfo(TypedDict):
    code: str
    name: str
    registers_at: Literal["province", "county"]
    note: str


class ScopeInfo(TypedDict):
    code: str
    name: str
    additional: bool
    """May be added as a second scope (全科, 急救, 重症, 康复, 儿科)."""
    later_addition: bool
    """Added by later documents; its code is this system's own, not the 2001 rule's."""


class CategoryInfo(TypedDict):
    code: str
    name: str
    full_name: str
    short_term_allowed: bool
    scopes: list[ScopeInfo]


class Material(TypedDict):
    name: str
    required: bool
    condition: str | None
    """When set, the material is needed only in this situation (required is then False)."""


class CaseKindInfo(TypedDict):
    value: str
    label: str
    starts_by: Starter
    initial_status: Literal["draft", "confirmed"]
    electronic: bool
    requires_registration_code: bool
    reasons: str | None
    """Name of the reason list the case needs ("filing_reasons", "deregistration_grounds") or None."""
    max_term_years: int | None
    note: str
    materials: list[Material]


class StatusInfo(TypedDict, total=False):
    value: str
    label: str
    label_registration: str
    terminal: bool


class Reason(TypedDict, total=False):
    code: str
    label: str
    kinds: list[str]
    """Deregistration grounds only: the case kinds that may use the ground."""


class Area(TypedDict):
    code: str
    name: str
    level: Literal["province", "city", "county"]
    parent: str | None


_REGISTRATION_KINDS = frozenset({"first_registration", "direct_registration"})


@cache
def _load(name: str) -> Any:
    return json.loads(resources.read_text(*REFERENCE, name))


def _copy(value: Any) -> Any:
    """Hand out copies so a caller can never alter the cached data."""
    return copy.deepcopy(value)


# --- levels and categories -------------------------------------------------


def levels() -> list[LevelInfo]:
    """Practice levels: 执业医师 (code 1), 执业助理医师 (code 2)."""
    return cast(list[LevelInfo], _copy(_load("levels.json")))


def levels_readonly() -> tuple[Mapping[str, Any], ...]:
    """The practice levels without a copy, for the hot paths (validation, certificate numbers): read them,
    never alter them."""
    return tuple(MappingProxyType(lv) for lv in _load("levels.json"))


def level_names() -> list[str]:
    """["执业医师", "执业助理医师"]."""
    return [lv["name"] for lv in _load("levels.json")]


def categories() -> list[CategoryInfo]:
    """The four practice categories with their scopes."""
    return cast(list[CategoryInfo], _copy(_load("categories.json")["categories"]))


def category_names() -> list[str]:
    """["临床", "中医", "口腔", "公共卫生"]."""
    return [c["name"] for c in _load("categories.json")["categories"]]


def _find_category(category: str) -> dict[str, Any]:
    key = (category or "").strip()
    for c in _load("categories.json")["categories"]:
        if key in (c["code"], c["name"], c["full_name"]) or key == c["name"] + "类别":
            return cast(dict[str, Any], c)
    raise ValidationError(
        f"执业类别「{category}」不存在：可选 {'、'.join(category_names())}", field="category"
    )


def category(value: str) -> CategoryInfo:
    """One category by name ("临床"), full name ("临床类别") or code ("1").

    Raises ValidationError(field="category") for an unknown category.
    """
    return cast(CategoryInfo, _copy(_find_category(value)))


def category_readonly(value: str) -> Mapping[str, Any]:
    """``category`` without a copy (every validation of a case and every certificate number looks one up):
    read it, never alter it. Raises ValidationError(field="category") for an unknown category."""
    return MappingProxyType(_find_category(value))


def scopes(category: str) -> list[ScopeInfo]:
    """Official practice scopes of a category (name, full name or code).

    Raises ValidationError(field="category") for an unknown category.
    """
    return cast(list[ScopeInfo], _copy(_find_category(category)["scopes"]))


def scope_names(category: str) -> list[str]:
    """Names of the scopes of a category, in official order."""
    return [s["name"] for s in _find_category(category)["scopes"]]


# --- case kinds and materials ----------------------------------------------


def _kinds_by_value() -> dict[str, dict[str, Any]]:
    return {k["value"]: k for k in _load("case_kinds.json")}


def case_kinds() -> list[CaseKindInfo]:
    """Every case kind with label, starter, initial status and materials."""
    return cast(list[CaseKindInfo], _copy(_load("case_kinds.json")))


def case_kind(value: str) -> CaseKindInfo:
    """One case kind. Raises ValidationError(field="kind") for an unknown value."""
    found = _kinds_by_value().get(str(value))
    if found is None:
        raise ValidationError(f"业务类型「{value}」不存在", field="kind")
    return cast(CaseKindInfo, _copy(found))


def kinds_started_by(starter: Starter) -> list[str]:
    """Values of the kinds a physician, an institution or the counter starts."""
    return [k["value"] for k in _load("case_kinds.json") if k["starts_by"] == starter]


def kind_label(value: str) -> str:
    """Chinese label of a case kind ("注册"); an unknown value is returned unchanged."""
    found = _kinds_by_value().get(str(value))
    return str(found["label"]) if found else str(value)


def materials(kind: str) -> list[Material]:
    """Paper materials of a case kind, each {name, required, condition}.

    Raises ValidationError(field="kind") for an unknown kind.
    """
    return case_kind(kind)["materials"]


# --- statuses ----------------------------------------------------------------


def statuses() -> list[StatusInfo]:
    """Case statuses with Chinese labels."""
    return cast(list[StatusInfo], _copy(_load("statuses.json")))


def status_label(value: str, kind: str | None = None) -> str:
    """Chinese label of a status ("待卫健委审核"); a rejected registration reads "不予注册".

    An unknown value is returned unchanged.
    """
    for s in _load("statuses.json"):
        if s["value"] == str(value):
            if kind is not None and str(kind) in _REGISTRATION_KINDS and "label_registration" in s:
                return str(s["label_registration"])
            return str(s["label"])
    return str(value)


# --- reasons -----------------------------------------------------------------


def _reasons(name: str) -> list[Reason]:
    return cast(list[Reason], _copy(_load("reasons.json")[name]))


def filing_reasons() -> list[Reason]:
    """Reasons an institution files a physician's departure: 调离, 退休, 退职, 被辞退, 被开除."""
    return _reasons("filing_reasons")


def deregistration_grounds(kind: str | None = None) -> list[Reason]:
    """The 11 deregistration grounds; with kind, only those that kind may use."""
    grounds = _reasons("deregistration_grounds")
    if kind is None:
        return grounds
    return [g for g in grounds if str(kind) in g.get("kinds", [])]


def refusal_grounds() -> list[Reason]:
    """The 5 grounds on which registration is refused (不予注册)."""
    return _reasons("refusal_grounds")


def return_reasons() -> list[Reason]:
    """Reasons a case is sent back for correction (退回补正)."""
    return _reasons("return_reasons")


def reason_list(name: str) -> list[Reason]:
    """A reason list by its name in reasons.json (as in CaseKindInfo.reasons)."""
    data = _load("reasons.json")
    if name not in data:
        raise ValidationError(f"原因列表「{name}」不存在", field="reason")
    return _reasons(name)


def reason_label(code: str) -> str:
    """Chinese label of any reason or ground code; an unknown code is returned unchanged."""
    for items in _load("reasons.json").values():
        for r in items:
            if r["code"] == code:
                return str(r["label"])
    return str(code)


# --- areas -------------------------------------------------------------------


@cache
def _areas_by_code() -> dict[str, dict[str, Any]]:
    return {a["code"]: a for a in _load("areas.json")["areas"]}


def areas(parent: str | None = None) -> list[Area]:
    """Known areas {code, name, level, parent}; with parent, only its direct children."""
    items = _load("areas.json")["areas"]
    if parent is not None:
        items = [a for a in items if a["parent"] == parent]
    return cast(list[Area], _copy(items))


def provinces() -> list[Area]:
    """The 34 provincial-level divisions."""
    return [a for a in areas() if a["level"] == "province"]


def is_known_province(code: str) -> bool:
    """True when the first two digits of a 6-digit code name a province."""
    return len(code) == 6 and code.isascii() and code.isdigit() and province_of(code) in _areas_by_code()


def is_known_area(code: str) -> bool:
    """True when the code is in the national list (areas.json)."""
    return str(code).strip() in _areas_by_code()


@cache
def _with_children() -> frozenset[str]:
    return frozenset(str(a["parent"]) for a in _load("areas.json")["areas"] if a["parent"])


def is_county_level(code: str) -> bool:
    """A county-level unit: 县、县级市、市辖区 (level "county"), or a 地级市 without counties
    (东莞市、中山市、儋州市、嘉峪关市), whose own code is where its institutions are."""
    entry = _areas_by_code().get(str(code).strip())
    if entry is None:
        return False
    return entry["level"] == "county" or (entry["level"] == "city" and entry["code"] not in _with_children())


def province_of(code: str) -> str:
    """The province code of an area code: "440106" → "440000"; "000000" stays national.

    Raises ValidationError(field="area_code") when the code is not 6 digits.
    """
    code = str(code).strip()
    if len(code) != 6 or not (code.isascii() and code.isdigit()):
        raise ValidationError(f"行政区划代码应为6位数字：「{code}」", field="area_code")
    if code == NATIONAL:
        return NATIONAL
    return code[:2] + "0000"


def area_name(code: str) -> str:
    """Full name with the province prefix ("广东省广州市天河区"); "000000" is "全国".

    An unknown code gives the code itself.
    """
    code = str(code).strip()
    if code == NATIONAL:
        return "全国"
    by_code = _areas_by_code()
    entry = by_code.get(code)
    if entry is None:
        return code
    province = by_code.get(code[:2] + "0000")
    if entry["level"] == "province" or province is None:
        return str(entry["name"])
    parts = [str(province["name"])]
    city = by_code.get(code[:4] + "00")
    if city is not None and city["level"] == "city":
        parts.append(str(city["name"]))
    if entry["level"] == "county":
        parts.append(str(entry["name"]))
    return "".join(parts)
