"""Text helpers: the fast path of lower_words gives the regex's words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from artlint.textutil import _QUOTES, WORD, _unquote, lower_words, normalize, without_vowel_marks, words

ASCII = st.text(st.characters(max_codepoint=127), max_size=60)
MIXED = st.text(st.sampled_from("aZ9_ '’-.,\t\x0b\x1cÉéßİıſ\u212a\u00a0\u2009ж中のシェ"), max_size=40)


def test_lower_words_splits_an_ascii_line_as_the_regex_does() -> None:
    assert lower_words("Harbour_Fees RISE 12% in 2024 -- see p.4!") == [
        "harbour_fees", "rise", "12", "in", "2024", "see", "p", "4",
    ]
    assert lower_words("Don't miss: the editors' pick") == ["don't", "miss", "the", "editors", "pick"]
    assert lower_words("Tab\tand\x0bvertical\x1cseparators\x00too") == ["tab", "and", "vertical", "separators", "too"]
    assert lower_words("Café ÉTÉ") == ["café", "été"]
    assert lower_words("") == []


@given(ASCII)
def test_lower_words_equals_the_regex_on_ascii_lines(text: str) -> None:
    assert lower_words(text) == WORD.findall(text.lower())


@given(MIXED)
def test_lower_words_equals_the_regex_on_any_line(text: str) -> None:
    assert lower_words(text) == WORD.findall(text.lower())


@given(MIXED)
def test_words_takes_the_plainer_pattern_only_where_it_finds_what_word_finds(text: str) -> None:
    assert words(text) == WORD.findall(text)


def test_normalize_unifies_quotes_dashes_and_spaces() -> None:
    """Inside the line; at its edges, quotes are stripped as punctuation."""
    assert normalize("\u201cRead more\u201d \u2014 it\u2019s\u00a0\u2018free\u2019 \u00abnow\u00bb \u2013 `ok`") == (
        "read more\" - it's 'free' \"now\" - 'ok"
    )


@given(st.text(alphabet=st.sampled_from([chr(code) for code in _QUOTES] + list("aZé '\"-")), max_size=40))
def test_the_quotes_are_replaced_as_the_translation_table_says(text: str) -> None:
    assert _unquote(text) == text.translate(_QUOTES)


def test_arabic_vowel_marks_and_tatweel_do_not_tell_two_spellings_apart() -> None:
    assert normalize("قد يهمك أيضاً") == normalize("قد يهمك أيضا")
    assert normalize("حمّل تطبيقنا") == normalize("حمل تطبيقنا")
    assert without_vowel_marks("نُشر في 4 مارس") == "نشر في 4 مارس"
    assert without_vowel_marks("The harbour reopened.") == "The harbour reopened."


def test_each_han_and_hiragana_character_is_a_word_and_a_katakana_run_is_one() -> None:
    assert lower_words("港口委员会周二批准了新的渡轮时刻表。") == list("港口委员会周二批准了新的渡轮时刻表")
    assert lower_words("港の新しいフェリー時刻表") == ["港", "の", "新", "し", "い", "フェリー", "時", "刻", "表"]
    assert lower_words("공유하기 관련기사") == ["공유하기", "관련기사"]
    assert lower_words("Don't share l’été") == ["don't", "share", "l’été"]
