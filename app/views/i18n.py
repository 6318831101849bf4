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
    them from app/services); a message with data in it is shown as the service wrote it."""
    message = str(getattr(err, "message", err))
    return QCoreApplication.translate(ERRORS, message) if message else message


def db_text(described: str) -> str:
    """Desk.describe() ("SQLite：/path", "PostgreSQL：host:5432/db") with the language's colon."""
    return described.replace("：", tr("："), 1)


def join(items: Iterable[object]) -> str:
    """Data items as one list with the language's separator (、 in Chinese, ", " in English)."""
    return tr("、").join(str(i) for i in items if i not in (None, ""))
