"""Hypothesis strategies for article files in every format artlint reads, with scraper debris and byte quirks."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import random
from collections.abc import Callable
from functools import cache
from typing import Any

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from artlint.data import data_dir
from artlint.formats.base import DEFAULT_FIELDS

ArticleFile = tuple[str, bytes]
"""(file name, its bytes): the name's extension says which format reads it."""

ALIASES = {alias for names in DEFAULT_FIELDS.values() for alias in names}


def _lexicon(names: tuple[str, ...], kinds: tuple[str, ...]) -> list[str]:
    found: set[str] = set()
    for path in sorted((data_dir("rules") / "lexicons").glob("*.yaml")):
        entries = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entries") or {}
        for name in names:
            for kind in kinds:
                found.update((entries.get(name) or {}).get(kind) or [])
    return sorted(found)


BOILERPLATE = ("navigation", "reading-time", "share-prompt", "advertisement", "cookie-notice", "caption-credit",
               "related-link", "comment-section", "legal-footer")
"""The lexicon entries of the boilerplate rules (ART201-ART209)."""
BOILERPLATE_PHRASE = st.sampled_from(
    [found for found in (_lexicon((name,), ("phrases",)) for name in BOILERPLATE) if found]).flatmap(st.sampled_from)
"""A whole-line phrase of a boilerplate entry, the entry drawn first: every rule's phrases stay as likely however many
phrases the other entries hold (drawn from one list, a rule with few phrases went unreached as the lexicons grew)."""
BOILERPLATE_PREFIX = st.sampled_from(
    [found for found in (_lexicon((name,), ("prefixes",)) for name in BOILERPLATE) if found]).flatmap(st.sampled_from)
GLUED = _lexicon(BOILERPLATE, ("glued",))
MARKERS = _lexicon(("spillover-markers",), ("phrases",))
MARKER_PREFIXES = _lexicon(("spillover-markers",), ("prefixes",))

VOCABULARY = [
    "harbour", "council", "storm", "ferry", "budget", "museum", "library", "quay", "boats", "crew", "minister",
    "reopened", "said", "on", "the", "a", "of", "to", "in", "after", "before", "Monday", "March", "week",
    "city", "port", "village", "school", "river", "bridge", "police", "fire", "vote", "plans", "Stadt", "Hafen",
    "Rat", "Woche", "Sturm", "ville", "port", "conseil", "semaine", "tempête", "puerto", "ciudad", "consejo",
    "semana", "tormenta", "2024", "2025", "12", "3", "the", "and", "was", "were", "has", "will", "new", "old",
    "first", "last", "more", "most", "read", "share", "explore",
]
ODD_CHARACTERS = [
    "\u00a0", "\u2028", "\u2029", "\x85", "\f", "\t", "\v", "\u200b", "\ufeff", "\u0301", "é", "ß", "İ", "ﬁ",
    "—", "–", "“", "”", "‘", "’", "«", "»", "…", "😀", "𝔘", "\u202e", "中文", "عربى", "\\", '"', "'", "#",
    ":", "-", "*", "---", "...", "{", "}", "[", "]", "|", "&amp;", "<br>", "%", "\r", " ",
]
SITES = ["The Coast Post", "Harbour Herald", "WSJ", "Le Monde", "Tagesblatt"]
HEADLINES = [
    "Harbour reopens after storm repairs", "Council approves budget for new library",
    "Ferry timetable cut for the winter", "Museum panels explain the old port",
    "Storm closes coastal road for two days",
    "Der Hafen öffnet nach dem Sturm", "Le port rouvre après la tempête", "El puerto reabre tras la tormenta",
    "Why the bridge vote was delayed?", "Police appeal for witnesses after fire", "School choir wins national contest!",
    "Village plans a new market square",
]

# Printable text without surrogates or line breaks (lines are joined with "\n" later).
_PLAIN = st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\n")
_ANY_TEXT = st.characters(codec="utf-8", exclude_categories=["Cs"])
_WORDY = st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S"])
LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]


