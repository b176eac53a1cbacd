"""Speaker shapes of fresh real Danish news (round 10). Each class holds short invented
Danish texts (none copied from a news page or the search tool), tried through the rule
functions where one rule decides and through the whole pipeline where several must
agree; each with near-misses that must not resolve the same way.

End-to-end cases are (text, expected) with expected = [(kind, speaker), ...] per quote, in
text order; the kinds are checked too, so a case also fails when the quote is not found.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import case_ids, kinds_and_speakers

from pressespejl.nlp import analyze
from pressespejl.nlp.components._confidence import quote_confidence
from pressespejl.nlp.components._mentions import mention_at, quoted_name_at, role_holders
from pressespejl.nlp.components.speakers import describe
from pressespejl.types import Article

quotes_of = partial(kinds_and_speakers, published=date(2025, 2, 11))


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


@pytest.mark.parametrize(("text", "expected"), GENERIC_BODIES, ids=case_ids(GENERIC_BODIES))
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


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS, ids=case_ids(APPOSITIONS))
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
    "»Nej«.",  # one word that is no known name: a word or a title
    "»Druk« i biografen.",
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
                         ids=case_ids(QUOTED_ORGANISATIONS))
def test_quoted_organisation_speaks_without_marks(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 3. An indefinite role ("en talsmand for EU-Kommissionen") whose holder the article names
#    in a later paragraph with the same role noun is that person; with no later holder,
#    or a holder of the same noun for another organisation, the descriptor stays.
LATER_NAMES = [
    ("EU's ministre blev enige om en aftale i nat, oplyser en talsmand for "
     "EU-Kommissionen.\n\n"
     "Aftalen skal godkendes i parlamentet i næste uge.\n\n"
     "\"Der kommer en aftale, som alle kan leve med,\" siger talsmand Pierre Dubois.",
     [("indirect", "Pierre Dubois"), ("direct", "Pierre Dubois")]),
    ("Toget kørte af sporet kort efter klokken ti, oplyser en talskvinde for DSB.\n\n"
     "Ingen kom til skade ved ulykken.\n\n"
     "- Vi undersøger sagen grundigt, siger talskvinde Mette Holm.",
     [("indirect", "Mette Holm"), ("direct", "Mette Holm")]),
    ("Toget kørte af sporet kort efter klokken ti, oplyser en talskvinde for DSB.\n\n"
     "- Vi undersøger sagen grundigt, siger Mette Holm, der er talskvinde for DSB.",
     [("indirect", "Mette Holm"), ("direct", "Mette Holm")]),
    # near-misses: another organisation's spokeswoman; no later name; two later holders
    ("Toget kørte af sporet kort efter klokken ti, oplyser en talskvinde for DSB.\n\n"
     "- Vi undersøger skinnerne grundigt, siger Mette Holm, der er talskvinde for "
     "Banedanmark.",
     [("indirect", "en talskvinde for DSB"), ("direct", "Mette Holm")]),
    ("Toget kørte af sporet kort efter klokken ti, oplyser en talskvinde for DSB.\n\n"
     "Ingen kom til skade ved ulykken, og skinnerne er ryddet.",
     [("indirect", "en talskvinde for DSB")]),
]


@pytest.mark.parametrize(("text", "expected"), LATER_NAMES, ids=case_ids(LATER_NAMES))
def test_indefinite_role_is_the_holder_named_later(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 4. "holdets træner", "partiets formand", "klubbens direktør" are the person the article
#    introduced with that role, also as "træneren for X, NN" and "NN som (ny) formand".
ROLE_OWNERS = [
    ("Den holdning deler træneren for Nr. Hede IF, Bo Lund Hansen, ikke. Han har skrevet "
     "et langt brev til spillerne.\n\n"
     "- Resultatet betyder ikke noget for os. Vi spiller for sjov, lyder det fra holdets "
     "træner.",
     [("direct", "Bo Lund Hansen")]),
    ("Konservative har valgt Mette Holm som ny formand.\n\n"
     "- Vi skal have flere medlemmer i de kommende år, siger partiets formand.",
     [("direct", "Mette Holm")]),
    ("Anne Dahl blev i går valgt som direktør i klubben.\n\n"
     "- Vi skal tilbage i toppen af ligaen, siger klubbens nye direktør.",
     [("direct", "Anne Dahl")]),
    ("FC Ravn har fyret cheftræner Bo Hansen efter fem nederlag i træk.\n\n"
     "- Vi har ikke fået de resultater, vi skulle, siger klubbens direktør, Anne Dahl.\n\n"
     "- Det er en hård dag for mig, siger holdets træner.",
     [("direct", "Anne Dahl"), ("direct", "Bo Hansen")]),
    # near-misses: the role named is another one; "ikke enig med sin formand" gives no role
    ("Bestyrelsen har ansat Ole Bak som direktør for klubben.\n\n"
     "- Han bliver god for os, siger klubbens formand.",
     [("direct", "klubbens formand")]),
    ("Ole Bak er ikke enig med sin formand i sagen om skolen.\n\n"
     "- Vi skal bevare skolen i byen, siger partiets formand.",
     [("direct", "partiets formand")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_OWNERS, ids=case_ids(ROLE_OWNERS))
def test_owner_and_role_is_the_person_with_that_role(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 5. A title capitalised mid-sentence is the person's role, not part of the name.
CAPITALISED_TITLES = [
    ("- Vi står sammen med vores allierede i denne sag, siger Udenrigsminister Lars Holm.",
     [("direct", "Lars Holm")]),
    ("- Vi står sammen med vores allierede i denne sag, siger Borgmester Anne Dahl (S).",
     [("direct", "Anne Dahl")]),
    ("Vi står sammen med vores allierede i denne sag, siger Politiinspektør Jens Bo Ravn "
     "til DR.",
     [("indirect", "Jens Bo Ravn")]),
    ("Ifølge Forsvarsminister Ole Berg er der ingen fare for danske soldater i området.",
     [("indirect", "Ole Berg")]),
    # near-miss: a capitalised first word that is a name, not a title
    ("- Vi står sammen med vores allierede i denne sag, siger Anne Dahl Berg.",
     [("direct", "Anne Dahl Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALISED_TITLES,
                         ids=case_ids(CAPITALISED_TITLES))
def test_capitalised_title_is_no_part_of_the_name(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 7. "han"/"hun" after a quote by someone else: the gender rule, then the nearest
#    sentence that introduces a person of that gender.
PRONOUNS_AFTER_OTHERS = [
    ("- Vi spillede godt i hele kampen, siger Bo Hansen.\n\n"
     "- Vi var for dårlige i forsvaret, siger Lise Berg.\n\n"
     "- Nu skal vi videre til næste runde, siger han.",
     [("direct", "Bo Hansen"), ("direct", "Lise Berg"), ("direct", "Bo Hansen")]),
    ("- Vi spillede godt i hele kampen, siger Bo Hansen.\n\n"
     "Anføreren Per Lund var enig i vurderingen.\n\n"
     "- Det var en god kamp for hele holdet, siger han.",
     [("direct", "Bo Hansen"), ("direct", "Per Lund")]),
    ("Lise Berg har boet på vejen i 30 år.\n\n"
     "- Her er dejligt at bo, siger hun.\n\n"
     "Hendes nabo, Karl Holm, er enig.\n\n"
     "- Vi passer på hinanden, siger han.\n\n"
     "Hun håber, at vejen bliver ved med at være stille.\n\n"
     "- Det er vigtigt for os alle sammen, siger hun.",
     [("direct", "Lise Berg"), ("direct", "Karl Holm"), ("direct", "Lise Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS_AFTER_OTHERS,
                         ids=case_ids(PRONOUNS_AFTER_OTHERS))
def test_pronoun_after_another_speakers_quote(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_holder_named_later_is_a_lead_with_lower_confidence() -> None:
    text = ("Toget kørte af sporet kort efter klokken ti, oplyser en talskvinde for DSB.\n\n"
            "Ingen kom til skade ved ulykken.\n\n"
            "- Vi undersøger sagen grundigt, siger talskvinde Mette Holm.")
    lead, named = analyze(Article(id="t", text=text, published=date(2025, 2, 11))).quotes
    assert (lead.speaker, lead.evidence) == ("Mette Holm", "title")
    assert lead.confidence < quote_confidence("indirect", "title", "Mette Holm", "oplyser")
    assert lead.confidence < named.confidence


@pytest.mark.parametrize(("text", "noun", "holders"), [
    ("Den holdning deler træneren for Nr. Hede IF, Bo Lund Hansen, ikke.", "træner",
     ["Bo Lund Hansen"]),
    ("Konservative har valgt Mette Holm som ny formand.", "formand", ["Mette Holm"]),
    ("Anne Dahl blev i går valgt som direktør i klubben.", "direktør", ["Anne Dahl"]),
    ("Ole Bak er ikke enig med sin formand i sagen.", "formand", []),
    ("Holdet spillede i Ry. Bo Lund er træner i Ry. Han er glad.", "træner", ["Bo Lund"]),
    ("Vi mødte en træner i Ry. Bo Lund var også der.", "træner", []),
])
def test_role_holders_read_definite_roles_and_som(text: str, noun: str,
                                                  holders: list[str]) -> None:
    assert [name for _start, name in role_holders(text, noun, len(text))] == holders


# 1b. Company nouns the organisation list lacks ("slagteriet", "rederiet") and company
#     compounds ("techgiganten", "vindmølleproducenten") are the company named before; a
#     compound of another kind of body ("fagforeningen") is not a company.
_COMPANY_LEAD = ("Aarhus Kommune har givet tilladelse til byggeriet. Firmaet Nordisk Vind "
                 "A/S står bag projektet.\n\n"
                 "Arbejdet begynder allerede i næste måned og varer to år, oplyser {}.")


@pytest.mark.parametrize(("noun", "speaker"), [
    ("slagteriet", "Nordisk Vind A/S"),
    ("rederiet", "Nordisk Vind A/S"),
    ("techgiganten", "Nordisk Vind A/S"),
    ("vindmølleproducenten", "Nordisk Vind A/S"),
    ("energiselskabet", "Nordisk Vind A/S"),
    ("fagforeningen", "fagforeningen"),  # a union is no company
])
def test_company_noun_is_the_company_named_before(noun: str, speaker: str) -> None:
    assert quotes_of(_COMPANY_LEAD.format(noun)) == [("indirect", speaker)]


def test_company_noun_with_only_an_authority_named_stays_as_written() -> None:
    text = ("Aarhus Kommune har givet tilladelse til byggeriet ved havnen.\n\n"
            "Arbejdet begynder allerede i næste måned og varer to år, oplyser slagteriet.")
    assert quotes_of(text) == [("indirect", "slagteriet")]


# 2b. More appositions after a descriptor: an age, "en anden", "en af de ansatte".
MORE_APPOSITIONS = [
    ("- Vi har ventet på svar fra kommunen i over et år, siger en af beboerne, 67-årige "
     "Jens Lund.",
     [("direct", "Jens Lund")]),
    ("- Vi har ventet på svar fra kommunen i over et år, siger en anden beboer, Lise Berg.",
     [("direct", "Lise Berg")]),
    ("- Vi har ventet på svar fra kommunen i over et år, siger en af de ansatte, Karen Holm.",
     [("direct", "Karen Holm")]),
    # near-misses: a relative clause names her, no apposition; no name at all
    ("- Vi har ventet på svar fra kommunen i over et år, siger en af naboerne, der hedder "
     "Karen Holm.",
     [("direct", "en af naboerne")]),
    ("- Vi har ventet på svar fra kommunen i over et år, siger en af de ansatte.",
     [("direct", "en af de ansatte")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_APPOSITIONS, ids=case_ids(MORE_APPOSITIONS))
def test_more_appositions_name_the_speaker(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 7b. The introducing sentence starts with a definite title ("Træneren er dog ikke enig."):
#     its holder, when of the pronoun's gender, speaks, not the speaker of the quote between.
TITLED_INTRODUCTIONS = [
    ("Bo Hansen er træner for FC Ravn.\n\n"
     "- Vi spillede godt i hele kampen, siger han.\n\n"
     "- Vi var for dårlige i forsvaret, siger anfører Per Lund.\n\n"
     "Træneren er dog ikke enig i den vurdering.\n\n"
     "- Vi var bedst i hele anden halvleg, siger han.",
     [("direct", "Bo Hansen"), ("direct", "Per Lund"), ("direct", "Bo Hansen")]),
    # near-miss: the title's holder is a woman, the pronoun "han"
    ("Lise Berg er træner for FC Ravn.\n\n"
     "- Vi spillede godt i hele kampen, siger hun.\n\n"
     "- Vi var for dårlige i forsvaret, siger anfører Per Lund.\n\n"
     "Træneren er dog ikke enig i den vurdering.\n\n"
     "- Vi var bedst i hele anden halvleg, siger han.",
     [("direct", "Lise Berg"), ("direct", "Per Lund"), ("direct", "Per Lund")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_INTRODUCTIONS,
                         ids=case_ids(TITLED_INTRODUCTIONS))
def test_pronoun_after_a_titled_introduction(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 6b. A group noun before the quoted name ("netværket", "borgergruppen") names a body as
#     an organisation noun does; a song's or a book's quoted title never speaks.
GROUPS_QUOTED = [
    ("Skoven skal bevares for de kommende generationer, siger borgergruppen »Red Skoven«.",
     [("indirect", "Red Skoven")]),
    ("Skoven skal bevares for de kommende generationer, skriver netværket 'Grøn "
     "Omstilling' i et opslag.",
     [("indirect", "Grøn Omstilling")]),
    ("Ifølge »Læger uden Grænser« mangler lejren rent vand og medicin.",
     [("indirect", "Læger uden Grænser")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_QUOTED, ids=case_ids(GROUPS_QUOTED))
def test_group_noun_and_quoted_name(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_quoted_title_after_a_noun_that_names_no_body_is_no_speaker() -> None:
    text = "Skoven skal bevares for de kommende generationer, siger sangen 'Nej'."
    assert all(speaker != "Nej" for _kind, speaker in quotes_of(text))


# 3b. Without its body written, only a spokesperson's role ("en talsmand") is taken for
#     the holder named later; "en betjent" and a later "betjent Bo Ek" may be two people.
BARE_ROLES_LATER = [
    ("Butikken blev røvet i nat, og røveren er stadig på fri fod, oplyser en talsmand.\n\n"
     "Politiet leder efter en mand i sort jakke.\n\n"
     "- Vi har mange spor, siger talsmand Bo Ek.",
     [("indirect", "Bo Ek"), ("direct", "Bo Ek")]),
    ("Patienten er uden for livsfare efter operationen, siger en læge på Rigshospitalet.\n\n"
     "- Han var heldig, siger Bo Ek, der er læge på Rigshospitalet.",
     [("indirect", "Bo Ek"), ("direct", "Bo Ek")]),
    ("Butikken blev røvet i nat, og røveren er stadig på fri fod, siger en betjent.\n\n"
     "Politiet leder efter en mand i sort jakke.\n\n"
     "- Vi har mange spor, siger betjent Bo Ek.",
     [("indirect", "en betjent"), ("direct", "Bo Ek")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_ROLES_LATER, ids=case_ids(BARE_ROLES_LATER))
def test_bare_role_later_named_only_for_spokespeople(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 8. A plural group ("forældrene", "beboerne") speaks for the organisation named before
#    whose name starts with the group's noun ("Forældregruppen for ...", "Beboerforeningen
#    Søparken"), at lower confidence than the name itself; with none, the group speaks.
GROUP_BODIES = [
    ("Forældre på Ny Skole kræver en ny ledelse.\n\n"
     "Det skriver \"Forældregruppen for Bevarelse af Ny Skole\" i en pressemeddelelse.\n\n"
     "\"Vi har ingen tillid til ledelsen længere, og vi kræver en ny skoleleder\", skriver "
     "forældrene.",
     [("indirect", "Forældregruppen for Bevarelse af Ny Skole"),
      ("direct", "Forældregruppen for Bevarelse af Ny Skole")]),
    # near-misses: no organisation named; one whose name starts otherwise
    ("Der er larm fra byggeriet hver nat.\n\n"
     "- Vi kan ikke sove om natten på grund af larmen, siger beboerne.",
     [("direct", "beboerne")]),
    ("Lærernes Fagforening har klaget over larmen fra byggeriet.\n\n"
     "- Vi kan ikke sove om natten på grund af larmen, siger beboerne.",
     [("direct", "beboerne")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_BODIES, ids=case_ids(GROUP_BODIES))
def test_group_speaks_for_the_body_named_after_it(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_group_body_is_less_certain_than_the_name() -> None:
    text = ("Forældre på Ny Skole kræver en ny ledelse.\n\n"
            "Det skriver \"Forældregruppen for Bevarelse af Ny Skole\" i en "
            "pressemeddelelse.\n\n"
            "\"Vi har ingen tillid til ledelsen længere\", skriver forældrene.")
    named, group = analyze(Article(id="t", text=text, published=date(2025, 2, 11))).quotes
    assert group.speaker == named.speaker
    assert group.confidence < named.confidence


@pytest.mark.parametrize(("written", "mid_sentence"), [
    ("Mange af de fremmødte", "mange af de fremmødte"),
    ("Politiets talsmand", "politiets talsmand"),
    ("Den 34-årige kvinde", "den 34-årige kvinde"),
    ("Ekstra Bladets reporter på stedet", "Ekstra Bladets reporter på stedet"),
    ("Ritzaus reporter", "Ritzaus reporter"),
    ("TV 2's vejrvært", "TV 2's vejrvært"),
])
def test_a_descriptor_keeps_the_capital_of_a_name_it_opens_with(written, mid_sentence):
    assert describe(written) == mid_sentence


def test_a_medium_reporter_after_ifolge_keeps_the_medium_capitalised():
    text = ("Togtrafikken er gået i stå i hele hovedstadsområdet.\n\n"
            "Ifølge Ekstra Bladets reporter på stedet er perronerne fyldt med ventende "
            "passagerer.\n\nIfølge Ritzaus reporter i byen er der ro nu.\n")
    assert quotes_of(text) == [("indirect", "Ekstra Bladets reporter"),
                               ("indirect", "Ritzaus reporter")]
