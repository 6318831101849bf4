"""the SMS outbox keeps when each message is tried next: sms_outbox.next_attempt_at, indexed for "due now"

Revision ID: 0017_sms_next_attempt
Revises: 0016_name_search
Create Date: 2026-12-05 02:20:00

The courier (app.services.sms.deliver_due) worked a message's next try out from its created_at and its
attempts (created_at + 1 + 2 + 4 … minutes): a message whose first failed try came late (queued while the
gateway was down) was then overdue for every later try and was retried once a minute. The column holds the
time of the next try, set when the message is queued and after each failed try (that try's time plus its
pause); NULL once sent or left for a person. ``ix_sms_outbox_status_next_attempt`` (status,
next_attempt_at) serves the courier's "pending or failed, due by now".

Existing rows get what the old rule said: pending and failed messages with fewer than 5 tries
created_at + their pauses; sent messages and those with 5 tries or more NULL.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision = "0017_sms_next_attempt"
down_revision = "0016_name_search"
branch_labels = None
depends_on = None

#: The courier's rule when this migration was written (app.services.sms then): tries after the 5th are left
#: for a person; the pause after the n-th failed try is 1 minute doubling, at most 30.
_MAX_ATTEMPTS = 5
_FIRST = dt.timedelta(minutes=1)
_MOST = dt.timedelta(minutes=30)


def _old_due(created_at: dt.datetime, attempts: int) -> dt.datetime:
    return created_at + sum((min(_FIRST * 2**n, _MOST) for n in range(attempts)), dt.timedelta(0))


def upgrade() -> None:
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", UTCDateTime(timezone=True), nullable=True))
    outbox = sa.table(
        "sms_outbox",
        sa.column("id", sa.Integer()),
        sa.column("status", sa.String()),
        sa.column("attempts", sa.Integer()),
        sa.column("created_at", UTCDateTime()),
        sa.column("next_attempt_at", UTCDateTime()),
    )
    bind = op.get_bind()
    waiting = bind.execute(
        sa.select(outbox.c.id, outbox.c.created_at, outbox.c.attempts).where(
            outbox.c.status.in_(("pending", "failed")), outbox.c.attempts < _MAX_ATTEMPTS
        )
    ).all()
    if waiting:
        bind.execute(
            sa.update(outbox).where(outbox.c.id == sa.bindparam("row_id"))
            .values(next_attempt_at=sa.bindparam("due", type_=UTCDateTime())),
            [{"row_id": row_id, "due": _old_due(created, attempts)} for row_id, created, attempts in waiting],
        )
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sms_outbox_status_next_attempt", ["status", "next_attempt_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sms_outbox_status_next_attempt")
        batch_op.drop_column("next_attempt_at")
