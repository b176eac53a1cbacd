"""Speaker shapes of fresh real Danish news (round 10). Each class holds short invented
Danish texts (none copied from a news page or the search tool), tried through the rule
functions where one rule decides and through the whole pipeline where several must
agree; each with near-misses that must not resolve the same way.

End-to-end cases are (text, expected) with expected = [(kind, speaker), ...] per quote, in
text order; the kinds are checked too, so a case also fails when the quote is not found.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._mentions import mention_at, quoted_name_at
from pressespejl.types import Article


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(Article(id="t", text=text, published=date(2025, 2, 11)))
    return [(q.kind, q.speaker) for q in analysis.quotes]


def _ids(cases: list[tuple[str, object]]) -> list[str]:
    return [" ".join(text.split())[:50] for text, _ in cases]


# 1. A generic body noun ("politikredsen", "selskabet", "medicinalvirksomheden",
#    "myndigheden") is the body of that kind the article named before; with none of that
#    kind named, the noun as written.
GENERIC_BODIES = [
    ("Midt- og Vestjyllands Politi har skærpet reglerne for brug af stav.\n\n"
     "Betjenten er blevet irettesat for sin adfærd under anholdelsen, oplyser politikredsen.",
     [("indirect", "Midt- og Vestjyllands Politi")]),
    ("Nordjyllands Politi efterlyser vidner til et røveri i Aalborg.\n\n"
     "Gerningsmanden var iført en grå hættetrøje og sorte bukser, oplyser politikredsen i "
     "en pressemeddelelse.",
     [("indirect", "Nordjyllands Politi")]),
    ("Novo Nordisk har fået godkendt et nyt lægemiddel i USA.\n\n"
     "Salget begynder allerede i næste måned, oplyser medicinalvirksomheden.",
     [("indirect", "Novo Nordisk")]),
    ("Vejdirektoratet har lukket motorvejen ved Vejle efter en ulykke.\n\n"
     "Vejen åbner igen sent i aften, oplyser myndigheden.",
     [("indirect", "Vejdirektoratet")]),
    ("Danske Fragtmænd har mistet en stor kunde.\n\n"
     "Tabet rammer ikke arbejdspladserne i Vejle, oplyser selskabet.",
     [("indirect", "Danske Fragtmænd")]),
    # near-misses: no body of that kind named before
    ("Der var uro i nattelivet i weekenden.\n\n"
     "Tre unge mænd blev anholdt efter et slagsmål på torvet, oplyser politikredsen.",
     [("indirect", "politikredsen")]),
    ("Aarhus Kommune har solgt grunden ved havnen.\n\n"
     "Byggeriet går i gang til sommer og skal stå færdigt om to år, oplyser selskabet.",
     [("indirect", "selskabet")]),
    ("Novo Nordisk og Lundbeck har begge fået nye lægemidler godkendt.\n\n"
     "Salget begynder allerede i næste måned, oplyser medicinalvirksomheden.",
     [("indirect", "medicinalvirksomheden")]),
    ("Danske Fragtmænd har mistet en stor kunde.\n\n"
     "Vejen bliver lukket for tung trafik i hele april, oplyser myndigheden.",
     [("indirect", "myndigheden")]),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_BODIES, ids=_ids(GENERIC_BODIES))
def test_generic_body_noun_is_the_body_of_that_kind(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_politikredsen_is_read_as_an_organisation_mention() -> None:
    mention = mention_at("politikredsen i en pressemeddelelse.", 0)
    assert mention is not None
    assert (mention.text, mention.kind) == ("politikredsen", "organisation")


# 2. A descriptor with a name in apposition: the name speaks, the descriptor is its role.
@pytest.mark.parametrize(("phrase", "name", "role"), [
    ("en af forsvarerne i sagen, advokat Ulla Berg.", "Ulla Berg", "en af forsvarerne i sagen"),
    ("en talsmand for firmaet, Jens Ole Berg.", "Jens Ole Berg", "talsmand for firmaet"),
    ("en talskvinde for ministeriet, Mette Sørensen, til Ritzau.", "Mette Sørensen",
     "talskvinde for ministeriet"),
    ("en tidligere talsmand for firmaet, Bo Ek.", "Bo Ek", "tidligere talsmand for firmaet"),
    ("en nabo til familien, pensionist Bo Ek.", "Bo Ek", "en nabo"),
])
def test_descriptor_with_a_name_in_apposition_reads_the_name(phrase: str, name: str,
                                                             role: str) -> None:
    mention = mention_at(phrase, 0)
    assert mention is not None
    assert (mention.text, mention.kind, mention.role) == (name, "name", role)


@pytest.mark.parametrize("phrase", [
    "en beboer, der hedder Bo Ek.",  # a relative clause, no apposition
    "en af beboerne, som kender Bo Ek.",
    "en talsmand for EU-Kommissionen.",  # no name at all
])
def test_descriptor_without_an_apposition_reads_no_name(phrase: str) -> None:
    mention = mention_at(phrase, 0)
    assert mention is None or mention.kind != "name"


APPOSITIONS = [
    ("Sagen fortsætter i byretten i morgen formiddag, oplyser en af forsvarerne i sagen, "
     "advokat Ulla Berg.",
     [("indirect", "Ulla Berg")]),
    ("Firmaet har ikke fyret nogen af de ansatte i år, fortæller en talsmand for firmaet, "
     "Jens Ole Berg.",
     [("indirect", "Jens Ole Berg")]),
    ("- Vi har ventet på svar fra kommunen i over et år, siger en talsmand for grundejerne, "
     "Peter Dam, til avisen.",
     [("direct", "Peter Dam")]),
    ("Politiet har endnu ikke fundet gerningsmanden, oplyser en pressemedarbejder hos Fyns "
     "Politi, Lone Krag.",
     [("indirect", "Lone Krag")]),
    # near-miss: no name, the descriptor speaks
    ("Sagen fortsætter i byretten i morgen formiddag, siger en af forsvarerne i sagen.",
     [("indirect", "en af forsvarerne i sagen")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS, ids=_ids(APPOSITIONS))
def test_the_name_in_apposition_speaks(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 6. An organisation written in quote marks speaks without its marks.
@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("»Læger uden Grænser«.", "Læger uden Grænser", "organisation"),
    ("'Bedre Byer' i en mail.", "Bedre Byer", "organisation"),
    ("”Grønne Gader”.", "Grønne Gader", "organisation"),
    ("»Maria«, der ikke vil stå frem med sit navn.", "Maria", "name"),
])
def test_quoted_name_drops_its_marks(phrase: str, name: str, kind: str) -> None:
    mention = quoted_name_at(phrase, 0, len(phrase))
    assert mention is not None
    assert (mention.text, mention.kind) == (name, kind)
    assert mention.start == 0 and phrase[mention.end - 1] in "«'”"  # spans the marks


@pytest.mark.parametrize("phrase", [
    "»Det er slut«.",  # a sentence, not a name
    "'nej'.",  # lower case
    "»Han kommer ikke«.",
    "'Bedre Byer«.",  # marks that do not pair
])
def test_quoted_words_that_are_no_name(phrase: str) -> None:
    assert quoted_name_at(phrase, 0, len(phrase)) is None


QUOTED_ORGANISATIONS = [
    ("Byen mangler træer og grønne områder, oplyser foreningen 'Bedre Byer'.",
     [("indirect", "Bedre Byer")]),
    ("Byen mangler træer og grønne områder, oplyser foreningen \"Bedre Byer\" i en "
     "pressemeddelelse.",
     [("indirect", "Bedre Byer")]),
    ("- Situationen i lejren er katastrofal, siger »Læger uden Grænser«.",
     [("direct", "Læger uden Grænser")]),
    ("Byen mangler træer og grønne områder, skriver organisationen »Red Barnet« på sin "
     "hjemmeside.",
     [("indirect", "Red Barnet")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_ORGANISATIONS,
                         ids=_ids(QUOTED_ORGANISATIONS))
def test_quoted_organisation_speaks_without_marks(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
