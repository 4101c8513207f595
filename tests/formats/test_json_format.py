"""JSON (.json): field name aliases, surgical rewrites that keep every other byte, custom field mappings."""

from __future__ import annotations

import json

import pytest

from artlint.article import Span
from artlint.config import Settings
from artlint.fixes import Edit, apply_edits
from artlint.formats.base import DEFAULT_FIELDS, FileData, InputError
from artlint.formats.json import JsonDocument
from artlint.formats.jsonrecord import parse_record, raw_offsets, rewrite
from artlint.linter import FileResult
from artlint.testing import lint_text, session

TITLE = "Museum returns carved panels to Orrin valley"
BODY = (
    "ORRIN, 21 June 2024 - The Lakeside Museum handed back four carved oak panels on Friday.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "The panels had hung in the museum's east gallery since 1931."
)
FIXED_BODY = BODY.replace("Advertisement\n\n", "")  # the whitespace rule folds the blank lines it leaves


def document(text: str, fields=DEFAULT_FIELDS) -> JsonDocument:
    return JsonDocument("article.json", text.encode("utf-8"), fields)


def process(text: str | bytes, *, fix: bool = False, unsafe: bool = False, settings: Settings | None = None,
            select: list[str] | None = None) -> FileResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    result = session(select, settings).linter.process("article.json", FileData("article.json", data),
                                                      fix=fix, unsafe=unsafe)
    assert result is not None
    return result


# -- field names ---------------------------------------------------------------------------------


def test_news_please_field_names():
    record = {
        "authors": ["Ines Varga", "Pol Marchetti"],
        "date_download": "2024-06-22 07:00:00",
        "date_publish": "2024-06-21 16:45:00",
        "description": "Four panels go home.",
        "language": "en",
        "maintext": BODY,
        "source_domain": "valleypost.example",
        "title": TITLE,
        "url": "https://valleypost.example/culture/panels",
    }
    article = document(json.dumps(record)).entries[0]
    assert article.title == TITLE
    assert article.value("body") == BODY
    assert article.value("date") == "2024-06-21 16:45:00"
    assert article.value("author") == "Ines Varga, Pol Marchetti"
    assert article.value("url") == "https://valleypost.example/culture/panels"
    assert set(article.meta) == {"date_download", "description", "language", "source_domain"}


def test_schema_org_field_names():
    record = {"headline": TITLE, "articleBody": BODY, "datePublished": "2024-06-21", "byline": "Ines Varga"}
    article = document(json.dumps(record)).entries[0]
    assert (article.title, article.value("body"), article.value("date"), article.value("author")) == (
        TITLE, BODY, "2024-06-21", "Ines Varga")
    assert dict(article.meta) == {}


@pytest.mark.parametrize("key", ["text", "body", "maintext", "content", "articleBody"])
def test_body_aliases(key):
    assert document(json.dumps({"title": TITLE, key: BODY})).entries[0].value("body") == BODY


@pytest.mark.parametrize("key", ["date", "date_publish", "published", "publish_date", "datePublished"])
def test_date_aliases(key):
    assert document(json.dumps({"title": TITLE, key: "2024-06-21"})).entries[0].value("date") == "2024-06-21"


def test_null_alias_does_not_hide_a_filled_one():
    record = {"title": TITLE, "text": BODY, "date": None, "date_publish": "2024-06-21 16:45:00"}
    article = document(json.dumps(record)).entries[0]
    assert article.value("date") == "2024-06-21 16:45:00"
    assert "ART102" not in [f.code for f in process(json.dumps(record)).findings]


def test_positions_are_inside_the_field_text():
    found = lint_text(json.dumps({"title": TITLE, "text": BODY, "date": "2024-06-21"}), "article.json")
    assert [(f.code, f.span.field, f.line, f.column) for f in found] == [("ART204", "body", 3, 1)]


# -- surgical rewrites ---------------------------------------------------------------------------


