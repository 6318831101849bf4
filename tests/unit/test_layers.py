"""The layer rules: views never touch the database layer; services and models never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _files(folder: str) -> list[Path]:
    return sorted((APP / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _files("views"), ids=lambda p: p.name)
def test_views_never_import_sqlalchemy_models_or_db(path: Path) -> None:
    bad = {
        n for n in _imports(path) if n.split(".")[0] == "sqlalchemy" or n.startswith(("app.models", "app.db"))
    }
    assert not bad, f"{path.name} imports {sorted(bad)}: views must call services"


@pytest.mark.parametrize("path", _files("services") + _files("models"), ids=lambda p: p.name)
def test_services_and_models_never_import_qt(path: Path) -> None:
    bad = {n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}}
    assert not bad, f"{path.name} imports {sorted(bad)}"


@pytest.mark.parametrize("path", _files("models"), ids=lambda p: p.name)
def test_models_never_import_services(path: Path) -> None:
    bad = {n for n in _imports(path) if n.startswith("app.services")}
    assert not bad, f"{path.name} imports {sorted(bad)}: models hold no rules"
