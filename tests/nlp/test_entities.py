"""Entity linking within an article: names, surnames, titles, genitives, spellings and
country adjectives that point at one person, organisation or place (Entity.canonical)."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._lexicon import country_adjectives
from pressespejl.nlp.components.entities import _company_like
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


def links_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.text, e.label, e.canonical, e.form) for e in analysed(text).entities]


CASES = [
    # a person: full name, surname, the title in apposition, a later definite title
    (
        "Natos generalsekretær, Jens Stoltenberg, talte. Stoltenberg smilede. "
        "Generalsekretæren gik.",
        [
            ("Natos generalsekretær", "PER", "Jens Stoltenberg", "title"),
            ("Natos", "ORG", "Nato", "genitive"),
            ("Jens Stoltenberg", "PER", "Jens Stoltenberg", None),
            ("Stoltenberg", "PER", "Jens Stoltenberg", "surname"),
            ("Generalsekretæren", "PER", "Jens Stoltenberg", "title"),
        ],
    ),
    # one organisation, two spellings
    (
        "NATO og Nato er det samme.",
        [("NATO", "ORG", "Nato", None), ("Nato", "ORG", "Nato", None)],
    ),
    # one country: name, genitive, adjective (MISC, it adds no place)
    (
        "Rusland svarede. Ruslands krav er russiske krav, siger man i russisk presse.",
        [
            ("Rusland", "LOC", "Rusland", None),
            ("Ruslands", "LOC", "Rusland", "genitive"),
            ("russiske", "MISC", "Rusland", "adjective"),
            ("russisk", "MISC", "Rusland", "adjective"),
        ],
    ),
]


def test_entities_adjective_starting_a_name_is_part_of_the_name() -> None:
    labels = [e.label for e in analysed("Dansk Arbejdsgiverforening er imod.").entities]
    assert "MISC" not in labels  # an ORG with a trained NER, nothing without it


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities_link_within_the_article(text: str, expected: list) -> None:
    assert links_of(text) == expected


def test_entities_adjective_adds_no_place() -> None:
    analysis = analysed("Den russiske minister og de ukrainske soldater. Rusland svarer.")
    assert analysis.places == ("Rusland",)


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("russisk", "Rusland"),  # irregular: da/country_adjectives.py
        ("russiske", "Rusland"),
        ("tysk", "Tyskland"),  # derived from pycountry's Danish names
        ("polsk", "Polen"),
        ("italienske", "Italien"),
        ("spansk", "Spanien"),
        ("Ukrainske", "Ukraine"),
    ],
)
def test_entities_country_adjectives(adjective: str, country: str) -> None:
    assert country_adjectives()[adjective] == country


def test_entities_no_adjective_for_other_words() -> None:
    table = country_adjectives()
    assert "rusk" not in table and "romansk" not in table and "engelsk" not in table


def test_entities_model_spans_lose_sentence_words() -> None:
    """A trained NER's "Det siger Natos" and "Den danske" are no names; "Nato-møde" names
    Nato (UNER tags an organisation inside a compound as ORG)."""
    from spacy.tokens import Span

    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    text = "Det siger Natos chef. Den danske regering holdt Nato-møde."
    doc = nlp.get_pipe("pressespejl_sentences")(nlp.make_doc(text))
    # tokens: Det siger Natos chef . Den danske regering holdt Nato-møde .
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 5, 7, label="ORG"),
                Span(doc, 9, 10, label="ORG")]
    doc = nlp.get_pipe("pressespejl_entities")(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Natos", "ORG", "Nato"), ("danske", "MISC", "Danmark"), ("Nato-møde", "ORG", "Nato")]


ORGANISATION_CASES = [
    ("Vejle Boldklub tabte til Silkeborg IF søndag.", ["Vejle Boldklub", "Silkeborg IF"]),
    ("Han blev fremstillet ved Retten i Odense fredag.", ["Retten i Odense"]),
    ("Også busserne i Region Nordjylland er forsinkede.", ["Region Nordjylland"]),
    ("Klimarådets formand vurderer, at det er svært.", ["Klimarådet"]),
    ("Esbjerg Kommunes borgmester er glad.", ["Esbjerg Kommune"]),
    ("Sagen er sendt til Børne- og Undervisningsministeriet.",
     ["Børne- og Undervisningsministeriet"]),
    ("Forbrugerorganisationen Passagerpulsen er kritisk.", ["Passagerpulsen"]),
    ("Vagtchef ved Syd- og Sønderjyllands Politi Lars Brink oplyser det.",
     ["Syd- og Sønderjyllands Politi"]),
    ("Regnskabet fra Nordlys Foods A/S viser overskud.", ["Nordlys Foods A/S"]),
    ("Foreningen er uenig med Forbrugerrådet Tænk.", ["Forbrugerrådet Tænk"]),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_CASES)
def test_entities_organisations_marked_by_their_own_words(text: str, expected: list) -> None:
    assert list(analysed(text).organisations) == expected


def test_entities_common_nouns_for_organisations_are_no_entities() -> None:
    analysis = analysed("Politiet oplyser, at regeringen og kommunen er enige.")
    assert analysis.organisations == ()


def test_entities_organisation_is_no_person() -> None:
    analysis = analysed(
        "Nordlys Foods har haft et godt år. Lyngby Boldklub vandt igen, siger Mette Kjær."
    )
    assert [p.name for p in analysis.people] == ["Mette Kjær"]
    assert set(analysis.organisations) >= {"Nordlys Foods", "Lyngby Boldklub"}


@pytest.mark.parametrize(
    ("name", "company"),
    [("Solbær Kosmetik", True), ("Vestkyst Energi", True), ("Mette Kjær", False),
     ("Aqqaluk Petersen", False), ("Paulo Mabunda", False)],
)
def test_entities_model_person_without_first_name_and_common_noun_is_a_company(
    name: str, company: bool
) -> None:
    assert _company_like(name) is company


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        ("Borgmester Anne Holm (S) og rådmand Per Vinter ( V) er enige med Lis Bæk (EL).",
         ["Socialdemokratiet", "Venstre", "Enhedslisten"]),
        ("Det mener Jonas Kragh (DF), Mia Lind (K), Ole Berg (RV) og Ib Ravn (LA).",
         ["Dansk Folkeparti", "Det Konservative Folkeparti", "Radikale Venstre",
          "Liberal Alliance"]),
        ("Forslaget kommer fra Ida Lund (SF), Bo Ravn (M) og Kim Dahl (DD).",
         ["SF", "Moderaterne", "Danmarksdemokraterne"]),
    ],
)
def test_entities_party_letters_are_parties(text: str, organisations: list[str]) -> None:
    analysis = analysed(text)
    assert list(analysis.organisations) == organisations
    # "SF" is the party's own name; no other letter is left as a name
    assert not {"S", "V", "EL", "DF", "K", "RV", "LA", "M", "DD"} & {
        e.canonical for e in analysis.entities}


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Aftalen med Microsoft blev underskrevet i går.", "Microsoft"),
        ("Målingerne fra GEUS viser et lille skælv.", "GEUS"),
        ("Kæden Åhlens lukker to butikker.", "Åhlens"),
        ("Færgen fra Molslinjen var forsinket.", "Molslinjen"),
        ("Det oplyser den belgiske tv-station RTBF.", "RTBF"),
        ("Det skriver DAGBLADET Roskilde lørdag.", "Dagbladet Roskilde"),
        ("Det siger en vagthavende til TV SYD.", "TV Syd"),
    ],
)
def test_entities_listed_organisations_are_found(text: str, organisation: str) -> None:
    assert organisation in analysed(text).organisations


def test_entities_organisations_get_their_canonical_names() -> None:
    analysis = analysed(
        "Danmarks Nationalbank hæver renten. Nationalbanken venter mere inflation. "
        "Danmarks Meteorologiske Institut (DMI) varsler storm. A.P. Møller - Mærsk "
        "og A.P. Møller-Mærsk er ét selskab."
    )
    assert list(analysis.organisations) == ["Danmarks Nationalbank", "DMI",
                                            "A.P. Møller-Mærsk"]


def test_entities_generic_nouns_are_no_organisations() -> None:
    analysis = analysed("Formand for foreningen er hun. Regeringen vil ikke. "
                        "Ifølge regeringen er det godt.")
    assert analysis.organisations == ()


def test_entities_places_abroad_are_places() -> None:
    analysis = analysed("Han kørte fra Malmø til Ystad og fløj så til Cairo og Rønne.")
    assert list(analysis.places) == ["Malmø", "Ystad", "Cairo", "Rønne"]
    assert analysis.people == ()


def test_entities_model_organisation_with_a_role_after_it_is_a_person() -> None:
    """A name the NER calls an organisation is a person when a role follows it in
    apposition ("X, kommunikationsmedarbejder hos DSB"), even with a first name
    gender-guesser does not know."""
    from spacy.tokens import Span

    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    text = "Det siger Yrsel Pind Lohmann, pressemedarbejder hos Vesterby Havn."
    doc = nlp.get_pipe("pressespejl_sentences")(nlp.make_doc(text))
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    doc = nlp.get_pipe("pressespejl_entities")(doc)
    assert next((e.text, e.label_) for e in doc.ents) == ("Yrsel Pind Lohmann", "PER")


def test_entities_committees_are_organisations() -> None:
    assert "Økonomiudvalget" in analysed("Sagen skal nu behandles i Økonomiudvalget.").organisations


def test_entities_bylines_and_photo_credits_name_people_only() -> None:
    analysis = analysed("Skrevet af: Ole Vinkel\n\nByrådet mødes i aften.\n\n"
                        "Foto: Lise Brandt/Vesterby Avis")
    assert [p.name for p in analysis.people] == ["Ole Vinkel", "Lise Brandt"]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        # web addresses and the medium X
        ("Billederne er taget af nord-foto.dk i nat.", ["nord-foto.dk"]),
        ("Det skriver Kystavisen.AG torsdag.", ["Kystavisen.AG"]),
        ("Skriv til os på red@kystavisen.dk i dag.", []),
        ("Politiet oplyser på det sociale medie X, at vejen er åben.", ["X"]),
        # "<body> for <field>"
        ("Center for Digital Tryghed advarer mod svindel.", ["Center for Digital Tryghed"]),
        # companies written with their form, and named in English
        ("Han ejer Morbær A/S og Kvist ApS sammen.", ["Morbær A/S", "Kvist ApS"]),
        ("Kontrakten gik til Nordvind Shipping og Bølge Denmark.",
         ["Nordvind Shipping", "Bølge Denmark"]),
        ("Færgeselskabet Havlys Line aflyser.", ["Havlys Line"]),
        # an organisation introduced by what it is, or in a compound
        ("Det siger medstifter af sikkerhedsfirmaet KSIR, Ib Lund.", ["KSIR"]),
        ("Det skriver det islandske netmedie Fréttir.", ["Fréttir"]),
        ("Det siger KBT-journalisten Ole Vang.", ["KBT"]),
        ("Hun er medejer af Holm-koncernen.", ["Holm"]),
        # a school is an organisation
        ("Eleverne på Nørrevang Skole protesterer.", ["Nørrevang Skole"]),
    ],
)
def test_entities_organisations_by_their_form(text: str, organisations: list[str]) -> None:
    assert list(analysed(text).organisations) == organisations


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ulykken skete på E45 Vestjyske Motorvej ved afkørsel 12.", ["E45 Vestjyske Motorvej"]),
        ("Trafikken på E20 kører igen.", ["E20"]),
        ("Hun bor i delstaten Oregon og arbejder i havnebyen Portsmouth.",
         ["Oregon", "Portsmouth"]),
        ("Skibet lå ved Lyngsø Odde og senere på Hvidbjerg Rev.",
         ["Lyngsø Odde", "Hvidbjerg Rev"]),
    ],
)
def test_entities_places_by_their_form(text: str, places: list[str]) -> None:
    assert list(analysed(text).places) == places


def test_entities_party_letters_follow_the_country_of_the_story() -> None:
    greenland = analysed("Naalakkersuisut mødes i Nuuk. Formanden, Ivik Lyberth (S), og "
                         "Ane Kreutzmann (IA) er enige.")
    assert "Siumut" in greenland.organisations
    assert "Inuit Ataqatigiit" in greenland.organisations
    assert "Socialdemokratiet" not in greenland.organisations
    denmark = analysed("Borgmester Ivik Lyberth (S) er enig.")
    assert denmark.organisations == ("Socialdemokratiet",)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # first names no list holds, before an initial or a patronymic surname
        ("Formand for udvalget Aviaja K. Lyberth talte.", ["Aviaja K. Lyberth"]),
        ("Det sagde Hjálmar Þ. Ólafsson i går.", ["Hjálmar Þ. Ólafsson"]),
        ("Det skriver Ujarak Kristiansen i sin klumme.", ["Ujarak Kristiansen"]),
        # "Hans" is a first name before a surname, a pronoun elsewhere
        ("Hans Vinding bliver formand. Han tog hans bil.", ["Hans Vinding"]),
        # a dateline's weekday is no part of the name
        ("Af Ujarak Kristiansen Onsdag, 10. april\n\nMødet var langt.", ["Ujarak Kristiansen"]),
    ],
)
def test_entities_people_with_names_no_list_holds(text: str, people: list[str]) -> None:
    assert [p.name for p in analysed(text).people] == people


def test_entities_a_ship_is_no_person_or_organisation() -> None:
    analysis = analysed('Fragtskibet Birte Holm gik på grund. Færgen "Jens Kofoed" hjalp, '
                        "og senere kom Jens Kofoed i havn.")
    assert analysis.people == ()
    assert analysis.organisations == ()
    assert {e.label for e in analysis.entities if "Kofoed" in e.text} == {"MISC"}


def test_entities_a_town_is_its_club_only_in_a_match_report() -> None:
    from spacy.tokens import Span

    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    for text, expected in [
        ("Brøndby vandt kampen. Cheftræneren roste holdet, der scorede to gange.",
         "Brøndby IF"),
        ("Brøndby har fået ny borgmester efter valget.", "Brøndby"),
    ]:
        doc = nlp.get_pipe("pressespejl_sentences")(nlp.make_doc(text))
        doc.ents = [Span(doc, 0, 1, label="ORG")]
        doc = nlp.get_pipe("pressespejl_entities")(doc)
        assert doc.ents[0].kb_id_ == expected


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        # a listed organisation inside a compound: the whole word, the organisation's name
        ("Flere af EU-landene siger nej, og FN-styrken bliver.", ["EU", "FN"]),
        ("Lederne fra G7-landene mødes, og Nato-topmødet venter.", ["G7", "Nato"]),
        ("Det fortæller en Hus Forbi-sælger på torvet.", ["Hus Forbi"]),
        # acronyms of things and events head compounds without naming anyone
        ("TV-programmet handler om EM-finalen og PR-chefen.", []),
    ],
)
def test_entities_names_inside_compounds(text: str, organisations: list[str]) -> None:
    analysis = analysed(text)
    assert list(analysis.organisations) == organisations
    assert analysis.people == ()


def test_entities_a_listed_place_inside_a_compound_is_that_place() -> None:
    entities = [(e.text, e.label, e.canonical) for e in analysed(
        "Efter Kina-kampen rejste holdet hjem.").entities]
    assert ("Kina-kampen", "LOC", "Kina") in entities


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # the government of Greenland, also misspelt, is an organisation
        ("Sagen ligger nu hos Naalakersuisut i Nuuk.", "Naalakkersuisut"),
        # a broadcaster's news desk, named as the source
        ("Det oplyser DR Nyheder tirsdag.", "DR Nyheder"),
        ("Ifølge TV 2 Sport er aftalen på plads.", "TV 2 Sport"),
        # a part of a court, a street magazine, foreign clubs
        ("Manden var eftersøgt til Fogedretten.", "Fogedretten"),
        ("Bladet Hus Forbi sælges af hjemløse.", "Hus Forbi"),
        ("Ferencvaros vandt 2-1 i aftes.", "Ferencvaros"),
        ("Han skifter til Borussia Dortmund til sommer.", "Borussia Dortmund"),
        # bodies of the EU and the UN
        ("Sikkerhedsrådet mødes i aften.", "FN's Sikkerhedsråd"),
        ("Frontex sender flere både.", "Frontex"),
    ],
)
def test_entities_gazetteer_organisations_of_issue_9(text: str, organisation: str) -> None:
    analysis = analysed(text)
    assert organisation in analysis.organisations
    assert not {organisation} & set(analysis.places)
    assert not {organisation} & {p.name for p in analysis.people}


@pytest.mark.parametrize(
    "text",
    [
        "Brexit har kostet dyrt, siger eksperterne.",
        "Efter Brexit faldt handlen med Storbritannien.",
        "Corona lukkede landet ned i marts.",
    ],
)
def test_entities_events_are_no_people(text: str) -> None:
    analysis = analysed(text)
    assert analysis.people == ()
    assert not {"Brexit", "Corona"} & {e.canonical for e in analysis.entities}


def test_entities_a_village_the_model_calls_a_person_is_a_place() -> None:
    analysis = analysed("Vivild har fået en ny købmand. Borgerne er glade.")
    assert list(analysis.places) == ["Vivild"]
    assert analysis.people == ()


def test_entities_a_place_name_after_a_speech_cue_stays_a_person() -> None:
    from spacy.tokens import Span

    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp.get_pipe("pressespejl_sentences")(nlp.make_doc("Det sagde Vivild i går."))
    doc.ents = [Span(doc, 2, 3, label="PER")]
    doc = nlp.get_pipe("pressespejl_entities")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Vivild", "PER")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a street or a square by its last word, also where it starts a sentence
        ("Tavsens Gade lukker for trafik i weekenden.", ["Tavsens Gade"]),
        ("Ulykken skete på Kalvebodvej ved broen.", ["Kalvebodvej"]),
        ("Vi mødtes i Rosengårdscentret i går.", ["Rosengårdscentret"]),
        # everyday words with a street ending are no names
        ("Hovedvej og gade er lukket, og Jobcentret har åbent.", []),
    ],
)
def test_entities_streets_and_centres_are_places(text: str, places: list[str]) -> None:
    analysis = analysed(text)
    assert list(analysis.places) == places
    assert analysis.organisations == ()


@pytest.mark.parametrize(
    ("text", "organisations", "people"),
    [
        # a band after a describing noun, though its first word is a first name
        ("Den irske gruppe Run Rig spiller i aften.", ["Run Rig"], []),
        # a describing noun that starts a sentence is no part of the name
        ("Bandet Moving Hearts spiller i aften.", ["Moving Hearts"], []),
        # a party's name before its leader's: the party's last word is no first name
        ("Formand for Inuit Ataqatigiit Múte B. Egede siger ja.", ["Inuit Ataqatigiit"],
         ["Múte B. Egede"]),
        # an English name with "of"
        ("Hun læste ved University of Wisconsin i to år.", ["University of Wisconsin"], []),
        # a misspelt listed organisation of one long word
        ("Naalakkersuisutt har endnu ikke svaret.", ["Naalakkersuisut"], []),
    ],
)
def test_entities_names_cut_from_the_words_around_them(
        text: str, organisations: list[str], people: list[str]) -> None:
    analysis = analysed(text)
    assert list(analysis.organisations) == organisations
    assert [p.name for p in analysis.people] == people
    assert analysis.places == ()


def test_entities_misspelling_needs_a_long_word() -> None:
    from pressespejl.nlp.components.entities import near_listed_organisation

    assert near_listed_organisation("Naalakkersuisutt") == "Naalakkersuisut"
    assert near_listed_organisation("Naalakersuisut") is None  # listed: an alias
    assert near_listed_organisation("Folketingets") is None  # listed genitive: itself
    assert near_listed_organisation("Venstres") is None  # too short to guess
    assert near_listed_organisation("Formandskabet") is None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # villages the spelling dictionary lacks as places
        ("Hornslet mister sin skole, skriver avisen.", ["Hornslet"]),
        ("Der var brand i både Løgstør og Farsø.", ["Løgstør", "Farsø"]),
        # a town that is an everyday word is not listed: a sentence starts with the word
        ("Ringe muligheder er der ikke.", []),
        ("Give mig den bog, sagde hun.", []),
        # a police station named by a compass point is no place; the district is
        ("Sagen samles på områdestationen Nordvest i Esbjerg.", ["Esbjerg"]),
    ],
)
def test_entities_towns_and_villages(text: str, places: list[str]) -> None:
    analysis = analysed(text)
    assert list(analysis.places) == places
    assert analysis.people == ()


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        # an unlisted acronym standing alone is an organisation's
        ("Forbundet FLOK og foreningen KNOR er uenige.", ["FLOK", "KNOR"]),
        ("Det oplyser KNAPK, fiskernes organisation.", ["KNAPK"]),
        # acronyms of things, roman numerals and headings in capitals are not
        ("BNP steg, og flere får ADHD og KOL.", []),
        ("Kapitel XIV handler om det.", []),
        ("KRITIK AF NY LOV FRA TINGET", []),
        # a listed acronym's genitive without the apostrophe
        ("OBs anfører Johnny Hansen starter inde.", ["OB"]),
        # a ministry abroad: "-departementet"
        ("Hun er ansat i Finansdepartementet i Oslo.", ["Finansdepartementet"]),
    ],
)
def test_entities_acronyms_and_departments(text: str, organisations: list[str]) -> None:
    analysis = analysed(text)
    assert list(analysis.organisations) == organisations
    assert analysis.places in ((), ("Oslo",))


def test_entities_one_letter_is_no_name() -> None:
    from spacy.tokens import Span

    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp.get_pipe("pressespejl_sentences")(nlp.make_doc("Vi kørte videre og så K. i går."))
    doc.ents = [Span(doc, 4, 5, label="PER")]
    doc = nlp.get_pipe("pressespejl_entities")(doc)
    assert list(doc.ents) == []
    # the medium X is a name of one letter a rule vouches for
    assert "X" in analysed("Han skriver på det sociale medie X.").organisations


@pytest.mark.parametrize("text", [
    "Holdet sluttede sidst i gruppe B, hvor også Spanien spillede.",
    "I gruppe C vandt Tyskland over Island.",
    "Hun kom i pulje A ved lodtrækningen.",
])
def test_entities_a_group_letter_is_no_organisation(text: str) -> None:
    # "gruppe B": a describing noun before a capital letter labels, it names no band
    assert analysed(text).organisations == ()


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Tak til Susan, som kender historien.", "LOC", "PER"),  # a first name
        ("Hun handlede i Irma i går.", "LOC", "ORG"),  # a listed shop keeps its label
        ("Han flyttede til Vejle i går.", "ORG", "LOC"),  # a town, not a first name
    ],
)
def test_entities_model_place_that_is_a_first_name_is_a_person(
        text: str, label: str, expected: str) -> None:
    from spacy.tokens import Span

    from pressespejl.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp.get_pipe("pressespejl_sentences")(nlp.make_doc(text))
    index = next(t.i for t in doc if t.text in ("Susan", "Irma", "Vejle"))
    doc.ents = [Span(doc, index, index + 1, label=label)]
    doc = nlp.get_pipe("pressespejl_entities")(doc)
    assert [e.label_ for e in doc.ents] == [expected]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        ("Champions League og Europa League er turneringer.", []),
        ("Det meddeler Rackmanns Fabrikker og Aalborg Værft.",
         ["Rackmanns Fabrikker", "Aalborg Værft"]),
    ],
)
def test_entities_leagues_firms_and_tournaments(text: str, organisations: list[str]) -> None:
    assert list(analysed(text).organisations) == organisations


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name in the genitive before what the person has
        ("Susannes tanker var andre steder.", ["Susanne"]),
        ("Hun fulgte Kelds oplæg til punkt og prikke.", ["Keld"]),
        # a first name ending in -s is no genitive of a shorter one, and links up
        ("Jens Hansen kom, og Jens bil holdt der.", ["Jens Hansen"]),
        # common nouns, titles and pronouns in the genitive are no names
        ("Kongens tale var kort, og rosens duft var stærk. Hans bil er rød.", []),
    ],
)
def test_entities_first_names_in_the_genitive(text: str, people: list[str]) -> None:
    assert [p.name for p in analysed(text).people] == people
