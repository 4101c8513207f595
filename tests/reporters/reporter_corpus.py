"""The articles of the reporter tests (every format, a malformed record, a clean file) and a report built
from them by the real linter, in memory."""

from __future__ import annotations

import json

from artlint.config import Settings
from artlint.findings import Severity
from artlint.formats.base import FileData
from artlint.report import Report
from artlint.testing import session

HARBOUR = """3 min read
Kellmouth harbour reopens after storm repairs
Kellmouth harbour reopens after storm repairs
The first trawlers tied up at the north quay on Monday morning, ending a six-week closure.

Sign up for 100% of the news, now: free

Harbour master Ruth Okafor said the repaired wall had passed its final inspection on Friday.
"""

CLEAN = """Library keeps Sunday opening
3 June 2024

The county library in Selwyn Road will stay open on Sundays, the council decided on Tuesday.

Councillors voted seven to two to keep the extra hours for another year.
"""

PANELS = json.dumps({
    "title": "Museum returns carved panels",
    "date": "2024-06-21",
    "url": "https://valleypost.example/panels",
    "text": "Four carved oak panels were handed back to the parish on Friday.\n\nAdvertisement\n\n"
            "The panels show the seasons of the farming year.\n\nAdvertisement\n\nThey will be on public view every Saturday.",
}, indent=2) + "\n"

OVERNIGHT = "\n".join([
    json.dumps({"title": "Lifeboat crew honoured", "date": "2024-05-18", "url": "https://coastpost.example/lifeboat",
                "text": "Five volunteers received bravery awards on Saturday.\n\nThe crew launched shortly after midnight.\n\n"
                        "More from Coast Post\nCouncil votes to keep library open on Sundays\n"
                        "Ferry operator warns of winter timetable cuts\nNew bus shelter design unveiled after consultation\n"
                        "Kellmouth Rovers appoint former captain as manager"}),
    json.dumps({"title": "Wind farm inquiry opens", "url": "https://coastpost.example/wind",
                "text": "A public inquiry opened in Kellmouth on Tuesday.\n\nClick here to read 100%, now: free\n\n"
                        "The inspector expects the inquiry to sit for three weeks."}),
    '{"title": "Broken record", "text": "unterminated}',
    json.dumps({"title": "Empty page", "date": "2024-05-20", "url": "https://coastpost.example/empty", "text": ""}),
]) + "\n"

ARTICLES = {
    "corpus/harbour news.txt": HARBOUR,
    "corpus/clean.txt": CLEAN,
    "corpus/panels.json": PANELS,
    "corpus/overnight.jsonl": OVERNIGHT,
}
MISSING = "corpus/missing.txt"


def build_report(articles: dict[str, str], ignore: tuple[str, ...] = ()) -> Report:
    """Lint each (path, content) as the CLI would, with missing-date lowered to info so every level occurs."""
    run = session(settings=Settings(severity={"missing-date": Severity.INFO}, ignore=list(ignore)))
    report = Report(rules=dict(run.registry.rules))
    for path, content in articles.items():
        result = run.linter.process(path, FileData(path, content.encode("utf-8")))
        assert result is not None
        report.results.append(result)
    return report
