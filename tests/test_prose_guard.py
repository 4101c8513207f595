"""A line that opens like a prompt ('Sign up for', 'Follow us on', 'All rights reserved') but is a sentence of the
article's own stays under unsafe fixes; the prompts themselves still go. Sentences written for this test."""

from __future__ import annotations

import pytest

from artlint.testing import fix_text

LEAD = "Health officials said on Tuesday that clinics across the region expect a busy winter season this year."
CLOSE = "The ministry expects about two million people to book appointments in the first week of the campaign."

SENTENCES = [
    "Sign up for the vaccine opens on Monday.",
    "Follow us on the long road, the minister joked at the end of the briefing.",
    "Follow us on the road to the final, the coach told fans.",
    "Subscribe to the idea that small is better, and you will be disappointed.",
    'The judge said: "All rights reserved is not a defence, and neither is a hyperlink."',
    "“All rights reserved,” the sign on the gate read.",
    "Tous droits réservés aux soignants, disait une pancarte à l'entrée du service.",
    "Все права защищены законом, заявила судья на заседании.",
    "Holen Sie sich Hilfe, wenn Sie Symptome haben, sagt die Amtsärztin.",
    "Подписывайтесь на мой канал, говорил блогер своим подписчикам.",
    "اشترك في المسيرة طلاب من جامعات عدة.",
]
PROMPTS = [
    "Sign up for our daily newsletter.",
    "Follow us on Facebook and Instagram",
    "Subscribe to the Harbour Weekly newsletter!",
    "© 2026 Kellmouth Post. All rights reserved.",
    "© 2024 Le Courrier. Tous droits réservés.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_that_opens_like_a_prompt_stays(line: str) -> None:
    text = f"Clinics brace for winter\n{LEAD}\n{line}\n{CLOSE}\n"
    assert fix_text(text, unsafe=True) == text


@pytest.mark.parametrize("line", PROMPTS)
def test_the_prompts_themselves_still_go(line: str) -> None:
    text = f"Clinics brace for winter\n{LEAD}\n{CLOSE}\n{line}\n"
    assert fix_text(text, unsafe=True) == f"Clinics brace for winter\n{LEAD}\n{CLOSE}\n"