def _pick(draw: Callable[..., Any], weighted: list[tuple[int, Any]]) -> Any:
    """One of the values, drawn with the given weights (by repetition, so it shrinks to the first)."""
    return draw(_weighted(tuple(weighted)))


@cache
def _weighted(weighted: tuple[tuple[int, Any], ...]) -> st.SearchStrategy[Any]:
    return st.sampled_from([value for weight, value in weighted for _ in range(weight)])


_VOCABULARY_WORD = st.sampled_from(VOCABULARY)
WORD = st.one_of(*[_VOCABULARY_WORD] * 10, st.text(_WORDY, min_size=1, max_size=8), st.sampled_from(ODD_CHARACTERS))


def words(low: int, high: int) -> st.SearchStrategy[list[str]]:
    return st.lists(WORD, min_size=low, max_size=high)


def _sentence(parts: list[str], end: str) -> str:
    text = " ".join(parts)
    return text[:1].upper() + text[1:] + end


def _headline(parts: list[str], end: str) -> str:
    return " ".join(p[:1].upper() + p[1:] for p in parts) + end


SENTENCE = st.builds(_sentence, words(3, 14), st.sampled_from([".", ".", ".", "?", "!", '."', "", ":"]))
HEADLINE = st.builds(_headline, words(2, 10), st.sampled_from(["", "", "", "?", "!", " ", "."]))
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
_REAL_HEADLINE = st.sampled_from(HEADLINES)
TITLE = st.one_of(_REAL_HEADLINE, _REAL_HEADLINE, _REAL_HEADLINE, HEADLINE, HEADLINE, st.just(""),
                  st.text(_PLAIN, max_size=30))


def sentence() -> st.SearchStrategy[str]:
    return SENTENCE


def headline() -> st.SearchStrategy[str]:
    return HEADLINE


@st.composite
def date_stamp(draw: Callable[..., Any]) -> str:
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
    fmt = draw(st.sampled_from([
        "%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%Y/%m/%d", "Published %Y-%m-%d %H:%M",
        "Updated: %b %d, %Y", "%A, %d %B %Y", "%d %b %Y | WORLD", "PORTVILLE, %B %d, %Y -", "%Y-%m-%dT%H:%M:%SZ",
    ]))
    return dt.datetime.combine(day, dt.time(10, 32)).strftime(fmt)


@st.composite
def reading_time(draw: Callable[..., Any]) -> str:
    n = draw(st.integers(0, 120))
    return draw(st.sampled_from(["{} min read", "{} mins read", "Reading time: {} minutes", "{} min listen",
                                 "{} Min. Lesezeit", "Lesezeit: {} Minuten", "{}min read"])).format(n)


@st.composite
def header_debris(draw: Callable[..., Any]) -> str:
    kind = _pick(draw, [(3, "date"), (2, "reading"), (1, "caps"), (1, "byline"), (1, "nav"), (1, "blank")])
    if kind == "date":
        return draw(date_stamp())
    if kind == "reading":
        return draw(reading_time())
    if kind == "caps":
        return draw(st.sampled_from(["WORLD", "Tech", "POLITICS", "Sport", "UK NEWS", "Opinion"]))
    if kind == "byline":
        return "By " + " ".join(draw(words(1, 3)))
    if kind == "nav":
        return draw(BOILERPLATE_PHRASE)
    return ""


@st.composite
def leftover(draw: Callable[..., Any]) -> str:
    kind = _pick(draw, [(6, "phrase"), (1, "count"), (1, "image"), (1, "social"), (1, "prefix"), (1, "glued"),
                        (1, "reading"), (1, "date")])
    if kind == "phrase":
        phrase = draw(BOILERPLATE_PHRASE)
        return draw(st.sampled_from([phrase, phrase, phrase.upper(), phrase.lower(), f"  {phrase} ", f"- {phrase}",
                                     f"{phrase}:", f"{phrase} »"]))
    if kind == "count":
        return f"{draw(st.integers(0, 9999))} {draw(st.sampled_from(['comments', 'shares', 'views', 'comment']))}"
    if kind == "image":
        return f"Image {draw(st.integers(1, 20))} of {draw(st.integers(1, 20))}"
    if kind == "social":
        return draw(st.sampled_from(["Share on Facebook, Twitter", "Facebook Twitter Email", "Share via Email",
                                     "Facebook | Twitter | LinkedIn | Print", "Follow us on Instagram"]))
    if kind == "prefix":
        return draw(BOILERPLATE_PREFIX) + " " + " ".join(draw(words(0, 6)))
    if kind == "glued":
        return draw(st.sampled_from(GLUED)) + draw(headline())
    if kind == "reading":
        return draw(reading_time())
    return draw(date_stamp())


