"""Speaker names of Danish news (round 13): the name as the article writes it. All texts
are invented for these tests (none copied from a news page or the search tool).

End-to-end cases are (text, expected) with expected = [(kind, speaker), ...] per quote, in
text order; the kinds are checked too, so a case also fails when the quote is not found.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import case_ids, kinds_and_speakers

from pressespejl.nlp.components._written_forms import as_written

quotes_of = partial(kinds_and_speakers, published=date(2025, 3, 4))


# 1. A definite common noun that starts a sentence is no part of the name after it
#    ("Mixeddoublen Joachim Fischer", "Fiskekonserves-fabrikken Larsen Danish Seafood").
DESCRIPTORS = [
    ("Sild-fabrikken Nordhavn Fisk Holding har varslet en lukning af fabrikken i Skagen. "
     "Det betyder, at 30 ansatte mister deres job.\n\n"
     "Det oplyser selskabet i en pressemeddelelse.",
     [("indirect", "Nordhavn Fisk Holding")]),
    # near-misses: a first name, or an organisation noun that is part of the name
    ("Foreningen Danske Biavlere holdt generalforsamling i går.\n\n"
     "- Bierne har det svært, siger foreningen.",
     [("direct", "Foreningen Danske Biavlere")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTORS, ids=case_ids(DESCRIPTORS))
def test_sentence_initial_descriptor_is_no_part_of_the_name(text: str,
                                                            expected: list) -> None:
    assert quotes_of(text) == expected


# 2. A gazetteer's canonical spelling gives way to the article's own ("TV 2 Nord",
#    "Aarhus Universitet" written before "Århus Universitet").
WRITTEN = [
    ("Fabrikken i Hobro lukker, og 40 ansatte mister jobbet. Det skriver TV 2 Nord.",
     [("indirect", "TV 2 Nord")]),
    ("Landbruget bruger mere gødning. Det viser en ny rapport fra Aarhus Universitet.\n\n"
     "Århus Universitet konstaterer, at forbruget er steget siden 2016.",
     [("indirect", "Aarhus Universitet")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN, ids=case_ids(WRITTEN))
def test_speaker_is_spelt_as_the_article_spells_it(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("TV2 Nord", "Det skriver TV 2 Nord.", "TV 2 Nord"),
    ("TV 2", "ifølge TV2 og TV2", "TV2"),
    ("Århus Universitet", "Aarhus Universitet ... Århus Universitet", "Aarhus Universitet"),
    ("Århus Universitet", "Århus Universitet ... Aarhus Universitet ... Århus Universitet",
     "Århus Universitet"),
    ("TV2 Nord", "TV2 Nordic", "TV2 Nord"),  # another name
    ("[vagtchefen]", "vagtchefen", "[vagtchefen]"),
])
def test_as_written(name: str, text: str, expected: str) -> None:
    assert as_written(name, text) == expected


# 3. A plural "de" for an organisation that is the subject of its own sentence or the
#    sentence before ("Vejdirektoratet anbefaler ..., skriver de i en pressemeddelelse"),
#    and "de to" for the two people the sentence before names; not a plural the text
#    names before "de", nor a group.
PLURAL_DE = [
    ("Vejdirektoratet anbefaler bilisterne at blive hjemme i aften.\n\n"
     "- Vejene er meget glatte, og vi kan ikke nå at salte dem alle, skriver de i en "
     "pressemeddelelse.",
     [("direct", "Vejdirektoratet")]),
    ("Aarhus Kommune vil lukke tre skoler. Skolerne er for små, skriver de i et notat.",
     [("indirect", "Aarhus Kommune")]),
    ("Aarhus Kommune vil lukke tre skoler. Det skriver de i et notat.",
     [("indirect", "Aarhus Kommune")]),
    ("Borgmester Jacob Holm (S) og regionsrådsformand Bent Lund (S) vil have et møde med "
     "ministeren.\n\n- Det er svært for os at forstå, skriver de to i et brev.",
     [("direct", "Jacob Holm; Bent Lund")]),
    # near-misses: a plural named before "de", a group, one person before "de to"
    ("Novo Nordisk har fyret 300 ansatte. De er chokerede, fortæller de.",
     [("indirect", None)]),
    ("Beboerne i Vollsmose er vrede på Aarhus Kommune.\n\n- Vi er trætte af det, siger de.",
     [("direct", "beboerne i Vollsmose")]),
    ("Jens Hansen har boet i huset i 20 år.\n\n- Vi elsker det, siger de to.",
     [("direct", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_DE, ids=case_ids(PLURAL_DE))
def test_plural_de_is_the_organisation_or_the_two_named_before(text: str,
                                                                expected: list) -> None:
    assert quotes_of(text) == expected


# 4. A party speaks by its canonical name also where the article writes only a short form
#    ("siger Socialdemokraterne", "LA", "Konservative"): the real-news gold writes the
#    canonical name in every such article.
PARTIES = [
    ("Regeringen vil hæve afgiften på benzin.\n\nDet er helt forkert, siger LA.",
     [("indirect", "Liberal Alliance")]),
    ("Forslaget skal stemmes igennem i dag.\n\nIfølge Konservative er forslaget for dyrt.",
     [("indirect", "Det Konservative Folkeparti")]),
    ("Lærerne er bekymrede for folkeskolen.\n\nDet er vrøvl, siger Socialdemokraterne.",
     [("indirect", "Socialdemokratiet")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES, ids=case_ids(PARTIES))
def test_party_speaks_by_its_canonical_name(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
