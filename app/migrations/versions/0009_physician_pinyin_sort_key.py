"""physicians.name_pinyin: the key the roster sorts names by (pinyin, as Chinese lists are read)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 18:00:00

The roster sorted names by code point (丁 于 何 余 冯…). ``name_pinyin`` holds the toned pinyin of the
name in its likeliest reading (app.services.search.pinyin_key: "zhang1 san1"; surnames in their surname
reading), compared in code-point order on both databases like the other name columns; the roster pages by
(name_pinyin, id) through ``ix_physicians_pinyin_id``. Existing rows are filled in batches here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LENGTH = 240
BATCH = 5000


def upgrade() -> None:
    from app.services.search import pinyin_key

    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    column_type = sa.String(LENGTH, collation="C") if postgres else sa.String(LENGTH)
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_pinyin", column_type, nullable=False, server_default=""))
    physicians = sa.table("physicians", sa.column("id", sa.Integer), sa.column("name", sa.String),
                          sa.column("name_pinyin", sa.String))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(physicians.c.id, physicians.c.name).where(physicians.c.id > last)
            .order_by(physicians.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        bind.execute(
            physicians.update().where(physicians.c.id == sa.bindparam("pid"))
            .values(name_pinyin=sa.bindparam("key")),
            [{"pid": r.id, "key": pinyin_key(r.name)} for r in rows],
        )
        last = rows[-1].id
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.create_index("ix_physicians_pinyin_id", ["name_pinyin", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("physicians", schema=None) as batch_op:
        batch_op.drop_index("ix_physicians_pinyin_id")
        batch_op.drop_column("name_pinyin")