def test_body_fix_changes_only_the_body_value_bytes():
    text = (
        '{"zz_first": {"nested": [1, 2.50, true]},  "title":"' + TITLE + '",\n'
        '  "text": ' + json.dumps(BODY) + ' ,"date_publish": "2024-06-21",'
        ' "x-unknown": "caf\\u00e9", "empty": null}'
    )
    result = process(text, fix=True)
    assert result.output is not None
    out = result.output.decode()
    before, after = text.split(json.dumps(BODY))
    assert out == before + json.dumps(FIXED_BODY) + after
    assert list(json.loads(out)) == ["zz_first", "title", "text", "date_publish", "x-unknown", "empty"]


def test_pretty_printed_json_gets_date_in_its_own_indentation():
    record = {"title": TITLE, "text": BODY, "extra": {"k": [1, 2]}}
    text = json.dumps(record, indent=4) + "\n"
    result = process(text, fix=True, unsafe=True, select=["missing-date"])
    assert result.output is not None
    expected = json.dumps({**record, "date": "2024-06-21"}, indent=4) + "\n"
    assert result.output.decode() == expected


def test_tab_indented_json_gets_date_with_a_tab():
    record = {"title": TITLE, "text": BODY}
    result = process(json.dumps(record, indent="\t"), fix=True, unsafe=True, select=["missing-date"])
    assert result.output is not None
    assert result.output.decode() == json.dumps({**record, "date": "2024-06-21"}, indent="\t")


def test_crlf_pretty_json_gets_date_on_a_crlf_line():
    record = {"title": TITLE, "text": BODY}
    text = json.dumps(record, indent=2).replace("\n", "\r\n")
    result = process(text, fix=True, unsafe=True, select=["missing-date"])
    assert result.output is not None
    assert result.output.decode() == json.dumps({**record, "date": "2024-06-21"}, indent=2).replace("\n", "\r\n")


def test_compact_json_gets_date_without_spaces():
    record = {"title": TITLE, "text": BODY}
    text = json.dumps(record, separators=(",", ":"))
    result = process(text, fix=True, unsafe=True, select=["missing-date"])
    assert result.output is not None
    assert result.output.decode() == json.dumps({**record, "date": "2024-06-21"}, separators=(",", ":"))


def test_null_date_is_replaced_in_place():
    text = json.dumps({"title": TITLE, "date_publish": None, "text": BODY, "site": "x"})
    result = process(text, fix=True, unsafe=True, select=["missing-date"])
    assert result.output is not None
    assert result.output.decode() == text.replace("null", '"2024-06-21"')


def test_ascii_escaped_json_stays_ascii_escaped():
    record = {"title": "Caf\u00e9 owners cheer as " + TITLE, "text": "Caf\u00e9 owners cheer as " + TITLE + "\n" + BODY}
    text = json.dumps(record)  # ensure_ascii: \u00e9
    assert "\\u00e9" in text
    result = process(text, fix=True)
    assert result.output is not None
    out = result.output
    assert out.isascii()
    assert out.count(b"\\u00e9") == 1  # the title's; the body's repeated headline is gone
    assert json.loads(out)["text"] == FIXED_BODY


def test_raw_utf8_json_stays_raw():
    record = {"title": "Caf\u00e9 owners cheer as " + TITLE, "text": "Caf\u00e9 owners cheer.\n\nAdvertisement\n"}
    result = process(json.dumps(record, ensure_ascii=False), fix=True)
    assert result.output is not None
    assert "caf\u00e9 owners cheer.\n" in result.output.decode().replace("\\n", "\n").casefold()
    assert b"\\u00e9" not in result.output


def test_custom_field_mapping():
    settings = Settings(fields={**DEFAULT_FIELDS, "title": ("heading",), "body": ("story",), "date": ("issued",)})
    text = json.dumps({"heading": TITLE, "story": BODY, "issued": "2024-06-21", "title": "not the title"})
    article = document(text, settings.fields).entries[0]
    assert (article.title, article.value("body"), article.value("date")) == (TITLE, BODY, "2024-06-21")
    assert dict(article.meta) == {"title": "not the title"}
    result = process(text, fix=True, settings=settings)
    assert [f.code for f in result.findings] == []
    assert result.output is not None
    assert json.loads(result.output) == {"heading": TITLE, "story": FIXED_BODY, "issued": "2024-06-21",
                                         "title": "not the title"}


