"""The suite's own scheduling rule (tests/conftest.py): with ``pytest -n N`` the tests of a module that share
a module-scoped fixture go to one worker. xdist only sees test ids, so the modules are listed by hand in
SHARED_MODULE_FIXTURES; this reads every test module's source and fails when one that defines or imports a
module-scoped fixture is not listed (its fixture would be built once per worker), or a listed one is gone."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import SHARED_MODULE_FIXTURES

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
SHARED_SCOPES = {"module", "class", "package"}


def _shared_fixtures(tree: ast.Module) -> set[str]:
    """Names of the fixtures a module defines with a module, class or package scope."""
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for deco in node.decorator_list:
            if not isinstance(deco, ast.Call) or "fixture" not in ast.unparse(deco.func):
                continue
            keywords = {k.arg: k.value for k in deco.keywords}
            scope = keywords.get("scope")
            if isinstance(scope, ast.Constant) and scope.value in SHARED_SCOPES:
                name = keywords.get("name")
                found.add(name.value if isinstance(name, ast.Constant) else node.name)
    return found


def modules_with_shared_fixtures() -> set[str]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in TESTS.rglob("*.py")}
    defined = {path: _shared_fixtures(tree) for path, tree in trees.items()}
    by_module: dict[str, set[str]] = {}  # what ``from <module> import …`` may bring (by the file's stem)
    for path, names in defined.items():
        by_module.setdefault(path.stem, set()).update(names)
    wanted = set()
    for path, tree in trees.items():
        if not path.name.startswith("test_"):
            continue
        uses = bool(defined[path])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                source = by_module.get(node.module.rsplit(".", 1)[-1], set())
                uses = uses or any(alias.name in source for alias in node.names)
        if uses:
            wanted.add(path.relative_to(ROOT).as_posix())
    return wanted


def test_every_module_sharing_a_module_scoped_fixture_runs_on_one_worker() -> None:
    wanted = modules_with_shared_fixtures()
    assert "tests/packaging/test_wheel.py" in wanted  # the reading itself works
    missing = sorted(wanted - set(SHARED_MODULE_FIXTURES))
    assert not missing, f"add to SHARED_MODULE_FIXTURES in tests/conftest.py: {missing}"
    gone = sorted(f for f in SHARED_MODULE_FIXTURES if not (ROOT / f).is_file())
    assert not gone, f"listed in SHARED_MODULE_FIXTURES but not there: {gone}"
