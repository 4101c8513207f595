"""Which line of a plain-text file is the title."""

from __future__ import annotations

import pytest

from artlint.formats.headerlines import title_line_index


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([" date 2025-09-05 WORLD", "2 min read", "Harbour reopens after storm", "Text."], 2),
        (["港口新渡轮时刻表获批", "2025年3月4日 08:12", "港口委员会周二批准了新的渡轮时刻表。"], 0),
        (["2025年3月4日 08:12", "港の新しいフェリー時刻表が承認", "港湾委員会は火曜日、新しい時刻表を承認した。"], 1),
        (["Share", "Harbour reopens", "The harbour reopened, May 2, 2024."], 1),
        (["FLOODS HIT TOWN", "", "May 2, 2024", "Water rose overnight."], 0),
        (["BREAKING", "Floods hit the town centre", "Water rose."], 1),
        (["Tech", "Personal Technology", "Review: a phone"], 1),
        (["", "", "Title after blanks", "Body."], 2),
        (["Home", "News", "World", "Europe", "Politics", "Video", "Audio", "Live", "Harbour reopens after storm"], 8),
        (["", "  "], None),
        (["Motoring", "Updated 2 hours ago", "Seven checks before a long winter drive", "Text."], 2),
        (["We value your privacy", "We use cookies to improve your experience.", "Accept all cookies",
          "Amber warning for snow across the hills", "Text."], 3),
        (["Breaking", "Advertisement", "Rail strike: which lines run", "Text."], 2),
        (["Retour Ã\xa0 l'accueil", "Le conseil vote le budget", "Text."], 1),
        (["Sign up for the vaccine opens on Monday", "Text."], 0),
        (["Sign up now, pay later: the rise of instalment apps", "Text."], 0),
        (["Get the latest phones cheaper with this trade-in trick", "Text."], 0),
        (["Comments from the chairman lift the shares", "Text."], 0),
        (["Aggiornato il piano per le scuole", "Text."], 0),
        (["Il vous reste trois jours pour déclarer vos revenus", "Text."], 0),
        (["Folgen Sie dem Geld: wie der Stadtrat spart", "Text."], 0),
        (["Edited By: Ritika Sharma", "Opposition walks out as the assembly passes the water bill", "Text."], 1),
        (["By MARIA LOPEZ and DAVID KIM", "Floodwaters rise as levee crews race to shore up banks", "Text."], 1),
        (["March 5, 2026 4:22 PM GMT", "Refinery to start petrol exports next month", "Text."], 1),
        (["Last Updated : 07 Jan 2026 | 3:12 PM IST", "Storm closes the harbour", "Text."], 1),
        (["By the numbers: how the council spends its budget", "Text."], 0),
        (["In pictures", "The winter swimmers of the loch", "Text."], 1),
        (["Home â€º News â€º Local", "World Â· Europe Â· Politics", "Harbour reopens after storm", "Text."], 2),
        (["Download our app for live updates on your commute", "Rail strike: which lines run", "Text."], 1),
        (["By Any Means Necessary: Inside the Making of an Epic", "Text."], 0),
        (["By Monday the council must decide on the bridge", "Text."], 0),
        (["By Foot Across the Andes", "Text."], 0),
        (["Edited by AI? Newsroom Tests New Tool", "Text."], 0),
        (["By<br>Jane Doe", "Harbour reopens after storm", "Text."], 1),
        (["By\x0bJane Doe", "Harbour reopens after storm", "Text."], 1),
        (["5. MÃ¤rz 2026", "Hafen nach Sturm wieder offen", "Text."], 1),
    ],
)
def test_title_line(lines: list[str], expected: int | None) -> None:
    assert title_line_index(lines) == expected
