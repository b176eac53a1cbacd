"""Headlines and crossheads written as quotations, captions that end in a bare photo word,
and "indledte X" after a quote. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pressespejl.nlp.components.sentences import find_paragraphs, is_caption


@pytest.mark.parametrize("line", [
    "“Vi tog chancen”",
    "»En fantastisk aften«",
    '"Det er slut nu"',
    "„Vi giver ikke op“",
])
def test_an_unpunctuated_quoted_line_is_a_heading(line: str) -> None:
    text = f"{line}\n\nFC Viby vendte kampen i går."
    assert find_paragraphs(text)[0].noise


@pytest.mark.parametrize("line", [
    "»Nej.«",
    "»Vi er klar til kampen, og vi vil vinde.«",
    '"Det er slut nu," siger hun.',
    "»Hvad nu?«",
    "- Vi tog chancen",
])
def test_a_punctuated_or_attributed_quote_stays_a_quote_paragraph(line: str) -> None:
    text = f"Træneren var glad.\n\n{line}\n\nKampen sluttede 2-2."
    assert not find_paragraphs(text)[1].noise


@pytest.mark.parametrize("line", [
    '"Vi har aldrig spillet bedre," siger Lars Mose efter kampen. Arkivfoto',
    "Borgmesteren på rådhusets trappe. Privatfoto",
    "»Det er en god dag,« siger hun. Foto",
])
def test_a_bare_photo_word_after_the_last_sentence_ends_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Han tog et foto af bilen.",
    "- Jeg elsker at tage foto, siger hun.",
    "Udstillingen viser arkivfoto fra 1950'erne.",
])
def test_a_photo_word_inside_a_sentence_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_captions_and_quoted_headings_yield_no_quotes(
        found_quotes: Callable[[str], list[tuple]]) -> None:
    text = ("“Vi tog chancen”\n\n"
            "FC Viby vendte i går kampen.\n\n"
            "»En fantastisk aften«\n\n"
            "Mose var glad.\n\n"
            '"Vi har aldrig spillet bedre," siger Lars Mose efter kampen. Arkivfoto')
    assert found_quotes(text) == []


def test_indledte_after_a_quote_attributes_it(found_quotes: Callable[[str], list[tuple]]) -> None:
    text = ("- Vi troede på det hele vejen, og spillerne gav alt, indledte Lars Mose, da han "
            "mødte pressen.\n\n- Det var en stor aften for klubben, sagde han.")
    found = found_quotes(text)
    assert [(kind, cue, speaker) for kind, _, cue, speaker in found] == [
        ("direct", "indledte", "Lars Mose"), ("direct", "sagde", "han")]
    assert found[0][1] == "Vi troede på det hele vejen, og spillerne gav alt"