@st.composite
def spillover_block(draw: Callable[..., Any]) -> list[str]:
    """An "Explore" / "More from X" block of other articles' headlines, or a bare run of headlines."""
    kind = _pick(draw, [(2, "marker"), (1, "prefix"), (1, "bare")])
    lines = draw(st.lists(headline(), min_size=1, max_size=7))
    if draw(st.booleans()):
        lines = [draw(st.sampled_from(["- ", "* ", "• ", "1. ", ""])) + line for line in lines]
    if kind == "marker":
        return [draw(st.sampled_from(MARKERS)), *lines]
    if kind == "prefix":
        return [f"{draw(st.sampled_from(MARKER_PREFIXES))} {draw(st.sampled_from(SITES))}", *lines]
    return lines


@st.composite
def repeated_title(draw: Callable[..., Any], title: str) -> str:
    """The title again, as scrapers repeat it: exactly, in capitals, quoted, with the site's name, or nearly."""
    variant = _pick(draw, [(3, "exact"), (1, "upper"), (1, "punct"), (1, "site"), (3, "near")])
    if variant == "exact":
        return title
    if variant == "upper":
        return title.upper()
    if variant == "punct":
        return f"“{title}”."
    if variant == "site":
        return f"{title} - {draw(st.sampled_from(SITES))}"
    near = draw(st.sampled_from(["drop", "add", "case"]))
    if near == "drop" and len(title) > 1:
        return title[:-1]
    if near == "case":
        return title.swapcase()
    return title + "s"