def test_custom_mapping_missing_date_is_inserted_under_its_first_key():
    settings = Settings(fields={**DEFAULT_FIELDS, "date": ("issued", "date")})
    text = json.dumps({"title": TITLE, "text": BODY})
    result = process(text, fix=True, unsafe=True, settings=settings, select=["missing-date"])
    assert result.output is not None
    assert json.loads(result.output)["issued"] == "2024-06-21"


def test_without_the_mapping_the_same_record_has_no_body():
    text = json.dumps({"heading": TITLE, "story": BODY, "issued": "2024-06-21"})
    assert {f.code for f in process(text).findings} == {"ART101", "ART102", "ART405"}


@pytest.mark.parametrize("text, found", [("42", "int"), ('"x"', "str"), ("null", "NoneType")])
def test_non_object_top_level_is_a_malformed_record(text, found):
    """(An array is a list of records: tests/formats/test_json_array.py.)"""
    findings = process(text).findings
    assert [f.code for f in findings] == ["ART902"]
    assert "expected a JSON object" in findings[0].message and found in findings[0].message


def test_invalid_json_is_a_malformed_record_naming_the_place():
    findings = process('{"title": "x",\n "text": }').findings
    assert [f.code for f in findings] == ["ART902"]
    assert "line 2 column" in findings[0].message


def test_file_with_nothing_fixable_is_byte_identical():
    text = '{ "title" : "' + TITLE + '" , "text" : "No date anywhere here." }\n'
    result = process(text, fix=True, unsafe=True)
    assert [f.code for f in result.findings] == ["ART102"]
    assert result.output is None


# -- splicing edits into the raw string literal --------------------------------------------------

ESCAPED_BODY = 'Caf\\u00e9 owners cheer\\u2019s at https:\\/\\/valleypost.example\\/quay \\ud83d\\ude00.\\nAdvertisement\\nThe quay\\u2019s caf\\u00e9 reopened.'


@pytest.mark.parametrize("title", ["Caf\u00e9 reopens on the quay", "Caf\\u00e9 reopens on the quay"], ids=["raw", "ascii"])
def test_escapes_outside_the_edits_stay_as_written(title):
    text = '{"title": "' + title + '", "date": "2024-06-21", "text": "' + ESCAPED_BODY + '"}'
    result = process(text, fix=True, select=["advertisement"])
    assert result.output is not None
    assert result.output.decode() == text.replace("Advertisement\\n", "")


def body_record(title: str, body_literal: str):  # type: ignore[no-untyped-def]
    return parse_record('{"title": "' + title + '", "text": "' + body_literal + '"}')


def splice(record, edits):  # type: ignore[no-untyped-def]
    values = {"body": apply_edits(record.data["text"], edits)}
    return rewrite(record, values, DEFAULT_FIELDS, edits)


def test_replacement_is_escaped_raw_in_a_raw_record():
    record = body_record("Caf\u00e9", 'a\\/b \\u00e9 \\ud83d\\ude00 c\\"d')
    assert record.data["text"] == 'a/b \u00e9 \U0001f600 c"d'
    out = splice(record, [Edit(Span("body", 8, 9), 'x"\\\n\x01\u2019\U0001f600\ud800')])
    assert out == '{"title": "Caf\u00e9", "text": "a\\/b \\u00e9 \\ud83d\\ude00 x\\"\\\\\\n\\u0001\u2019\U0001f600\\ud800\\"d"}'
    out.encode("utf-8")  # the lone surrogate is escaped, so the record can be written


def test_replacement_is_escaped_ascii_in_an_ascii_record():
    record = body_record("Caf\\u00e9", 'a\\/b \\u00e9 \\ud83d\\ude00 c\\"d')
    out = splice(record, [Edit(Span("body", 8, 9), 'x"\u2019\U0001f600\ud800\x7f')])
    assert out == '{"title": "Caf\\u00e9", "text": "a\\/b \\u00e9 \\ud83d\\ude00 x\\"\\u2019\\ud83d\\ude00\\ud800\\u007f\\"d"}'
    assert out.isascii()


