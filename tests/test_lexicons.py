"""The built-in lexicons: valid, complete per language, no phrase in two categories, safe patterns, and
typical leftover lines match their category while body sentences with the same words match none."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from artlint.article import Article
from artlint.builtin.boilerplate.comment_thread import CommentThread
from artlint.data import builtin_lexicon_files, data_dir
from artlint.errors import PackError
from artlint.lexiconindex import Strength
from artlint.lexicons import Lexicons, builtin_lexicons, load_lexicons
from artlint.phrases import PhraseMatcher
from artlint.regexguard import dangerous
from artlint.schemas import validate
from artlint.session import open_session
from artlint.textutil import normalize
from artlint.yamlload import load_yaml_file

CATEGORIES = (
    "navigation", "reading-time", "share-prompt", "advertisement", "cookie-notice", "caption-credit",
    "related-link", "comment-section", "legal-footer", "spillover-markers", "truncation-markers", "byline",
    "tail-markers", "error-page", "summary-labels",
)  # fmt: skip
POSITIONAL = {"tail-markers", "spillover-markers"}
"""Entries chosen for where their lines stand (a heading past the middle that only page chrome follows; a
heading that other articles' headlines follow): they repeat phrases of the categories whose blocks they head,
or of navigation, which reports such a heading where it stands alone ('Most read' between two paragraphs)."""
LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "tr", "ar",
    "pl", "cs", "sk", "hu", "ro", "el", "bg", "uk", "sv", "da", "no", "fi", "id", "he", "hr", "ca",
    "zh", "ja", "ko",
)  # fmt: skip
FILES = sorted((data_dir("rules") / "lexicons").glob("*.yaml"))
CASES = sorted((Path(__file__).parent / "lexicon_cases").glob("*.yaml"))
"""Test cases of lexicons kept as data, one file per language: leftovers, widgets and body sentences."""


def _cases(kind: str) -> list[tuple[str, ...]]:
    """The case files' lines of one kind, each led by the file's language: (language, category, line) for leftovers
    and widgets, (language, line) for body sentences."""
    out: list[tuple[str, ...]] = []
    for path in CASES:
        for case in load_yaml_file(path, PackError)[kind]:
            out.append((path.stem, *case) if isinstance(case, list) else (path.stem, case))
    return out


@cache
def lexicon(language: str) -> Lexicons:
    lexicons = Lexicons()
    lexicons.add_file(data_dir("rules") / "lexicons" / f"{language}.yaml")
    return lexicons


def matching(language: str, line: str) -> set[str]:
    """The categories of one language whose entry matches the line (whole, by prefix or as a glued label)."""
    found = set()
    for key in CATEGORIES:
        matcher = PhraseMatcher(lexicon(language).entry(key))
        if matcher.exact(line) or matcher.prefixed(line) or matcher.glued_label(line):
            found.add(key)
    return found


def test_every_language_has_a_file() -> None:
    assert sorted(p.stem for p in FILES) == sorted(LANGUAGES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_file_is_valid_and_complete(path: Path) -> None:
    data = load_yaml_file(path, PackError)
    assert validate(data, "lexicon") == []
    assert data["language"] == path.stem
    assert set(data["months"].values()) == set(range(1, 13))
    assert data["dateline_words"]
    assert data["comment_openers"] and data["comment_greetings"]
    assert set(data["entries"]) == set(CATEGORIES)
    for key, entry in data["entries"].items():
        assert any(entry.get(kind) for kind in ("phrases", "patterns", "prefixes")), key
    if path.stem in BIO_LANGUAGES:
        assert data["author_bio"]["copulas"] and data["author_bio"]["roles"] and data["author_bio"]["pronouns"]


BIO_LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru"}
"""The languages whose writers' biographies author-bio reads."""


NAMED = {"byline"}
"""Entries whose prefixes open a line only with a name after them ('Written by Jane Doe'): the bare label
('Written by') may be another entry's whole-line phrase."""


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_phrase_in_two_categories(path: Path) -> None:
    owners: dict[str, list[tuple[str, str]]] = {}
    for key, entry in load_yaml_file(path, PackError)["entries"].items():
        if key in POSITIONAL:
            continue
        for kind in ("phrases", "prefixes"):
            for text in entry.get(kind, []):
                owners.setdefault(normalize(text), []).append((key, kind))
    clashes = [
        (text, a, b) for text, found in owners.items() for i, a in enumerate(found) for b in found[i + 1 :]
        if a[0] != b[0] and not _label_and_named_prefix(a, b) and not _label_and_named_prefix(b, a)
    ]
    assert clashes == []


def _label_and_named_prefix(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[1] == "phrases" and b[0] in NAMED and b[1] == "prefixes"


def test_a_bare_byline_label_is_navigation_and_no_byline() -> None:
    from artlint.testing import lint_text

    record = '{"title": "Ferry resumes", "text": "Written by\\nThe ferry resumed service on Friday after a pause.\\nWritten by Jane Doe"}'
    found = lint_text(record, "a.json", ["navigation-leftover", "byline-leftover"])
    assert [(f.code, f.line) for f in found] == [("ART201", 1), ("ART105", 3)]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_patterns_compile_and_pass_the_guard(path: Path) -> None:
    for entry in load_yaml_file(path, PackError)["entries"].values():
        for pattern in entry.get("patterns", []):
            assert dangerous(pattern) is None, pattern


def test_month_names_mean_the_same_month_in_every_language() -> None:
    numbers: dict[str, set[int]] = {}
    for path in FILES:
        for name, number in load_yaml_file(path, PackError)["months"].items():
            numbers.setdefault(normalize(name), set()).add(number)
    assert {name: n for name, n in numbers.items() if len(n) > 1} == {}


def test_months_include_inflected_and_regional_forms() -> None:
    assert lexicon("ru").months["января"] == 1
    assert lexicon("ru").months["мая"] == 5
    assert lexicon("tr").months["ocak"] == 1
    assert lexicon("ar").months["كانون الثاني"] == 1
    assert lexicon("ar").months["يناير"] == 1
    assert lexicon("ar").months["تشرين الأول"] == 10
    assert lexicon("pt").months["março"] == 3


LEFTOVERS = [
    ("en", "navigation", "Skip to main content"),
    ("en", "navigation", "Back to top"),
    ("en", "navigation", "Return to top"),
    ("en", "navigation", "Jump to comments"),
    ("en", "share-prompt", "You have 2 free stories left this month. Join for full access"),
    ("en", "share-prompt", "You have one free article remaining."),
    ("en", "comment-section", "2 thoughts on this story"),
    ("en", "comment-section", "3 responses"),
    ("en", "comment-section", "Derek Holm says: 3 June 2025 at 8:05 am"),
    ("en", "comment-section", "Ann Lee says: March 4, 2025 at 9:12 pm"),
    ("en", "navigation", "← Previous post Getting your child ready for the vaccinations"),
    ("en", "navigation", "Next story Seed rounds are getting smaller. Founders are getting creative."),
    ("en", "navigation", "You are reading: How should we split the bills?"),
    ("en", "navigation", "Posted in: Allergies Hay fever Pharmacy"),
    ("en", "related-link", "Related topics: Couples and money Budgeting Housing costs"),
    ("en", "caption-credit", "Map data ©2025 Mapbase View larger map"),
    ("en", "legal-footer", ("Please note: Our blog gives general health information. It is not a substitute for a "
                            "consultation with your own doctor.")),
    ("en", "legal-footer", "This site provides general financial information only and is not personal financial advice."),
    ("es", "advertisement", ("Modalia puede recibir una comisión por las compras realizadas a través de los enlaces "
                             "de este artículo.")),
    ("fr", "advertisement", "Modalia peut percevoir une commission sur les achats effectués via les liens de cet article."),
    ("pt", "navigation", "Ir para os comentários"),
    ("fi", "navigation", "Siirry kommentteihin"),
    ("id", "navigation", "Langsung ke komentar"),
    ("nl", "navigation", "Naar de reacties"),
    ("it", "navigation", "Vai ai commenti"),
    ("fr", "navigation", "Article précédent Fashion Week de Paris : les cinq défilés à retenir"),
    ("fr", "navigation", "Mots-clés : Printemps, Manteaux, Street style"),
    ("it", "navigation", "Articolo successivo Il ritorno del tailleur pantalone"),
    ("it", "navigation", "Tag: Milano Fashion Week Tendenze Stivali"),
    ("es", "navigation", "Artículo anterior La gabardina que arrasa este otoño"),
    ("pt", "navigation", "Próximo artigo O regresso do veludo cotelê"),
    ("de", "navigation", "Nächster Artikel Der Hafen öffnet wieder"),
    ("nl", "navigation", "Vorig artikel De haven gaat weer open"),
    ("nl", "navigation", "Trefwoorden: Haven Veerboten Storm"),
    ("en", "navigation", "Support student journalism"),
    ("en", "cookie-notice", "We and our 842 partners store and/or access information on a device, such as cookies."),
    ("en", "cookie-notice", "Seedline and 112 vendors use cookies and device identifiers to run this site."),
    ("en", "cookie-notice", "We use essential cookies to make our website work."),
    ("en", "cookie-notice", "Strictly Necessary CookiesAlways Active"),
    ("fr", "cookie-notice", "Cookies strictement nécessairesToujours actifs"),
    ("fr", "cookie-notice", "Vos choix en matière de cookies"),
    ("en", "related-link", "You may also find this helpful: What to do if your child has a fever"),
    ("en", "related-link", "Also worth reading: How catch-up contributions work"),
    ("en", "navigation", "Size guide"),
    ("fr", "advertisement", "Prix indiqués au moment de la publication, susceptibles d'évoluer."),
    ("es", "advertisement", "Precios consultados en la fecha de publicación. Pueden cambiar."),
    ("es", "navigation", "Guía de tallas"),
    ("es", "share-prompt", "Comparte este artículo"),
    ("pt", "share-prompt", "Partilhar este artigo"),
    ("de", "share-prompt", "Artikel weiterempfehlen"),
    ("it", "navigation", "Un post condiviso da Marta Colombo (@marta.colombo)"),
    ("de", "navigation", "Ein Beitrag geteilt von Jonas Brückner (@jonas.b)"),
    ("fr", "navigation", "Étiquettes : voyage, Paris, musées"),
    ("en", "navigation", "« Previous post Getting ready for the vaccinations"),
    ("en", "navigation", "Next story Mayor told to quit over harbour deal"),
    ("en", "cookie-notice", "We and our 842 partners use cookies. More details can be found in our cookie policy."),
    ("fr", "advertisement", "Prix indiqués au moment de la publication de l'article, susceptibles d'évoluer."),
    ("es", "advertisement", "Precios actualizados a la fecha de publicación del artículo."),
    ("en", "reading-time", "4 min read"),
    ("en", "reading-time", "Reading time: 6 minutes"),
    ("en", "share-prompt", "Share on Facebook"),
    ("en", "share-prompt", "Follow us on Instagram"),
    ("en", "share-prompt", "First name (required)"),
    ("en", "share-prompt", "Share ( )"),
    ("en", "comment-section", "Comments ()"),
    ("en", "share-prompt", "Sign up for our morning briefing"),
    ("en", "advertisement", "Story continues below advertisement"),
    ("en", "cookie-notice", "This website uses cookies to improve your experience."),
    ("en", "caption-credit", "Photograph: Ana Lindqvist/Getty Images"),
    ("en", "caption-credit", "Image source, Getty Images"),
    ("en", "caption-credit", "Image source, APB News: Liam Foster"),
    ("en", "caption-credit", "(Credit: Tomas Ferreira)"),
    ("en", "caption-credit", "/ AP"),
    ("en", "caption-credit", "Ferries wait at the north quay on Monday. | Photo by Tom Reed"),
    ("en", "caption-credit", "The new pier at dusk | Photo: Tom Reed/Coast Post"),
    ("en", "caption-credit", "Fishing boats wait at the quay on Tuesday. (AP Photo/Lena Marsh)"),
    ("en", "caption-credit", "Fishing boats wait at the quay in Kellmouth on Tuesday. (AP)"),
    ("en", "caption-credit", "Credit...Lena Marsh for The Harbour Gazette"),
    ("en", "caption-credit", "Item 1 of 4"),
    ("en", "caption-credit", "Photo 1/12"),
    ("en", "navigation", "2 of 5"),
    ("en", "navigation", "0:00 / 2:31"),
    ("en", "navigation", "Video Player is loading."),
    ("en", "share-prompt", "Follow @kellmouthcc"),
    ("en", "navigation", "Story highlights"),
    ("en", "navigation", "Was this article helpful?"),
    ("en", "advertisement", "Paid Partner Content"),
    ("en", "share-prompt", "By clicking Sign Up, you confirm that you have read and agree to our Terms of Use."),
    ("en", "share-prompt", "Got a news tip? Email us at tips@harbourgazette.example"),
    ("en", "share-prompt", "This story has been shared 1,234 times."),
    ("en", "share-prompt", "Want more Harbour Gazette? Sign up for our newsletter."),
    ("en", "share-prompt", "Support local news"),
    ("en", "share-prompt", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."),
    ("en", "share-prompt", "Follow AP on Facebook, X, Instagram, YouTube and TikTok"),
    ("en", "share-prompt", "Make a Gift"),
    ("en", "share-prompt", "Donate now"),
    ("en", "legal-footer", "A version of this article appears in print on May 3, 2024, Section A, Page 1 with the headline: Harbour Reopens."),
    ("en", "legal-footer", "A version of this article appeared in print on 27 November 2025, page 12."),
    ("en", "legal-footer", "This article appeared in the print edition of 27 November 2025."),
    ("fr", "legal-footer", "Cet article est paru dans l'édition papier du 12 décembre 2025, en page 14."),
    ("it", "legal-footer", "Questo articolo è uscito nell'edizione cartacea del 22 gennaio 2026, a pagina 5."),
    ("pt", "legal-footer", "Este artigo foi publicado na edição impressa de 25 de fevereiro de 2026, na página 6."),
    ("es", "legal-footer", "Este artículo se publicó en la edición impresa del 3 de marzo de 2026."),
    ("de", "legal-footer", "Dieser Artikel erschien in der Printausgabe vom 3. März 2026."),
    ("nl", "legal-footer", "Dit artikel verscheen in de papieren krant van 3 maart 2026."),
    ("ro", "legal-footer", "Acest articol a apărut în ediția tipărită din 21 noiembrie 2025, la pagina 4."),
    ("en", "legal-footer", "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."),
    ("en", "legal-footer", "This is an open access article distributed under the terms of the Creative Commons Attribution License."),
    ("en", "legal-footer", "Republish our articles for free, online or in print, under a Creative Commons license."),
    ("en", "caption-credit", "FILE PHOTO: Traders work on the harbour exchange floor in Kellmouth, May 3, 2024."),
    ("en", "caption-credit", "Traders set up stalls at the harbour market. — Photo: Brian Otieno"),
    ("en", "caption-credit", "A solar farm on the hills above the harbour. Photo: Andrew Watson / Climate Visuals."),
    ("fr", "caption-credit", "Le nouveau boulanger devant son four, rue de l'Église. — Photo : Thomas Bréant"),
    ("de", "caption-credit", "Die Fähre im Hafen von Kellmünde. – Foto: Anna Berger"),
    ("en", "caption-credit", "The refurbished dome at dusk.Photo by Dana Okafor"),
    ("nl", "caption-credit", "Een graafmachine op de dijk bij de haven.Foto: Mark Bosman"),
    ("sv", "caption-credit", "Sopranerna under en övning i januari.Foto: Johan Lindberg"),
    ("pl", "caption-credit", "Profesor w swojej dawnej pracowni.Fot. Adam Wrona"),
    ("pt", "caption-credit", "A antiga sala de aula, agora com mesas.Fotografia: Rui Teixeira"),
    ("en", "caption-credit", "Traders work on the harbour exchange floor, May 3, 2024. REUTERS/Lena Marsh"),
    ("en", "caption-credit", "A ferry waits out the storm at the quay. Lena Marsh/Moment via Getty Images"),
    ("en", "caption-credit", "‘The harbour will stay open,’ the mayor said on Monday.’ Photograph: AFP via Getty"),
    ("en", "related-link", "READ MORE: Council delays vote on harbour plan"),
    ("en", "related-link", "RelatedCouncil delays vote on harbour plan"),
    ("en", "comment-section", "12 comments"),
    ("en", "comment-section", "Members' reactions (2)"),
    ("en", "comment-section", "Responses (18)"),
    ("en", "comment-section", "Leave a Reply"),
    ("en", "comment-section", "Mara Lindqvistsays:"),
    ("en", "comment-section", "Top rated comments"),
    ("en", "legal-footer", "© 2025 Harbour Gazette. All rights reserved."),
    ("en", "spillover-markers", "More from Business"),
    ("en", "spillover-markers", "Meet the reviewer"),
    ("en", "advertisement", "Advertisement · Continue reading below"),
    ("en", "caption-credit", "Students plant cordgrass along the creek bank on Saturday. Courier photo by Anya Petrov"),
    ("en", "caption-credit", "Tools recovered during the search of a storage unit. Photo courtesy of Brookfield Police Department"),
    ("en", "comment-section", "Discussion (3)"),
    ("en", "related-link", "Related reviews"),
    ("en", "share-prompt", "No spam. Just good stories."),
    ("de", "share-prompt", "Kein Spam, versprochen."),
    ("it", "share-prompt", "Niente spam, promesso."),
    ("fr", "share-prompt", "Pas de spam, c'est promis."),
    ("en", "related-link", "Related news: Citizen police academy accepting applications for fall session"),
    ("en", "share-prompt", "The day's top local stories, delivered to your inbox at 6 a.m. every weekday."),
    ("en", "share-prompt", "Join 80,000 readers who get our weekly roundup of the best tech discounts and new reviews."),
    ("en", "share-prompt", "Join 513 other subscribers"),
    ("en", "share-prompt", "Join the thousands of people who stay up to date with our latest tips."),
    ("en", "spillover-markers", "About the Contributor"),
    ("en", "spillover-markers", "Recent Articles"),
    ("fr", "spillover-markers", "Articles récents"),
    ("en", "caption-credit", "Divers search the harbour wall after the storm.Credit: Jane Hollis"),
    ("en", "caption-credit", "The ferry leaves Kellmouth at dawn. Photo: Harbour Trust"),
    ("en", "caption-credit", "Volunteers plant dune grass near the pier on Saturday. Photo by Ana Ruiz"),
    ("en", "caption-credit", "Volunteers plant dune grass near the pier on Saturday. Photo by Ana Ruiz for the Courier"),
    ("en", "caption-credit", "Place the satellite halfway between the router and the weak area. Diagram: Kernel & Cable"),
    ("it", "caption-credit", "La pasta servita con un filo d'olio a crudo e rosmarino. Foto di Beatrice Conti"),
    ("es", "caption-credit", "Los voluntarios limpian la playa el sábado por la mañana. Foto de Ana Ruiz"),
    ("en", "navigation", "This slideshow requires JavaScript."),
    ("en", "navigation", "Please enable JavaScript in your browser to submit this form."),
    ("en", "navigation", "Your browser does not support the video tag."),
    ("en", "navigation", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."),
    ("en", "navigation", "Δ"),
    ("en", "related-link", "Also on harbourgazette.com Council delays vote on the pier"),
    ("en", "related-link", "Also on harbourgazette.co.uk Council delays vote on the pier"),
    ("en", "advertisement", "Advert"),
    ("en", "comment-section", "6 thoughts on “Harbour reopens after the storm”"),
    ("en", "caption-credit", "Harbour master Ines Kolar, left, greets the first ferry crew at the pier, Friday, May 3, 2024, in Kellmouth."),
    ("en", "caption-credit", "In this Sunday, March 10, 2024, photo, fishing boats wait at the quay in Kellmouth."),
    ("de", "share-prompt", "Vorname"),
    ("de", "navigation", "Bitte aktivieren Sie JavaScript in Ihrem Browser."),
    ("fr", "navigation", "Veuillez activer JavaScript pour afficher cette page."),
    ("ru", "navigation", "Пожалуйста, включите JavaScript"),
    ("tr", "share-prompt", "Telefon numarası"),
    ("de", "reading-time", "Lesezeit: 3 Min."),
    ("de", "advertisement", "Anzeige"),
    ("de", "share-prompt", "Artikel teilen"),
    ("de", "caption-credit", "Foto: dpa"),
    ("de", "caption-credit", "© picture alliance / dpa"),
    ("de", "comment-section", "23 Kommentare"),
    ("de", "legal-footer", "Alle Rechte vorbehalten"),
    ("de", "byline", "Von Max Muster und Erika Musterfrau"),
    ("de", "truncation-markers", "Jetzt weiterlesen mit Abo"),
    ("fr", "advertisement", "Publicité"),
    ("fr", "reading-time", "Temps de lecture : 4 min"),
    ("fr", "related-link", "Lire aussi : Le port rouvre après la tempête"),
    ("fr", "caption-credit", "Crédit photo : Jeanne Martin"),
    ("fr", "byline", "Par Jean Dupont"),
    ("fr", "truncation-markers", "Article réservé aux abonnés"),
    ("fr", "cookie-notice", "Tout accepter"),
    ("es", "advertisement", "Publicidad"),
    ("es", "caption-credit", "Imagen: Archivo"),
    ("es", "byline", "Por María García López"),
    ("es", "related-link", "Lee también: El puerto reabre tras la tormenta"),
    ("es", "legal-footer", "Todos los derechos reservados"),
    ("it", "reading-time", "Tempo di lettura: 3 minuti"),
    ("it", "advertisement", "Pubblicità"),
    ("it", "related-link", "Leggi anche"),
    ("it", "byline", "di Mario Rossi"),
    ("it", "legal-footer", "© Riproduzione riservata"),
    ("pt", "related-link", "Leia também: Porto reabre após a tempestade"),
    ("pt", "advertisement", "Publicidade"),
    ("pt", "caption-credit", "Foto: Reprodução/Redes sociais"),
    ("pt", "byline", "Por João Silva"),
    ("pt", "reading-time", "3 min de leitura"),
    ("nl", "advertisement", "Advertentie"),
    ("nl", "related-link", "Lees ook"),
    ("nl", "caption-credit", "Foto ANP"),
    ("nl", "byline", "Door Jan de Vries"),
    ("nl", "reading-time", "Leestijd 4 minuten"),
    ("ru", "related-link", "Читайте также"),
    ("en", "navigation", "Updated 6:41 am CET, Thursday, March 6, 2025"),
    ("en", "navigation", "First published on March 6, 2025 / 8:16 AM"),
    ("en", "navigation", "Posted on 6 March 2025 by Ann Berg"),
    ("en", "navigation", "Published 3 hours ago"),
    ("en", "navigation", "Last updated: 2 hours ago"),
    ("en", "navigation", "... more"),
    ("en", "caption-credit", "Image copyright Harbour Photo Agency"),
    ("en", "caption-credit", "Media captionWho runs the harbour trust?"),
    ("en", "navigation", "Media playback is unsupported on your device"),
    ("en", "navigation", "Check Price at Amazon"),
    ("en", "navigation", "See it at Walmart ›"),
    ("en", "navigation", "View Deal"),
    ("en", "caption-credit", "Image caption The ferry leaves Halden Point at dawn"),
    ("en", "share-prompt", "Email Ann Berg at aberg@coastpost.example or follow her @annberg."),
    ("en", "legal-footer", "Citation: Ferry fares rise (2025, March 6) retrieved 7 March 2025 from https://coastpost.example/n/1"),
    ("en", "legal-footer", "This document is subject to copyright. No part may be reproduced without written permission."),
    ("en", "comment-section", "You are commenting using your Coastpost account. ( Log Out / Change )"),
    ("en", "legal-footer", "This copy is for your personal, non-commercial use only. To order copies, visit our reprints desk."),
    ("en", "share-prompt", "Write to Ann Berg at ann.berg@coastpost.example"),
    ("en", "share-prompt", "Write to Ann Berg at ann.berg@coastpost.example and Bo Lind at bo.lind@coastpost.example"),
    ("en", "navigation", "Filed under: Harbour, Transport"),
    ("en", "related-link", "SEE MORE: Ferry fares rise again"),
    ("en", "tail-markers", "Share this:"),
    ("de", "tail-markers", "Schlagwörter"),
    ("ru", "advertisement", "Реклама"),
    ("ru", "caption-credit", "Фото: РИА Новости"),
    ("ru", "byline", "Автор: Иван Петров"),
    ("ru", "reading-time", "Время чтения: 5 минут"),
    ("ru", "legal-footer", "© 2024 Все права защищены"),
    ("tr", "advertisement", "Reklam"),
    ("tr", "related-link", "İlgili Haberler"),
    ("tr", "caption-credit", "Fotoğraf: AA"),
    ("tr", "byline", "Yazar: Ahmet Yılmaz"),
    ("tr", "byline", "Yazan: Ayşe Demir"),
    ("tr", "reading-time", "Okuma süresi: 4 dakika"),
    ("tr", "legal-footer", "Tüm hakları saklıdır."),
    ("ar", "related-link", "اقرأ أيضا"),
    ("ar", "advertisement", "إعلان"),
    ("ar", "share-prompt", "شارك المقال"),
    ("ar", "byline", "بقلم محمد العلي"),
    ("ar", "reading-time", "وقت القراءة: 3 دقائق"),
    ("ar", "legal-footer", "جميع الحقوق محفوظة"),
    ("en", "error-page", "404 Not Found"),
    ("en", "error-page", "Just a moment..."),
    ("en", "error-page", "Checking your browser before accessing harbourgazette.com"),
    ("de", "error-page", "Seite nicht gefunden"),
    ("fr", "error-page", "Page introuvable"),
    ("es", "error-page", "Página no encontrada"),
    ("ru", "error-page", "Страница не найдена"),
    ("tr", "error-page", "Sayfa bulunamadı"),
    ("ar", "error-page", "الصفحة غير موجودة"),
    ("en", "navigation", "Most Read"),
    ("en", "navigation", "Trending"),
    ("en", "navigation", "Enable JavaScript to view this content"),
    ("en", "advertisement", "Skip Advertisement"),
    ("en", "comment-section", "Please enable JavaScript to view the comments powered by Disqus."),
    ("en", "reading-time", "Listen 5 min"),
    ("en", "reading-time", "Listen to this article · 5 min"),
    ("en", "caption-credit", "A rescuer carries a child through floodwater in the valley. (Luca Bruno / AP)"),
    ("en", "caption-credit", "Workers clear the quay after the storm. (AP Photo/Jane Doe)"),
    ("en", "related-link", "WATCH: Harbour cranes in action"),
    ("en", "legal-footer", "All rights reserved, Kellmouth Courier 2025"),
    ("en", "share-prompt", "Do you have a question for our motoring desk? Email motoring@example.org"),
    ("en", "share-prompt", "Got a story? Email news@example.org"),
    ("en", "related-link", "Also Read | Monsoon session to begin on July 21"),
    ("en", "related-link", "READ: Tram fares to rise in April"),
    ("en", "legal-footer", "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"),
    ("en", "legal-footer", "(ANI)"),
    ("en", "share-prompt", "Join our WhatsApp channel for the latest news"),
    ("en", "navigation", "Categories: Politics, Transport | Tags: buses, council"),
    ("en", "navigation", "Trending Desk"),
    ("en", "byline", "Edited by Ritika Sharma"),
    ("en", "navigation", "Rate this recipe"),
    ("en", "navigation", "Was this article helpful?"),
    ("en", "navigation", "Jump to recipe"),
    ("en", "advertisement", "[AD BREAK]"),
    ("en", "cookie-notice", "Cookies on this site"),
    ("en", "caption-credit", "The harbour master at dawn on Monday. Illustration: Priya Nair"),
    ("en", "spillover-markers", "More fact checks"),
    ("de", "navigation", "Schlagworte: Verkehr, Stadtrat, Nachtbus"),
    ("de", "truncation-markers", "Jetzt 1 Monat für 0,99 € testen"),
    ("fr", "truncation-markers", "Il vous reste 75% de cet article à lire."),
    ("fr", "cookie-notice", "En cliquant sur « Accepter », vous consentez à l'utilisation de traceurs par nos partenaires."),
    ("es", "navigation", "Estás en: Portada / Madrid / Transporte"),
    ("es", "related-link", "Quizá también te interese"),
    ("it", "truncation-markers", "Sei già abbonato? Accedi"),
    ("pt", "truncation-markers", "Já é assinante? Faça login"),
    ("nl", "comment-section", "Praat mee"),
    ("ru", "share-prompt", "Поделиться во ВКонтакте"),
    ("tr", "share-prompt", "Bizi Twitter ve Instagram'da takip edin"),
    ("ar", "truncation-markers", "اشترك لمواصلة القراءة"),
    ("ar", "related-link", "قد يهمك أيضاً"),
    ("ar", "share-prompt", "حمّل تطبيق الجزيرة الآن"),
    ("ar", "comment-section", "اترك تعليقاً"),
    ("en", "share-prompt", "You have successfully subscribed. Thank you!"),
    # Affiliate disclosures, with or without a 'Disclosure:' label.
    ("en", "advertisement", "Disclosure: we may earn a commission when you buy through links on our site."),
    ("en", "advertisement", "When you buy through links on our site, we may earn an affiliate commission."),
    ("en", "advertisement", "If you buy something through a link in this article, we may earn a commission."),
    ("en", "advertisement", "As an Amazon Associate, I earn from qualifying purchases."),
    ("en", "advertisement", "Some of the links on this page are affiliate links."),
    ("de", "advertisement", "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision vom Händler."),
    ("de", "advertisement", "Bei einem Kauf über einen dieser Links können wir eine Provision erhalten."),
    ("de", "advertisement", "Hinweis: Dieser Artikel enthält Affiliate-Links."),
    ("de", "advertisement", "Die mit Sternchen (*) gekennzeichneten Links sind Affiliate-Links."),
    ("fr", "advertisement", "Lorsque vous achetez via nos liens, nous pouvons percevoir une commission."),
    ("fr", "advertisement", "Cet article contient des liens affiliés."),
    ("es", "advertisement", "Podemos recibir una comisión por las compras realizadas a través de los enlaces de esta página."),
    ("es", "advertisement", "Este artículo contiene enlaces de afiliados."),
    ("it", "advertisement", "Potremmo ricevere una commissione per gli acquisti effettuati tramite i link di questa pagina."),
    ("it", "advertisement", "Questo articolo contiene link di affiliazione."),
    ("pt", "advertisement", "Podemos receber uma comissão por compras feitas através dos links desta página."),
    ("pt", "advertisement", "Este artigo contém links de afiliados."),
    ("nl", "advertisement", "Als je via een link in dit artikel iets koopt, ontvangen wij mogelijk een kleine commissie."),
    ("nl", "advertisement", "Dit artikel bevat affiliate links."),
    ("ru", "advertisement", "Мы можем получать комиссию за покупки по ссылкам на этой странице."),
    ("ru", "advertisement", "Статья содержит партнёрские ссылки."),
    ("tr", "advertisement", "Bu sayfadaki bağlantılar üzerinden yapılan alışverişlerden komisyon alabiliriz."),
    ("ar", "advertisement", "قد نحصل على عمولة عند الشراء عبر الروابط في هذه الصفحة."),
    ("pl", "advertisement", "Możemy otrzymać prowizję za zakupy dokonane przez linki w tym artykule."),
    ("sv", "advertisement", "Vi kan få provision när du köper via länkar i artikeln."),
    # Bare labels whose date or link the scraper dropped, reader-comment headings and reaction widgets.
    ("en", "navigation", "Updated"),
    ("en", "navigation", "How we make money"),
    ("de", "navigation", "Aktualisiert"),
    ("es", "navigation", "Publicado"),
    ("en", "comment-section", "Readers' comments"),
    ("en", "comment-section", "How did this article make you feel?"),
    ("fr", "comment-section", "Commentaires des lecteurs"),
    ("ru", "comment-section", "Комментарии читателей"),
    ("en", "advertisement", "Featured partner offer"),
    ("en", "navigation", "In this story Nessa Cronin Lantern Rooms Cork"),
    ("en", "navigation", "Tags Kristi Noem South Dakota"),
    ("en", "navigation", "Tags Wi-Fi Networking How-to Smart home"),
    ("en", "legal-footer", "This article is general information, not personal financial advice. Check your own situation before you act."),
    ("de", "spillover-markers", "Über die Autorin"),
    ("it", "spillover-markers", "L'autore"),
    ("es", "spillover-markers", "Sobre el autor"),
    ("ru", "spillover-markers", "Об авторе"),
    ("en", "related-link", "Related guides"),
    ("ru", "comment-section", "Ваши комментарии"),
    ("fr", "comment-section", "Vos commentaires"),
    # 'Our partners pay us', the other side of an affiliate disclosure.
    ("en", "advertisement", "Many or all of the products featured here are from our partners who compensate us."),
    ("en", "advertisement", "We may be compensated when you click on a link, when an application is approved."),
    ("de", "advertisement", "Wir sind unabhängig. Partner zahlen uns teils eine Provision, auf unsere Bewertungen hat das keinen Einfluss."),
    ("it", "advertisement", "Siamo indipendenti: i partner possono riconoscerci una commissione, ma non decidono mai cosa scriviamo."),
    ("es", "advertisement", "Somos independientes: nuestros socios pueden pagarnos una comisión, pero no deciden lo que escribimos."),
    ("en", "advertisement", "Our editors and experts handpick every product we feature. We may earn a commission from your purchases."),
    ("en", "share-prompt", "Support CNX Software! Donate via cryptocurrencies, become a Patron on Patreon."),
    ("en", "comment-section", "LikeLike"),
    ("en", "advertisement", "If you click on links we provide, we may receive compensation."),
    ("en", "navigation", "Advertiser disclosure"),
    ("en", "navigation", "Copy code"),
    ("en", "navigation", "Expand all"),
    ("fr", "advertisement", "Nous sommes indépendants : nos partenaires peuvent nous verser une commission, sans influence sur nos choix."),
    ("pt", "advertisement", "Somos independentes: os parceiros podem pagar-nos uma comissão, mas não decidem o que escrevemos."),
    ("nl", "advertisement", "Wij zijn onafhankelijk. Partners kunnen ons een commissie betalen, maar bepalen niet wat we schrijven."),
    ("nl", "advertisement", "Als je via een link in dit artikel iets koopt, ontvangen we mogelijk een kleine provisie."),
    ("pl", "advertisement", "Jesteśmy niezależni. Partnerzy mogą nam płacić prowizję, ale nie mają wpływu na treść artykułów."),
    ("pl", "advertisement", "Ten artykuł zawiera linki afiliacyjne."),
    ("sv", "advertisement", "Den här artikeln innehåller affiliatelänkar."),
    ("tr", "advertisement", "Bu yazı satış ortaklığı bağlantıları içerir."),
    ("ar", "advertisement", "تحتوي هذه الصفحة على روابط تابعة."),
    ("en", "navigation", "Schedule Your Free Consultation"),
    ("en", "navigation", "Get a free estimate"),
    ("en", "truncation-markers", "This post is for paid subscribers"),
    ("en", "related-link", "Related pages"),
    ("en", "caption-credit", "Image by"),
    ("en", "comment-section", "ReplyDeleteGreat blog!"),  # Blogger's Reply and Delete buttons glued to the next comment
    ("en", "navigation", "Read our full Sling TV review"),
    ("en", "share-prompt", "Subscribe to WIRED and stay smart with more of your favorite Ideas writers."),
    ("en", "share-prompt", "Subscribe to receive monthly updates about the latest Ai2 news."),
    ("en", "share-prompt", "Subscribe to State of AI newsletter"),
    ("en", "advertisement", "Price comparison from over 24,000 stores worldwide"),
    ("en", "advertisement", "This content is provided by our sponsor. It is not written by and does not necessarily reflect the views of the editorial staff."),
    ("en", "navigation", "This post is over 3 years old. I've probably changed my mind since it was written and it could be out of date."),
    ("en", "legal-footer", "This website is meant for general information and not legal advice."),
    ("en", "share-prompt", "Got a story, photo or event? Send it to the newsroom and we will take a look."),
    ("en", "share-prompt", "Have something to add? Write to the editor"),
    ("en", "navigation", "Previous 1 of 8 Next"),
    ("en", "navigation", "86 Likes ∙ 9 Restacks"),
    ("en", "related-link", "More on the topic: The Green Dilemma: Can AI Fulfil Its Potential Without Harming the Environment?"),
]
LEFTOVERS += _cases("leftovers")


@pytest.mark.parametrize(("language", "key", "line"), LEFTOVERS, ids=lambda v: str(v)[:30])
def test_typical_leftover_line_matches_its_category(language: str, key: str, line: str) -> None:
    assert key in matching(language, line)


WIDGETS = [
    ("en", "navigation", "Summarize this article"),
    ("en", "navigation", "This summary was generated by AI and reviewed by our editors."),
    ("en", "navigation", "Key takeaways (AI-generated)"),
    ("en", "navigation", "Video duration 02:14"),
    ("en", "reading-time", "Listen · 5:32 min"),
    ("en", "share-prompt", "Already a subscriber? Log in"),
    ("en", "share-prompt", "You have 2 free articles left this month."),
    ("en", "share-prompt", "Create a free account to continue reading"),
    ("en", "share-prompt", "Follow our WhatsApp channel for breaking news"),
    ("en", "share-prompt", "Follow us on Bluesky"),
    ("en", "share-prompt", "Sign up for our daily emails to get the top stories first."),
    ("en", "caption-credit", "Image: Crews clear debris from the seafront road on Tuesday / Getty"),
    ("en", "related-link", "Watch: Drone footage shows the flooded valley"),
    ("en", "related-link", "This article is part of our series Home Truths, examining the cost of housing."),
    ("en", "comment-section", "Share your memories of the old pier in the comments below."),
    ("de", "reading-time", "Artikel anhören • 4 Min."),
    ("de", "navigation", "Artikel vorlesen lassen"),
    ("de", "navigation", "Diese Zusammenfassung wurde mit Hilfe von KI erstellt."),
    ("en", "navigation", "Summary generated by AI and checked by our journalists. Learn more"),
    ("en", "navigation", "AI-generated summary, reviewed by editors. Learn more"),
    ("de", "navigation", "Zusammenfassung mit KI erstellt und redaktionell geprüft."),
    ("fr", "navigation", "Résumé généré par IA, vérifié par la rédaction."),
    ("nl", "navigation", "Samenvatting gemaakt met AI."),
    ("it", "navigation", "Riassunto generato dall'IA e verificato dalla redazione."),
    ("pt", "navigation", "Resumo gerado por IA e revisto pela redação."),
    ("ar", "navigation", "ملخص مولد بالذكاء الاصطناعي."),
    ("nl", "navigation", "Deze samenvatting is gemaakt met AI en gecontroleerd door de redactie."),
    ("tr", "navigation", "Bu özet yapay zeka tarafından oluşturulmuştur."),
    ("de", "advertisement", "Weiterlesen nach der Anzeige"),
    ("de", "truncation-markers", "Jetzt 4 Wochen gratis testen"),
    ("fr", "navigation", "Résumé généré par IA"),
    ("fr", "related-link", "À lire également : La grève des contrôleurs reconduite"),
    ("es", "navigation", "Resumen generado por IA"),
    ("it", "advertisement", "Continua a leggere dopo la pubblicità"),
    ("nl", "reading-time", "Luister naar dit artikel (4 min)"),
    ("pt", "advertisement", "Continue a ler após a publicidade"),
    ("ru", "advertisement", "Материал продолжится ниже"),
    ("tr", "truncation-markers", "Abonelere özel içerik"),
    ("ar", "related-link", "اقرأ أيضًا: ارتفاع أسعار الوقود في عمّان"),
    ("de", "related-link", "Auch interessant"),
    ("en", "advertisement", "Sponsored content from our partners at Visa"),
    ("en", "advertisement", "Advertisement feature in association with Visa Europe"),
    ("en", "advertisement", "Sponsored by Visa"),
    ("en", "legal-footer", "Contact the author at jane.doe@example.com"),
    ("en", "navigation", "This article is more than 5 years old."),
    ("en", "advertisement", "This content is produced by our commercial team and paid for by Visa."),
    ("en", "navigation", "This article is more than 5 years old"),
    ("en", "legal-footer", "Contact the author: jane.doe@example.com"),
    ("en", "share-prompt", "Follow Jane Doe on X @janedoe"),
    ("en", "share-prompt", "Follow him on Instagram"),
    ("nl", "related-link", "Misschien ook interessant"),
    ("en", "reading-time", "Listen to this article4:12"),
    ("de", "reading-time", "Artikel anhören 4:12"),
    ("fr", "reading-time", "Écouter cet article (3:05)"),
    ("es", "reading-time", "Escuchar artículo 6 min"),
    ("it", "reading-time", "Ascolta l'articolo · 4:30"),
    ("pt", "reading-time", "Ouvir este artigo 2:47"),
    ("nl", "reading-time", "Beluister dit artikel 5:10"),
    ("en", "share-prompt", "You have read 3 of your 5 free articles this month. Subscribe for unlimited access."),
    ("en", "share-prompt", "No spam, ever. You can unsubscribe at any time."),
    ("en", "share-prompt", "We will never sell your data. Modify your preferences or unsubscribe at any time."),
    ("en", "truncation-markers", "Register for free to continue reading"),
    ("en", "truncation-markers", "Unlock this story"),
    ("en", "caption-credit", "The ferry leaves the quay at dawn. Photograph: courtesy of Coast Ferries"),
    ("en", "navigation", "This summary was generated with the help of AI and reviewed by an editor."),
    ("en", "navigation", "Play video 1:48"),
    ("en", "navigation", "WATCH | How the new bus lanes will work"),
    ("en", "related-link", "READ MORE | Five moments that decided the final"),
    ("en", "share-prompt", "Purchase Licensing Rights"),
    ("en", "share-prompt", "Share this update"),
    ("en", "navigation", "Spotted a mistake? Report it to the editors."),
    ("en", "legal-footer", "This content is for general information only and is not a substitute for professional medical advice."),
    ("en", "caption-credit", "Photo gallery (12)"),
    ("en", "legal-footer", "The views expressed in this column are the author's own and do not reflect those of the Gazette."),
    ("es", "legal-footer", "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor."),
    ("fr", "legal-footer", "Les opinions exprimées dans cette tribune n'engagent que leur auteur."),
    ("de", "legal-footer", "Der Gastbeitrag gibt ausschließlich die Meinung der Autorin wieder."),
    ("en", "navigation", "Report this article"),
    ("en", "tail-markers", "ENDS"),
    ("en", "tail-markers", "– ENDS –"),
    ("en", "tail-markers", "Media contact"),
    ("en", "share-prompt", "Share this release"),
    ("en", "share-prompt", "Share this entry"),
    ("en", "navigation", "Tap to expand"),
    ("en", "navigation", "Page 1 of 2"),
    ("en", "navigation", "This article appears in print with the headline “Letters from the edge”."),
    ("en", "navigation", "Corrections: If you spot an error in our reporting, email corrections@harbourgazette.com."),
    ("de", "legal-footer", "Dieser Inhalt dient ausschließlich der Information und ersetzt keine ärztliche Beratung."),
    ("fr", "legal-footer", "Ce contenu est fourni à titre informatif et ne remplace pas l'avis d'un professionnel de santé."),
    ("es", "advertisement", "La noticia continúa abajo"),
    ("it", "advertisement", "L'articolo continua sotto"),
    ("ru", "share-prompt", "Эл. почта"),
    ("it", "navigation", "Pagina 1 di 2"),
    ("de", "navigation", "Seite 2 von 3"),
    ("ru", "navigation", "Страница 1 из 2"),
    ("en", "navigation", "Play episode 38:52"),
    ("en", "navigation", "This transcript was generated automatically and may contain errors."),
    ("en", "advertisement", "This episode is supported by Hillside Mutual Insurance"),
    ("en", "advertisement", "This episode is brought to you by Squarespace."),
    ("en", "advertisement", "This episode is sponsored by Squarespace, the easiest way to build a website."),
    ("en", "advertisement", "This newsletter is sponsored by Acme."),
    ("en", "legal-footer", "This content does not constitute tax advice on value-added tax."),
    ("en", "legal-footer", "This article is not financial advice. It tells you nothing about your circumstances."),
    ("en", "legal-footer", "This article is not legal advice. Readers should take advice on their own circumstances."),
    ("en", "legal-footer", "This article is for informational purposes only and does not constitute legal advice."),
    ("tr", "navigation", "İzle"),
    ("ar", "navigation", "شاهد"),
    ("en", "advertisement", "Products are chosen independently by our editors. Purchases made through our links may earn us a commission."),
    ("en", "advertisement", "Prices were accurate at the time this article was published but may change over time."),
    ("en", "navigation", "An error has occurred; the feed is probably down. Try again later."),
    ("id", "navigation", "Sebuah galat telah terjadi; umpan tersebut kemungkinan sedang anjlok. Coba lagi nanti."),
    ("en", "advertisement", "Doctors surprised by this simple morning habitSponsored | HealthDaily"),
    ("en", "share-prompt", "Stay informed: download the Harbour News app on Android and iPhone."),
    ("en", "navigation", "This audio is read by a synthetic voice."),
    ("en", "truncation-markers", "You've reached your limit of free articles"),
    ("en", "legal-footer", "The Harbour Gazette is not responsible for the content of external sites."),
    ("en", "share-prompt", "Download our apps for iPhone and Android."),
    ("en", "share-prompt", "Get the Harbour Gazette app on the App Store and Google Play."),
    ("es", "navigation", "Ver esta publicación en Instagram"),
    ("pt", "navigation", "Ver essa foto no Instagram"),
    ("de", "navigation", "Diesen Beitrag auf Instagram ansehen"),
    ("fr", "navigation", "Voir cette publication sur Instagram"),
    ("it", "navigation", "Visualizza questo post su Instagram"),
    ("es", "caption-credit", "Fuente de la imagen, Getty Images"),
    ("es", "caption-credit", "Pie de foto, Los bomberos trabajaron toda la noche en el puerto."),
    ("pt", "caption-credit", "Crédito, Arquivo pessoal"),
    ("pt", "caption-credit", "Legenda da foto, Os bombeiros trabalharam a noite toda no porto."),
    ("ru", "caption-credit", "Автор фото, Getty Images"),
    ("ru", "caption-credit", "Подпись к фото, Пожарные работали в порту всю ночь."),
    ("uk", "caption-credit", "Підпис до фото, Рятувальники працювали в порту всю ніч."),
    ("tr", "caption-credit", "Fotoğraf kaynağı, Reuters"),
    ("tr", "caption-credit", "Fotoğraf altı yazısı, İtfaiye ekipleri gece boyunca limanda çalıştı."),
    ("ar", "caption-credit", "صدر الصورة، Getty Images"),
    ("fr", "caption-credit", "Légende image, Les pompiers ont travaillé toute la nuit sur le port."),
    ("id", "caption-credit", "Sumber gambar, Reuters"),
    ("id", "caption-credit", "Keterangan gambar, Petugas pemadam kebakaran bekerja sepanjang malam."),
    ("fr", "caption-credit", "Crédit photo, France Régions / Yann Kerbrat"),
    ("uk", "caption-credit", "Автор фото, Getty Images"),
    ("en", "share-prompt", "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy."),
    ("en", "share-prompt", "We will never share your email."),
    ("en", "comment-section", "Sign in to join the conversation"),
    ("en", "comment-section", "Join the conversation (11)"),
    ("en", "caption-credit", "Crowds on the quay for the first crossing © Ines Barros/Harbour Gazette"),
    ("de", "caption-credit", "Leere Bahnsteige am Hauptbahnhof beim letzten Streik. Foto: dpa/Jonas Weiler"),
    ("tr", "caption-credit", "Öğrenciler toplanma alanına yürüyor. Fotoğraf: Burak Demir / Ege Postası"),
    ("ru", "caption-credit", "Мост через реку был построен в 1978 году. Фото: Игорь Лапин"),
    ("de", "share-prompt", "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung."),
    ("es", "share-prompt", "Al suscribirte aceptas nuestra política de privacidad."),
    ("it", "share-prompt", "Iscrivendoti accetti l'informativa sulla privacy."),
    ("pt", "share-prompt", "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."),
    ("tr", "share-prompt", "Abone olarak KVKK metnini kabul etmiş olursunuz."),
    ("es", "reading-time", "Escuchar este artículo 4:12 Audio generado con IA"),
    ("it", "reading-time", "3:40Voce generata con intelligenza artificiale"),
    ("fr", "navigation", "Lire la vidéo 1:12"),
    ("fr", "navigation", "VIDÉO | Les images de la ville écrasée par la chaleur"),
    ("pt", "navigation", "Reproduzir vídeo 2:05"),
    ("ru", "navigation", "Смотреть видео 2:48"),
    ("tr", "navigation", "Videoyu oynat 1:34"),
    ("es", "navigation", "Cargar más actualizaciones"),
    ("ru", "advertisement", "Продолжение после рекламы"),
    ("en", "share-prompt", ("Back of Mind is a reader-supported publication. To receive new posts and support my work, "
                            "consider becoming a free or paid subscriber.")),
    ("en", "share-prompt", "Listen now on Spotify, Apple Podcasts or wherever you get your podcasts."),
    ("en", "share-prompt", "Get unlimited access to the best of Harbour Notes for less than $1/week."),
    ("fr", "truncation-markers", "Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés."),
    ("ru", "navigation", "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter."),
]
WIDGETS += _cases("widgets")
"""The widgets news sites added in 2024-2026, each a whole line of its category (no weaker match)."""


@pytest.mark.parametrize(("language", "key", "line"), WIDGETS, ids=lambda v: str(v)[:30])
def test_a_modern_widget_is_a_whole_line_of_its_category(language: str, key: str, line: str) -> None:
    assert PhraseMatcher(lexicon(language).entry(key)).exact(line)


BODY_LINES = [
    ("en", "Next article in the series will look at the cost of the new harbour wall."),
    ("fr", "Article suivant, le conseil a voté la loi sur le port de Kellmouth."),
    ("en", "Apple and 40 partners use the new chip in their laptops, the company said on Monday."),
    ("en", "Google and 300 partners use cookies to track users across the web, the regulator said."),
    ("en", "Meta and 20 partners process personal data of millions of Europeans every day, the regulator said."),
    ("en", "Our website gives general information about benefits; people should speak to an adviser, a council spokesman said."),
    ("en", "This podcast provides general health information, and listeners should consult a doctor before changing their diet."),
    ("it", "Un post condiviso da migliaia di utenti ha scatenato la polemica in consiglio comunale."),
    ("fr", "Prix constatés à la date de publication du décret au Journal officiel."),
    ("fr", "Prix relevés au moment de la publication de l'étude, en janvier 2024."),
    ("es", "Precios vigentes a la fecha de publicación de la orden ministerial en el BOE."),
    ("nl", "Trefwoorden: vertrouwen, samenwerking en vernieuwing, zei de nieuwe burgemeester"),
    ("nl", "Trefwoorden: vertrouwen, samenwerking en vernieuwing, stelde de nieuwe burgemeester"),
    ("it", "Tag: fiducia, collaborazione e rinnovamento, ha dichiarato il nuovo sindaco"),
    ("pt", "Etiquetas: confiança, cooperação e renovação, afirmou o novo prefeito"),
    ("fr", "Mots-clés : confiance, coopération et renouveau, a déclaré le nouveau maire"),
    ("de", "Ein Beitrag geteilt von Jonas Brückner sorgte am Montag im Rathaus für Aufregung:"),
    ("it", "Un post condiviso da Matteo Salvini ha scatenato la polemica:"),
    ("fr", "Une publication partagée par Emmanuel Macron a suscité de vives réactions"),
    ("nl", "Een bericht gedeeld door de gemeente Utrecht leidde tot honderden reacties:"),
    ("es", "Una publicación compartida por el alcalde provocó cientos de comentarios;"),
    ("fr", "Prix relevés au moment de la publication, selon l'Insee, qui note une hausse de 3 % sur un an."),
    ("es", "Precios consultados en la fecha de publicación por la OCU, que denuncia subidas de hasta un 20 %."),
    ("fr", "Prix constatés au moment de la publication au Journal officiel du nouveau barème."),
    ("en", "Google and 300 partners use cookies to track users across the web, the watchdog warned."),
    ("en", "Our website gives general health information and is not a substitute for care, the health board stressed."),
    ("es", "Artículo anterior a la reforma, el texto de 1998 no preveía multas."),
    ("en", "Previous article 5 of the treaty was never signed by the two governments."),
    ("en", "You are reading this because the council sent it to every household in the ward."),
    ("en", "Derek Holm says: the council should have listened to the fishermen in 2019."),
    ("en", "Three thoughts on this story have kept the detectives awake, Ms Reyes told the inquiry."),
    ("es", "Amazon puede recibir una comisión por las ventas realizadas a través de enlaces de terceros."),
    ("fr", "La plateforme peut percevoir une commission sur chaque vente, selon le rapport publié mardi."),
    ("en", "Previous Post Office chief executives, including Paula Vennells, have apologised to the sub-postmasters."),
    ("en", "Next Post Office branch to close will be in Kellmouth, the company confirmed on Monday."),
    ("en", "The information is not financial advice, Mr Marsh told the tribunal, and anyone who watched knew that."),
    ("en", "The website is for informational purposes only, the company said in its defence."),
    ("en", "The website is provided for information purposes, the company said, and is not a substitute for advice."),
    ("en", "This show is presented by the Lyric Hammersmith and runs until May 3."),
    ("en", "This podcast is brought to you by the same team that made the hit series on the canal murders."),
    ("en", "The ruling is not legal advice, the judge said, but a warning to every landlord in the county."),
    ("en", "This episode is one the family would rather forget."),
    ("en", "If you spot an error in the form, the clerk will send it back within a week."),
    ("de", "Der Artikel des Gesetzes ersetzt keine ärztliche Untersuchung, sagte die Ministerin."),
    ("fr", "Le texte de loi ne remplace pas l'avis du médecin, a rappelé la ministre."),
    ("en", "Image source, and what it says: nothing at all"),
    ("en", "Read the label before you buy, the pharmacist said."),
    ("en", "Read more about the plan on the council's website"),
    ("en", "See also Table 3 for the figures by district."),
    ("pt", "Crédito, dizem os economistas, é o que falta às pequenas empresas."),
    ("pt", "Crédito, juros e inflação"),
    ("en", "To pay, download the city parking app and scan the code at the gate."),
    ("en", "Apps are not a substitute for professional medical advice, the doctor warned."),
    ("en", "Critics said the views expressed are the author's alone, not the ministry's."),
    ("en", "The firm said it is not responsible for the content of other websites that copy its data, a claim the court rejected."),
    ("es", "Fuente de la imagen, una cuestión de derechos"),
    ("id", "Sumber gambar, ini penjelasannya"),
    ("en", "Read more Hemingway and you will see what he meant."),
    ("en", "Join a WhatsApp group for your street and share updates with neighbours."),
    ("en", "Download the council's app to book a collection."),
    ("en", "Category: Best Regional News Story"),
    ("en", "Source: ons.gov.uk"),
    ("en", "The app has been downloaded 18 million times, the company said."),
    ("en", "Under the new rules, shoppers must be able to unsubscribe at any time."),
    ("en", "You can unsubscribe at any time, the regulator said, but few people do."),
    ("en", "I have read three of the five free articles the council sent me, she said."),
    ("en", "Listen to this: the tide came in at 4:12 and the quay flooded."),
    ("en", "Signing up, you agree to pay more: that is the deal the council offers."),
    ("en", "We never share a table with strangers, the owners said."),
    ("en", "Watch the video of the storm, which went viral on Tuesday."),
    ("de", "Die Polizei veröffentlichte am Montag ein Foto des Verdächtigen."),
    ("de", "Sie zeigte uns ein altes Foto: Es war ihr Großvater auf dem Kutter."),
    ("ru", "Он сказал, что фото было сделано в 1978 году."),
    ("es", "Temas: vivienda, transporte y seguridad"),
    ("ru", "Метки: зелёная, жёлтая и красная"),
    ("en", "Share prices fell sharply on Monday."),
    ("en", "Access to the quay was denied to reporters on Monday, the harbour master said."),
    ("en", "Just a moment later the ferry left the quay."),
    ("en", "The page was not found in the archive until 2019, when a student came across it."),
    ("en", "Read more about the council's plans in the report it published on Friday."),
    ("en", "Related to the storm, three ferries were cancelled."),
    ("en", "The photo shows the harbour before the storm."),
    ("en", "Copyright law changed in 2024 after a long campaign."),
    ("en", "Comments from residents were mostly positive."),
    ("en", "She says:"),
    ("en", "A spokesman for the port says:"),
    ("en", "Home prices rose for the third month in a row."),
    ("en", "All rights reserved, the company said, would remain with the original artists."),
    ("en", "Watch your step on the wet quay, the harbour master warned."),
    ("en", "Listen to the crew describe the rescue in their own words."),
    ("en", "Prices have fallen by a third since January (Dow Jones / Bloomberg)"),
    ("en", "The ferry will resume on Friday once the checks are complete, the operator said. (Reuters / AFP)"),
    ("en", "Results from both polls (Ipsos / Reuters) and (YouGov / Reuters)"),
    ("en", "Watch: BBC One, 2.30pm"),
    ("en", "Listen: 90 minutes"),
    ("en", "comments("),
    ("en", "Child tax credit: up to 2,000 per child"),
    ("en", "The harbour Credit: A Guide"),
    ("en", "share = ["),
    ("en", "Enable JavaScript in the settings menu, then reload the page."),
    ("en", "JavaScript is disabled by default in the browser's safest mode, the researchers noted."),
    ("en", "JavaScript is required to use the new tax portal, the agency said."),
    ("en", "The site requires JavaScript, and critics say that shuts out older phones."),
    ("en", "Also on harbourgazette.com, the council posted the full budget."),
    ("en", "12 comments on the harbour plan were filed by residents."),
    ("en", "The council met on Tuesday, Nov. 19, 2024, in the old town hall to vote on the budget."),
    ("en", "Also on the agenda was the harbour budget."),
    ("en", "The footage of the storm was obtained via AP and checked by the harbour office."),
    ("en", "KELLMOUTH (Reuters) - Ferry operators cancelled every crossing on Monday as the storm reached the coast."),
    ("en", "The harbour poll was run by AP/NORC in May, and most residents backed the plan (AP)."),
    ("en", "The mayor told Reuters the harbour would reopen on Friday."),
    ("en", "This article was originally published in 2015 and has been updated with new figures."),
    ("en", "Supported by the council, the harbour plan passed on Monday."),
    ("en", "The story continues below the harbour wall, where the old pier stood."),
    ("en", "Item 4 of the agenda was the harbour budget."),
    ("en", "This article was generated by AI, the paper admitted on Friday after readers complained."),
    ("en", "This story was written by AI, and most readers could not tell the difference, the study found."),
    ("en", "Summary is generated by AI in the new app, which Apple launched in June."),
    ("en", "This report is part of a series of investigations by the UN into the conflict."),
    ("en", "You have three free articles left, the paywall told him."),
    ("en", "Presented by the mayor, the plan would double the number of night buses."),
    ("en", "In partnership with the university, the council will fund twelve new posts."),
    ("en", "Presented by the National Theatre until 12 March"),
    ("en", "Presented by Zoe Ball and Richard Osman"),
    ("en", "In partnership with local schools"),
    ("en", "In association with the Royal Society"),
    ("en", "Brought to you by the makers of Succession"),
    ("en", "Follow the same steps on Instagram."),
    ("en", "Follow the prime minister on X"),
    ("de", "Diese Zusammenfassung wurde dem Ausschuss am Montag vorgelegt und soll im Mai beraten werden."),
    ("en", "A summary generated by AI misquoted the minister, the paper said."),
    ("de", "Die Zusammenfassung wurde mit KI erstellt, sagte der Sprecher."),
    ("fr", "Le résumé généré par IA contenait trois erreurs, selon le rapport."),
    ("fr", "Ce résumé a été généré à partir des 400 pages du rapport par les services du ministère."),
    ("es", "Resumen generado con los datos del censo de 2021 por el instituto de estadística."),
    ("pt", "Este resumo foi criado pela equipe técnica do ministério para a audiência de terça-feira."),
    ("nl", "Deze samenvatting is gemaakt door het Centraal Planbureau op verzoek van de Kamer."),
    ("ru", "Краткое содержание подготовлено экспертами ООН для заседания Совета безопасности."),
    ("tr", "Bu özet yapay zeka uzmanlarının hazırladığı raporun ilk bölümünü aktarıyor."),
    ("ar", "تم إنشاء هذا الملخص من قبل لجنة الخبراء وعرض على البرلمان يوم الاثنين."),
    ("en", "Follow @kellmouthcc for updates on the crossings, the council said."),
    ("en", "Only 2 of 5 ferries ran on time in May."),
    ("en", "10:30"),
    ("en", "Just 38% approve of his handling of the economy, according to the latest survey by AP/Ipsos."),
    ("en", "The video was first posted on X/Twitter and later distributed via Reuters."),
    ("en", "The 24/7 coverage of the storm is available to subscribers via AP."),
    ("en", "The statement was issued in English/French and circulated via AFP."),
    ("en", "The rules are set by the Environmental Protection Agency (EPA)"),
    ("en", "By clicking Subscribe, you agree to a recurring charge that many users never notice, the regulator found."),
    ("en", "Credit... where credit is due, the mayor said of the crews."),
    ("en", "A version of this story appeared in print on Sunday, and readers wrote in by the hundreds."),
    ("en", "Want more parking? Sign up for the council's consultation before Friday, the mayor urged residents."),
    ("en", "An AP/NORC Poll"),
    ("en", "Updated on 3 March, the rules now allow night crossings."),
    ("en", "Posted at the harbour since 2019, the guards watched the ferries come and go."),
    ("en", "Email the council at the address on its website to object."),
    ("en", "Less than half of the ferries ran on time."),
    ("en", "More ferries will run in the summer."),
    ("en", "Image rights are a growing business for the agency."),
    ("en", "Email the county clerk at clerk@county.example to ask for a ballot before the Oct. 15 deadline."),
    ("en", "Write to the harbour office at office@port.example if a crossing was cancelled, the operator said."),
    ("en", "Image copyright has become a battleground for newsrooms and software firms, lawyers say."),
    ("en", "Image captioning models were tested on the archive."),
    ("en", "Check prices before you buy, the consumer group said."),
    ("en", "Get it now or wait for the sale: the price will not drop."),
    ("en", "Image caption tools now describe photos for blind readers on the ferry company's site."),
    ("en", "Filed under seal in March, the indictment was unsealed on Tuesday."),
    ("en", "Retailers may earn a commission, the report said, but buyers pay the same."),
    ("en", "Get your phishing tips from your bank, not from a link in your inbox."),
    ("en", "Have you ever wondered why so much mail still lands in your inbox?"),
    ("en", "Check your inbox for a letter from the tax office, the agency said."),
    ("en", "Newsletters are booming: the platform says a million readers pay to have writers land in your inbox."),
    ("en", "If a newsletter you never subscribed to appears in your inbox, report it, the regulator said."),
    ("en", "Researchers found that subscribing to one newsletter can triple the mail in your inbox within a month."),
    ("en", "Keep an eye on your inbox: the council will send the ballot papers by e-mail next week."),
    ("en", "Receipts sent to your inbox can be used as proof of purchase."),
    ("en", "The results will be sent directly to your inbox, the exam board said."),
    ("en", "Nothing is private in your inbox."),
    ("en", "The committee said the photo by Tom Reed was taken in March."),
    ("en", "Sales rose 4% | Photo by itself proves nothing, the analyst said."),
    ("en", "The newsletter boom means more writers are competing for a place in your inbox."),
    ("en", "Unsubscribing from a newsletter is not always easy, and some keep landing in your inbox for weeks."),
    ("en", "Many people sign up for loyalty cards without realising how much mail lands in your inbox."),
    ("en", "Stay calm if a strange invoice appears in your inbox; call the company first."),
    ("en", "Join the thousands of parents who have complained about the mail clogging up your inbox."),
    ("de", "Die Anzeige wurde am Montag bei der Polizei erstattet."),
    ("de", "Die Stadt will JavaScript im neuen Bürgerportal abschaffen."),
    ("de", "Von Montag an fahren die Fähren wieder."),
    ("de", "Von Anfang an war klar, dass der Hafen schließt."),
    ("fr", "Par ailleurs, le maire a annoncé de nouveaux travaux."),
    ("fr", "Partager les coûts reste difficile pour la commune."),
    ("es", "Por la tarde, el puerto volvió a abrir."),
    ("es", "Compartir el coste con el Estado fue la solución."),
    ("it", "Di solito il porto apre alle sei."),
    ("pt", "Por causa da tempestade, o porto fechou."),
    ("nl", "Door de storm bleef de haven gesloten."),
    ("en", "Follow the coach on Instagram and you will see why the team trusts him."),
    ("en", "The ferry left at dawn. — Photo: the crew kept one for the archive, the skipper said."),
    ("en", "This article appeared in print before the editor found the error, she said, and was corrected online."),
    ("fr", "Cet article est paru trop tard pour changer le vote, estime le maire."),
    ("it", "Questo articolo è uscito due giorni prima del voto in consiglio."),
    ("ru", "Реклама на телевидении подорожала в этом году."),
    ("tr", "Reklam gelirleri bu yıl yüzde on arttı."),
    ("ar", "قال المسؤول إن الميناء سيعاد فتحه يوم الاثنين."),
    ("en", "The new series is available from Monday wherever you get your podcasts, the network said."),
    ("en", "Follow-up episodes will be released weekly wherever you get your podcasts."),
    ("en", "The first episode aired on Tuesday. Listen to the full interview wherever you get your podcasts."),
    ("en", "The paper said the blog is a reader-supported publication that relies on small donations."),
    ("en", "Members get unlimited access to the gym for less than $1 a day, the chain said."),
    ("en", "The museum's photos are licensed under a Creative Commons licence, so anyone may reuse them, the curator said."),
    ("en", "The photos are licensed under a Creative Commons licence, the museum said."),
    # A republished article's attribution is the article's own last line (as gold bodies of the web keep it).
    ("en", "This article is republished from The Harbour Review under a Creative Commons license. Read the original article."),
    ("ru", "Если вы заметили ошибку в начислениях, обратитесь в управляющую компанию."),
    # Commissions in the news: someone else's, or reported; an affiliate disclosure is the publisher's own.
    ("en", "If you buy through the broker, the bank will earn a commission of two percent on every sale."),
    ("en", "I earn a commission on every policy sold through my links, the agent said."),  # reported: the guard
    ("en", "Agents earn a commission when you buy a house, and the fee is usually paid by the seller."),
    ("de", "Der Händler zahlt dem Vermittler eine Provision von fünf Prozent für jeden Kauf im Laden."),
    ("de", "Makler erhalten beim Kauf einer Wohnung eine Provision, die oft der Käufer zahlt."),
    ("fr", "Nous avons payé une commission de 5 % sur chaque achat, a expliqué le commerçant."),
    ("es", "El banco cobra una comisión por cada compra con tarjeta en el extranjero."),
    ("it", "La banca applica una commissione su ogni acquisto fatto con la carta all'estero."),
    ("pt", "O banco cobra uma comissão por cada compra feita com o cartão no estrangeiro."),
    ("nl", "De bank rekent een commissie voor elke aankoop met de kaart in het buitenland."),
    ("tr", "Banka, yurt dışında kartla yapılan her alışverişten komisyon alıyor."),
    ("en", "Topics we will cover in this guide."),
    ("en", "Tags on the luggage were checked twice."),
    ("en", "Tags How To Fix Your Router"),
    ("en", "The ballots, delivered to your inbox by mistake, were counted anyway, the clerk said."),
    ("en", "Your DNA results, delivered to your inbox within six weeks, will show where your ancestors lived."),
    ("en", "Weekly meal plans, delivered to your inbox every Sunday. They are included in the premium tier."),
    ("en", "Join 4,000 professionals for 20 hours of networking and social events at the summit."),
    ("en", "The exhibition opens on Friday. Photographs by Ansel Adams are on display in the east wing."),
    ("en", "The leaflet is general information, not legal advice, the charity said."),
    ("de", "Die Partner zahlen der Agentur eine Provision für jeden Vertrag."),
    # A sentence that sends the reader to a review is the article's own (gold bodies keep it); a link's text is not.
    ("en", "Read our full Acer Nitro 16 review."),
    ("en", "Subscribe to Netflix and stay up late with the series, she said."),  # reported: the guard
    # Commissions, compensation and subscriptions in the news (found in review).
    ("en", "I make a small commission on every policy I sell, which is how I pay my rent."),
    ("en", "“It’s simple. We earn a commission on every house we sell,” the agent told me."),
    ("en", '"Our partners pay us on time," the owner told the BBC.'),
    ("en", "We may be compensated for the losses, the farmer added."),
    ("en", "If you buy from partner retailers, the card issuer will earn a fee on every transaction."),
    ("en", "The site uses affiliate links to earn money, according to the complaint."),
    ("en", "Some of the posts are affiliate links, the FTC said."),
    ("en", "Subscribe to Netflix and you can watch the whole series tonight."),
    ("en", "Subscribe to YouTube TV, which costs $83 a month and includes ESPN."),
    ("en", "Topics To Discuss With Your Doctor"),
    ("en", "In this article I explain why the Fed will cut rates in September"),
    ("en", "This story was produced by our partners at the Texas Tribune and is republished here with permission."),
    ("en", "Price comparison from 2019 to 2024"),
    ("en", "Have any tips? I always tell people to start small and stay consistent."),
    ("en", "This page is over 100 years old. The paper has changed colour and the ink has faded."),
    ("en", "Support for the plan fell. Donate buttons vanished from the campaign site."),
    ("en", "Read the full text of the judicial review"),
    ("en", "Disclosure: The Securities and Exchange Commission requires the fund to publish its holdings."),
    ("de", "Beim Verkauf einer Immobilie erhalten wir eine Provision von 3,57 Prozent, erklärt die Maklerin."),
    ("de", "„Unsere Partner zahlen uns eine Provision“, sagt der Gründer."),
    ("fr", "Nous espérons obtenir de la Commission européenne un accord sur les achats groupés de vaccins."),
    ("it", "Possiamo chiedere alla Commissione europea di finanziare l'acquisto congiunto di vaccini."),
    ("es", "Podemos pedir a la Comisión Europea que revise la compra de gas ruso, dijo el ministro."),
    ("nl", "We willen dat de commissie ook naar de linkse partijen kijkt, zei Wilders."),
    ("nl", "De partners in de coalitie hebben ons gevraagd de commissie in te lichten."),
    ("ru", "Мы не согласны с решением комиссии, заявили покупатели квартир."),
    ("pl", "Otrzymujemy prowizję od kupującego, mówi pośrednik."),
    ("sv", "Vi tar ingen provision på köpet, säger mäklaren."),
    ("tr", "Her satıştan yüzde 3 komisyon alıyoruz, dedi emlakçı."),
    ("ar", "نحصل على عمولة من كل صفقة، قال الوسيط العقاري."),
    ("en", "Have a question? Ask the pharmacist before you buy."),
]
BODY_LINES += _cases("body")


@pytest.mark.parametrize(("language", "line"), BODY_LINES, ids=lambda v: str(v)[:30])
def test_body_sentence_with_the_same_words_matches_nothing(language: str, line: str) -> None:
    assert matching(language, line) == set()


PROMPT_LIKE_BODY = [
    ("en", "Sign up for the Met Office email alerts to get flood warnings for your area."),
    ("en", "Sign up for the council's emergency text and email alerts before the storm arrives."),
    ("en", "Follow us on Telegram, the militants urged their supporters in a video message."),
]
"""Body sentences that open like a prompt: a weak prefix match, scored by context, never a whole line (an opener
followed by a reporting verb is none, as in the rules)."""


@pytest.mark.parametrize(("language", "line"), PROMPT_LIKE_BODY, ids=lambda v: str(v)[:30])
def test_a_body_sentence_that_opens_like_a_prompt_is_no_whole_line_of_any_category(language: str, line: str) -> None:
    lexicons = lexicon(language)
    assert not any(PhraseMatcher(lexicons.entry(key), 15, lexicons.prose()).exact(line) for key in CATEGORIES)


def test_lexicons_of_all_languages_load_together() -> None:
    lexicons = Lexicons()
    for path in FILES:
        lexicons.add_file(path)
    assert sorted(lexicons.languages) == sorted(LANGUAGES)
    assert "publicité" in lexicons.entry("advertisement").phrases
    assert "реклама" in lexicons.entry("advertisement").phrases


def test_an_opener_matches_a_banner_line_however_long_and_only_at_its_start() -> None:
    index = builtin_lexicons().index()
    languages = list(index.languages.values())
    banner = "We use cookies to " + "remember the settings you chose, count the visits to each page, " * 8
    assert len(banner) > index.reach
    assert index.classify(banner, languages) == {"cookie-notice": Strength.EXACT}
    assert index.classify("The bakery told us: " + banner, languages) is None
    assert index.classify("» WE  USE COOKIES TO " + banner[18:], languages) == {"cookie-notice": Strength.EXACT}
    short = index.classify("We use cookies sparingly, the editor said.", languages) or {}
    assert short.get("cookie-notice") is not Strength.EXACT, "an opener is its words in full, not a shorter prefix"


@pytest.mark.parametrize("line", [
    "Mehr lesen VERKEHR Neue Blitzer auf der Köhlbrandbrücke",
    "Ez is érdekelheti SPORT Újabb győzelem a bajnokságban",
    "Les også NYHETER Fergen går igjen fra mandag",
    "Lue myös TALOUS Kunta leikkaa kirjastojen aukioloaikoja",
    "Read more CIVIC Council sets aside £9m for new water mains",
    "Read also | The night ferry returns for the summer",
    "Lesen Sie auch | Warum die Fähre im Winter nicht fährt",
])
def test_a_read_also_label_with_the_linked_articles_kicker_and_headline(line: str) -> None:
    index = builtin_lexicons().index()
    assert index.classify(line, list(index.languages.values())) == {"related-link": Strength.WEAK}


@pytest.mark.parametrize(("line", "card"), [
    ("VideoInside the new reading rooms1:34", True),
    ("Video Librarians unpack 40,000 books 2:02", True),
    ("Vídeo El moment del pilar de vuit (0:48 min)", True),
    ("WATCH Route flyover: the new final 5km 1:32", True),
    ("The video lasted 1:34", False),  # no label first
    ("Video 1:34", False),  # no title
    ("Watch the clock: the race starts at 10:30", False),  # a sentence of the article
    ("Video shows the crash at 12:45.", False),
])
def test_a_videos_card_with_its_running_time(line: str, card: bool) -> None:
    index = builtin_lexicons().index()
    assert ((index.classify(line, list(index.languages.values())) or {}).get("caption-credit") is not None) is card


@pytest.mark.parametrize(("line", "bar"), [
    ("Comparte esta historia: Facebook X WhatsApp Email", True),
    ("Condividi questa storia: Facebook WhatsApp Telegram Email", True),
    ("The minister said: Facebook, X and WhatsApp must act", False),  # a sentence
    ("Our accounts: Facebook", False),  # one name is no bar
])
def test_a_share_bar_under_a_label(line: str, bar: bool) -> None:
    index = builtin_lexicons().index()
    assert ((index.classify(line, list(index.languages.values())) or {}).get("share-prompt") is not None) is bar


@pytest.mark.parametrize("line", [
    "Asia Pacific · 2 min read", "Société · Lecture 2 min", "Feb 11, 2019 · 3 min read · By Dana Ruiz",
    "Общество · 2 мин на чтение",
])
def test_a_reading_time_badge_beside_a_section_a_date_or_a_byline(line: str) -> None:
    index = builtin_lexicons().index()
    assert index.classify(line, list(index.languages.values())) == {"reading-time": Strength.WEAK}


@pytest.mark.parametrize("line", [
    "The crossing took two hours in the storm. · 5 min read",  # a sentence beside it
    "5 min read · 4 min read",  # two badges: a list of articles
    "Harbour · Ferries · Timetables",  # no badge
])
def test_no_reading_time_badge_beside_labels(line: str) -> None:
    index = builtin_lexicons().index()
    assert "reading-time" not in (index.classify(line, list(index.languages.values())) or {})


@pytest.mark.parametrize("line", [
    "Mehr lesen DIE ZEIT war knapp.",  # a sentence
    "RECOMMENDED COURSES FOR HR",  # a heading in capitals
    "Recommended GPS Watches",  # a box's heading: no headline of three words
    "Lesen Sie die UN-Resolution im Wortlaut",  # no kicker
    "Heute im ZDF Magazin die ganze Sendung",  # no read-also label
    "Related EU Rules Still Apply Here",  # a one-word label over an acronym: a subhead as often
    "Read More Classics This Winter",  # no kicker
    "See also Appendix B",
])
def test_no_read_also_link_past_a_kicker(line: str) -> None:
    index = builtin_lexicons().index()
    hits = index.classify(line, list(index.languages.values())) or {}
    assert "related-link" not in hits


@pytest.mark.parametrize("quote", ['"', "“", "„", "«", "'"])
def test_an_opener_does_not_match_a_quoted_sentence(quote: str) -> None:
    lexicons = builtin_lexicons()
    index = lexicons.index()
    quoted = f"{quote}We use cookies to follow what our customers buy and to show them offers,{quote} the company wrote in"
    sentence = quoted + " its reply to the regulator, which had found trackers set before any visitor agreed." * 3
    assert len(sentence) > index.reach
    assert index.classify(sentence, list(index.languages.values())) is None
    assert not PhraseMatcher(lexicons.entry("cookie-notice")).exact(sentence)
    assert PhraseMatcher(lexicons.entry("cookie-notice")).exact(sentence.replace(quote, "", 1))


def test_en_patterns_stay_fast_on_a_long_line_that_almost_matches() -> None:
    """A long line of 'get your inbox' and three short sentences after it once took 10 ms per share-prompt
    match (the sentences after 'your inbox' could be split in every way); the lexicon's other patterns take
    well under 1 ms on such lines."""
    import time

    matcher = PhraseMatcher(lexicon("en").entry("share-prompt"))
    line = ("get your inbox " * 20)[:260] + ". Then more. And more. And more."
    assert matcher.keyed is not None

    def once() -> float:
        start = time.perf_counter()
        matcher.exact(line)
        return time.perf_counter() - start

    once()
    assert min(once() for _ in range(5)) < 0.001


def test_the_shipped_lexicons_are_loaded_once_per_process_and_shared() -> None:
    """The session's lexicons and the title picker's (artlint.formats.headerlines) are one object, unless a
    configuration chooses languages or a plugin adds a lexicon."""
    assert open_session().registry.lexicons is builtin_lexicons()
    assert load_lexicons(map(str, builtin_lexicon_files())) is builtin_lexicons()
    english = load_lexicons(builtin_lexicon_files(), ["en"])
    assert english is not builtin_lexicons() and sorted(english.languages) == ["en"]


FLATTENED_BARS = [
    ("share-prompt", "Print | Email | PDF"),
    ("share-prompt", "Share this article Share on Facebook Share on X Share via Email"),
    ("share-prompt", "Copy link Email Save for later Follow topic"),
    ("share-prompt", "FacebookTwitterPinterestEmail"),
    ("share-prompt", "Share this storyFacebookXEmailPrint"),
    ("share-prompt", "XEmailPrint"),
    ("share-prompt", "Spread the wordShare on FacebookShare on XEmail this story"),
    ("share-prompt", "Comparte este artículoFacebookPinterestWhatsAppCopiar enlace"),
    ("share-prompt", "PDFPrintEmail"),
    ("share-prompt", "Artikel teilenFacebookXLinkedInXingE-Mail"),
    ("share-prompt", "Share this pageFacebookXNextdoorEmail"),
    ("share-prompt", "Teilen Facebook X WhatsApp Link kopieren"),
    ("share-prompt", "X Facebook LinkedIn Pinterest"),
    ("share-prompt", "Share: Facebook Twitter Email"),
    ("share-prompt", "FacebookTwitterLinkedInEmail"),
    ("share-prompt", "Facebook Threads Bluesky Email"),
    ("legal-footer", "| Privacy Policy | Terms of Use | Cookie Policy |"),
    # Buttons of several entries in one bar, reported as the entry most of them belong to.
    ("share-prompt", "Gift this article Share Save"),
    ("share-prompt", "Get the app Log in"),  # one button of each entry: the first button's
    ("navigation", "Contact Sales Log in"),
]
NO_BARS = [
    "Share prices fell sharply",
    "Home Office Sport England",
    "Facebook X",
    "Email Print Share.",
    "Facebook, Twitter and Email are blocked in the region",
    "X Y Z",
    "Bluesky, Threads, Mastodon",
    "Watch, listen, download",
    "Follow Follow Follow",
    "Save Save Save",
    "Threads",
    '"Email Print Share."',
    "LinkedIn Jobs",
    # Two buttons make no bar when one is a name that counts only in a bar; a status label is no button.
    "Threads Sign up",
    "X Log in",
    "Privacy Policy Updated",
    "Jobs Report Published",
]


def test_a_bar_flattened_onto_one_line_matches_its_entry_and_other_lines_do_not() -> None:
    index = builtin_lexicons().index()
    for key, line in FLATTENED_BARS:
        assert index.phrase_run(line) == key, line
        assert key in (index.classify(line, index.every_language) or {}), line
    for line in NO_BARS:
        assert index.phrase_run(line) is None and index.classify(line, index.every_language) is None, line


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_body_sentence_of_the_tests_opens_like_a_reader_comment(path: Path) -> None:
    rule = CommentThread()
    rule.setup(lexicon(path.stem))
    reader = rule.reader(path.stem)
    assert reader.greetings is not None and reader.openers is not None
    for _, line in BODY_LINES + PROMPT_LIKE_BODY:
        assert reader.kind(line) == "", (path.stem, line)


@pytest.mark.parametrize("line", ["Facebook Twitter Email.", 'Facebook Twitter Email"', "Facebook Twitter Email:"])
def test_a_bar_that_ends_in_punctuation_is_no_bar(line: str) -> None:
    index = builtin_lexicons().index()
    assert index.phrase_run(line.rstrip('.":')) == "share-prompt"
    assert index.phrase_run(line) is None


def test_a_name_that_counts_only_in_bars_is_read_from_the_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "xx.yaml"
    lexicon.write_text("language: xx\nentries:\n  share-prompt:\n    phrases: [Teilen, Mailen]\n"
                       "    in_bars: [Funk]\n", encoding="utf-8")
    index = load_lexicons([lexicon]).index()
    assert index.phrase_run("Teilen Funk Mailen") == "share-prompt"
    assert index.classify("Funk", index.every_language) is None
    without = tmp_path / "yy.yaml"
    without.write_text("language: yy\nentries:\n  share-prompt:\n    phrases: [Teilen, Mailen]\n", encoding="utf-8")
    assert load_lexicons([without]).index().phrase_run("Teilen Funk Mailen") is None


def test_a_label_between_the_same_dashes_is_a_whole_line_and_a_bulleted_phrase_a_weak_hit() -> None:
    index = builtin_lexicons().index()
    for line in ("- Advertisement -", "— ADVERTISEMENT —", "-- Advertisement --"):
        assert index.classify(line, index.every_language) == {"advertisement": Strength.EXACT}, line
    for line in ("- Advertisement", "— Advertisement -"):
        assert index.classify(line, index.every_language) == {"advertisement": Strength.WEAK}, line
    assert index.classify("- Share -", index.every_language) == {"share-prompt": Strength.EXACT}
    assert index.classify("— and then —", index.every_language) is None


def test_a_bulleted_line_that_a_pattern_matches_is_a_weak_hit_and_a_quoted_link_none() -> None:
    index = builtin_lexicons().index()
    for line in ("- 2 min read", "• 6 min read", "– Listen 4 min"):
        assert index.classify(line, index.every_language) == {"reading-time": Strength.WEAK}, line
    assert index.classify(">> 2 min read", index.every_language) is None
    assert index.classify("— 2 min read —", index.every_language) == {"reading-time": Strength.EXACT}
    assert index.classify("— RelatedHarbour closes at dawn —", index.every_language) == {"related-link": Strength.WEAK}


def test_an_article_in_no_clear_language_is_matched_in_the_languages_whose_function_words_it_uses() -> None:
    index = builtin_lexicons().index()
    codes = {id(language): code for code, language in index.languages.items()}

    def matched_in(body: str) -> set[str]:
        return {codes[id(language)] for language in index.languages_of(Article.from_values({"title": "t", "body": body}))}

    assert matched_in("Der Hafen bleibt zu.\nAnzeige") == {"de", "en"}
    assert matched_in("Anzeige\n12:30") == set(index.languages)
    assert matched_in("Der Hafen bleibt bis Montag zu, sagte die Stadt, und die Fähre auch.") == {"de", "en"}
    assert matched_in("The harbour is shut.\nReklama") == {"en"}
    assert matched_in("Fot. Jan Nowak\nCzytaj także: Tramwaje wracają na Chełm\nAnna de Vries") == set(index.languages)


def test_every_language_has_leftover_lines_and_body_sentences_to_test() -> None:
    """The case files are read by glob: one missing or empty would silently test nothing."""
    assert {case[0] for case in LEFTOVERS} == set(LANGUAGES)
    assert {case[0] for case in BODY_LINES} == set(LANGUAGES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_summary_label_is_a_phrase_or_prefix_of_another_entry(path: Path) -> None:
    """A summary box's label ('Key points') heads the article's own text; a label that another entry knows (a
    heading over other stories, 'Em destaque') is page chrome there, and would keep a block of it."""
    entries = load_yaml_file(path, PackError)["entries"]
    labels = {normalize(text) for text in entries["summary-labels"]["phrases"]}
    others = {normalize(text) for key, entry in entries.items() if key != "summary-labels"
              for kind in ("phrases", "prefixes") for text in entry.get(kind, [])}
    assert labels & others == set()
