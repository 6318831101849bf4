"""Every reference-data name the windows may show (context "reference") and every service refusal that
is a fixed sentence (context "errors"), for translation.

resources/reference/*.json and the services' label tables stay the one source of these names; this script
lists them so that pyside6-lupdate can collect them:

    python scripts/reference_strings.py            # the names, one per line
    python scripts/reference_strings.py --errors   # the services' fixed refusal messages, one per line
    python scripts/reference_strings.py --py FILE  # FILE gets QT_TRANSLATE_NOOP("reference"/"errors", …)
    python scripts/reference_strings.py --templates app/resources/translations/error_templates.json

scripts/update-translations.sh runs the second form into build/i18n/ and hands that file to lupdate;
tests/gui/test_translations.py checks that the English translation covers every name listed here.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import (  # noqa: E402
    accounts,
    cases,
    merge,
    paper,
    permissions,
    profile,
    reference,
    registries,
    remember,
    roster,
    rules,
    signing,
    sms,
    types,
    validation,
)

GENDERS = ("男", "女")
SERVICES = Path(__file__).resolve().parents[1] / "app" / "services"
#: where refusals are raised: the services, and the file readers they share with the windows
REFUSING = [*sorted(SERVICES.glob("*.py")), SERVICES.parent / "spreadsheet.py"]
CJK = re.compile(r"[\u4e00-\u9fff]")
#: the DomainError family, as raised in app/services (a message with data in it is an f-string: not here)
ERROR_CLASSES = re.compile(r"(Error|Denied|Transition|NotFound|Fault)$")


def reference_names() -> list[str]:
    """The names in a stable order (reference data first, then the services' labels), each once."""
    return list(dict.fromkeys(n for n in _names() if n and n.strip()))


def _names() -> Iterator[str]:
    for level in reference.levels():
        yield level["name"]
    for cat in reference.categories():
        yield cat["name"]
        yield cat["full_name"]
        for scope in cat["scopes"]:
            yield scope["name"]
    for kind in reference.case_kinds():
        yield kind["label"]
        yield kind["note"]
        for material in kind["materials"]:
            yield material["name"]
            if material["condition"]:
                yield material["condition"]
    for status in reference.statuses():
        yield status["label"]
        if "label_registration" in status:
            yield status["label_registration"]
    for name in ("filing_reasons", "deregistration_grounds", "refusal_grounds", "return_reasons"):
        for reason in reference.reason_list(name):
            yield reason["label"]
    yield reference.area_name(reference.NATIONAL)
    for area in reference.areas():
        yield area["name"]
        yield reference.area_name(area["code"])
    yield from rules.FIELD_LABELS.values()
    yield from rules.ID_TYPES.values()
    yield from rules.HMT_ORIGINS
    yield from cases.ACTION_LABELS.values()
    yield from ("准予注册", "不予注册")  # cases._action_label of the registering kinds
    yield from paper.DOCUMENT_LABELS.values()
    yield from permissions.ROLE_LABELS.values()
    yield from roster.STATUS_LABELS.values()
    yield from roster.FILING_STATUS_LABELS.values()
    yield from (roster.RELATION_MAIN, roster.RELATION_FILING, roster.RELATION_APPLYING)
    yield from (str(v) for v in roster.SOURCE_LABELS.values())
    yield from roster.FIELD_LABELS.values()
    yield from ("港澳台医师短期行医", "外国医师短期行医")  # the pool's short-term kinds (roster service)
    yield from (label for _key, label in accounts.INSTITUTION_DOCUMENTS)
    yield from profile.FIELDS.values()
    yield from profile.STATUS_LABELS.values()
    yield from (label for _headers, label in registries.NURSE_COLUMNS.values())
    yield from (label for _headers, label in registries.INSTITUTION_COLUMNS.values())
    yield from types.QUALIFICATION_IMPORT_LABELS.values()
    yield from GENDERS
    yield remember.UNAVAILABLE
    yield from merge.ACTION_LABELS.values()
    yield from merge.REASONS.values()
    yield from merge.FOLLOWS.values()
    yield from validation.PASSWORD_KINDS  # named in a weak password's refusal


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


#: helpers that make a refusal, and which argument is its message
REFUSAL_HELPERS = {"deny": 0, "_refuse": 1, "_wrong_type": 1, "fail": 1}


def _refusal_argument(node: ast.AST) -> ast.expr | None:
    """The message argument of ``SomeError(…)``, ``deny(…)``, ``_refuse(field, …)`` or
    ``row.fail(field, …)``."""
    if not isinstance(node, ast.Call):
        return None
    callee = _callee(node)
    if isinstance(node.func, ast.Name) and ERROR_CLASSES.search(callee):
        return node.args[0] if node.args else None
    at = REFUSAL_HELPERS.get(callee)
    if at is None or (callee == "fail" and len(node.args) != 2):
        return None
    return node.args[at] if len(node.args) > at else None


def _problem_part(node: ast.AST) -> ast.expr | None:
    """The argument of ``problems.append(…)``: one part of a refusal joined with "；"."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "problems" and node.args):
        return node.args[0]
    return None


def error_messages() -> list[str]:
    """The Chinese messages the services raise as fixed sentences (the message of a DomainError subclass,
    ``deny(…)`` or an import's ``row.fail(field, "…")`` written as a plain string literal, or as a module
    constant holding one), in file order, each once."""
    found: list[str] = []
    for path in REFUSING:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            node.targets[0].id: node.value.value for node in tree.body
            if isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        }
        for node in ast.walk(tree):
            arg = _refusal_argument(node)
            arg = _problem_part(node) or arg  # a part of a joined refusal ("密码强度不足：…；…")
            if isinstance(arg, ast.Name) and arg.id in constants:
                text = constants[arg.id]
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            else:
                continue
            if CJK.search(text):
                found.append(text)
    found += [signing.WHY_UNSIGNED, signing.WHY_ALTERED, signing.WHY_APPENDED, signing.WHY_UNTRUSTED]
    found += list(signing.STATE_MESSAGES.values())  # the parts of a notice's verdict (error_templates)
    found += [sms.NO_GATEWAY, sms.SECRET_LOST]  # an outbox message's error, shown in the outbox
    return list(dict.fromkeys(found))


def _refusal_fstring(node: ast.AST) -> ast.JoinedStr | None:
    """The f-string of ``SomeError(f"…")``, ``deny(f"…")``, ``_refuse(field, f"…")``, ``row.fail(field,
    f"…")``, ``msg = f"…"`` or ``problems.append(f"…")`` (the parts of a joined refusal)."""
    arg: ast.expr | None = _problem_part(node)
    if arg is not None:
        pass
    elif (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in ("msg", "message")):
        arg = node.value
    else:
        arg = _refusal_argument(node)
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Add) and isinstance(arg.left, ast.Constant):
        # "密码强度不足：" + "；".join(problems): a template with the joined parts as one value
        return ast.JoinedStr(values=[arg.left, ast.FormattedValue(value=arg.right, conversion=-1)])
    return arg if isinstance(arg, ast.JoinedStr) else None


def error_templates() -> list[str]:
    """The services' refusals with data in them, as templates with lower-case placeholders
    ("密码错误（再错 {left} 次将退出登录并锁定账户）"), in file order, each once.

    A placeholder is named after what the f-string puts there: a variable by its name (``{left}``), any
    other expression by its words (``{case.number}`` → ``{case_number}``, ``{'、'.join(missing)}`` →
    ``{join_missing}``); the same expression twice is the same placeholder. A conditional between fixed
    words (``{'备份' if … else '恢复'}``) gives one template per choice, so the words are translated too.
    They are translated in the context "errors" like the fixed sentences; error_text() of
    app/views/i18n.py matches a message against them (app/resources/translations/error_templates.json)."""
    found: list[str] = []
    for path in REFUSING:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            fstring = _refusal_fstring(node)
            if fstring is None:
                continue
            for template in _fstring_templates(fstring):
                if CJK.search(template) and "{{" not in template and "}}" not in template:
                    found.append(template)
    found += [signing.VERDICT_GENUINE, signing.VERDICT_DOUBTFUL]  # notices.verify()'s message
    return list(dict.fromkeys(found))


def placeholder(expr: ast.expr) -> str:
    """The placeholder's name for an f-string's expression: lower-case words joined by "_"."""
    if isinstance(expr, ast.Name):
        return expr.id.lower()
    words = re.findall(r"[A-Za-z][A-Za-z0-9]*", ast.unparse(expr))
    words = [w.lower() for w in words if w.lower() not in ("self", "str", "isoformat", "get")] or ["value"]
    if len(words) > 4:
        words = words[:2] + words[-2:]
    return "_".join(words)


def _fstring_templates(fstring: ast.JoinedStr) -> list[str]:
    """The templates of one f-string (more than one where a part chooses between fixed words)."""
    templates = [""]
    for value in fstring.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            choices = [value.value.replace("{", "{{").replace("}", "}}")]
        elif isinstance(value, ast.FormattedValue):
            inner = value.value
            if (isinstance(inner, ast.IfExp) and isinstance(inner.body, ast.Constant)
                    and isinstance(inner.orelse, ast.Constant)
                    and isinstance(inner.body.value, str) and isinstance(inner.orelse.value, str)):
                choices = list(dict.fromkeys((inner.body.value, inner.orelse.value)))
            else:
                choices = ["{" + placeholder(inner) + "}"]
        else:
            return []
        templates = [t + c for t in templates for c in choices]
    return templates


def _py_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--py", type=Path, help="write QT_TRANSLATE_NOOP lines for lupdate to this file")
    parser.add_argument("--errors", action="store_true", help="list the services' fixed refusal messages")
    parser.add_argument("--templates", type=Path,
                        help="write the services' refusal templates (messages with data) to this JSON file")
    args = parser.parse_args(argv)
    names = reference_names()
    if args.templates is not None:
        args.templates.write_text(json.dumps(error_templates(), ensure_ascii=False, indent=0) + "\n",
                                  encoding="utf-8")
        if args.py is None:
            return 0
    if args.py is None:
        sys.stdout.write("\n".join(error_messages() if args.errors else names) + "\n")
        return 0
    args.py.parent.mkdir(parents=True, exist_ok=True)
    lines = ['"""Generated by scripts/reference_strings.py for pyside6-lupdate; do not edit."""', ""]
    lines += [f'QT_TRANSLATE_NOOP("reference", {_py_literal(n)})' for n in names]
    lines += [f'QT_TRANSLATE_NOOP("errors", {_py_literal(m)})' for m in error_messages()]
    lines += [f'QT_TRANSLATE_NOOP("errors", {_py_literal(m)})' for m in error_templates()]
    args.py.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
