"""The sealed password letter (密码函): an institution account's username and initial (or reset) password on
one A4 page, for handing over when no SMS took the password. Built in memory from plain values with
reportlab only (app.services.pdf): a window's process builds it without loading SQLAlchemy, and nothing of it
is kept (no print log: the password must not be reprinted from the desk).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.services.pdf import (
    BOTTOM,
    GREY,
    LEFT,
    PAGE_H,
    PAGE_W,
    RED,
    RIGHT,
    TOP,
    WIDTH,
    Page,
    labelled,
    new_canvas,
)

__all__ = ["LETTER_TITLE", "PasswordLetter", "build_password_letter_pdf"]

LETTER_TITLE = "机构账户密码函"


@dataclass(frozen=True)
class PasswordLetter:
    """What a sealed password letter carries: for the delegate, when no SMS took the password."""

    institution_name: str
    registration_number: str
    delegate_name: str
    username: str
    password: str
    organisation: str
    printed_by: str
    printed_at: dt.datetime
    reset: bool = False


def build_password_letter_pdf(data: PasswordLetter) -> bytes:
    """A sealed letter (密码函) with the username and initial (or new) password, one A4 page: the upper
    part is the envelope face (to whom, from whom, 内含密码 请本人拆封), the lower part, folded inside along
    the dashed line, holds the password and what to do with it. Rendered in memory only: nothing of it is
    kept (no print log: the password must not be reprinted from the desk)."""
    buffer = io.BytesIO()
    c = new_canvas(buffer)
    c.setTitle(LETTER_TITLE)
    c.setSubject(data.institution_name)
    c.setAuthor(data.organisation or data.printed_by)
    c.setCreator("医师电子化注册 regdesk")
    page = Page(c)
    what = "新密码" if data.reset else "初始密码"
    y = TOP - 24
    page.text(PAGE_W / 2, y, "密　封　函", 22, bold=True, anchor="centre")
    y -= 40
    for label, value in (("收件人", f"{data.institution_name}　经办人 {data.delegate_name}"),
                         ("登记号", data.registration_number),
                         ("发件单位", data.organisation)):
        y -= labelled(page, LEFT + 10 * mm, y, label, value, WIDTH - 20 * mm, 12) + 10
    y -= 6
    page.text(PAGE_W / 2, y, f"内含医师电子化注册机构账户{what}，请经办人本人拆封", 12, color=RED,
              anchor="centre")
    fold = PAGE_H / 2
    c.saveState()
    c.setDash(4, 3)
    c.setStrokeColor(GREY)
    c.line(LEFT - 8 * mm, fold, RIGHT + 8 * mm, fold)
    c.restoreState()
    page.text(RIGHT, fold + 4, "沿虚线向内折叠后封口", 8, color=GREY, anchor="right")
    y = fold - 36
    page.text(PAGE_W / 2, y, LETTER_TITLE, 18, bold=True, anchor="centre")
    y -= 34
    page.text(LEFT, y, f"{data.institution_name}：", 12)
    y -= 22
    body = (f"\u3000\u3000贵机构在医师电子化注册系统的账户{'密码已重置' if data.reset else '已开通'}。"
            f"用户名和{what}如下，首次登录后须立即修改密码。请妥善保管，勿告知他人。")
    for line in page.wrap(body, WIDTH, 12):
        page.text(LEFT, y, line, 12)
        y -= 18
    y -= 10
    box_h = 30 * mm
    c.saveState()
    c.setLineWidth(1.4)
    c.roundRect(LEFT, y - box_h, WIDTH, box_h, 4, stroke=1, fill=0)
    c.restoreState()
    page.text(LEFT + 8 * mm, y - 11 * mm, "用户名", 11, color=GREY)
    page.text(LEFT + 35 * mm, y - 11 * mm, data.username, 16, bold=True)
    page.text(LEFT + 8 * mm, y - 23 * mm, what, 11, color=GREY)
    page.text(LEFT + 35 * mm, y - 23 * mm, data.password, 16, bold=True)
    y -= box_h + 22
    page.text(LEFT, y, f"{data.organisation}　{data.printed_at:%Y-%m-%d}", 10.5, color=GREY)
    page.text(LEFT, BOTTOM, f"经办：{data.printed_by}　打印时间：{data.printed_at:%Y-%m-%d %H:%M}", 7.5,
              color=GREY)
    c.showPage()
    c.save()
    return buffer.getvalue()
