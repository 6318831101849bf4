"""The built wheel is the whole app: installed outside the checkout it carries its resources and starts.

The wheel is built from a copy of the checkout's files (tracked and not ignored), the way a release is built,
and installed with ``--no-deps`` into a fresh venv in a temporary folder. The venv finds the dependencies
through a .pth line naming this interpreter's site-packages (only a path: the editable install of the
checkout that lives there is never activated), so no download is needed and the run takes seconds; that
the installed metadata's requirements are all met is checked on its own. Then the installed ``regdesk``
console script is started offscreen in ``--smoke`` mode and must reach the login window with the package
and the bundled font found inside the venv, and draw an approval notice PDF as the print preview does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import main

pytestmark = pytest.mark.slow

CHECKOUT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    site: Path
    work: Path


def _source_files() -> list[str]:
    """The files a clean checkout has: tracked ones and new ones not ignored (so work in progress counts)."""
    if (CHECKOUT / ".git").exists() and shutil.which("git"):
        out = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=CHECKOUT, check=True, capture_output=True,
        ).stdout.decode()
        return [f for f in out.split("\0") if f and (CHECKOUT / f).is_file()]
    skip = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis"}
    return [
        str(p.relative_to(CHECKOUT)) for p in CHECKOUT.rglob("*")
        if p.is_file() and not skip.intersection(p.relative_to(CHECKOUT).parts)
    ]


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)  # type: ignore[call-overload]
    assert result.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{result.stdout}\n{result.stderr}"
    return result  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    for name in _source_files():
        target = src / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(CHECKOUT / name, target)
    dist = work / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)])
    (wheel,) = dist.glob("regdesk-*.whl")

    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=work).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_regdesk_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
          str(wheel)])
    yield Installed(wheel=wheel, venv=venv, python=python, site=site, work=work)


def _clean_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REGDESK_", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        REGDESK_DATA_DIR=str(work / "data"),
        REGDESK_SMOKE_PDF="1",
        HOME=str(work / "home"),
        XDG_CONFIG_HOME=str(work / "home" / ".config"),
    )
    return env


def test_wheel_holds_every_file_of_app_resources_and_every_migration(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    wanted = [
        f for f in _source_files()
        if f.startswith(("app/resources/", "app/migrations/")) and "__pycache__" not in f
    ]
    assert any(f.endswith("wqy-microhei.ttc") for f in wanted)
    assert any(f.endswith("case_kinds.json") for f in wanted)
    missing = sorted(set(wanted) - names)
    assert not missing, f"not in the wheel: {missing}"


def test_installed_wheel_meets_its_requirements(installed: Installed) -> None:
    code = (
        "import importlib.metadata as md, re\n"
        "missing = []\n"
        "for req in md.requires('regdesk') or []:\n"
        "    if 'extra ==' in req: continue\n"
        "    name = re.split(r'[ ;<>=!~\\[]', req, maxsplit=1)[0]\n"
        "    try: md.version(name)\n"
        "    except md.PackageNotFoundError: missing.append(req)\n"
        "print('missing:', missing)\n"
        "assert not missing\n"
    )
    _run([str(installed.python), "-c", code], cwd=installed.work)


def test_installed_app_starts_outside_the_checkout_to_the_login_window(installed: Installed) -> None:
    script = installed.venv / ("Scripts/regdesk.exe" if os.name == "nt" else "bin/regdesk")
    assert script.exists(), "the wheel must install the regdesk console script"
    db = installed.work / "office.db"
    result = subprocess.run(
        [str(script), "--smoke", "--db", f"sqlite:///{db}"],
        cwd=installed.work, env=_clean_env(installed.work), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    line = next((x for x in result.stdout.splitlines() if x.startswith(main.SMOKE_OK)), "")
    assert line, result.stdout + result.stderr
    assert f"package={installed.site / 'app'}" in line, line  # the installed copy, not the checkout
    assert f"font={installed.site / 'app' / 'resources' / 'fonts' / 'wqy-microhei.ttc'}" in line, line
    assert str(CHECKOUT) not in line
    assert db.exists()  # the schema was built by the migrations the wheel carries
    assert "REGDESK SMOKE PDF OK" in result.stdout  # reportlab, the packaged font and PDFium work there
