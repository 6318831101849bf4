"""The UI's language: tr() for the windows' own words, ref() for reference-data names, N_() to mark words
kept in module or class constants.

pyside6-lupdate files every module-level ``tr("…")`` call of a Python file under the empty context, so the
whole UI shares that one context (one Chinese phrase, one English wording everywhere). Reference names
(case kinds, statuses, reasons, levels, categories, scopes, materials, areas and the services' labels) are
in the context "reference"; scripts/update-translations.sh collects them from the reference data itself
(scripts/reference_strings.py), so resources/reference/*.json stays their one source.

Words held in constants built at import time (column headers, class attributes) are marked with ``N_``
(QT_TR_NOOP, which lupdate knows) and translated with ``tr`` where they are shown: a module may be
imported before the translator is installed.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

REFERENCE = "reference"
ERRORS = "errors"


def tr(text: str) -> str:
    """The UI string ``text`` (written in Chinese, the source language) in the current language."""
    return QCoreApplication.translate("", text)


def N_(text: str) -> str:  # noqa: N802 - the gettext name for "mark now, translate later"
    """Mark a string for extraction without translating it yet (lupdate knows it as QT_TR_NOOP)."""
    return text


def ref(name: str | None) -> str:
    """A reference-data name ("已批准", "临床", "广东省") in the current language; unknown text unchanged."""
    if not name:
        return ""
    return QCoreApplication.translate(REFERENCE, name)


def ref_join(names: Iterable[str | None]) -> str:
    """Reference names as one list ("内科专业、外科专业" / "Internal medicine, Surgery")."""
    return tr("、").join(ref(n) for n in names if n)


def error_text(err: object) -> str:
    """A service's refusal (DomainError.message) in the current language. Services write Chinese; the
    messages that are fixed sentences are in the context "errors" (scripts/reference_strings.py collects
    them from app/services). A message with data in it ("密码错误（再错 2 次…）") is matched against the
    services' templates (error_templates.json, "密码错误（再错 {left} 次…）"): the template's translation
    gets the message's values, reference names among them translated. Anything else is shown as written."""
    message = str(getattr(err, "message", err))
    if not message:
        return message
    translated = QCoreApplication.translate(ERRORS, message)
    if translated != message:
        return translated
    for template, pattern in _templates():
        found = pattern.match(message)
        if found is None:
            continue
        wording = QCoreApplication.translate(ERRORS, template)
        if wording == template:
            return message  # no translation (the Chinese interface): as the service wrote it
        return wording.format(**{k: _value(v) for k, v in found.groupdict().items()})
    return message


def _value(text: str) -> str:
    """A value taken from a refusal: a reference name (or a 、-list of them) or a fixed refusal sentence
    translated, data unchanged."""
    if "；" in text:  # refusals joined into one ("至少需要12个字符；不能与用户名相同")
        return tr("；").join(error_text(part) for part in text.split("；"))
    if "、" in text and ref(text) == text:
        return tr("、").join(ref(part) for part in text.split("、"))
    named = ref(text)
    if named != text:
        return named
    return QCoreApplication.translate(ERRORS, text)


@functools.cache
def _templates() -> list[tuple[str, re.Pattern[str]]]:
    """The services' refusal templates as patterns, the most specific (most fixed text) first."""
    from app import resources

    try:
        templates = json.loads(resources.read_text("translations", "error_templates.json"))
    except (OSError, ValueError):
        return []
    out = []
    for template in templates:
        parts = re.split(r"\{([a-z_0-9]+)\}", template)
        seen: set[str] = set()
        regex = ""
        for i, part in enumerate(parts):
            if i % 2 == 0:
                regex += re.escape(part)
            elif part in seen:
                regex += f"(?P={part})"  # the same value again ("{phys_name}…{phys_name}")
            else:
                seen.add(part)
                regex += f"(?P<{part}>.+?)"
        out.append((template, re.compile(regex + r"\Z", re.DOTALL)))
    out.sort(key=lambda tp: -len(re.sub(r"\{[a-z_0-9]+\}", "", tp[0])))
    return out


def db_text(described: str) -> str:
    """Desk.describe() ("SQLite：/path", "PostgreSQL：host:5432/db", "桌面服务器：https://…") in the
    language (its kind and colon)."""
    if described.startswith("桌面服务器："):
        described = tr("桌面服务器") + described[len("桌面服务器"):]
    return described.replace("：", tr("："), 1)


def join(items: Iterable[object]) -> str:
    """Data items as one list with the language's separator (、 in Chinese, ", " in English)."""
    return tr("、").join(str(i) for i in items if i not in (None, ""))
