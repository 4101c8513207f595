"""A line that opens like a prompt ('Sign up for', 'Follow us on', 'All rights reserved') but is a sentence of the
article's own stays under unsafe fixes; the prompts themselves still go. Sentences written for this test."""

from __future__ import annotations

import pytest

from artlint.testing import fix_text

AROUND = {
    "en": ("Health officials said on Tuesday that clinics across the region expect a busy winter season this year.",
           "The ministry expects about two million people to book appointments in the first week of the campaign."),
    "fr": ("Les autorités sanitaires ont indiqué mardi que les hôpitaux de la région attendent un hiver chargé.",
           "Le ministère prévoit que deux millions de personnes prendront rendez-vous dès la première semaine."),
    "de": ("Die Gesundheitsbehörden teilten am Dienstag mit, dass die Kliniken der Region einen harten Winter erwarten.",
           "Das Ministerium rechnet damit, dass sich in der ersten Woche zwei Millionen Menschen anmelden werden."),
    "ru": ("Во вторник в министерстве здравоохранения сообщили, что клиники региона ожидают тяжелую зиму.",
           "В министерстве ожидают, что в первую неделю на прививку запишутся около двух миллионов человек."),
    "ar": ("قالت السلطات الصحية يوم الثلاثاء إن مستشفيات المنطقة تتوقع شتاء صعبا هذا العام بسبب الإنفلونزا.",
           "وتتوقع الوزارة أن يحجز نحو مليوني شخص مواعيد في الأسبوع الأول من الحملة الوطنية للتطعيم."),
}
SENTENCES = [
    ("en", "Sign up for the vaccine opens on Monday."),
    ("en", "Follow us on the long road, the minister joked at the end of the briefing."),
    ("en", "Follow us on the road to the final, the coach told fans."),
    ("en", 'The judge said: "All rights reserved is not a defence, and neither is a hyperlink."'),
    ("en", "“All rights reserved,” the sign on the gate read."),
    ("fr", "Tous droits réservés aux soignants, disait une pancarte à l'entrée du service."),
    ("ru", "Все права защищены законом, заявила судья на заседании."),
    ("de", "Holen Sie sich Hilfe, wenn Sie Symptome haben, sagt die Amtsärztin."),
    ("ru", "Подписывайтесь на мой канал, говорил блогер своим подписчикам."),
    ("ar", "اشترك في المسيرة طلاب من جامعات عدة."),
]
PROMPTS = [
    "Sign up for our daily newsletter.",
    "Subscribe to our channel so you are the first to know",
    "We use cookies to improve your experience on our site, as explained in our cookie policy.",
    "Follow us on Facebook and Instagram",
    "Subscribe to the Harbour Weekly newsletter!",
    "© 2026 Kellmouth Post. All rights reserved.",
    "All rights reserved by Kellmouth Media Group.",
    "All rights reserved worldwide.",
    "© 2024 Le Courrier. Tous droits réservés.",
]


@pytest.mark.parametrize(("language", "line"), SENTENCES)
def test_a_sentence_that_opens_like_a_prompt_stays(language: str, line: str) -> None:
    lead, close = AROUND[language]
    text = f"Clinics brace for winter\n{lead}\n{line}\n{close}\n"
    assert fix_text(text, unsafe=True) == text


@pytest.mark.parametrize("line", PROMPTS)
def test_the_prompts_themselves_still_go(line: str) -> None:
    lead, close = AROUND["en"]
    text = f"Clinics brace for winter\n{lead}\n{close}\n{line}\n"
    assert fix_text(text, unsafe=True) == f"Clinics brace for winter\n{lead}\n{close}\n"
