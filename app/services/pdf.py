"""Drawing PDF pages with the bundled font: what the desk's paper and the sealed password letter share.

Only reportlab (and the packaged font) is needed here, not the database: a window's process may build a
password letter without loading SQLAlchemy. The bundled WenQuanYi Micro Hei (TrueType, embedded as a subset;
never the unembedded STSong-Light) draws the text; characters it lacks (rare characters beyond the BMP such
as 𠮷) are drawn with the first TrueType fallback font that has them (``REGDESK_PDF_FALLBACK_FONTS``, other
fonts in app/resources/fonts, SimSun-ExtB / MingLiU-ExtB on Windows, HanaMin on Linux); when no font has one,
a dashed box is drawn for the clerk to complete by hand and ``Page.missing`` lists it. Either way the text
layer keeps the real character.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app import resources

FONT_DIR = resources.path("fonts")
"""The packaged fonts (app/resources/fonts), a real folder: reportlab reads TrueType files by path."""
FONT_FILE = FONT_DIR / "wqy-microhei.ttc"
FONT = "RegDeskSans"
"""reportlab name of the bundled WenQuanYi Micro Hei (subfont 0)."""
FALLBACK_ENV = "REGDESK_PDF_FALLBACK_FONTS"
"""os.pathsep-separated TrueType files tried, in order, for characters WenQuanYi lacks."""


# ---- fonts ----------------------------------------------------------------------------------------


def _fix_tounicode() -> None:
    """reportlab writes a character beyond the BMP into a subset's ToUnicode CMap as 5 hex digits (not
    UTF-16), so copying or searching 𠮷 fails; write UTF-16 surrogate pairs instead (idempotent)."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_regdesk_utf16", False):
        return

    def make(fontname: str, subset: Sequence[int]) -> str:
        text = original(fontname, [c if c <= 0xFFFF else 0 for c in subset])
        for i, c in enumerate(subset):
            if c > 0xFFFF:
                utf16 = chr(c).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{i:02X}> <0000>", f"<{i:02X}> <{utf16}>", 1)
        return str(text)

    make._regdesk_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


def fallback_paths() -> list[Path]:
    """TrueType files that may hold what WenQuanYi lacks, in the order they are tried."""
    paths = [Path(p) for p in os.environ.get(FALLBACK_ENV, "").split(os.pathsep) if p.strip()]
    if FONT_DIR.is_dir():
        paths += sorted(
            p for p in FONT_DIR.iterdir() if p.suffix.lower() in (".ttf", ".ttc") and p.name != FONT_FILE.name
        )
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:  # Windows office PCs: SimSun-ExtB / MingLiU-ExtB cover CJK Extension B (used, not shipped)
        names = ("simsunb.ttf", "mingliub.ttc", "simsun.ttc", "msyh.ttc")
        paths += [Path(windir) / "Fonts" / n for n in names]
    paths += [
        Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),  # Debian fonts-hanazono
        Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    ]
    return paths


