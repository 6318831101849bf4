"""The translation files: complete, current with the code, built, and found by the app."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from reference_strings import error_messages, error_templates, reference_names  # noqa: E402
from translations import problems  # noqa: E402

from app.views.theme import translations_dir  # noqa: E402

TS_FILES = sorted(Path(translations_dir()).glob("regdesk_*.ts"))


def sources(path: Path, context: str) -> set[str]:
    root = ET.parse(path).getroot()
    return {m.findtext("source") or "" for c in root.iter("context") if (c.findtext("name") or "") == context
            for m in c.iter("message")}


def test_both_languages_have_a_translation_source() -> None:
    assert {p.name for p in TS_FILES} == {"regdesk_en.ts", "regdesk_zh_CN.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translation_source_has_no_unfinished_obsolete_or_broken_message(ts: Path) -> None:
    assert problems(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_reference_name_is_translated(ts: Path) -> None:
    assert set(reference_names()) <= sources(ts, "reference")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_fixed_service_refusal_is_translated(ts: Path) -> None:
    assert len(error_messages()) > 50
    assert set(error_messages()) <= sources(ts, "errors")


def test_translation_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run afresh on the code finds nothing the committed English file lacks (and vice versa)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not next to this Python")
    ref_py = tmp_path / "reference_strings.py"
    script = ROOT / "scripts" / "reference_strings.py"
    subprocess.run([sys.executable, str(script), "--py", str(ref_py)], check=True)
    fresh = tmp_path / "fresh.ts"
    code = [str(ROOT / "main.py"), *map(str, sorted((ROOT / "app" / "views").glob("*.py"))), str(ref_py)]
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-tr-function-alias", "QT_TR_NOOP+=N_", *code,
                    "-ts", str(fresh)], check=True)
    committed = next(p for p in TS_FILES if p.name == "regdesk_en.ts")
    for context in ("", "reference", "errors"):
        assert sources(fresh, context) == sources(committed, context), (
            "run bash scripts/update-translations.sh and translate what is new")


def test_committed_qm_files_are_built_from_the_sources(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not next to this Python")
    for ts in TS_FILES:
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        stale = f"{qm.name} is stale: run scripts/build-translations.sh"
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), stale


def test_english_is_loaded_for_lang_en(qapp: Any) -> None:
    from app.views.i18n import ref, tr
    from app.views.theme import install_translations, remove_translations

    installed = install_translations(qapp, "en")
    try:
        assert tr("登录") == "Sign in"
        assert ref("待卫健委审核") == "Awaiting commission review"
        assert ref("广东省广州市越秀区") == "Yuexiu District, Guangzhou, Guangdong"
        assert tr("共 {n} {unit}").format(n=3, unit=tr("位医师")) == "Physicians: 3"
    finally:
        remove_translations(qapp, installed)
    assert tr("登录") == "登录"


def test_a_refused_sign_in_reads_in_english(qtbot: Any, gui_desk: Any, qapp: Any) -> None:
    """A service refusal that is a fixed sentence reaches the English user in English."""
    from PySide6.QtWidgets import QLabel

    from app.views.login import LoginDialog
    from app.views.theme import install_translations, remove_translations
    from tests.gui.helpers import admin

    admin(gui_desk)
    installed = install_translations(qapp, "en")
    try:
        dialog = LoginDialog(gui_desk)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy)
        dialog.username.setText("nobody")  # an unknown user: the fixed sentence (a known one counts down)
        dialog.password.setText("Not#the2026password")
        dialog.ok_button.click()

        def shown() -> list[str]:
            return [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]

        qtbot.waitUntil(lambda: "Wrong username or password" in shown(), timeout=10_000)
        assert not any("用户名或密码错误" in text for text in shown())
    finally:
        remove_translations(qapp, installed)


def test_the_refusal_templates_file_is_current_with_the_services() -> None:
    committed = json.loads((Path(translations_dir()) / "error_templates.json").read_text(encoding="utf-8"))
    assert committed == error_templates(), "run bash scripts/update-translations.sh"
    assert len(committed) > 40


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_refusal_template_is_translated(ts: Path) -> None:
    assert set(error_templates()) <= sources(ts, "errors")


def test_a_refusal_with_data_reads_in_english_through_its_template(qapp: Any) -> None:
    from app.services import AuthenticationError, ValidationError
    from app.views.i18n import error_text
    from app.views.theme import install_translations, remove_translations

    counted = AuthenticationError("密码错误（再错 4 次将退出登录并锁定账户）", "password")
    empty_level = ValidationError("医师级别不能为空", "level")  # fixed sentence: found as it is
    empty_field = ValidationError("毕业院校不能为空", "school")  # "{label}不能为空", label translated
    listed = ValidationError("「爱好」不是可修改的个人信息（可改：学历、科室）", "key")
    installed = install_translations(qapp, "en")
    try:
        assert error_text(counted) == "Wrong password (4 more wrong tries sign you out and lock the account)"
        assert error_text(empty_level) == "The level must not be empty"
        assert error_text(empty_field) == "School graduated from must not be empty"
        assert error_text(listed) == ('"爱好" is not a personal detail that can be changed '
                                      "(these can: Education, Department)")
        assert error_text("没有见过的话") == "没有见过的话"  # unknown: shown as written
    finally:
        remove_translations(qapp, installed)
    assert error_text(counted) == counted.message  # the Chinese interface: as the service wrote it
