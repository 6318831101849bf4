"""``python -m app.server …``: the same as ``regdesk serve …`` (without loading Qt)."""

import sys

from app.server.cli import main

sys.exit(main())
