"""The Spark / Ray example of docs/scale.md works on plain Python lists."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "scale.md"


def test_records_example_from_the_docs_runs_on_a_list() -> None:
    code = DOC.read_text(encoding="utf-8").split("## Spark and Ray", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    rows = [
        {"id": "r1", "title": "Harbour reopens", "date": "2025-03-14", "text": "Advertisement\nThe harbour reopened on Monday."},
        {"id": "r2", "title": "Choir wins", "date": "2025-03-14", "text": "The school choir won the contest."},
    ]
    out = list(namespace["findings_per_record"](rows))
    assert [o["id"] for o in out] == ["r1", "r2"]
    assert "ART204" in out[0]["codes"] and out[1] == {"id": "r2", "codes": [], "findings": 0}
