"""A quote over several dash paragraphs: its text is the quoted words of each paragraph,
a blank line apart, with no dash, attribution or quote marks between them (the
``types.Quote`` contract); its span still runs from the first word to the last, for
highlighting. Invented articles."""

from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.nlp import analyze
from pressespejl.types import Article, Quote


def _quotes(text: str) -> list[Quote]:
    return list(analyze(Article(id="t", text=text, published=date(2025, 3, 4))).quotes)


def test_a_run_going_on_after_its_attribution_leaves_the_attribution_out() -> None:
    text = ("Havnen i Skagen får en ny mole.\n\n"
            "- Vi har ventet på det her i ti år, siger havnefoged Lise Holm.\n\n"
            "- Nu kan de store skibe endelig lægge til.")
    [quote] = _quotes(text)
    assert quote.speaker == "Lise Holm"
    assert quote.text == ("Vi har ventet på det her i ti år\n\n"
                          "Nu kan de store skibe endelig lægge til")
    assert text[quote.start:].startswith("Vi har ventet")
    assert text[:quote.end].endswith("endelig lægge til")


def test_an_unattributed_paragraph_before_the_attribution_loses_its_dash() -> None:
    text = ("Kommunen lukker svømmehallen i Brande.\n\n"
            "- Det er en sorg for hele byen.\n\n"
            "- Men vi har ikke pengene, siger borgmester Karl Berg.")
    [quote] = _quotes(text)
    assert quote.speaker == "Karl Berg"
    assert quote.text == "Det er en sorg for hele byen\n\nMen vi har ikke pengene"


def test_three_paragraphs_with_the_attribution_in_the_middle() -> None:
    text = ("Festivalen i Tønder sælger ud.\n\n"
            "- Vi er helt oppe at køre.\n\n"
            "- Det er første gang i mange år, fortæller direktør Anne Vig.\n\n"
            "- Og vi har allerede booket næste år.")
    [quote] = _quotes(text)
    assert quote.speaker == "Anne Vig"
    assert quote.text.split("\n\n") == ["Vi er helt oppe at køre",
                                        "Det er første gang i mange år",
                                        "Og vi har allerede booket næste år"]
    assert "fortæller" not in quote.text and "-" not in quote.text


def test_a_one_paragraph_quote_is_its_span() -> None:
    text = ("Vejen er spærret.\n\n"
            "- Der ligger træer over kørebanen, siger vagtchef Ole Dam.")
    [quote] = _quotes(text)
    assert quote.text == text[quote.start:quote.end] == "Der ligger træer over kørebanen"


def test_analyse_prints_each_paragraph_of_a_quote_on_its_own_line(tmp_path) -> None:
    article = tmp_path / "mole.txt"
    article.write_text("date 2025-03 Havnen i Skagen får en ny mole.\n\n"
                       "- Vi har ventet på det her i ti år, siger havnefoged Lise Holm.\n\n"
                       "- Nu kan de store skibe endelig lægge til.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyse", str(article)])
    assert result.exit_code == 0, result.output
    assert "      »Vi har ventet på det her i ti år\n" in result.output
    assert "       Nu kan de store skibe endelig lægge til«\n" in result.output
    assert "siger havnefoged" not in result.output
