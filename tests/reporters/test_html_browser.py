"""The HTML report of examples/ in a real browser (headless Chromium): it renders without console errors, its
script runs, the chart and the highlighted spans are there, the search box filters and the tables sort."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_html_reporter import Node, parse

from artlint.cli import main

ROOT = Path(__file__).resolve().parents[2]


def find_chromium() -> str | None:
    named = os.environ.get("ARTLINT_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium found (apt-get install chromium, or set ARTLINT_CHROMIUM): the HTML report's browser test needs it",
)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
CONSOLE = re.compile(r":CONSOLE[:(]|Uncaught|console error", re.IGNORECASE)


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """One headless Chromium run with a fresh profile; fails the test when the page logged to the console."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="artlint-chromium-") as profile:
        done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                              text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if CONSOLE.search(line)]
    assert not console, "the page logged to the console:\n" + "\n".join(console)
    return done


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`artlint check --format html -o FILE examples/`, run from the repository root as a user would."""
    out = tmp_path_factory.mktemp("html") / "report.html"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["check", "--no-cache", "--max-rate", "unrelated-spillover=0.5", "--format",
                                           "html", "-o", str(out), "examples/"], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    return out


def dom_of(url: str) -> Node:
    dom = parse(chromium("--dump-dom", url).stdout)
    html = dom.one("html")
    assert html.attrs.get("data-js") == "ready", "the page's script did not run to its end"
    assert "data-js-error" not in html.attrs, html.attrs.get("data-js-error")
    return dom


def shown(dom: Node) -> tuple[list[Node], list[Node]]:
    cards = dom.all("article", cls="card")
    return [c for c in cards if "hidden" not in c.attrs], [c for c in cards if "hidden" in c.attrs]


def test_renders_with_chart_and_highlights(report_file: Path) -> None:
    dom = dom_of(report_file.as_uri())
    chart = dom.one("svg", id="rule-chart")
    assert len(chart.all("a", cls="bar")) >= 5 and len(chart.all("rect")) >= 5
    articles = dom.one("section", id="articles")
    marks = articles.all("mark", cls="hl")
    assert {m.attrs["data-rule"] for m in marks} >= {"navigation-leftover", "duplicate-headline", "unrelated-spillover"}
    assert all(m.attrs["title"] for m in marks)
    visible, hidden = shown(dom)
    assert len(visible) == int(articles.attrs["data-total"]) and not hidden
    assert dom.one("span", id="shown").text() == f"{len(visible)} of {len(visible)} articles shown"
    assert dom.one("table", id="gates-table").one("tbody").one("tr").attrs["class"] == "good"


def test_search_from_the_address_filters_articles(report_file: Path) -> None:
    dom = dom_of(report_file.as_uri() + "#q=navigation")
    visible, hidden = shown(dom)
    assert visible and hidden
    assert all("navigation-leftover" in c.attrs["data-rules"].split() for c in visible)
    assert not any("navigation-leftover" in c.attrs["data-rules"].split() for c in hidden)
    assert dom.one("section", id="articles").attrs["data-visible"] == str(len(visible))
    site = dom_of(report_file.as_uri() + "#q=islandherald.example")
    assert [c.attrs["data-site"] for c in shown(site)[0]] == ["islandherald.example"]


def test_typing_in_the_search_box_and_sorting_a_table(report_file: Path, tmp_path: Path) -> None:
    """The page driven by a script added to a copy of it: type into the box, click a table header twice."""
    driver = """<script>
    var box = document.getElementById("q");
    box.value = "ART4 coastpost";
    box.dispatchEvent(new Event("input"));
    var table = document.getElementById("sites-table");
    var button = table.tHead.rows[0].cells[1].querySelector("button");
    function first() { return table.tBodies[0].rows[0].cells[1].getAttribute("data-v"); }
    function last() { var rows = table.tBodies[0].rows; return rows[rows.length - 1].cells[1].getAttribute("data-v"); }
    button.click();
    var down = first() + ">=" + last();
    button.click();
    document.body.setAttribute("data-test", down + ";" + first() + "<=" + last());
    </script></body>"""
    page = tmp_path / "driven.html"
    page.write_text(report_file.read_text(encoding="utf-8").replace("</body>", driver), encoding="utf-8")
    dom = dom_of(page.as_uri())
    visible, hidden = shown(dom)
    assert visible and hidden
    assert all(c.attrs["data-site"] == "coastpost.example" and "ART4" in c.attrs["data-search"].upper() for c in visible)
    down, up = dom.one("body").attrs["data-test"].split(";")
    high, low = map(float, down.split(">="))
    assert high > low
    low2, high2 = map(float, up.split("<="))
    assert low2 < high2


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_screenshot(report_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", "--window-size=1280,2000", report_file.as_uri())
    assert png_size(shot) == (1280, 2000)
    assert shot.stat().st_size > 50_000  # a rendered page, not a blank one
