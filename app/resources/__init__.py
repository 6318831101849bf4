"""The files the desk reads at run time (reference data, fonts, style sheet, translations), in the package.

They are found with ``importlib.resources``, so the same code works from a checkout, from an installed wheel
and from a PyInstaller folder. ``path()`` gives a real file for the libraries that need one (Qt's font
database, reportlab, QTranslator); when the package is not on disk (a zip import) the file is extracted once
and kept until the process ends.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)
_paths: dict[tuple[str, ...], Path] = {}


def files(*parts: str) -> Traversable:
    """The packaged resource (file or folder) ``app/resources/<parts…>``."""
    node = resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    """The text of a packaged UTF-8 file."""
    return files(*parts).read_text(encoding="utf-8")


def path(*parts: str) -> Path:
    """A file-system path of the packaged file or folder (extracted once when the package is zipped)."""
    known = _paths.get(parts)
    if known is not None:
        return known
    node = files(*parts)
    if isinstance(node, Path):
        found = node
    else:  # pragma: no cover - only for zip imports
        found = _extracted.enter_context(resources.as_file(node))
    _paths[parts] = found
    return found