class FontBook:
    """The bundled font, and fallback fonts loaded one at a time, only when a character needs one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._primary: frozenset[int] | None = None
        self._loaded: list[tuple[str, frozenset[int]]] = []
        self._pending: list[Path] | None = None

    def primary(self) -> frozenset[int]:
        """Register WenQuanYi Micro Hei (once); its character set."""
        chars = self._primary
        if chars is not None:
            return chars
        with self._lock:
            if self._primary is None:
                _fix_tounicode()
                font = TTFont(FONT, str(FONT_FILE), subfontIndex=0)
                pdfmetrics.registerFont(font)
                self._primary = frozenset(font.face.charToGlyph)
            return self._primary

    def font_for(self, ch: str) -> str | None:
        """The font that draws ``ch``: the bundled one, else the first fallback with it, else None."""
        code = ord(ch)
        if code in self.primary():
            return FONT
        with self._lock:
            for name, chars in self._loaded:
                if code in chars:
                    return name
            if self._pending is None:
                self._pending = [p for p in fallback_paths() if p.is_file()]
            while self._pending:  # open the next candidate only when the loaded ones lack the character
                loaded = _load_fallback(self._pending.pop(0))
                if loaded is None:
                    continue
                self._loaded.append(loaded)
                if code in loaded[1]:
                    return loaded[0]
            return None


def _load_fallback(path: Path) -> tuple[str, frozenset[int]] | None:
    name = f"RegDeskFallback-{path.stem}"
    try:  # CFF outlines, fonts that forbid embedding, broken files: not a fallback
        font = TTFont(name, str(path), subfontIndex=0)
    except Exception:  # noqa: BLE001 - any unusable font is simply skipped
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


FONTS = FontBook()


def code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _clean(text: str) -> str:
    return " ".join(str(text).split()) if any(c in text for c in "\r\n\t") else str(text)


def _runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` split into runs of one font each (None: a character no font has)."""
    runs: list[tuple[str | None, str]] = []
    for ch in _clean(text):
        font = FONTS.font_for(ch)
        if runs and runs[-1][0] == font and font is not None:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def text_width(text: str, size: float) -> float:
    """Width in points of ``text`` as ``draw_text`` draws it."""
    return sum(pdfmetrics.stringWidth(t, f, size) if f else size * len(t) for f, t in _runs(text))


# ---- drawing helpers ------------------------------------------------------------------------------