def test_several_edits_after_a_surrogate_pair_land_on_decoded_offsets():
    record = body_record("T", '\\ud83d\\ude00one\\ttwo\\u00e9three')  # 😀one<TAB>twoéthree: the pair is one character
    out = splice(record, [Edit(Span("body", 1, 5), ""), Edit(Span("body", 8, 9), "e"), Edit(Span("body", 14, 14), "!")])
    assert out == '{"title": "T", "text": "\\ud83d\\ude00twoethree!"}'


@pytest.mark.parametrize("literal", [
    '"plain"', '""', '"a\\/b\\\\c\\"d"', '"\\b\\f\\n\\r\\t"', '"x\\ud83d\\ude00y"', '"x\\uD83D\\uDE00y"',
    '"lone \\ud83d high"', '"lone \\ude00 low"', '"\\ud83d\\u0041 high then A"', '"\\ude00\\ud83d low then high"',
    '"raw \U0001f600 and \u00e9"', '"\\\\u0041 is not an escape"', '"\\ud83d\\ud83d\\ude00"',
], ids=lambda s: s.encode("unicode_escape").decode()[:20])
def test_raw_offsets_cut_the_literal_at_each_decoded_character(literal):
    value = json.loads(literal)
    offsets = raw_offsets(literal)
    assert len(offsets) == len(value) + 1 and offsets[-1] == len(literal) - 1
    for index, offset in enumerate(offsets):
        assert json.loads(literal[:offset] + '"') == value[:index]


def test_edits_that_do_not_produce_the_value_are_refused():
    record = body_record("T", "abc")
    with pytest.raises(InputError, match="'text' would not read back as the fixed text"):
        rewrite(record, {"body": "xyz"}, DEFAULT_FIELDS, [Edit(Span("body", 0, 1), "Q")])


def test_a_value_without_edits_changes_only_its_middle():
    record = body_record("Caf\u00e9", '\\u00e9 keep \\/ this, drop me, keep \\u2019 this')
    value = record.data["text"].replace("drop me, ", "")
    out = rewrite(record, {"body": value}, DEFAULT_FIELDS)
    assert out == '{"title": "Caf\u00e9", "text": "\\u00e9 keep \\/ this, keep \\u2019 this"}'


def test_a_lone_surrogate_in_a_raw_record_is_fixed_and_kept_escaped():
    text = '{"title": "Caf\u00e9 reopens", "date": "2024-06-21", "text": "The caf\u00e9 \\ud83d reopened.\\nAdvertisement\\nMore."}'
    result = process(text, fix=True, select=["advertisement"])
    assert result.output is not None
    assert result.output.decode() == text.replace("Advertisement\\n", "")


def test_text_that_cannot_be_encoded_is_an_input_error(monkeypatch):
    doc = document(json.dumps({"title": TITLE, "text": "abc"}))
    monkeypatch.setattr("artlint.formats.json.rewrite", lambda *args: '{"title": "\ud800", "text": "abc"}')
    with pytest.raises(InputError, match="cannot be written as utf-8"):
        doc.update(0, {"title": "\ud800"}, [])
    assert doc.to_bytes() == json.dumps({"title": TITLE, "text": "abc"}).encode()


# -- duplicate keys ------------------------------------------------------------------------------


def test_duplicate_top_level_key_is_a_malformed_record():
    findings = process('{"title": "T",\n "text": "Advertisement\\nFirst.",\n "text": "Second."}', fix=True).findings
    assert [f.code for f in findings] == ["ART902"]
    assert findings[0].message == "duplicate key 'text' at line 3 column 2: keep one of them"


def test_duplicate_key_spelt_with_an_escape_is_found():
    findings = process('{"title": "T", "text": "a", "te\\u0078t": "b"}').findings
    assert [f.code for f in findings] == ["ART902"]
    assert "duplicate key 'text'" in findings[0].message


def test_duplicate_key_inside_a_nested_value_is_left_alone():
    text = json.dumps({"title": TITLE, "date": "2024-06-21", "text": "Quiet day on the quay."})
    text = text[:-1] + ', "source": {"site": "a", "site": "b"}}'
    assert [f.code for f in process(text).findings] == []
