"""A line that opens like a prompt ('Sign up for', 'Follow us on', 'All rights reserved') but is a sentence of the
article's own stays under unsafe fixes; the prompts themselves still go. Sentences written for this test."""

from __future__ import annotations

from pathlib import Path

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
    "es": ("El ayuntamiento aprobó el lunes una subida de las tarifas del comedor escolar para el próximo curso.",
           "La medida afectará a unos cuarenta mil alumnos de los colegios públicos de la ciudad, según el consistorio."),
    "it": ("Le autorità sanitarie hanno comunicato martedì che gli ospedali della regione si aspettano un inverno difficile.",
           "Il ministero prevede che circa due milioni di persone prenoteranno nella prima settimana della campagna."),
    "pt": ("As autoridades de saúde disseram na terça-feira que os hospitais da região esperam um inverno difícil.",
           "O ministério prevê que cerca de dois milhões de pessoas marquem consulta na primeira semana da campanha."),
    "nl": ("De gezondheidsdienst meldde dinsdag dat de ziekenhuizen in de regio een zware winter verwachten.",
           "Het ministerie verwacht dat zich in de eerste week ongeveer twee miljoen mensen zullen aanmelden."),
    "ar": ("قالت السلطات الصحية يوم الثلاثاء إن مستشفيات المنطقة تتوقع شتاء صعبا هذا العام بسبب الإنفلونزا.",
           "وتتوقع الوزارة أن يحجز نحو مليوني شخص مواعيد في الأسبوع الأول من الحملة الوطنية للتطعيم."),
}
SENTENCES = [
    ("en", "Sign up for the vaccine opens on Monday."),
    ("en", "Follow us on the long road, the minister joked at the end of the briefing."),
    ("en", "Follow us on the road to the final, the coach told fans."),
    ("en", "Sign up now before the deadline passes, the health minister warned on Friday."),
    ("en", "Stay up to date with your vaccinations, the doctor explained to the crowd."),
    ("en", "Sign up for the new regional flu vaccine programme opens on Monday."),
    ("en", 'The judge said: "All rights reserved is not a defence, and neither is a hyperlink."'),
    ("en", "“All rights reserved,” the sign on the gate read."),
    ("en", "The judge said all rights reserved by the 1998 contract stay with the founders."),
    ("fr", "Tous droits réservés aux soignants, disait une pancarte à l'entrée du service."),
    ("ru", "Все права защищены законом, заявила судья на заседании."),
    ("de", "Holen Sie sich Hilfe, wenn Sie Symptome haben, sagt die Amtsärztin."),
    ("ru", "Подписывайтесь на мой канал, говорил блогер своим подписчикам."),
    ("ar", "اشترك في المسيرة طلاب من جامعات عدة."),
    ("fr", "Lire aussi les conclusions du rapport, a demandé l'opposition, avant tout nouveau vote."),
    ("it", "Leggi anche il parere dei tecnici, ha chiesto l'opposizione prima del voto definitivo."),
    ("pt", "Leia também o parecer técnico, pediu a oposição antes da votação final."),
    ("nl", "Lees ook het advies van de rekenkamer, drong de oppositie aan voor de stemming."),
    ("ru", "Читайте также заключение экспертов, потребовала оппозиция перед голосованием."),
]
PROMPTS = [
    ("en", "Sign up for our daily newsletter."),
    ("en", "Subscribe to our channel so you are the first to know"),
    ("en", "We use cookies to improve your experience on our site, as explained in our cookie policy."),
    ("en", "Follow us on Facebook and Instagram"),
    ("en", "Subscribe to the Harbour Weekly newsletter!"),
    ("en", "© 2026 Kellmouth Post. All rights reserved."),
    ("en", "All rights reserved by Kellmouth Media Group."),
    ("en", "All rights reserved worldwide."),
    ("en", "© 2024 Kellmouth Media Ltd. All rights reserved by the publisher."),
    ("fr", "© 2024 Le Courrier. Tous droits réservés."),
    ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios, tal y como se explica en nuestra "
           "política de cookies."),
]


@pytest.mark.parametrize(("language", "line"), SENTENCES)
def test_a_sentence_that_opens_like_a_prompt_stays(language: str, line: str) -> None:
    lead, close = AROUND[language]
    text = f"Clinics brace for winter\n{lead}\n{line}\n{close}\n"
    assert fix_text(text, unsafe=True) == text


@pytest.mark.parametrize(("language", "line"), PROMPTS)
def test_the_prompts_themselves_still_go(language: str, line: str) -> None:
    lead, close = AROUND[language]
    text = f"Clinics brace for winter\n{lead}\n{close}\n{line}\n"
    assert fix_text(text, unsafe=True) == f"Clinics brace for winter\n{lead}\n{close}\n"


def test_a_packs_own_prefixes_are_guarded_too(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "site.yaml").write_text(
        "pack: site\nrules:\n  - code: SITE201\n    name: vaccine-signup\n    kind: line-match\n"
        "    summary: The clinic's sign-up box.\n    fix: unsafe\n    match:\n      prefixes: ['Sign up for']\n",
        encoding="utf-8",
    )
    (tmp_path / ".artlint.yaml").write_text("packs: [site.yaml]\nselect: [SITE201]\n", encoding="utf-8")
    lead, close = AROUND["en"]
    (tmp_path / "a.txt").write_text(f"Clinics brace for winter\n{lead}\nSign up for the vaccine opens on Monday.\n"
                                    f"{close}\nSign up for our clinic's text alerts\n", encoding="utf-8")
    output = run_cli("check", "a.txt").output
    assert "a.txt:5:1: SITE201" in output and "a.txt:3:1" not in output