class Page:
    """A canvas with the project's text drawing: font fallback, missing characters as boxes."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.missing: list[str] = []

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10,
        *,
        color: colors.Color = colors.black,
        bold: bool = False,
        anchor: str = "left",
    ) -> float:
        """Draw one line; returns its width. ``anchor``: left, centre or right of ``x``."""
        width = text_width(text, size)
        if anchor == "centre":
            x -= width / 2
        elif anchor == "right":
            x -= width
        c = self.c
        c.saveState()
        c.setFillColor(color)
        c.setStrokeColor(color)
        for font, run in _runs(text):
            if font is None:
                for ch in run:
                    self._missing_box(x, y, ch, size, color)
                    x += size
                continue
            t = c.beginText(x, y)
            t.setFont(font, size)
            if bold:  # WenQuanYi has no bold face: fill and stroke the outlines
                c.setLineWidth(size * 0.035)
                t.setTextRenderMode(2)
            t.textOut(run)
            c.drawText(t)
            x += pdfmetrics.stringWidth(run, font, size)
        c.restoreState()
        return width

    def _missing_box(self, x: float, y: float, ch: str, size: float, color: colors.Color) -> None:
        """A character no font has: a dashed box one em wide to complete by hand; the text layer keeps
        the character itself (an invisible glyph marked with its ActualText)."""
        if ch not in self.missing:
            self.missing.append(ch)
        c = self.c
        c.saveState()  # the text render mode outlives the text object: keep it inside this state
        actual = ch.encode("utf-16-be").hex().upper()
        c.addLiteral(f"/Span <</ActualText <FEFF{actual}>>> BDC")
        t = c.beginText(x, y)
        t.setFont(FONT, size)
        t.setTextRenderMode(3)
        t.textOut("口")
        c.drawText(t)
        c.addLiteral("EMC")
        c.setLineWidth(0.5)
        c.setDash(1, 1)
        c.rect(x + size * 0.06, y - size * 0.12, size * 0.88, size * 0.98, stroke=1, fill=0)
        c.restoreState()

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        return wrap(text, width, size)

    def tick_box(self, x: float, y: float, side: float, ticked: bool) -> None:
        """A box to tick (drawn: WenQuanYi has no ☐), with a drawn tick when ``ticked``."""
        c = self.c
        c.saveState()
        c.setLineWidth(0.8)
        c.rect(x, y, side, side, stroke=1, fill=0)
        if ticked:
            c.setLineWidth(1.4)
            c.setLineCap(1)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(x + side * 0.18, y + side * 0.52)
            p.lineTo(x + side * 0.42, y + side * 0.22)
            p.lineTo(x + side * 0.86, y + side * 0.84)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def qr(self, value: str, x: float, y: float, side: float) -> None:
        """A QR code of ``value``: the widget's modules drawn as rectangles (renderPDF would add an
        unembedded Helvetica to the page's fonts)."""
        from reportlab.graphics.barcode.qr import QrCodeWidget  # the barcode package loads every symbology
        from reportlab.graphics.shapes import Rect

        widget = QrCodeWidget(value, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        sx, sy = side / (x1 - x0), side / (y1 - y0)
        c = self.c
        c.saveState()
        draw: Callable[[], Any] = widget.draw  # untyped in the stubs
        for shape in draw().contents:
            if not isinstance(shape, Rect) or shape.fillColor is None:
                continue
            c.setFillColor(shape.fillColor)
            c.rect(x + (shape.x - x0) * sx, y + (shape.y - y0) * sy, shape.width * sx, shape.height * sy,
                   stroke=0, fill=1)
        c.restoreState()

    def barcode(self, value: str, x: float, y: float, max_width: float, height: float) -> float:
        """A Code128 barcode of ``value`` no wider than ``max_width``; returns its width."""
        from reportlab.graphics.barcode.code128 import Code128  # at first use: slow to import

        probe = Code128(value, barWidth=1, barHeight=height, humanReadable=0, quiet=0)
        bar = min(0.4 * mm, max_width / probe.width)
        code = Code128(value, barWidth=bar, barHeight=height, humanReadable=0, quiet=0)
        code.drawOn(self.c, x, y)
        return float(code.width)

    def hline(self, x0: float, x1: float, y: float, width: float = 0.6, grey: float = 0.0) -> None:
        c = self.c
        c.saveState()
        c.setLineWidth(width)
        c.setStrokeColor(colors.Color(grey, grey, grey))
        c.line(x0, y, x1, y)
        c.restoreState()


_NO_LINE_START = set("，。、；：！？）》」』】〕,.;:!?)%")
_WORD = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_/.")


def wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: Chinese breaks anywhere, Latin words and
    numbers stay together where they can, no line starts with closing punctuation."""
    text = _clean(text)
    lines: list[str] = []
    line = ""
    for ch in text:
        if not line and ch == " ":
            continue
        candidate = line + ch
        if text_width(candidate, size) <= width or not line or ch in _NO_LINE_START:
            line = candidate
            continue
        cut = len(line)
        if ch in _WORD:  # keep a Latin word or a number together
            while cut > 0 and line[cut - 1] in _WORD:
                cut -= 1
            if cut == 0:
                cut = len(line)
        lines.append(line[:cut].rstrip())
        line = (line[cut:] + ch).lstrip()
    if line:
        lines.append(line)
    return lines or [""]


PAGE_W: float = A4[0]
PAGE_H: float = A4[1]
MARGIN: float = 18 * mm
LEFT, RIGHT = MARGIN, PAGE_W - MARGIN
TOP, BOTTOM = PAGE_H - MARGIN, MARGIN
WIDTH = RIGHT - LEFT
GREY = colors.Color(0.35, 0.35, 0.35)
RED = colors.Color(0.75, 0.05, 0.05)
LINE_GREY = 0.55


def new_canvas(buffer: io.BytesIO) -> Canvas:
    """An A4 canvas whose initial font is the bundled one (else an unembedded Helvetica is listed)."""
    FONTS.primary()
    initial: dict[str, Any] = {"initialFontName": FONT, "initialFontSize": 10}  # the stubs mistype these
    return Canvas(buffer, pagesize=A4, pageCompression=1, **initial)


def labelled(page: Page, x: float, y: float, label: str, value: str, width: float, size: float = 10) -> float:
    """``label：value`` with the value wrapped into ``width``; returns the height used."""
    label_w = 24 * mm
    page.text(x, y, label, size - 1, color=GREY)
    lines = page.wrap(value or "—", width - label_w, size)
    for i, line in enumerate(lines):
        page.text(x + label_w, y - i * (size + 4), line, size)
    return len(lines) * (size + 4)
