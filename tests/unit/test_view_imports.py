"""A window's process holds no database layer: importing any view module, and building the sealed password
letter from a view (contract.password_letter_pdf), loads neither SQLAlchemy nor a database driver.

The ast check in test_layers.py sees only a view's own import lines; these run the imports, so a service
module a view reaches through the contract (or app.config) that pulls SQLAlchemy in is caught too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWS = sorted(
    f"app.views.{p.stem}" for p in (ROOT / "app" / "views").glob("*.py") if p.stem != "__init__"
)
HEAVY = "{'sqlalchemy', 'psycopg', 'alembic'}"


def _run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_importing_every_view_module_loads_no_database_layer() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {VIEWS!r}:\n"
        "    importlib.import_module(name)\n"
        "    loaded = sorted({m.split('.')[0] for m in sys.modules} & " + HEAVY + ")\n"
        "    if loaded:\n"
        "        print(name, loaded); break\n"
        "else:\n"
        "    print('clean')\n"
    )
    assert _run(code) == "clean"


def test_building_the_password_letter_from_a_view_loads_no_database_layer(tmp_path: Path) -> None:
    code = (
        "import datetime as dt, sys\n"
        "import app.views.commission\n"
        "from app.services.contract import password_letter_pdf\n"
        "pdf = password_letter_pdf(institution_name='市第一人民医院', registration_number='PDY0001',\n"
        "    delegate_name='王芳', username='h440100001', password='Xk7#pq9LmZ',\n"
        "    organisation='广州市卫生健康委员会',\n"
        "    printed_by='clerk1', printed_at=dt.datetime(2026, 12, 4, 10, 30), reset=True)\n"
        f"open({str(tmp_path / 'letter.pdf')!r}, 'wb').write(pdf)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & " + HEAVY + "))\n"
    )
    assert _run(code) == "[]"
    pdf = (tmp_path / "letter.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: the letter's text is not read back")
    text = subprocess.run(["pdftotext", str(tmp_path / "letter.pdf"), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    flat = "".join(text.split())
    assert "h440100001" in flat and "Xk7#pq9LmZ" in flat and "新密码" in flat and "市第一人民医院" in flat