@st.composite
def article(draw: Callable[..., Any]) -> dict[str, Any]:
    """A format-free article: title, metadata, header debris, body lines (blank ones included) and a tail."""
    title = draw(TITLE)
    body: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = _pick(draw, [(6, "paragraph"), (3, "leftover"), (3, "blank"), (1, "title"), (1, "date"),
                            (1, "unicode"), (1, "headline")])
        if kind == "paragraph":
            body.append(draw(PARAGRAPH))
        elif kind == "leftover":
            body.append(draw(leftover()))
        elif kind == "blank":
            body.append(draw(st.sampled_from(["", "", " ", "\t", "\u00a0"])))
        elif kind == "title" and title:
            body.append(draw(repeated_title(title)))
        elif kind == "date":
            body.append(draw(date_stamp()))
        elif kind == "unicode":
            body.append(draw(st.text(_PLAIN, max_size=40)))
        else:
            body.append(draw(headline()))
    if title and draw(st.integers(0, 3)) == 0:  # a deck that repeats the headline, where rules look for it
        body.insert(0, draw(repeated_title(title)))
    header = draw(st.lists(header_debris(), max_size=4))
    date = draw(st.one_of(st.none(), date_stamp(), st.dates().map(str), st.just("")))
    if draw(st.integers(0, 3)) == 0:  # undated, with a dateline a fix can fill the date from
        date = None
        day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2024, 12, 31)))
        dateline = draw(st.sampled_from(["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "PORT, %B %d, %Y -"]))
        header.insert(0, day.strftime(dateline))
    return {
        "title": title,
        "header": header,
        "body": body,
        "tail": draw(spillover_block()) if draw(st.booleans()) else [],
        "date": date,
        "author": draw(st.one_of(st.none(), st.just("Jane Doe"), headline())),
        "url": draw(st.one_of(st.none(), st.sampled_from([
            "https://www.coastpost.example/news/harbour-reopens", "https://wsj.com/articles/x", "not a url", ""]))),
        "site": draw(st.sampled_from(SITES)),
    }


def body_text(art: dict[str, Any], with_header: bool = True) -> str:
    lines = [*(art["header"] if with_header else []), *art["body"], *art["tail"]]
    return "\n".join(lines)


# -- bytes ------------------------------------------------------------------------------------------


@st.composite
def newline_style(draw: Callable[..., Any]) -> Callable[[str], str]:
    """How a file breaks its lines: LF, CRLF, CR, or a mix chosen line by line."""
    style = _pick(draw, [(4, "\n"), (2, "\r\n"), (1, "\r"), (1, "mixed")])
    if style != "mixed":
        return lambda text: text.replace("\n", style)
    seed = draw(st.integers(0, 2**32 - 1))

    def mixed(text: str) -> str:
        rng = random.Random(seed)
        return "".join(part + (rng.choice(["\n", "\r\n", "\r"]) if i < text.count("\n") else "")
                       for i, part in enumerate(text.split("\n")))

    return mixed


@st.composite
def encoded(draw: Callable[..., Any], text: str, utf16: bool = True, newlines: bool = True) -> bytes:
    """The text as a file's bytes: its newline style, with or without a final newline, UTF-8 (with or
    without BOM) or now and then UTF-16 with BOM."""
    text = text.rstrip("\n") + ("\n" if draw(st.booleans()) or not text.strip() else "")
    if newlines:
        text = draw(newline_style())(text)
    encoding = _pick(draw, [(6, "utf-8"), (2, "utf-8-sig"), (1 if utf16 else 0, "utf-16")])
    if encoding == "utf-16":
        codec, bom = draw(st.sampled_from([("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)]))
        return bom + text.encode(codec, "surrogatepass")
    return (codecs.BOM_UTF8 if encoding == "utf-8-sig" else b"") + text.encode("utf-8", "surrogatepass")


# -- formats ----------------------------------------------------------------------------------------


@st.composite
def txt_files(draw: Callable[..., Any]) -> ArticleFile:
    art = draw(article())
    lines = [*art["header"], art["title"], *([""] if draw(st.booleans()) else []), *art["body"], *art["tail"]]
    return "article.txt", draw(encoded("\n".join(lines)))


@st.composite
def front_matter(draw: Callable[..., Any], art: dict[str, Any], with_title: bool) -> str:
    matter: dict[str, Any] = {}
    if with_title:
        matter[draw(st.sampled_from(DEFAULT_FIELDS["title"]))] = art["title"]
    if art["date"] is not None or draw(st.booleans()):
        key = draw(st.sampled_from(DEFAULT_FIELDS["date"]))
        matter[key] = draw(st.sampled_from([art["date"], None, dt.date(2024, 6, 21), "2024-06-21T10:00:00Z"]))
    if art["author"] is not None:
        matter[draw(st.sampled_from(DEFAULT_FIELDS["author"]))] = draw(st.sampled_from(
            [art["author"], [art["author"], "Ann Other"], {"name": art["author"]}]))
    if art["url"] is not None:
        matter["url"] = art["url"]
    for key, value in draw(st.lists(st.tuples(st.sampled_from(["tags", "draft", "weight", "layout", "summary",
                                                                "extra", "ünïcode", "id"]), yaml_values()),
                                    max_size=4)):
        matter.setdefault(key, value)
    keys = draw(st.permutations(list(matter)))
    style = _pick(draw, [(3, "block"), (1, "flow"), (1, "handwritten")])
    if style == "handwritten" and all(isinstance(v, str) and v.isalnum() for v in matter.values()):
        text = "".join(f"{k}: {matter[k]}\n" for k in keys)
    else:
        text = yaml.safe_dump({k: matter[k] for k in keys}, sort_keys=False, allow_unicode=draw(st.booleans()),
                              default_flow_style=style == "flow", width=draw(st.sampled_from([80, 10**6])))
    if not matter and draw(st.booleans()):
        text = ""
    closing = draw(st.sampled_from(["---", "---", "...", "--- "]))
    return f"---\n{text}{closing}\n"


def yaml_values() -> st.SearchStrategy[Any]:
    leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(_ANY_TEXT, max_size=20),
                     st.dates())
    return st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.text(_PLAIN, min_size=1, max_size=6),
                                                                      inner, max_size=3)), max_leaves=6)


@st.composite
def md_files(draw: Callable[..., Any]) -> ArticleFile:
    art = draw(article())
    matter = draw(st.booleans())
    title_in_matter = matter and draw(st.booleans())
    heading = draw(st.sampled_from(["# {}", "#  {}  #", "# {} ##", "#\t{}", "## {}", "{}", "#{}", "{}\n===", "{}\n---"]))
    parts = [draw(front_matter(art, title_in_matter))] if matter else []
    if draw(st.booleans()) and not matter:
        parts.append("\n".join(art["header"]) + "\n")
    parts.append(draw(st.sampled_from(["", "\n", "\n\n"])))
    if art["title"] and (not title_in_matter or draw(st.booleans())):
        parts.append(heading.format(art["title"]) + "\n" + draw(st.sampled_from(["", "\n"])))
    parts.append(body_text(art, with_header=matter))
    name = draw(st.sampled_from(["article.md", "article.md", "article.markdown"]))
    return name, draw(encoded("".join(parts)))


@st.composite
def jina_files(draw: Callable[..., Any]) -> ArticleFile:
    """Jina Reader's text output (.md or .txt): envelope, the page as Markdown, perhaps its summaries."""
    art = draw(article())
    head = [f"Title: {art['title']}", "", f"URL Source: {art['url'] or ''}", ""]
    if art["date"] is not None and "\n" not in art["date"]:
        head += [f"Published Time: {art['date']}", ""]
    if draw(st.booleans()):
        head += ["Warning: Target URL returned error 404: Not Found", ""]
    parts = ["\n".join(head) + "\nMarkdown Content:\n"]
    if art["title"] and draw(st.booleans()):
        parts.append(draw(st.sampled_from(["{}\n===\n\n", "{}\n" + "=" * 12 + "\n", "# {}\n\n"])).format(art["title"]))
    parts.append(body_text(art))
    if draw(st.booleans()):
        parts.append("\n\nImages:\n- ![Image 1: a harbour at dawn](https://cdn.example/1.jpg)")
    if draw(st.booleans()):
        parts.append("\n\nLinks/Buttons:\n- [Home](https://www.coastpost.example/)\n- [Share](https://x.example/share)")
    name = draw(st.sampled_from(["article.md", "article.txt"]))
    return name, draw(encoded("".join(parts) + draw(st.sampled_from(["", "\n"])), utf16=False))


# -- JSON -------------------------------------------------------------------------------------------


def json_values() -> st.SearchStrategy[Any]:
    leaf = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                     st.floats(allow_nan=False, allow_infinity=False), json_strings())
    return st.recursive(leaf, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(json_strings(max_size=8), inner, max_size=4)), max_leaves=10)


def json_strings(max_size: int = 20) -> st.SearchStrategy[str]:
    odd = [c for c in [*ODD_CHARACTERS, *LONE_SURROGATES, "\x00", "\x1f"] if len(c) == 1]
    return st.text(st.one_of(_ANY_TEXT, st.sampled_from(odd)), max_size=max_size)


@st.composite
def json_style(draw: Callable[..., Any], one_line: bool = False) -> dict[str, Any]:
    """How a JSON text is written: indentation, separators, \\u escapes (all non-ASCII or at random), '\\/'."""
    return {
        "indent": None if one_line else draw(st.sampled_from([None, None, 2, 4, "\t", 0])),
        "item": draw(st.sampled_from([", ", ","])),
        "key": draw(st.sampled_from([": ", ":", " : "])),
        "ascii": draw(st.booleans()),
        "escape_rate": draw(st.sampled_from([0.0, 0.0, 0.05, 0.5])),
        "slash": draw(st.booleans()),
        "seed": draw(st.integers(0, 2**32 - 1)),
    }


_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def dump_json(value: Any, style: dict[str, Any]) -> str:
    """JSON text in the given style; strings are escaped by hand so that every escape form occurs."""
    rng = random.Random(style["seed"])
    indent = style["indent"]
    step = " " * indent if isinstance(indent, int) else indent

    def string(text: str) -> str:
        out = []
        for char in text:
            code = ord(char)
            if char in _SHORT_ESCAPES and rng.random() < 0.8:
                out.append(_SHORT_ESCAPES[char])
            elif char in _SHORT_ESCAPES or code < 0x20 or 0xD800 <= code <= 0xDFFF or (style["ascii"] and code > 0x7E) \
                    or rng.random() < style["escape_rate"]:
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append(f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04X}")
                else:
                    out.append(f"\\u{code:04x}" if rng.random() < 0.5 else f"\\u{code:04X}")
            elif char == "/" and style["slash"]:
                out.append("\\/")
            else:
                out.append(char)
        return '"' + "".join(out) + '"'

    def dump(item: Any, level: int) -> str:
        if isinstance(item, dict):
            members = [string(str(k)) + style["key"] + dump(v, level + 1) for k, v in item.items()]
            return _container("{", "}", members, level)
        if isinstance(item, list):
            return _container("[", "]", [dump(v, level + 1) for v in item], level)
        if isinstance(item, str):
            return string(item)
        if isinstance(item, bool) or item is None:
            return {True: "true", False: "false", None: "null"}[item]
        if isinstance(item, float):
            return repr(item)
        return str(item)

    def _container(opening: str, closing: str, members: list[str], level: int) -> str:
        if not members:
            return opening + closing
        if step is None:
            return opening + style["item"].join(members) + closing
        inner = "\n" + step * (level + 1)
        return opening + inner + ("," + inner).join(members) + "\n" + step * level + closing

    return dump(value, 0)


@st.composite
def json_record(draw: Callable[..., Any], art: dict[str, Any]) -> dict[str, Any]:
    """An article object: known fields under any of their names, unknown fields (nested ones too), any key order."""
    record: dict[str, Any] = {}
    if art["title"] or draw(st.booleans()):
        record[draw(st.sampled_from(DEFAULT_FIELDS["title"]))] = draw(st.sampled_from([art["title"]] * 6 + [None]))
    body = body_text(art)
    shape = _pick(draw, [(12, "text"), (1, "list"), (1, "number"), (1, "null"), (1, "missing")])
    if shape != "missing":
        record[draw(st.sampled_from(DEFAULT_FIELDS["body"]))] = {
            "text": body, "list": body.split("\n"), "number": 42, "null": None}[shape]
    if art["date"] is not None:
        record[draw(st.sampled_from(DEFAULT_FIELDS["date"]))] = draw(st.sampled_from([art["date"], None, "", 20240621]))
    if art["author"] is not None:
        record[draw(st.sampled_from(DEFAULT_FIELDS["author"]))] = draw(st.sampled_from(
            [art["author"], [art["author"], "Ann Other"], {"name": art["author"], "url": art["url"]}]))
    if art["url"] is not None:
        record["url"] = art["url"]
    extra = draw(st.dictionaries(st.one_of(st.sampled_from(["id", "_id", "source", "tags", "meta", "ünï", "n"]),
                                           json_strings(max_size=10)), json_values(), max_size=5))
    for key, value in extra.items():
        record.setdefault(key, value)
    if draw(st.booleans()) and "id" not in record:
        record["id"] = draw(st.one_of(st.integers(0, 10**6), st.text(max_size=8)))
    keys = draw(st.permutations(list(record)))
    return {k: record[k] for k in keys}


@st.composite
def json_files(draw: Callable[..., Any]) -> ArticleFile:
    art = draw(article())
    text = dump_json(draw(json_record(art)), draw(json_style()))
    lead = draw(st.sampled_from(["", "", " ", "\n", "\t"]))
    return "article.json", draw(encoded(lead + text))


MALFORMED_RECORDS = ['{"title": "x"', "{not json}", "[1, 2]", '"just a string"', '{"a": 1}{"b": 2}',
                     '{"title": "a", "title": "b", "text": "c"}', "null", "{", "}", "\ufeff{}", '{"text": "\\ud800"}',
                     '{"text": "\\x41"}', "{'text': 'single'}", '{"text": "a"} trailing', "NaN"]


@st.composite
def jsonl_files(draw: Callable[..., Any]) -> ArticleFile:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        kind = _pick(draw, [(8, "record"), (2, "blank"), (1, "malformed"), (1, "truncated")])
        if kind == "blank":
            lines.append(draw(st.sampled_from(["", " ", "\t", "  \t"])))
            continue
        text = dump_json(draw(json_record(draw(article()))), draw(json_style(one_line=True)))
        if kind == "malformed":
            text = draw(st.sampled_from(MALFORMED_RECORDS))
        elif kind == "truncated":
            text = text[: draw(st.integers(0, max(0, len(text) - 1)))]
        lines.append(text)
    data = draw(encoded("\n".join(lines), utf16=draw(st.integers(0, 19)) == 0))
    name = draw(st.sampled_from(["night.jsonl", "night.jsonl", "night.jsonl", "night.ndjson", "night.jsonl.gz"]))
    if name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    return name, data


def article_files() -> st.SearchStrategy[ArticleFile]:
    """An article file in any format artlint reads."""
    return st.one_of(txt_files(), md_files(), jina_files(), json_files(), jsonl_files())


FORMAT_STRATEGIES = {"txt": txt_files, "md": md_files, "jina": jina_files, "json": json_files, "jsonl": jsonl_files}
NAMES = ["a.txt", "a.md", "a.markdown", "a.json", "a.jsonl", "a.ndjson", "a.jsonl.gz"]


@st.composite
def mutated(draw: Callable[..., Any], files: st.SearchStrategy[ArticleFile]) -> ArticleFile:
    """A file with a few byte-level mutations: flips, insertions, deletions, duplications, truncation."""
    name, data = draw(files)
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "duplicate", "truncate"]))
        at = draw(st.integers(0, len(buffer)))
        if op == "flip" and at < len(buffer):
            buffer[at] = draw(st.integers(0, 255))
        elif op == "insert":
            buffer[at:at] = draw(st.one_of(st.binary(min_size=1, max_size=8), st.sampled_from(
                [b"\r", b"\n", b"\r\n", b"\xef\xbb\xbf", b"\\u", b'"', b"---\n", b"# ", b"\x00", b"\xff", b"\xc3"])))
        elif op == "delete":
            del buffer[at : at + draw(st.integers(1, 16))]
        elif op == "duplicate":
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 64))]
        elif op == "truncate":
            del buffer[at:]
    return name, bytes(buffer)


def hostile_files() -> st.SearchStrategy[ArticleFile]:
    """Any bytes under any article file name: random ones, and mutated article files."""
    return st.one_of(
        st.tuples(st.sampled_from(NAMES), st.binary(max_size=300)),
        st.tuples(st.sampled_from(NAMES), st.text(_ANY_TEXT, max_size=200).map(lambda t: t.encode())),
        mutated(article_files()),
    )


# -- profiles -----------------------------------------------------------------------------------------


def register_profiles() -> None:
    """`ci`: modest example counts, the same examples every run (a gate must not pass or fail by chance;
    new cases are found by fuzzing), the whole folder in well under a minute. `fuzz`: high counts of
    fresh examples for benchmarks/fuzz.py or a long local run (HYPOTHESIS_PROFILE=fuzz pytest tests/property)."""
    common: dict[str, Any] = {"deadline": None, "database": None, "print_blob": True,
                              "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
    settings.register_profile("ci", max_examples=100, derandomize=True, **common)
    settings.register_profile("fuzz", max_examples=20_000, **common)
