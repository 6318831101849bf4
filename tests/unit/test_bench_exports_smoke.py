"""Smoke run of the export benchmark on a small generated register, so it does not rot; the FHIR bundle
of generated data validates too."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bench.exports import KINDS, measure
from bench.generate import generate


def test_every_export_benchmark_runs_and_the_generated_bundle_validates(db_url: str, tmp_path: Path) -> None:
    from fhir.resources.R4B.bundle import Bundle

    generate(db_url, 300, 30, today=dt.date(2026, 11, 26), progress=False, create=False)
    for kind in KINDS:
        out = tmp_path / f"{kind}.out"
        result = measure(db_url, kind, 200, out)
        assert result["rows"] > 0 and result["peak_mb"] > 0 and out.stat().st_size > 0
    bundle = Bundle.model_validate(json.loads((tmp_path / "register-fhir.out").read_text(encoding="utf-8")))
    assert len(bundle.entry) == 200
