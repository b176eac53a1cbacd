"""Resolve each quote's speaker mention to a canonical speaker within the article.

    name          "Jens Stoltenberg" -> itself; "Natos generalsekretær, Jens Stoltenberg" too;
                  a name cut short by the end of an excerpt ("siger Klaus La") -> the one
                  person whose name it begins; an organisation's entity -> its canonical
                  name ("Nationalbanken" -> "Danmarks Nationalbank" when the entities say so)
    surname       "Stoltenberg" -> "Jens Stoltenberg" (the latest person with that surname)
    first-name    "Ståle", "Ifølge Annes plan" -> "Ståle Solbakken", "Anne Lund": the one
                  person whose full name starts with it; kept as written when two share it
    title         "udenrigsministeren" -> the person whose role has that title noun
                  ("den danske udenrigsminister"); exact noun first, then a compound either
                  way ("ministeren" -> "udenrigsminister", "fagforeningsformanden" ->
                  "formand"), an organisation prefix dropped ("FCM-træneren" ->
                  "træner"), then the title's base noun ("vagchefen" -> "-chef"), then a
                  synonymous ending ("sekretariatslederen" -> "sekretariatschef"); the
                  latest such person before the quote wins, else the only one in the
                  article (a lead: ", siger meteorolog."), but not over the speaker of the
                  quote just before whose title was never given ("siger Hummel." +
                  "Ministeren afviser, at ..."). A role written next to a name in
                  an attribution counts as that person's role too.
                  A definite job noun no title list holds ("skoleinspektøren", "ejeren",
                  "ifølge sognepræsten") -> the latest person the text introduced with that
                  noun ("Sognepræst Anne Bro", "Bo Lund er stifter af ...").
    pronoun       "han"/"hun" -> the latest speaker or sentence subject of that gender
                  (gender from the first name, gender-guesser); earlier mentions only
                  if no speaker or subject fits. "hun" never goes to a man: with no
                  woman in sight the latest person whose first name gender-guesser does
                  not know ("besat af Solvej Hansen"), else unknown (None). A subject is a
                  name that starts its sentence, also after a role ("Anklager Sidsel
                  Frost"), or the agent of a passive ("Stillingen er besat af X").
                  A later salient person whose first name gender-guesser does not know
                  ("Aqqaluk Petersen") wins over an earlier one of the right gender.
                  People named only in photo captions are never referents. A pronoun
                  before anyone is named (an excerpt that starts "..., siger han.") is
                  the one person of that gender named later, if only one; with no man
                  named before, "han" after ", fortæller cheflægen." is "cheflægen".
                  "de" right after a group's quote ("Ministrene siger, at ...") is that
                  group; else an organisation that is the subject of its sentence or the
                  sentence before ("Vejdirektoratet anbefaler ..., skriver de"); "de
                  to" is the two people the nearest sentence before names ("A; B").
    organisation  "Rusland", "Natos" -> the gazetteer's base name; a definite
                  organisation noun ("politiet", "Foreningen", "Nationalbanken") -> the
                  latest name before it ending in that noun ("Fyns Politi", "Dansk
                  Arbejdsgiverforening", "Danmarks Nationalbank"), else the noun ("politiet"); a
                  definite media noun ("Avisen", "Bladet", "tv-stationen") -> the latest
                  medium named before it ("skriver Berlingske"), else the noun;
                  "politikredsen" as "politiet"; a generic body noun with no name ending
                  in it: "selskabet" -> the latest company named (no authority, no
                  medium), "medicinalvirksomheden" -> the one company named, "myndigheden"
                  -> the latest authority ("Vejdirektoratet"); a name in quote marks
                  speaks without them ("»Læger uden Grænser«")
    joint         "A og B siger" -> "A; B", each part resolved
    descriptor    a group with one title speaks as the group ("ministrene", "alle
                  ministre på pressemødet");
                  an unnamed speaker kept as the text describes them: "borgmesteren" (a
                  title nobody in the article holds), "vagthavende ved Nordsjællands
                  Politi", "mange af de afviste asylansøgere"; an indefinite role ("en
                  talsmand for EU-Kommissionen") is the one person a later paragraph
                  names with that role noun ("talsmand Pierre Dubois"), not one of another
                  body (a lead: lower confidence); a plural group ("forældrene") is
                  the organisation named before whose name starts with its noun
                  ("Forældregruppen for ...", lower confidence); a definite title or noun
                  that fits nobody but follows a quote of an unnamed-role person in the
                  paragraph before ("tilføjede midtbanespilleren", "lød det fra
                  tyskeren") is that person (evidence "previous"), or the person of a colon
                  introduction ("Han var heller ikke tilfreds:")
    previous      a quote-only paragraph that goes on ("- A, siger X." "- B.") -> the
                  previous quote's speaker; with no quote before it, the next one's
                  (evidence "next")
    context       a quote with no attribution -> the person of its introducing paragraph:
                  a colon introduction's first person ("Da B.T. taler med vagtchef X ...,
                  lyder svaret:"), else that paragraph's subject (also a pronoun after a
                  fronted manner phrase, "Vred og ... stirrede han ..., inden han råbte:",
                  or a group after a fronted phrase and its verb, "Efter kort votering
                  besluttede rettens dommere ...") or last person named,
                  else the previous quote's speaker (evidence "previous"); an interview's
                  first answer after a question in narrative type ("Hvad er det
                  værste?") -> the person the paragraph before the question names
    interviewer   the questions of an interview -> "journalisten" (a descriptor); an
                  interviewer's prompt between answers ("Han var helt forrygende!", "Nu går
                  I vel efter guldet?") is no introduction: the answer after it goes on
                  with the previous answer's speaker, never with a person the prompt names

Reads ``doc._.pp_quote_candidates``, ``doc._.people``, ``doc._.pp_role_heads``, the
entities and ``doc._.pp_title_mentions``; writes ``doc._.quotes`` (``list[Quote]``, in
text order), each with a ``confidence`` from ``_confidence.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._confidence import quote_confidence
from pressespejl.nlp.components._cues import ANY_CUE
from pressespejl.nlp.components._lexicon import (
    CAPITALISED_RUN,
    PERSON_NAME,
    SP,
    UP,
    gazetteer_lookup,
    genitive_base,
    is_common_noun,
    is_definite_title,
    is_first_name,
    is_non_name,
    text_of,
)
from pressespejl.nlp.components._mentions import (
    _GENITIVE_BODY,
    CHROME_WORDS,
    Mention,
    common_definite,
    company_noun,
    definite_role_noun,
    descriptor_at,
    mention_at,
    organisation_noun,
    role_holders,
)
from pressespejl.nlp.components._name_variants import same_name, spelling_variants
from pressespejl.nlp.components._written_forms import as_written
from pressespejl.nlp.components.entities import canonical_of, entity_tuples
from pressespejl.nlp.components.quotes import QuoteCandidate, quoted_words
from pressespejl.nlp.components.roles import role_head, role_heads
from pressespejl.nlp.components.sentences import Paragraph
from pressespejl.nlp.da.media_nouns import MEDIA_NAME_ENDINGS, MEDIA_NOUNS, MEDIA_OUTLETS
from pressespejl.nlp.da.organisation_nouns import ORGANISATION_NOUNS
from pressespejl.nlp.da.party_letters import PARTY_LETTERS
from pressespejl.nlp.da.pronouns import OBJECT_PRONOUNS, PRONOUNS
from pressespejl.nlp.da.site_chrome import RELATED_LABELS
from pressespejl.nlp.da.speaking_bodies import (
    BODY_SYNONYMS,
    DEPARTMENT_NOUNS,
    PUBLIC_BODY_ENDINGS,
    UNIONS,
)
from pressespejl.nlp.da.titles import TITLE_ALIASES, TITLE_SYNONYMS, TITLES
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Person, Quote

_NAME_RUN = re.compile(rf"(?<![\w-]){CAPITALISED_RUN}")
_FIRST_WORD = re.compile(r"[\w-]+(?=[\s,])")
_SUBJECT_PRONOUN = re.compile(r"(?:Han|Hun)(?![\w-])")
_INNER_PRONOUN = re.compile(r"(?<![\w-])(?:han|hun)(?![\w-])")
_ASKED = re.compile(rf"(?<![\w-])(?:spurgte|spørger|adspurgte){SP}")
_TITLE_WORD = re.compile(r"(?<![\w-])[\w-]{5,}(?:en|et)(?![\w-])")
_ROLE_GAP = re.compile(rf",?{SP}")
_BASE_TITLES = sorted((t.lstrip("-") for t in TITLES), key=len, reverse=True)
_PARTIES = frozenset(PARTY_LETTERS.values())
"""The parties of the Folketing by their canonical names ("Venstre", "SF")."""
_GENERIC_BODIES = frozenset({"selskab", "virksomhed", "koncern", "firma", "kæde", "rederi",
                             "bank", "organisation", "forening", "fond", "klub"})
"""Nouns that refer back to whatever company or body the article is about."""
_INITIALLED = re.compile(rf"(?:(?:[{UP}]|Chr|Th|Fr)\.(?:{SP})?)+[{UP}][\w-]+(?:{SP}[{UP}][\w-]+)?")
"""A name whose first name is only initials: "H. Lundbeck", "F.L. Smidth", "A.P. Møller"."""
# "Jyske Banks aktiestrateg Ida Holm", "analytiker i Sydbank, Per Fogh": a body named as
# the employer of a source
_EMPLOYER_GENITIVE = re.compile(rf"{SP}(?:[a-zæøå-]+{SP}){{1,2}}(?P<name>{PERSON_NAME})")
_EMPLOYER_AT = re.compile(rf"[a-zæøå-]{{4,}}{SP}(?:i|hos|fra|ved){SP}\Z")
_EMPLOYEE_AFTER = re.compile(rf",?{SP}(?P<name>{PERSON_NAME})")
_STATES = {"tiltalte": "tiltalt", "sigtede": "sigtet", "anklagede": "anklaget",
           "dømte": "dømt", "anholdte": "anholdt", "mistænkte": "mistænkt",
           "varetægtsfængslede": "varetægtsfængslet", "fængslede": "fængslet",
           "efterlyste": "efterlyst", "indlagte": "indlagt", "fyrede": "fyret",
           "nyvalgte": "nyvalgt", "savnede": "savnet", "tilbageholdte": "tilbageholdt"}
"""Nominal adjectives of a person's state ("den tiltalte") and the participle a sentence
puts a named person in it with ("Mads Berg er tiltalt")."""
_LISTED_BEFORE = re.compile(rf"(?:,|{SP}og){SP}\Z")
_DEFINITE_STATE = re.compile(rf"[Dd]en{SP}(?:\d+-årige{SP})?(?P<adj>{'|'.join(_STATES)})")
_INDEFINITE_AGE = re.compile(rf"[Ee]n{SP}(?P<age>\d{{1,3}})-årige?(?:{SP}[a-zæøå-]+)?"
                            rf"(?:{SP}(?:fra|i|på){SP}[{UP}][\w-]+)?")
_FROM_PLACE = rf"(?:{SP}(?:fra|i|på){SP}[{UP}][\w-]+)?"
_DEFINITE_AGE = re.compile(rf"[Dd]en{SP}(?P<age>\d{{1,3}})-årige(?:{SP}[a-zæøå-]+)?"
                           rf"{_FROM_PLACE}")
_WORD_BEFORE = re.compile(rf"([{UP}][\w-]+){SP}\Z")
_SPOKESPEOPLE = frozenset({"talsmand", "talskvinde", "talsperson", "pressechef",
                           "pressemedarbejder", "presseansvarlig", "kommunikationschef"})
"""Roles whose unnamed holder ("oplyser en talsmand") is usually named a little later
with the bare role ("siger talsmand Bo Ek"); any other role needs its body written
("en læge på Rigshospitalet") before a later holder is taken for the same person."""
_COMPANY_BASES = ("selskab", "virksomhed", "koncern", "firma", "kæde", "rederi")
"""The generic nouns whose compounds ("medicinalvirksomheden") still name a company:
a compound of "forening" ("fagforeningen") is a body of its own kind."""
_NOUN_GENDERS = {
    **dict.fromkeys(("kvinde", "pige", "mor", "datter", "søster", "hustru", "kone", "enke",
                     "veninde", "moster", "faster", "mormor", "farmor"), "female"),
    **dict.fromkeys(("mand", "dreng", "far", "søn", "bror", "enkemand", "ven", "morbror",
                     "farbror", "morfar", "farfar"), "male"),
}
"""Nouns that give a described person's gender ("den 34-årige kvinde" is a "hun")."""
_KIN = "|".join(sorted(_NOUN_GENDERS, key=len, reverse=True))
# "Den tiltalte", "Den 34-årige (kvinde)" ("De pårørende" is plural: no "han"/"hun"):
# a nominal adjective or participle; "Den dræbtes mor": a genitive and a kin noun;
# "En 45-årig mand": a man or woman brought in without a name
_PERSON_ADJECTIVES = (
    "tiltalte", "sigtede", "anklagede", "dømte", "anholdte", "mistænkte", "afdøde", "dræbte",
    "savnede", "forurettede", "omkomne", "sårede", "tilskadekomne", "fængslede",
    "varetægtsfængslede", "efterlyste", "udviste", "pågældende", "forulykkede",
    "overlevende", "nyvalgte", "afgående", "fyrede", "krænkede", "udsendte", "indlagte",
)
"""Adjectives and participles that stand for a person with no noun ("Den tiltalte");
others ("Den første", "Den samlede") need a person noun after them."""
_DESCRIBED_SUBJECT = re.compile(
    rf"Den{SP}(?:(?:\d+-årige|{'|'.join(_PERSON_ADJECTIVES)})"
    rf"(?:{SP}(?P<noun>{_KIN})(?![a-zæøå]))?(?=[\s,])"
    rf"|[a-zæøå]+e{SP}(?P<noun2>{_KIN})(?![a-zæøå]))"
    rf"|(?:Den|Det){SP}[a-zæøå]{{3,}}s{SP}(?P<kin>{_KIN})(?![a-zæøå])"
    rf"|En{SP}(?:\d+-årig{SP}|ung{SP}|ældre{SP})?(?P<one>mand|kvinde|pige|dreng)(?![a-zæøå])"
)
_ROLE_ADJECTIVES = ("tiltalte", "sigtede", "anklagede", "dømte", "anholdte", "mistænkte",
                    "varetægtsfængslede", "fængslede", "forurettede", "krænkede", "indlagte",
                    "efterlyste", "fyrede", "nyvalgte", "afgående")
"""Nominal adjectives that say a person's role ("den tiltalte"), not only what befell
them ("den dræbte") or their age ("den 23-årige")."""
_ROLE_DESCRIPTOR = re.compile(rf"(?<![\w-])[Dd]en{SP}(?P<role>{'|'.join(_ROLE_ADJECTIVES)})"
                              rf"(?![\w-])")
_AGE_ONLY = re.compile(r"(?:den|en) \d+-årige?(?: (?:mand|kvinde|dreng|pige))?")
_AGE = re.compile(r"(?<![\w-])(?P<age>\d+)-årig")
_AGE_APPOSITION = re.compile(rf"[\w-]+,{SP}(?:en|den){SP}\d+-årig")


def role_at_speaking(speaker: str | None, pos: int, text: str) -> str | None:
    """The role descriptor an unnamed speaker described only by age has in the article,
    nearest the quote at ``pos``: "den 23-årige" -> "den tiltalte" when the article calls
    the one person of that age "den tiltalte" (``docs/gold-format.md``: a speaker the
    article never names is written as the article describes them; the role, not the age,
    says who speaks). None when the speaker is no bare age, the article gives more than
    one age, the age is another noun's apposition ("Offeret, en 34-årig kvinde"), or no
    role is written."""
    if speaker is None or not _AGE_ONLY.fullmatch(speaker):
        return None
    if len({m["age"] for m in _AGE.finditer(text)}) != 1 or _AGE_APPOSITION.search(text):
        return None
    roles = list(_ROLE_DESCRIPTOR.finditer(text))
    if not roles:
        return None
    nearest = min(roles, key=lambda m: abs(m.start() - pos))
    return f"den {nearest['role']}"


INTERVIEWER = "journalisten"
"""The speaker of an interview's questions when the article names no interviewer."""


_MEDIUM_BEFORE = re.compile(rf"(?:{'|'.join(sorted(MEDIA_NOUNS, key=len, reverse=True))}){SP}\Z",
                            re.IGNORECASE)


def is_medium(name: str, text: str = "", start: int = 0) -> bool:
    """Whether a name is a news medium: listed, ending in a medium's word, or introduced
    by a media noun in the text ("avisen Politiken", "den svenske tv-station SVT")."""
    if name in MEDIA_OUTLETS:
        return True
    last = name.split()[-1].lower() if name.split() else ""
    if len(name.split()) > 1 and last.endswith(MEDIA_NAME_ENDINGS):
        return True
    return bool(text) and _MEDIUM_BEFORE.search(text, max(0, start - 20), start) is not None


def without_related_heading(name: str | None) -> str | None:
    """A speaker without the heading of a related-content box glued before it
    ("Organisationer Beredskabsstyrelsen" -> "Beredskabsstyrelsen", ``RELATED_LABELS``),
    which the entities may have read as part of the name."""
    if not name:
        return name
    words = name.split(" ")
    while len(words) > 1 and words[0] in RELATED_LABELS:
        words = words[1:]
    return " ".join(words)


def without_glued_medium(name: str | None) -> str | None:
    """A person's name without the medium it was said to, glued after it by the entities
    ("I går fortalte borgmester Jens Hansen Ritzau, at ..." -> "Jens Hansen"): the one
    told is never part of the speaker. Only a name of two words or more that starts with
    a first name loses a listed outlet at its end."""
    if not name or " " not in name:
        return name
    for outlet in MEDIA_OUTLETS:
        rest = name[: -len(outlet) - 1]
        if name.endswith(" " + outlet) and " " in rest and is_first_name(rest.split()[0]):
            return rest
    return name


def organisation_noun_end(name: str) -> bool:
    """Whether a name ends in an organisation noun ("Esbjerg Kommune", "Fyns Politi")."""
    low = name.lower()
    return low.endswith(tuple(ORGANISATION_NOUNS.values()))


def _department_names(ending: str) -> re.Pattern[str]:
    """Full names of a department: a capitalised compound that ends in ``ending``
    ("Børne- og Ungdomsforvaltningen", "Landbrugsstyrelsen"), or the capitalised noun
    with a named complement ("Styrelsen for Dataforsyning og Infrastruktur"); not the bare
    noun at a sentence start ("Forvaltningen skal ...")."""
    return _DEPARTMENT_PATTERNS.setdefault(ending, re.compile(
        rf"(?<![\w-])(?P<name>(?:[{UP}][\w]*-,?{SP}(?:og{SP})?)*[{UP}][a-zæøå]+{ending}"
        rf"(?<![{UP}]{ending})"
        rf"|[{UP}]{ending[1:]}{SP}(?:for|til){SP}{CAPITALISED_RUN})(?![\w-])"))


_DEPARTMENT_PATTERNS: dict[str, re.Pattern[str]] = {}


def _definite_noun(word: str) -> str | None:
    """The indefinite organisation noun of a definite one, compounds too:
    "politiet" -> "politi", "Nationalbanken" -> "nationalbank"."""
    low = word.lower()
    if noun := organisation_noun(low):
        return noun
    for definite, indefinite in ORGANISATION_NOUNS.items():
        if low.endswith(definite) and len(low) > len(definite) + 2:
            return low[: -len(definite)] + indefinite
    return None


def _ending_in(name: str, noun: str, definite: str) -> str | None:
    """The part of a capitalised run that names an organisation of the noun: "Fyns
    Politi" in "Fyns Politi" and in "Fyns Politi Rune Holm", "Miljøstyrelsen" in
    "Miljøstyrelsen Lasse Jensen" (a role's organisation glued to the name after it);
    None for the bare noun capitalised at a sentence start."""
    words = name.split()
    for k, word in enumerate(words):
        low = word.lower()
        if low in (noun, definite) and len(words) == 1:
            return None
        if low.endswith((noun, definite)):
            person_after = k + 1 < len(words) and is_first_name(words[k + 1])
            if k == len(words) - 1 or (k == 0 and not person_after):
                return name
            return " ".join(words[: k + 1])
    return None


def _definite_noun_word(word: str) -> bool:
    """Whether a capitalised word is a definite common noun, a compound one too
    ("Værten", "Nyhedsværten", "Stjernekokken": its last part a common noun in the
    definite form), not a first name."""
    if common_definite(word):
        return True
    low = word.lower()
    if not low.endswith(("en", "et")) or is_first_name(word) or not low.isalpha():
        return False
    return any(is_common_noun(low[k:]) for k in range(3, len(low) - 4))


def _short_head(head: str) -> str:
    """A title noun without an organisation written before it: "fcm-træner" -> "træner"."""
    return head.rsplit("-", 1)[-1] if "-" in head.strip("-") else head


def _base_title(head: str) -> str | None:
    """The listed title a compound title ends in: "vagchef" -> "chef"."""
    return next((t for t in _BASE_TITLES if head.endswith(t) and head != t), None)


def synonym_heads(head: str) -> set[str]:
    """The same title with a synonymous ending (``TITLE_SYNONYMS``): "sekretariatsleder"
    -> {"sekretariatschef"}, "talsmand" -> {"talskvinde", "talsperson"}; none for a bare
    "chef" or "leder"."""
    found = set()
    for group in TITLE_SYNONYMS:
        for ending in group:
            stem = head.removesuffix(ending)
            if stem == head or (ending in ("chef", "leder") and len(stem.strip("-")) < 4):
                continue
            found.update(stem + other for other in group if other != ending)
    found.update(TITLE_ALIASES.get(head, ()))  # "topchef" -> "direktør", one way
    return found


@dataclass
class _Seen:
    """A person seen at ``pos``: a speaker or a sentence subject is ``salient``."""

    pos: int
    name: str
    gender: str | None
    salient: bool


@dataclass
class _Resolved:
    speaker: str | None
    mention: str | None
    cue: str | None
    evidence: str | None
    distance: int = 0  # paragraphs between the quote and where its speaker was found
    roles: set[str] = field(default_factory=set)
    tags: tuple[str, ...] = ()  # how the speaker was inferred, for its confidence


class _Resolver:
    def __init__(self, people: list[Person], heads: dict[str, set[str]], seen: list[_Seen],
                 text: str = "", entities: list[tuple[int, int, str, str]] | None = None,
                 sentence_starts: list[int] | None = None):
        self.people = {p.name: p for p in people}
        self.sentence_starts = sentence_starts or []
        self._described: list[tuple[int, str, str | None]] | None = None
        self.described_speakers: list[tuple[int, str, str | None]] = []
        self.heads = {name: set(h) for name, h in heads.items()}
        self.seen = seen
        self.text = text
        self.entities = entities or []
        self._names: list[tuple[int, str]] | None = None
        self.variants: dict[str, str] = {}  # a misspelt name -> the article's spelling
        self.first_seen: dict[str, int] = {}
        self.leads: set[int] = set()  # mentions resolved to a holder named only later
        for s in seen:
            self.first_seen.setdefault(s.name, s.pos)

    def resolve(self, mention: Mention) -> tuple[str | None, str]:
        """(canonical speaker or None, evidence) for one mention, in its fullest form."""
        speaker, evidence = self._resolve(mention)
        return self.fullest(without_related_heading(speaker)), evidence

    def fullest(self, name: str | None) -> str | None:
        """The fullest form of a person's name the article gives: "Jakob Ellemann" ->
        "Jakob Ellemann-Jensen" when the article writes both."""
        if name:
            name = self.variants.get(name, name)
        if name and " " not in name and (name in self.people or is_first_name(name)) and (
                full := self.first_name_of(name)):
            return full  # "Ståle" (a headline's PER, a pronoun's referent) -> "Ståle Solbakken"
        if not name or name not in self.people:
            return name
        longer = [n for n in self.people if n.startswith(name + "-")]
        return longer[0] if len(longer) == 1 else name

    def first_name_of(self, word: str) -> str | None:
        """The one person of the article whose full name starts with a capitalised word
        written alone ("Ståle" -> "Ståle Solbakken", "Annes" -> "Anne Lund"): news
        writes a well-known person's first name alone after the full name. None when
        two people share it ("Mette Frederiksen" and "Mette Bock": which one is meant
        the text does not say), or it names nobody's first name."""
        for form in dict.fromkeys((word, word.removesuffix("s"))):
            if not form[:1].isupper() or len(form) < 2:
                continue
            fits = {n for n in self.people if " " in n and n.split()[0] == form
                    and not n.split()[-1].endswith(".")}
            if len(fits) == 1:
                return self.fullest(fits.pop())
            if fits:
                return None
        return None

    def name_part_of(self, text: str) -> str | None:
        """The one person of the article whose name, after its first name, holds the
        words of a mention in a row (a middle name, a double surname or its first part:
        "Lund Poulsen" and "Lund" for "Troels Lund Poulsen" when nobody else has that
        word, "Fogh" for "Anders Fogh Rasmussen", "Ellemann" for "Jakob
        Ellemann-Jensen"), also as a genitive; None for a whole name, none or several."""
        for form in dict.fromkeys((text, text.removesuffix("s"))):
            words = form.split()
            if not words or not all(w[:1].isupper() for w in words) or gazetteer_lookup(form):
                continue  # ("DMI" is no part of the PER "Vagthavende meteorolog hos DMI")
            fits = set()
            for name in self.people:
                rest = name.split()[1:]
                if len(rest) < len(words) or name == form or not all(
                        w[:1].isupper() for w in rest):
                    continue
                for k in range(len(rest) - len(words) + 1):
                    part = rest[k : k + len(words)]
                    if part[:-1] == words[:-1] and (
                        part[-1] == words[-1] or part[-1].startswith(words[-1] + "-")
                    ):
                        fits.add(name)
            if len(fits) == 1:
                return self.fullest(fits.pop())
            if fits:
                return None
        return None

    def _resolve(self, mention: Mention) -> tuple[str | None, str]:
        if mention.kind == "pronoun":
            return self.pronoun(mention), "pronoun"
        if mention.kind == "title":
            if holder := self.complement_holder(mention):
                return holder, "title"
            return self.title(mention) or self.role_holder(mention), "title"
        if mention.kind == "descriptor":
            if holder := self.role_holder(mention) or self.described_holder(mention):
                return holder, "title"
            if holder := self.later_holder(mention):
                self.leads.add(mention.start)
                return holder, "title"
            return describe(mention.text), "descriptor"
        if mention.kind == "joint":
            names = [self.resolve(part)[0] or part.text for part in mention.parts]
            return "; ".join(dict.fromkeys(names)), "name"
        if mention.kind == "organisation":
            return self.organisation(mention), "organisation"
        return self.name(mention)

    def entity_canonical(self, mention: Mention) -> str | None:
        """The canonical name the entities component gave an ORG/LOC at the mention."""
        for start, end, label, canonical in self.entities:
            inside = start <= mention.start and mention.end <= end + 1
            if label in ("ORG", "LOC") and inside and canonical and canonical != mention.text:
                return canonical
        return None

    def organisation(self, mention: Mention) -> str:
        """A name, or a definite organisation noun -> the latest name before it that ends
        in the noun ("politiet" -> "Fyns Politi", "Nationalbanken" -> "Danmarks
        Nationalbank"); with none, the noun as a common noun ("politiet")."""
        if (m := _GENITIVE_BODY.fullmatch(mention.text)) is not None:
            # "selskabets ledelse" -> the company "selskabet" refers back to
            owner = m["owner"][:-1]
            found = self.organisation(Mention(owner, mention.start, mention.start + len(owner),
                                              "organisation"))
            return found if found.lower() != owner.lower() else describe(mention.text)
        if mention.text.lower() in MEDIA_NOUNS and mention.text.lower().endswith(("en", "et")):
            # "Avisen skriver", "oplyser tv-stationen": the medium named before it
            return self.medium_before(mention.start) or mention.text.lower()
        if (owners := DEPARTMENT_NOUNS.get(mention.text.lower())) is not None and (
            department := self.department(mention, owners)
        ):  # "skriver forvaltningen" -> "Børne- og Ungdomsforvaltningen", "Odense Kommune"
            return department
        written = BODY_SYNONYMS.get(mention.text.lower(), mention.text)  # "politikredsen"
        noun = _definite_noun(written) if " " not in written else None
        if noun is None and (company := company_noun(written)):
            # "oplyser slagteriet", "techgiganten": the company named before, if any
            base = "virksomhed" if company != written.lower() else "selskab"
            return self.generic_body(base, mention.start) or mention.text.lower()
        if noun is None:
            # a party by its canonical name also where the article writes only a short
            # form ("siger Socialdemokraterne", "DF"), as the real-news gold does
            return self.entity_canonical(mention) or canonical_of(mention.text, "ORG")
        definite = written.lower()
        for _pos, name in reversed([n for n in self.names() if n[0] < mention.start]):
            if found := _ending_in(name, noun, definite):
                return found
        if written == mention.text and (found := self.entity_canonical(mention)):
            return found
        after = {found for pos, name in self.names() if pos > mention.end
                 and (found := _ending_in(name, noun, definite))}
        if len(after) == 1:  # a lead: "ifølge politiet" before "Fyns Politi" is named
            return after.pop()
        if referent := self.generic_body(noun, mention.start):
            return referent
        if written != mention.text:
            return mention.text.lower()  # "politikredsen" with no police named
        return definite if organisation_noun(definite) else mention.text

    def generic_body(self, noun: str, pos: int) -> str | None:
        """The named body a generic noun refers back to when no name ends in the noun:
        "selskabet", "klubben" -> the latest company or club named before ``pos`` (no
        authority, no news medium); a compound ("medicinalvirksomheden",
        "energiselskabet") -> the one such organisation named before, if only one (its
        first part says what kind, which no name shows); "myndigheden" -> the latest
        authority ("Vejdirektoratet", "Aarhus Kommune"). None when none fits."""
        before = [(a, c) for a, _b, label, c in self.entities
                  if label == "ORG" and a < pos and pos - a < 1500 and c]
        if noun.endswith("myndighed"):
            authorities = [c for _a, c in before if c.lower().endswith(PUBLIC_BODY_ENDINGS)]
            return authorities[-1] if authorities else None
        if noun in ("forbund", "fagforbund", "fagforening"):
            # "3F kræver ..." + "siger forbundet": the union named before it
            unions = [c for a, c in before if c in UNIONS
                      or c.lower().endswith(("forbund", "forbundet", "forening", "foreningen"))]
            return unions[-1] if unions else None
        if noun == "parti":
            # "Venstre er kritisk." + "skriver partiet": the party written out before it
            # (not a politician's letter in brackets, "Jacob Holm (S)")
            parties = [c for a, _b, label, c in self.entities if label == "ORG" and a < pos
                       and c in _PARTIES and self.text[a - 1 : a] != "(" and pos - a < 1500]
            return parties[-1] if parties else None
        base = noun if noun in _GENERIC_BODIES else next(
            (b for b in _COMPANY_BASES if noun.endswith(b)), None)
        if base is None:
            return None
        bodies = [c for a, c in before if not c.lower().endswith(PUBLIC_BODY_ENDINGS)
                  and not is_medium(c, self.text, a)]
        if not bodies and noun in _COMPANY_BASES:
            bodies = self.initialled_companies(pos)  # "H. Lundbeck", "F.L. Smidth"
        if noun == base and len(set(bodies)) > 1:
            # "Chr. Hansen ..." + "ifølge Sydbanks analytiker Per Fogh" + "selskabets
            # ledelse": a body named only as a source's employer is not what the story
            # is about
            employers = {c for c in bodies if self.employs_source(c)}
            bodies = [c for c in bodies if c not in employers] or bodies
        if noun == base:
            # "Selskabet oplyser" after "A.P. Møller-Mærsk har ...": the organisation the
            # article is about, not the bare noun
            return bodies[-1] if bodies else None
        return bodies[0] if len(set(bodies)) == 1 else None

    def employs_source(self, body: str) -> bool:
        """Whether a body is written in the role of a person the article names
        ("Sydbanks aktieanalytiker Per Fogh", "cheføkonom i Danske Bank Lise Berg")."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(body)}(?:s|'s|’s)?(?![\w-])")
        if any(pattern.search(role) for p in self.people.values() for role in p.roles):
            return True
        for start, end, label, canonical in self.entities:
            if label != "ORG" or canonical != body:
                continue
            after = _EMPLOYER_GENITIVE.match(self.text, end) if self.text[end - 1 : end] in (
                "s") else _EMPLOYEE_AFTER.match(self.text, end)
            if after is None and _EMPLOYER_AT.search(self.text, max(0, start - 40), start):
                after = _EMPLOYEE_AFTER.match(self.text, end)
            if after is not None and self._person_named(after["name"]):
                return True
        return False

    def initialled_companies(self, pos: int) -> list[str]:
        """Names written with initials before ``pos`` ("H. Lundbeck", "F.L. Smidth", "Chr.
        Hansen") that the entities took for people: a company named after its founder,
        when a company noun ("selskabet") refers back and the article names no company.
        A person so named is never "selskabet"."""
        found = []
        for start, _end, label, canonical in self.entities:
            name = canonical or self.text[start:_end]
            if label == "PER" and start < pos and _INITIALLED.fullmatch(name):
                found.append(name)
        return found

    def department(self, mention: Mention, owners: tuple[str, ...]) -> str | None:
        """The full name of a department a definite noun refers back to: the latest name
        before it that ends in the noun ("Børne- og Ungdomsforvaltningen",
        "Landbrugsstyrelsen") or starts with it and a complement ("Styrelsen for
        Dataforsyning"), else the one such name after it (a lead); with none, the latest
        body before it of the ``owners`` nouns it speaks for ("Odense Kommune" for
        "forvaltningen"); None when the article gives neither."""
        definite = mention.text.lower()
        found = [(m.start(), m["name"]) for m in _department_names(definite).finditer(
            self.text) if m.start() != mention.start]
        before = [f for f in found if f[0] < mention.start]
        if before:
            return before[-1][1]
        if len({name for _pos, name in found}) == 1:
            return found[0][1]
        for noun in owners:
            owner_definite = next(d for d, i in ORGANISATION_NOUNS.items() if i == noun)
            for _pos, name in reversed([n for n in self.names() if n[0] < mention.start]):
                if owner := _ending_in(name, noun, owner_definite):
                    return owner
        return None

    def medium_before(self, pos: int) -> str | None:
        """The latest news medium named before ``pos``: a listed outlet, a name ending in a
        medium's word ("Vejle Amts Folkeblad"), or a name a media noun introduces
        ("avisen Politiken")."""
        found = None
        for start, _end, label, canonical in self.entities:
            if start < pos and label in ("ORG", "MISC") and is_medium(
                canonical or self.text[start:_end], self.text, start
            ):
                found = canonical or self.text[start:_end]
        if found is None:
            for start, name in self.names():
                if start < pos and is_medium(name, self.text, start):
                    found = canonical_of(name, "ORG")
        return found

    def names(self) -> list[tuple[int, str]]:
        """Capitalised runs of the text (genitive dropped), read once when first needed."""
        if self._names is None:
            self._names = []
            for m in _NAME_RUN.finditer(self.text):
                name = m.group()
                if is_non_name(name.split()[0]):
                    name = name.partition(" ")[2]
                    if not name:
                        continue
                if name.endswith("s") and not name.endswith(("ss", "'s")):
                    base = name[:-1]
                    if organisation_noun_end(base) or _definite_noun(base.split()[-1]):
                        name = base
                self._names.append((m.start(), name))
        return self._names

    def name(self, mention: Mention) -> tuple[str, str]:
        text = mention.text
        if mention.end >= len(self.text.rstrip()) - 1:
            # an excerpt cut inside the name: "siger Klaus La"
            started = [n for n in self.people if n.startswith(text) and n != text]
            if len(started) == 1:
                return started[0], "name"
        if " " not in text and not any(
            " " in n and n.split()[-1] in (text, text.removesuffix("s")) for n in self.people
        ) and (full := self.first_name_of(text)):
            return full, "first-name"  # "siger Ståle", "Ifølge Annes plan"
        if full := self.name_part_of(text):
            return full, "surname"  # "Lund Poulsen", "Fogh", "Ellemann", "Løkke"
        for form in (text, text.removesuffix("s")):
            # "Jakob Ellemann" when the article also writes "Jakob Ellemann-Jensen"
            longer = [n for n in self.people if n.startswith(form + "-")]
            if len(longer) == 1:
                return longer[0], "name"
            if form in self.people:
                return form, "name"
        if " " in text and (person := self._name_after_organisation(text)):
            return person, "name"
        if " " not in text:
            for form in (text, text.removesuffix("s")):
                matches = [n for n in self.people if " " in n and n.split()[-1] == form]
                if not matches:  # "Ellemann" for "Jakob Ellemann-Jensen"
                    matches = [n for n in self.people
                               if " " in n and n.split()[-1].startswith(form + "-")]
                if not matches:  # "Blazejevicz" for "Jørgen Blazejewicz"
                    matches = [n for n in self.people if " " in n
                               and same_name(n, n.rsplit(" ", 1)[0] + " " + form)]
                if matches:
                    return self.latest(matches, mention.start), "surname"
        if found := self.entity_canonical(mention):
            return found, "organisation"
        if gazetteer_lookup(text):
            return canonical_of(text, "ORG"), "organisation"
        if " " not in text and _definite_noun_word(text) and self._sentence_start(
                mention.start) == mention.start:
            # "Nyhedsværten fortæller, at ...": a definite noun capitalised only because
            # it starts the sentence is a title, never a name
            title = Mention(text.lower(), mention.start, mention.end, "title", text)
            if holder := self.title(title) or self.role_holder(title):
                return holder, "title"
            low = text.lower()
            for base in (low[k:] for k in range(3, len(low) - 4) if is_common_noun(low[k:])):
                # "Nyhedsværten" after "tv-værten Karin Hjort": a base noun of the compound
                if holder := self.role_holder(Mention(base, mention.start, mention.end,
                                                      "title", base)):
                    return holder, "title"
            return describe(text), "descriptor"
        return text, "name"

    def _name_after_organisation(self, text: str) -> str | None:
        """The person whose name ends a mention that starts with an organisation's name
        glued to it ("Dansk Metal Lars Holt" after "formand for fagforeningen", "Venstre
        Ida Moe"): the longest person name the mention ends in, when what is before it
        is capitalised words that start no person's name."""
        ends = [n for n in self.people if " " in n and text.endswith(" " + n)]
        if not ends:
            return None
        person = max(ends, key=len)
        before = text[: -len(person)].split()
        if all(w[:1].isupper() for w in before) and not is_first_name(before[0]):
            return person
        return None

    def latest(self, names: list[str], pos: int) -> str:
        """The name among ``names`` seen last before ``pos`` (else the first seen)."""
        before = [s for s in self.seen if s.name in names and s.pos < pos]
        if before:
            return before[-1].name
        return min(names, key=lambda n: self.first_seen.get(n, 1 << 30))

    def title_holders(self, head: str) -> list[str]:
        """Who holds a title noun: exact, compound either way, organisation prefix
        dropped, then the base noun of a compound title, then a synonymous title
        ("sekretariatsleder" for "sekretariatschef")."""
        short = _short_head(head)
        for match in (
            lambda h: h in (head, short),
            lambda h: _short_head(h).endswith(short) or short.endswith(_short_head(h)),
            lambda h: (base := _base_title(short)) is not None and h.endswith(base),
            # "sekretariatslederen" for the "sekretariatschef" (synonymous endings)
            lambda h: _short_head(h) in synonym_heads(short),
        ):
            found = [n for n, heads in self.heads.items() if any(match(h) for h in heads)]
            if found:
                return found
        return []

    def group_body(self, mention: Mention, speakers: list[str]) -> str | None:
        """The organisation a plural group speaks for when its name starts with the
        group's noun: "forældrene" after "Forældregruppen for Bevarelse af Ny Skole",
        "beboerne" after "Beboerforeningen Søparken" (an organisation named before, or
        the speaker of an earlier quote); None with no such name or more than one."""
        words = mention.text.lower().split()
        if len(words) != 1 or not words[0].endswith("ne"):
            return None
        stem = words[0][:-2]  # "forældrene" -> "forældre", "beboerne" -> "beboer"
        if len(stem) < 4:
            return None
        names = [c for a, _b, label, c in self.entities
                 if label == "ORG" and a < mention.start and c] + speakers
        fits = {n for n in names if n.lower().startswith(stem)
                and len(n.split()[0]) > len(stem) + 3}
        for a, _b, label, c in self.entities:
            # "Beboerforeningen Søparken", whose name the entities give as "Søparken"
            before = _WORD_BEFORE.search(self.text, max(0, a - 40), a)
            if label == "ORG" and a < mention.start and c and before and (
                before[1].lower().startswith(stem) and len(before[1]) > len(stem) + 3
            ):
                fits.add(c)
        return fits.pop() if len(fits) == 1 else None

    def later_holder(self, mention: Mention) -> str | None:
        """The one person a later paragraph names with the role of an indefinite
        descriptor: "oplyser en talsmand for EU-Kommissionen" + later "siger talsmand
        Pierre Dubois" (or "talskvinde", a synonymous ending). A holder whose role names
        another body ("talskvinde for Banedanmark" for "en talskvinde for DSB") is someone
        else; None with no such holder or more than one."""
        words = mention.text.split()
        head = role_head(mention.text)
        if words[0].lower() not in ("en", "et") or not head or " " in head:
            return None
        noun = head.lstrip("-")
        nouns = {noun} | synonym_heads(noun)
        m = _COMPLEMENT.search(mention.text)
        complement = m["complement"].strip().lower() if m else None
        if complement is None and not nouns & _SPOKESPEOPLE:
            return None  # "en betjent" and a later "betjent Bo Ek" may be two people
        found = {name for name, heads in self.heads.items() if heads & nouns
                 and self.first_seen.get(name, -1) > mention.end}
        for n in nouns:
            for start, name in role_holders(self.text, n, len(self.text), False):
                if start > mention.end and (person := self._person_named(name)):
                    found.add(person)
        fits = set()
        for name in found:
            person = self.people.get(name)
            roles = [r.lower() for r in (person.roles if person else ()) if any(
                n in r.lower() for n in nouns)]
            if complement and roles and not any(complement in r for r in roles) and any(
                _COMPLEMENT.search(r) for r in roles
            ):
                continue  # the same role in another body
            fits.add(name)
        return fits.pop() if len(fits) == 1 else None

    def described_holder(self, mention: Mention) -> str | None:
        """The one person whose role has a definite descriptor's role word and its body:
        "lyder det fra vagthavende hos DMI" -> "Anna Holm" after "Vagthavende
        meteorolog hos DMI Anna Holm"; "den vagthavende" -> the one "vagthavende ..." the
        article names. None for an indefinite one ("en beboer" is someone new), for no
        such person and for more than one."""
        if (state := _DEFINITE_STATE.fullmatch(mention.text)) is not None:
            return self.state_holder(state["adj"].lower())
        if (aged := _DEFINITE_AGE.fullmatch(mention.text)) is not None or (
            aged := _INDEFINITE_AGE.fullmatch(mention.text)
        ) is not None:  # "den 52-årige", "en 25-årig fra Odense": the one of that age
            return self.aged_holder(aged["age"])
        words = mention.text.split()
        if words[0].lower() in ("den", "det") and len(words) > 1:
            words = words[1:]
        word = words[0].lower()
        if word in ("en", "et", "de", "to", "tre", "flere", "mange", "nogle", "alle") or (
            len(word) < 5 or not word.isalpha()
        ):
            return None
        m = _COMPLEMENT.search(mention.text)
        complement = m["complement"].strip().lower() if m else None
        pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
        fits = {name for name, person in self.people.items() if any(
            pattern.search(role.lower()) and (complement is None or complement in role.lower())
            for role in person.roles)}
        return fits.pop() if len(fits) == 1 else None

    def state_holder(self, adjective: str) -> str | None:
        """The one person the article puts in the state a nominal adjective names: "den
        tiltalte" -> "Mads Berg" after "Mads Berg er tiltalt for drab", "Mads Berg, der er
        sigtet", "Den 34-årige tiltalte, Mads Berg," or "tiltalte Mads Berg"; None for
        no such person or more than one."""
        participle = _STATES.get(adjective)
        if participle is None:
            return None
        written = re.compile(
            rf"(?P<name>{PERSON_NAME})(?:,{SP}(?:der|som))?{SP}(?:er|var|blev|bliver)"
            rf"(?:{SP}(?:nu|i{SP}dag|også|formelt))?{SP}{participle}(?![\w-])"
            rf"|(?<![\w-]){adjective}(?:{SP}\d+-årige)?,?{SP}(?P<after>{PERSON_NAME})",
            re.IGNORECASE)
        fits = set()
        for m in written.finditer(self.text):
            if m["name"] and _LISTED_BEFORE.search(self.text, max(0, m.start() - 5), m.start()):
                return None  # "Ole Lund og Mads Berg er tiltalt": two of them
            if person := self._person_named(m["name"] or m["after"]):
                fits.add(person)
        return fits.pop() if len(fits) == 1 else None

    def aged_holder(self, age: str) -> str | None:
        """The one person the article gives the age ``age``: "Lise Holm (52)", "Lise
        Holm, 52 år,", "Lise Holm på 52 år", "52-årige Lise Holm" for "den 52-årige";
        None for no such person or more than one."""
        fits = set()
        for name in self.people:
            if " " not in name:
                continue
            n = re.escape(name)
            if re.search(rf"{n}{SP}\({age}\)|{n},{SP}{age}(?:{SP}år)?,|{n}{SP}på{SP}{age}{SP}år"
                         rf"|(?<![\w-]){age}-årige{SP}(?:[a-zæøå-]+{SP}){{0,2}}{n}", self.text):
                fits.add(name)
        return fits.pop() if len(fits) == 1 else None

    def complement_holder(self, mention: Mention) -> str | None:
        """The one person whose role has both the title and its complement: "formanden
        for Krifa" -> "Lise Berg, formand for Krifa" or "Lise Berg er formand for Krifa",
        not the formand of another union named later."""
        m = _COMPLEMENT.search(mention.text)
        head = role_head(mention.text)
        if m is None or not head:
            return None
        noun = _short_head(head)
        complement = m["complement"].strip().lower()
        found = {name for name, person in self.people.items()
                 if any(complement in role.lower() and noun in role.lower()
                        for role in person.roles)}
        written = re.compile(rf"(?P<name>{PERSON_NAME})(?:,{SP}(?:der|som){SP}(?:er|var){SP}|"
                             rf"{SP}(?:er|var|blev){SP})(?:[\w-]+{SP}){{0,2}}?[\w-]*"
                             rf"{re.escape(noun)}{SP}{m['prep']}{SP}{re.escape(m['complement'])}",
                             re.IGNORECASE)
        for w in written.finditer(self.text, 0, mention.start):
            if person := self._person_named(w["name"]):
                found.add(person)
        return found.pop() if len(found) == 1 else None

    def title(self, mention: Mention) -> str | None:
        head = role_head(mention.text)
        if not head:
            return None
        holders = self.title_holders(head)
        exact = any(h in (head, _short_head(head)) for n in holders for h in self.heads[n])
        if not exact and (written := self.role_holder(mention, compound=False)):
            # "Hanne Lind er formand" beats a næstformand in apposition for "formanden"
            return written
        known = [n for n in holders if self.first_seen.get(n, 1 << 30) < mention.start]
        if known:
            pick = self.latest(known, mention.start)
            # "vagtchef ved samme politikreds Bo Lund" after "vagtchef Ole Berg": the title
            # means its nearest holder, also one the role lists missed
            nearer = self._written_holder(mention)
            if nearer is not None and nearer[1] not in known and nearer[0] > max(
                s.pos for s in self.seen if s.name == pick and s.pos < mention.start
            ):
                return nearer[1]
            return pick
        if len(holders) == 1 and self.first_seen.get(holders[0], 0) > mention.start:
            return holders[0]  # a lead: ", siger meteorolog." before she is named
        return None

    def role_holder(self, mention: Mention, compound: bool = True) -> str | None:
        """A definite role noun any list may lack ("skoleinspektøren", "ejeren") -> the
        latest person the article introduced with that noun ("Skoleinspektør Mads Krog",
        "Bo Lund er stifter af ..."); a compound either way ("restaurantejer")."""
        words = mention.text.split()
        if len(words) == 2 and words[0].lower() in ("den", "det"):
            words = words[1:]
        if len(words) == 1:
            noun = definite_role_noun(words[0].lower())
        else:  # "sygeplejerskernes formand", "formanden for fagforeningen": the title noun
            head = role_head(mention.text)
            noun = head.lstrip("-") if head and " " not in head else None
        if not noun:
            return None
        for _start, name in reversed(role_holders(self.text, noun, mention.start, compound)):
            person = self._person_named(name)
            if person:
                return person
        return None

    def _written_holder(self, mention: Mention) -> tuple[int, str] | None:
        """The person the text last introduced with the mention's title noun, written
        right before or after the name ("vagtchef ved samme politikreds Bo Lund"), and
        where: (start of the name, person)."""
        noun = definite_role_noun(mention.text.lower()) if " " not in mention.text else None
        if not noun:
            return None
        for start, name in reversed(role_holders(self.text, noun, mention.start, False)):
            if person := self._person_named(name):
                return start, person
        return None

    def _person_named(self, name: str) -> str | None:
        name = self.variants.get(name, name)
        if name in self.people:
            return name
        longer = [n for n in self.people if n.startswith(name + " ") or n.endswith(" " + name)]
        return longer[0] if len(longer) == 1 else None

    def pronoun(self, mention: Mention) -> str | None:
        low = mention.text.lower()
        gender = PRONOUNS.get(low) or OBJECT_PRONOUNS.get(low)
        if gender not in ("male", "female"):
            return None
        fits = [s for s in self.seen if s.pos < mention.start and s.gender == gender]
        if self.sentence_starts and self._sentence_start(mention.start) == mention.start:
            # "Han forsikrede ..." right after a sentence that names one man: him
            before = self._sentence_before(mention.start)
            if before is not None:
                there = {s.name for s in fits if before[0] <= s.pos < before[1]}
                subjects = [s for s in fits if before[0] <= s.pos < before[1] and s.salient]
                first = _FIRST_WORD.match(self.text, before[0])
                own_subject = first is not None and _person_noun(first.group())
                if len(there) == 1 and not subjects and not own_subject:
                    # ("Musikeren har sangeren Jens Bo med." + "Han ...": the musician)
                    return there.pop()
        salient = [s for s in fits if s.salient]
        pick = (salient or fits)[-1:] if fits else []
        # a name gender-guesser does not know ("Aqqaluk") may be the one meant, when that
        # person is the latest salient one: a later speaker of unknown gender wins
        unknown = [s for s in self.seen if s.pos < mention.start and s.gender is None
                   and s.salient and " " in s.name]
        if unknown and (not pick or unknown[-1].pos > pick[0].pos):
            return unknown[-1].name
        if not fits and not unknown:
            # "Stillingen er besat af Solvej Hansen" + "»...,« siger hun.": with nobody of
            # the pronoun's gender before, the latest person whose first name
            # gender-guesser does not know, subject or not
            unknown = [s for s in self.seen if s.pos < mention.start and s.gender is None
                       and " " in s.name and s.name in self.people]
        # "Den tiltalte nægtede ..." + "- ..., forklarede han.": a person the text
        # describes but never names, when nobody named of that gender comes after them
        # (a title nobody holds, "Borgmesteren var glad.", only with nobody named of that
        # gender before: "Ole Berg ... Vagtchefen fortalte" is most likely him)
        described = [d for d in self.described() if d[0] < mention.start
                     and (d[2] in (gender, None) or (d[2] == "title" and not fits))]
        if described and (not fits or fits[-1].pos < described[-1][0]) and (
            not unknown or unknown[-1].pos < described[-1][0]
        ):
            return described[-1][1]
        if pick:
            return pick[0].name
        if unknown:  # "Sognepræst Maj-Britt Holm er vred." + "Det fortæller hun til TV 2."
            return unknown[-1].name
        if not described:
            # an excerpt that starts with "..., siger han." before anyone is named: the
            # one person of that gender the article names later, if only one
            later = {s.name for s in self.seen if s.pos > mention.end and s.gender == gender}
            if len(later) == 1:
                return later.pop()
        return None

    def described(self) -> list[tuple[int, str, str | None]]:
        """Unnamed people a sentence starts with ("Den tiltalte", "Den 34-årige kvinde",
        "Den dræbtes mor", a title nobody holds: "Borgmesteren") and unnamed speakers
        already resolved, as (position, speaker as it reads mid-sentence, gender, None
        or "title"), in text order."""
        if self._described is None:
            found = []
            for start in self.sentence_starts:
                m = _DESCRIBED_SUBJECT.match(self.text, start)
                if m is None:
                    if unnamed := self._unnamed_title(start):
                        found.append((start, unnamed, "title"))
                    continue
                noun = (m["noun"] or m["noun2"] or m["kin"] or m["one"] or "").lower()
                found.append((start, describe(m.group().rstrip(" ,")), _NOUN_GENDERS.get(noun)))
            self._described = found
        return sorted(self._described + self.described_speakers)

    def _unnamed_title(self, start: int) -> str | None:
        """A definite title that starts a sentence and that nobody in the article holds
        ("Borgmesteren var glad."): the unnamed person a later pronoun may mean."""
        word = _FIRST_WORD.match(self.text, start)
        if word is None or not is_definite_title(word.group()):
            return None
        mention = Mention(word.group(), start, word.end(), "title", word.group())
        if self.title(mention) or self.role_holder(mention):
            return None
        return describe(word.group())

    def note_described(self, text: str, pos: int) -> None:
        """An unnamed speaker ("sagde den tiltalte") may be a later pronoun's referent."""
        words = text.lower().split()
        if words and words[0] in ("den", "de") and len(words) <= 3:
            self.described_speakers.append((pos, describe(text), _NOUN_GENDERS.get(words[-1])))

    def _sentence_start(self, pos: int) -> int:
        k = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[k] if k >= 0 else 0

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        k = bisect_right(self.sentence_starts, pos) - 1
        if k < 1:
            return None
        return self.sentence_starts[k - 1], self.sentence_starts[k]

    def document_sender(self, noun: str, pos: int) -> str | None:
        """Who sent the document a cue names ("lyder det i redegørelsen"): the latest
        "<noun> fra X" before ``pos``, or the subject of the latest sentence that brings
        the document in ("Rigsrevisionen har sendt en redegørelse til Folketinget"), when
        it names a person or an organisation."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(noun)}(?:en|et|n)?(?![\w-])", re.I)
        for m in reversed(list(pattern.finditer(self.text, 0, pos))):
            if sender := _FROM.match(self.text, m.end()):
                mention = mention_at(self.text, sender.end(), self._sentence_end(m.end()))
            else:
                start = self._sentence_start(m.start())
                if _FOCUS_WORD.match(self.text, start):
                    start = _FOCUS_WORD.match(self.text, start).end()  # type: ignore[union-attr]
                mention = mention_at(self.text, start, m.start())
                if mention is not None and not _SENDS.search(self.text, mention.end, m.start()):
                    mention = None  # "Folketinget har fået en redegørelse": the receiver
                if mention is None:  # "Det oplyser kongehuset i en pressemeddelelse."
                    mention = self._cue_subject_in(start, m.start())
            if mention is not None and mention.kind in ("name", "organisation", "title"):
                speaker, _evidence = self.resolve(mention)
                if speaker and (speaker in self.people or mention.kind == "organisation"):
                    return speaker
        return None

    def _cue_subject_in(self, start: int, pos: int) -> Mention | None:
        """The speaker of a cue that the document at ``pos`` was said in, read between
        the cue and "i en <document>" ("Det oplyser kongehuset i en pressemeddelelse",
        "skriver Forsvaret i sin årsrapport"): the sender of that document."""
        inside = _IN_DOCUMENT.search(self.text, start, pos)
        if inside is None:
            return None
        for cue in ANY_CUE.finditer(self.text, start, inside.start()):
            after = _WORD_REST.match(self.text, cue.end())
            mention = mention_at(self.text, after.end() if after else cue.end(), inside.start())
            if mention is not None and mention.end == inside.start():
                return mention
        return None

    def _sentence_end(self, pos: int) -> int:
        k = bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[k] if k < len(self.sentence_starts) else len(self.text)

    def asked(self, span: tuple[int, int]) -> str | None:
        """The person asked in an introducing paragraph ("TV 2's reporter Lise Holm spurgte
        ministeren, om hun går af."): the answer after it is theirs, not the reporter's."""
        found = None
        for m in _ASKED.finditer(self.text, span[0], span[1]):
            mention = mention_at(self.text, m.end(), span[1])
            if mention is None or mention.kind not in ("name", "title", "pronoun"):
                continue
            speaker, _evidence = self.resolve(mention)
            if speaker in self.people:
                found = speaker
        return found

    def titled_subject(self, span: tuple[int, int], mention: Mention) -> str | None:
        """The holder of a definite title that starts the last sentence of an
        introducing paragraph ("Træneren er dog ikke enig." + "- ..., siger han."), when
        the holder has the pronoun's gender: that sentence's subject, not the speaker
        of the quote between them ("siger anfører Per Lund")."""
        gender = PRONOUNS.get(mention.text.lower())
        if gender not in ("male", "female") or not self.sentence_starts:
            return None
        start = max(span[0], self._sentence_start(max(span[0], span[1] - 1)))
        word = _FIRST_WORD.match(self.text, start)
        if word is None or not is_definite_title(word.group()):
            return None
        holder = self.title(Mention(word.group(), start, word.end(), "title", word.group()))
        person = self.people.get(holder) if holder else None
        return holder if person is not None and person.gender == gender else None

    def introduced(self, span: tuple[int, int], mention: Mention,
                   quoted: Sequence[tuple[int, int]] = ()) -> str | None:
        """The one person of a pronoun's gender that the last sentence of an introducing
        paragraph names, when that sentence has no subject of its own (no name, no
        pronoun starts it): "Samme melding kom fra landsholdskollegaen Sarah Iversen.".
        Not a name after a pronoun of that gender ("Musikeren oplyser, at han har
        sangeren Jens Bo med": he is its subject) or inside quoted words (``quoted``)."""
        gender = PRONOUNS.get(mention.text.lower())
        if gender not in ("male", "female") or not self.sentence_starts:
            return None
        start = self._sentence_start(max(span[0], span[1] - 1))
        first = self.text[start : start + 4].split()[:1]
        if first and first[0].lower() in PRONOUNS:
            return None
        if (word := _FIRST_WORD.match(self.text, start)) and _person_noun(word.group()):
            return None  # "Musikeren har sangeren Jens Bo med": the musician is its subject
        there = [s for s in self.seen if start <= s.pos < span[1]
                 and not any(a <= s.pos < b for a, b in quoted)]
        fits = [s for s in there if s.gender == gender]
        if len({s.name for s in fits}) != 1 or any(s.salient for s in there):
            return None
        pronoun = re.compile(rf"(?<![\w-]){mention.text.lower()}(?![\w-])")
        if pronoun.search(self.text, start, fits[0].pos):
            return None
        return fits[0].name

    def note_speaker(self, name: str, pos: int) -> None:
        """A resolved speaker becomes the most salient person at its quote."""
        person = self.people.get(name)
        if person:
            self.seen.append(_Seen(pos, name, person.gender, True))
            self.seen.sort(key=lambda s: s.pos)

    def note_role(self, name: str, role: str | None) -> None:
        """A role written next to a speaker's name in an attribution is theirs too."""
        if role and name in self.people:
            self.heads.setdefault(name, set()).update(role_heads(role))

    def _described_subject(self, span: tuple[int, int]) -> str | None:
        """An unnamed person who starts the last sentence of an introducing paragraph
        ("Dommerne var ikke i tvivl.", "Den tiltalte forklarede sig længe."), as written."""
        if not self.sentence_starts:
            return None
        start = max(span[0], self._sentence_start(max(span[0], span[1] - 1)))
        if m := _DESCRIBED_SUBJECT.match(self.text, start, span[1]):
            return describe(m.group().rstrip(" ,"))
        word = re.match(r"[\w-]+", self.text[start : span[1]])
        if word and common_definite(word.group()):
            mention = descriptor_at(self.text, start, start + word.end())
            if mention is not None and mention.text == word.group():
                return self.role_holder(mention) or describe(mention.text)
        return None

    def _inverted_group(self, span: tuple[int, int]) -> str | None:
        """A group that is the subject of the last sentence of an introducing paragraph:
        first in it ("Rettens dommere besluttede ...", "Alle tre dommere var enige.") or
        after a fronted phrase and its verb ("Efter kort votering besluttede rettens
        dommere at følge anklageren.") when nobody is named before it; as written."""
        if not self.sentence_starts:
            return None
        start = max(span[0], self._sentence_start(max(span[0], span[1] - 1)))
        sentence = self.text[start : span[1]]
        if first := _FIRST_GROUP.match(sentence[:1].lower() + sentence[1:]):
            return first["group"]
        m = _INVERTED_GROUP.match(self.text, start, span[1])
        if m is None or any(start <= s.pos < m.start("group") for s in self.seen):
            return None
        return m["group"]

    def group_before(self, pos: int) -> str | None:
        """The group a plural "de" at ``pos`` refers to: the subject of its own sentence
        before it ("Efter mødet beklagede alle ministre, og de ..."), else of the sentence
        before ("Beboerne på Søvej er vrede." + "De fortæller ..."), as written; None
        when a named person is the subject there, or the subject is no group."""
        if not self.sentence_starts:
            return None
        start = self._sentence_start(pos)
        if self.text[start:pos].strip(" ,") and (group := self._group_subject((start, pos))):
            return group
        for _ in range(3):  # back over sentences that go on with "De" ("De har klaget.")
            before = self._sentence_before(start)
            if before is None:
                return None
            if group := self._group_subject(before):
                return group
            if not re.match(r"De(?![\w-])", self.text[before[0] : before[1]]):
                return None
            start = before[0]
        return None

    def pair_before(self, pos: int) -> str | None:
        """The two people "de to" at ``pos`` refers to: the two a sentence before it
        names ("Borgmester A og formand B vil have et møde." + "..., skriver de to i et
        brev"), the nearest such sentence of the last three, as "A; B"; None when the
        nearest sentence that names people names one or more than two."""
        if not self.sentence_starts:
            return None
        span: tuple[int, int] | None = (self._sentence_start(pos), pos)
        for _ in range(3):
            if span is None:
                return None
            names = list(dict.fromkeys(s.name for s in self.seen if span[0] <= s.pos < span[1]))
            if len(names) == 2:
                return "; ".join(names)
            if names:
                return None
            span = self._sentence_before(span[0])
        return None

    def organisation_before(self, pos: int, quote: tuple[int, int]) -> str | None:
        """The organisation a plural "de" at ``pos`` refers to: the subject that starts
        its own sentence ("Vejdirektoratet anbefaler ..., skriver de i en
        pressemeddelelse"), or the sentence before when nothing plural comes first in
        its own ("Kommunen lukker tre skoler." + "Det skriver de i et notat."; not
        "De ansatte er vrede, siger de."; a plural noun in the quote's words counts not);
        None when a person or no organisation is the
        subject there."""
        if not self.sentence_starts:
            return None
        start = self._sentence_start(pos)
        if org := self._organisation_subject(start, pos):
            return org
        own = self.text[start:pos]
        outside = self.text[max(start, quote[1]) : pos] if quote[0] >= start else own
        if _PLURAL_FIRST.match(own) or _PLURAL_NOUN.search(outside):
            return None  # (the quote's own words may hold any plural)
        before = self._sentence_before(start)
        return self._organisation_subject(*before) if before else None

    def _organisation_subject(self, start: int, end: int) -> str | None:
        """The organisation whose name starts the sentence at ``start`` (an ORG entity;
        a person named before it, or a genitive "Kommunens borgmester", is the subject
        instead)."""
        first = _SENTENCE_LEAD.match(self.text, start, end)
        at = first.end() if first else start
        for a, b, label, canonical in self.entities:
            genitive = self.text[b : b + 1] in ("'", "’") or (
                self.text[b - 1 : b] == "s" and not canonical.endswith("s"))
            if a == at and b < end and label == "ORG" and canonical and not genitive:
                return canonical
        return None

    def _group_subject(self, span: tuple[int, int]) -> str | None:
        """A group that starts a sentence ("Beboerne på Søvej", "Rettens dommere") or
        follows a fronted phrase and its verb ("Efter mødet beklagede alle ministre")."""
        start, end = span
        if any(start <= s.pos < end and s.salient for s in self.seen):
            return None  # "Ole Bak og beboerne ...": a named subject first
        sentence = self.text[start:end]
        if first := _FIRST_GROUP.match(sentence[:1].lower() + sentence[1:]):
            return first["group"]
        if (m := _INVERTED_GROUP.match(self.text, start, end)) and not any(
            start <= s.pos < m.start("group") for s in self.seen
        ):
            return m["group"]
        word = re.match(r"[\w-]+", sentence)
        if word and common_definite(word.group()) and (
            mention := descriptor_at(self.text, start, end)
        ) and _is_group(describe(mention.text)):
            return describe(mention.text)
        return None

    def _pronoun_subject(self, span: tuple[int, int]) -> str | None:
        """The referent of "Han"/"Hun" starting the last sentence of an introducing
        paragraph ("Hun er bekymret for økonomien."), or of the first "han"/"hun" after a
        fronted phrase that names nobody ("Sammenbidt og tavs rejste hun sig, inden hun
        sagde:"): that sentence's subject, whoever spoke before."""
        if not self.sentence_starts:
            return None
        start = max(span[0], self._sentence_start(max(span[0], span[1] - 1)))
        m = _SUBJECT_PRONOUN.match(self.text, start, span[1])
        if m is None and (m := _INNER_PRONOUN.search(self.text, start, span[1])) and (
            any(start <= s.pos < m.start() for s in self.seen)
            or _NAME_RUN.search(self.text, start + 1, m.start())
        ):
            m = None  # "Lise Holm mødte Ole Dam, da han kom:": a name comes first
        if m is None:
            return None
        return self.pronoun(Mention(m.group(), m.start(), m.end(), "pronoun"))

    def in_context(self, span: tuple[int, int], first: bool) -> str | None:
        """The person of an introducing paragraph: its first person (``first``), else its
        last sentence subject, else the last person named in it. A definite title there
        ("sagde til ministeren") names its holder."""
        if asked := self.asked(span):  # "Reporteren spurgte ministeren, om ...": she answers
            return asked
        if found := self._pronoun_subject(span):
            return found
        if group := self._inverted_group(span):
            return group
        inside = [s for s in self.seen if span[0] <= s.pos < span[1]]
        for m in _TITLE_WORD.finditer(self.text, span[0], span[1]):
            if is_definite_title(m.group()) and not any(s.pos == m.start() for s in inside):
                holder = self.title(Mention(m.group(), m.start(), m.end(), "title"))
                if holder and self.first_seen.get(holder, -1) < m.start():
                    # (a holder the article names only later is no introduction's person)
                    person = self.people.get(holder)
                    inside.append(_Seen(m.start(), holder, person.gender if person else None,
                                        False))
        inside.sort(key=lambda s: s.pos)
        if not inside:
            return self._described_subject(span)
        if first:
            return inside[0].name
        subjects = [s for s in inside if s.salient]
        return (subjects or inside)[-1].name


_NOT_AGENTS = frozenset({"vinteren", "sommeren", "numeren"})


def _person_noun(word: str) -> bool:
    """Whether a sentence's first word is a definite noun for a person: a title
    ("Ministeren") or an agent noun in -eren/-øren ("Musikeren", "Sangeren"), not
    "Vinteren"."""
    low = word.lower()
    return is_definite_title(word) or (
        low.endswith(("eren", "øren")) and len(low) > 6 and low not in _NOT_AGENTS)


def describe(text: str) -> str:
    """A descriptor speaker as it reads mid-sentence: "Mange af de ..." -> "mange af de
    ...", "Politiets talsmand" -> "politiets talsmand"; a name it opens with keeps its
    capital ("Ritzaus reporter", "Ekstra Bladets reporter")."""
    words = text.split()
    first = words[0]
    if not (first[:1].isupper() and not first.isupper() and first[1:2].islower()):
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text  # a name of two words: "Ekstra Bladets reporter"
    base = genitive_base(first)
    if base is not None and (not is_common_noun(base.lower()) or is_first_name(base)):
        return text  # a name's genitive: "Ritzaus reporter", "Lises mand"
    return text[:1].lower() + text[1:]


# "Stillingen er nu besat af (31-årige) X", "Posten blev overtaget af X": the agent of a
# passive is its sentence's logical subject
_PASSIVE_AGENT = re.compile(
    rf"(?<![\w-])(?:er|var|blev|bliver|er{SP}blevet|var{SP}blevet){SP}(?:[a-zæøå]+{SP}){{0,2}}?"
    rf"[a-zæøå]+(?:t|et){SP}af{SP}(?:(?:\d+-årige|den|nyansatte|unge){SP})?\Z")


def _seen_people(doc: Doc, people: list[Person]) -> list[_Seen]:
    """PER mentions in text order, and titles that name a person ("ministeren"); one that
    starts a sentence, or follows a role that does ("Anklager Sidsel Frost havde krævet
    ..."), is a subject (salient). Photo captions are left out."""
    genders = {p.name: p.gender for p in people}
    starts = {a for a, _b in doc._.pp_sentences or ()}
    roles = doc._.pp_role_spans if Doc.has_extension("pp_role_spans") else None
    text = text_of(doc)
    captions = [(p.start, p.end) for p in doc._.pp_paragraphs or () if p.caption or p.noise]
    subject_starts = set(starts)
    for role in roles or ():
        if role.start in starts:
            gap = _ROLE_GAP.match(text, role.end)
            subject_starts.add(gap.end() if gap else role.end)
    seen = []
    for start, _end, label, name in entity_tuples(doc):
        if label == "PER" and not any(a <= start < b for a, b in captions) and not all(
            w in CHROME_WORDS for w in name.split()
        ):  # "Finans", "DR Nyheder": a page's section label the NER took for a name
            agent = _PASSIVE_AGENT.search(text, max(0, start - 60), start) is not None
            seen.append(_Seen(start, name, genders.get(name), start in subject_starts or agent))
    titles = doc._.pp_title_mentions if Doc.has_extension("pp_title_mentions") else None
    known = {s.pos for s in seen}
    for start, end, name in titles or ():
        if name in genders and not any(s.pos in range(start, end + 2) for s in seen) and (
            start not in known
        ) and not any(a <= start < b for a, b in captions):
            seen.append(_Seen(start, name, genders.get(name), start in starts))
    return sorted(seen, key=lambda s: s.pos)


def _merge_variants(variants: dict[str, str], people: list[Person],
                    heads: dict[str, set[str]], seen: list[_Seen],
                    ) -> tuple[list[Person], dict[str, set[str]], list[_Seen]]:
    """People, role heads and sightings with each spelling variant under its canonical
    spelling (``_name_variants.py``): one person, their roles and mentions together."""
    merged: dict[str, Person] = {}
    for person in people:
        name = variants.get(person.name, person.name)
        if (known := merged.get(name)) is None:
            merged[name] = replace(person, name=name)
        else:
            merged[name] = replace(known, roles=tuple(dict.fromkeys(known.roles + person.roles)),
                                   mentions=known.mentions + person.mentions,
                                   gender=known.gender or person.gender)
    new_heads: dict[str, set[str]] = {}
    for name, h in heads.items():
        new_heads.setdefault(variants.get(name, name), set()).update(h)
    new_seen = [replace(s, name=variants.get(s.name, s.name)) for s in seen]
    return list(merged.values()), new_heads, new_seen


def _paragraph_of(paragraphs: list[Paragraph], pos: int) -> int:
    starts = [p.start for p in paragraphs]
    return max(0, bisect_right(starts, pos) - 1)


def resolve_speakers(
    candidates: list[QuoteCandidate],
    people: list[Person],
    heads: dict[str, set[str]],
    seen: list[_Seen],
    text: str,
    entities: list[tuple[int, int, str, str]] | None = None,
    paragraphs: list[Paragraph] | None = None,
    sentence_starts: list[int] | None = None,
) -> list[Quote]:
    """Turn candidates into ``Quote`` records with resolved speakers (rules in module doc)."""
    written = [c.mention.text for c in candidates if c.mention is not None
               and c.mention.kind == "name" and " " in c.mention.text]
    variants = spelling_variants([p.name for p in people] + written, text)
    if variants:  # "Jørgen Blazejevicz" and "Jørgen Blazejewicz": one person
        people, heads, seen = _merge_variants(variants, people, heads, seen)
    resolver = _Resolver(people, heads, seen, text, entities, sentence_starts)
    resolver.variants = variants
    paragraphs = paragraphs or []
    for c in candidates:  # roles written in attributions, before anyone is resolved
        m = c.mention
        if m is not None and m.kind == "name" and m.role and m.text in resolver.people:
            resolver.note_role(m.text, m.role)
    resolved: list[_Resolved | None] = [None] * len(candidates)
    for i, c in enumerate(candidates):
        resolved[i] = _resolve_one(i, c, candidates, resolved, resolver, paragraphs)
    # a quote-only paragraph before any attributed quote, or one that goes on in the next
    # paragraph (follows "next"), takes the next speaker
    for i in range(len(candidates) - 1, -1, -1):
        r = resolved[i]
        assert r is not None
        # (a quote with a context of its own keeps it: the next quote is someone else's)
        waiting = candidates[i].follows in ("previous", "next") and (
            r.evidence is None or candidates[i].follows == "next")
        if candidates[i].mention is None and waiting and i + 1 < len(candidates):
            nxt = resolved[i + 1]
            assert nxt is not None
            if "interviewer" not in candidates[i + 1].tags:
                resolved[i] = _Resolved(nxt.speaker, nxt.mention, r.cue or nxt.cue, "next")
    quotes = []
    for c, r in zip(candidates, resolved, strict=True):
        assert r is not None
        if (role := role_at_speaking(r.speaker, c.start, text)) is not None:
            r = replace(r, speaker=role)  # "den 23-årige" -> "den tiltalte"
        if r.speaker and (cut := without_glued_medium(r.speaker)) != r.speaker:
            r = replace(r, speaker=cut)  # "Jens Hansen Ritzau" -> "Jens Hansen"
        if r.speaker and r.speaker not in resolver.people and (
                written := as_written(r.speaker, text)) != r.speaker:
            r = replace(r, speaker=written)  # "TV2 Nord" -> the article's "TV 2 Nord"
        quotes.append(Quote(
            kind=c.kind,  # type: ignore[arg-type]
            text=quoted_words(text, c),
            speaker=r.speaker,
            speaker_mention=r.mention,
            cue=r.cue,
            start=c.start,
            end=c.end,
            evidence=r.evidence,
            confidence=quote_confidence(c.kind, r.evidence, r.speaker, c.cue,
                                        (*c.tags, *r.tags), r.distance),
        ))
    return quotes


def _untitled_speaker_before(i: int, here: int, candidates: list[QuoteCandidate],
                             resolved: list[_Resolved | None], resolver: _Resolver,
                             paragraphs: list[Paragraph]) -> str | None:
    """The speaker of the quote just before quote ``i`` (at most two paragraphs back)
    when it is a person the article gives no title: the one a role noun may mean
    before the article names the role's holder."""
    prev = _previous(i, candidates, resolved)
    if prev is None:
        return None
    k, r = prev
    if paragraphs and here - _paragraph_of(paragraphs, candidates[k].start) > 2:
        return None
    if r.speaker in resolver.people and not resolver.heads.get(r.speaker):
        return r.speaker
    return None


def _previous(i: int, candidates: list[QuoteCandidate],
              resolved: list[_Resolved | None]) -> tuple[int, _Resolved] | None:
    """The nearest quote before ``i`` that is not an interviewer's question."""
    for k in range(i - 1, -1, -1):
        r = resolved[k]
        if r is not None and "interviewer" not in candidates[k].tags:
            return k, r
    return None


def _resolve_one(i: int, c: QuoteCandidate, candidates: list[QuoteCandidate],
                 resolved: list[_Resolved | None], resolver: _Resolver,
                 paragraphs: list[Paragraph]) -> _Resolved:
    here = _paragraph_of(paragraphs, c.start) if paragraphs else 0
    if "interviewer" in c.tags:
        return _Resolved(INTERVIEWER, None, None, "descriptor")
    if c.mention is not None and _manner_word(c, resolver):
        # "Sammenbidt: »Det er løgn!«", "Kort: »Nej.«": a manner word before the colon is
        # no speaker; the quote is read as one with no attribution
        # ("Vred og med knyttede næver stirrede han ..., inden han råbte:" keeps its own
        # introduction: the pronoun there is the speaker)
        own = c.context if c.context is not None and c.context[0] <= c.mention.start < (
            c.context[1]) and _manner_phrase(resolver, c.mention) else None
        c = replace(c, mention=None, follows="context",
                    context=own or _before_quote(c, paragraphs))
    if c.mention is not None and c.mention.kind == "pronoun" and c.context is not None:
        # "Samme melding kom fra landsholdskollegaen Sarah Iversen." + »...,« sagde hun:
        # the person the introducing sentence brings in, not the last speaker
        introduced = resolver.introduced(c.context, c.mention,
                                         [(q.start, q.end) for q in candidates[:i]])
        if introduced := introduced or resolver.titled_subject(c.context, c.mention):
            resolver.note_speaker(introduced, c.mention.start)
            return _Resolved(introduced, c.mention.text, c.cue, "pronoun")
    if c.mention is not None and c.mention.kind == "pronoun" and (
        PRONOUNS.get(c.mention.text.lower()) == "plural"
        or OBJECT_PRONOUNS.get(c.mention.text.lower()) == "plural"
    ) and (prev := _previous(i, candidates, resolved)) is not None:
        # "Ministrene siger, at ..." + "De understreger, at ...": the group goes on
        k, r = prev
        near = not paragraphs or here - _paragraph_of(paragraphs, candidates[k].start) <= 1
        if near and r.evidence == "descriptor" and r.speaker and _is_group(r.speaker):
            return _Resolved(r.speaker, c.mention.text, c.cue, "pronoun", 1)
    if c.mention is not None and c.mention.kind == "pronoun" and (
        PRONOUNS.get(c.mention.text.lower()) == "plural"
    ) and (group := resolver.group_before(c.mention.start)):
        # "Beboerne på Søvej er vrede." + "De fortæller, at ...", "Efter mødet beklagede
        # alle ministre, og de understreger, at ...": the group the sentence before (or
        # this one, before the pronoun) has as its subject
        return _Resolved(group, c.mention.text, c.cue, "pronoun", 1)
    if c.mention is not None and c.mention.text.lower() == "de" and _TWO.match(
        resolver.text, c.mention.end
    ) and (pair := resolver.pair_before(c.mention.start)):
        # "A og B vil have et møde." + "..., skriver de to i et brev": both speak
        return _Resolved(pair, c.mention.text, c.cue, "pronoun", 1)
    if c.mention is not None and c.mention.text.lower() == "de" and (
        org := resolver.organisation_before(c.mention.start, (c.start, c.end))
    ):
        # "Vejdirektoratet anbefaler ..., skriver de i en pressemeddelelse": an
        # organisation is "de" in Danish news
        return _Resolved(org, c.mention.text, c.cue, "pronoun", 1)
    if c.mention is not None and (subject := _perfect_subject(c, resolver)):
        # "Ministeriet har den 4. juli meddelt kommunerne, at ...": the one told follows
        # the participle; the subject before "har" speaks
        c = replace(c, mention=subject)
    if c.mention is not None:
        speaker, evidence = resolver.resolve(c.mention)
        if evidence == "title" and speaker and resolver.first_seen.get(
            speaker, -1
        ) > c.mention.end and (earlier := _untitled_speaker_before(
            i, here, candidates, resolved, resolver, paragraphs
        )):
            # "- ..., siger Hummel." + "Ministeren afviser, at ..." before "statsminister
            # Eva Lund" is named: the earlier speaker whose title was never given, not a
            # holder the article brings in only later
            resolver.note_speaker(earlier, c.mention.start)
            return _Resolved(earlier, c.mention.text, c.cue, "previous", 1)
        unnamed = speaker is None or evidence == "descriptor"
        plural = c.mention.kind == "descriptor" and c.mention.text.lower().endswith(
            ("erne", "rne", "ene"))  # "svarer patienterne": a group, not the last speaker
        if plural and evidence == "descriptor" and (body := resolver.group_body(
            c.mention, [r.speaker for r in resolved[:i] if r is not None and r.speaker]
        )):  # "skriver forældrene" after "Forældregruppen for ..." spoke
            return _Resolved(body, c.mention.text, c.cue, "organisation",
                             tags=("group-body",))
        if unnamed and not plural and c.mention.kind in ("title", "descriptor") and _one_word(
            c.mention
        ) and c.mention.text.lower() != "familien":  # (the family of the one named before)
            # "tilføjede midtbanespilleren" / "lød det fra tyskeren": nobody holds the title,
            # so the person of the colon introduction, or of the quote just before
            if c.hint is not None:
                hinted, _ = resolver.resolve(c.hint)
                if hinted and hinted in resolver.people:
                    return _Resolved(hinted, c.mention.text, c.cue, "context")
            prev = _previous(i, candidates, resolved)
            if paragraphs and (named := _narrative_person(here, c.mention, candidates,
                                                          paragraphs, resolver)):
                # "Men Per Lund håber ikke ..." + "- ..., siger landmanden.": the one person
                # the narrative paragraph right before names, not the last speaker
                return _Resolved(named, c.mention.text, c.cue, "context", 1)
            if prev is not None and paragraphs:
                k, r = prev
                near = here - _paragraph_of(paragraphs, candidates[k].start) <= 2
                if near and r.speaker in resolver.people and not resolver.heads.get(r.speaker):
                    return _Resolved(r.speaker, c.mention.text, c.cue, "previous", 1)
        if speaker is None and c.mention.kind == "title":
            speaker, evidence = describe(c.mention.text), "descriptor"
        if evidence == "descriptor" and c.mention.kind == "descriptor":
            resolver.note_described(c.mention.text, c.mention.start)
        elif evidence == "descriptor" and c.mention.kind == "title" and _one_word(c.mention):
            # ", fortæller cheflægen." (nobody named holds it): a later "han" with no man
            # named before may be this speaker
            resolver.described_speakers.append((c.mention.start, speaker, "title"))
        if speaker:
            resolver.note_speaker(speaker, c.mention.start)
        lead = ("lead",) if c.mention.start in resolver.leads else ()
        return _Resolved(speaker, c.mention.text, c.cue, evidence, tags=lead)
    if c.cue is not None and (noun := _document_in_cue(c.cue)) and (
        sender := resolver.document_sender(noun, c.start)
    ):  # "»...,« lyder det i redegørelsen." after "Rigsrevisionen har sendt en redegørelse"
        return _Resolved(sender, None, c.cue, "context", 1)
    if c.follows == "link" and c.link is not None:
        k = candidates.index(c.link)
        r = resolved[k]
        if r is not None:
            return _Resolved(r.speaker, r.mention, c.cue, "previous", 1)
    prompt = c.follows == "context" and c.context is not None and _is_prompt(
        resolver.text, c.context)
    if prompt:
        # "Det virker, som om Mikkel er frisk igen!" between two answers: the interviewer's
        # prompt; the people it names are its topic, the answer goes on with the speaker
        # of the answer before it
        prev = _previous(i, candidates, resolved)
        if prev is not None and prev[1].speaker and (not paragraphs or here - _paragraph_of(
                paragraphs, candidates[prev[0]].start) <= 2):
            return _Resolved(prev[1].speaker, prev[1].mention, c.cue, "previous", 2)
    if c.follows == "context" and c.context is not None:
        found = resolver.in_context(c.context, c.context_first)
        prev = _previous(i, candidates, resolved)
        if found and prev is not None and prev[1].speaker == found and not any(
            c.context[0] <= s.pos < c.context[1] for s in resolver.seen
        ):  # "Han er direktør." between two quotes of one man: his quote goes on
            found = None
        if prompt and found and any(c.context[0] <= s.pos < c.context[1] and s.name == found
                                    for s in resolver.seen):
            found = None  # a prompt's topic is not the one who answers it
        if found and _is_group(found) and _FIRST_SINGULAR.search(resolver.text, c.start, c.end):
            found = None  # "Anmelderne roser bogen." + »Jeg er glad«: one person speaks
        if not found and (intro := _before_first_question(c, paragraphs, resolver.text)) and (
            _previous(i, candidates, resolved) is None
        ):  # "Vi har stillet forfatteren Jonas Krog tre spørgsmål." + "Hvad er ...?" +
            # »...«: the first answer of an interview is the one its introduction names
            found = resolver.in_context(intro, False)
        if found:
            distance = here - _paragraph_of(paragraphs, c.context[0]) if paragraphs else 1
            return _Resolved(found, None, c.cue, "context", distance)
        if paragraphs and (near := _nearest_narrative(c, candidates, i, paragraphs, resolver)):
            # "Træner Ole Dam så holdet tabe." + "Rystet:" + the quote: the introducing
            # paragraph names nobody, the narrative right before it does
            return _Resolved(near[0], None, c.cue, "context", here - near[1])
    if c.follows == "context" and paragraphs and _previous(i, candidates, resolved) is None and (
        named := _named_after(here, candidates, paragraphs, resolver)
    ):  # "»Jeg troede, jeg skulle dø.«" + "Lise Holm sidder i sit køkken ...": a quote
        # that opens the article is the person the story then brings in
        return _Resolved(named, None, c.cue, "context", 1)
    if c.follows in ("previous", "context", "link"):
        prev = _previous(i, candidates, resolved)
        if prev is not None:
            k, r = prev
            distance = here - _paragraph_of(paragraphs, candidates[k].start) if paragraphs else 1
            return _Resolved(r.speaker, r.mention, c.cue if c.cue is not None else r.cue,
                             "previous", distance)
    return _Resolved(None, None, c.cue, None)


# "formanden for Krifa": the title's complement, which tells its holder from others
_COMPLEMENT = re.compile(rf"{SP}(?P<prep>for|i|hos|ved|på){SP}(?P<complement>[^,.;:]+)\Z")
_DOCUMENT_NOUNS = ("redegørelse", "pressemeddelelse", "meddelelse", "udtalelse", "rapport",
                   "brev", "svar", "høringssvar", "notat", "skrivelse", "erklæring", "mail",
                   "e-mail", "opslag", "indstilling", "klage", "anbefaling")
"""Documents that speak for whoever sent them (``docs/gold-format.md``)."""
_DOCUMENT_CUE = re.compile(
    rf"(?<![\w-])(?:i|af){SP}(?:det{SP}|den{SP})?(?:[a-zæøå-]+{SP})?"
    rf"(?P<noun>{'|'.join(_DOCUMENT_NOUNS)})(?:en|et|n)(?![\w-])")
_FROM = re.compile(rf"{SP}fra{SP}")
_SENDS = re.compile(r"(?<![\w-])(?:sendt|sender|sendte|udsendt|udsender|udsendte|"
                    r"offentliggjort|offentliggør|offentliggjorde|fremlagt|fremlægger|"
                    r"fremlagde|skrevet|skriver|skrev|udarbejdet|udarbejder|udarbejdede|"
                    r"afgivet|afgiver|afgav|lavet|laver|lavede|udgivet|udgiver|udgav)(?![\w-])")
_IN_DOCUMENT = re.compile(
    rf"{SP}i{SP}(?:en|et|sin|sit|deres|dens|dets){SP}(?:[a-zæøå-]+{SP})?[a-zæøå-]*\Z")
_WORD_REST = re.compile(rf"[\w-]*{SP}")
_FOCUS_WORD = re.compile(rf"(?:Også|Både|Nu|Så|Derfor|Samtidig){SP}")


_HAS_GAP = re.compile(rf",?{SP}(?:har|havde)(?:{SP}[^\s,;:!?]+){{0,6}}?{SP}")


def _perfect_subject(c: QuoteCandidate, resolver: _Resolver) -> Mention | None:
    """The subject of a perfect whose participle is the cue, when the candidate's mention
    is the noun right after that participle: "Ministeriet har den 4. juli meddelt
    kommunerne, at", "Hummelgaard har i et brev oplyst Folketinget om, at". A Danish
    main clause with its subject first has the one told after the participle; the
    speaker is the subject before "har". None when the sentence does not open with its
    subject and "har" ("Derfor har ministeriet meddelt" puts the subject after "har",
    which the mention reader reads)."""
    m, cue = c.mention, c.cue
    if m is None or cue is None or " " in cue.strip() or not cue.endswith("t") or (
        not resolver.sentence_starts
    ):
        return None
    start = resolver._sentence_start(m.start)
    at = resolver.text.rfind(cue, start, m.start)
    if at < 0 or resolver.text[at + len(cue) : m.start].strip():
        return None  # the mention is not right after the participle
    subject = mention_at(resolver.text, start, at)
    if subject is None or subject.kind not in ("name", "organisation", "title"):
        return None
    return subject if _HAS_GAP.fullmatch(resolver.text, subject.end, at) else None


def _document_in_cue(cue: str) -> str | None:
    """The document a cue names: "lyder det i redegørelsen" -> "redegørelse"."""
    m = _DOCUMENT_CUE.search(cue)
    return m["noun"] if m else None


def _manner_word(c: QuoteCandidate, resolver: _Resolver) -> bool:
    """Whether a colon quote's speaker is one capitalised word that names nobody in the
    article ("Sammenbidt:", "Rystet:", "Kort:"): an adjective, participle or adverb of
    manner, however much it looks like a name, and no person or organisation."""
    m = c.mention
    if m is None or m.kind != "name" or " " in m.text.strip() or "colon" not in c.tags:
        return False
    if c.cue is not None or (resolver.text[m.end : m.end + 2].lstrip()[:1] != ":" and not (
        _manner_phrase(resolver, m)
    )):
        return False
    word = m.text.strip()
    if any(word in name.split() or name.startswith(word + " ") for name in resolver.people):
        return False
    return resolver.entity_canonical(m) is None and not gazetteer_lookup(word) and not any(
        a <= m.start < b and label in ("ORG", "PER") for a, b, label, _c in resolver.entities)


_MANNER_GO_ON = re.compile(rf"(?:{SP}[a-zæøå]+){{0,3}}?(?:,|{SP}og){SP}(?:med{SP})?[a-zæøå]")


def _manner_phrase(resolver: _Resolver, m: Mention) -> bool:
    """Whether a one-word mention opens its sentence as the first of coordinated manner
    phrases ("Vred og med knyttede næver stirrede han ...", "Rød i hovedet og med
    rystende hænder rejste han sig ...:"): an adjective list, not a name list ("Holm og
    Dam:", which the callers tell apart by the names the article gives)."""
    return resolver._sentence_start(m.start) == m.start and bool(
        _MANNER_GO_ON.match(resolver.text, m.end))


def _before_quote(c: QuoteCandidate, paragraphs: list[Paragraph]) -> tuple[int, int] | None:
    """The narrative before a quote: its own paragraph up to the mention, or the paragraph
    before when the quote's sentence starts it."""
    start = c.mention.start if c.mention is not None else c.start
    if not paragraphs:
        return None
    k = _paragraph_of(paragraphs, start)
    if paragraphs[k].start < start and paragraphs[k].start <= start:
        text_before = (paragraphs[k].start, start)
        if text_before[1] - text_before[0] > 1:
            return text_before
    before = [p for p in paragraphs[:k] if not (p.noise or p.caption)]
    return (before[-1].start, before[-1].end) if before else None


def _nearest_narrative(c: QuoteCandidate, candidates: list[QuoteCandidate], i: int,
                       paragraphs: list[Paragraph], resolver: _Resolver,
                       reach: int = 2) -> tuple[str, int] | None:
    """(person, paragraph index) of the nearest narrative paragraph before a quote whose
    introducing paragraph names nobody: its subject, else its last person named; None
    when a quote comes first (its speaker goes on) or none is within ``reach``."""
    if c.context is None:
        return None
    k = _paragraph_of(paragraphs, c.context[0])
    earlier = [q.end for q in candidates[:i]]
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        p = paragraphs[j]
        if p.noise or p.caption:
            continue
        if any(p.start < end <= p.end + 1 for end in earlier) or any(
            q.start < p.end and p.start < q.end for q in candidates
        ):
            return None  # a quote's paragraph: the previous speaker goes on
        if found := resolver.in_context((p.start, p.end), False):
            return (found, j) if found in resolver.people else None
    return None


def _narrative_person(here: int, title: Mention, candidates: list[QuoteCandidate],
                      paragraphs: list[Paragraph], resolver: _Resolver) -> str | None:
    """The one named person of the paragraph before paragraph ``here`` when that paragraph
    is narrative (no quote in it), names nobody else and does not bring in someone by the
    ``title`` itself ("Lars Bo mødte vagtchef ..."); None otherwise."""
    if here < 1:
        return None
    before = paragraphs[here - 1]
    if before.noise or before.caption or any(
        before.start <= c.start < before.end or c.start <= before.start < c.end
        for c in candidates
    ):
        return None
    if _SUBJECT_PRONOUN.match(resolver.text, before.start, before.end):
        return None  # "Han har talt med Per Lund.": he, not Per Lund, is its subject
    noun = definite_role_noun(title.text.lower())
    if noun and noun in resolver.text[before.start : before.end].lower():
        return None
    names = {s.name for s in resolver.seen if before.start <= s.pos < before.end}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if name in resolver.people and not resolver.heads.get(name) else None


def _named_after(here: int, candidates: list[QuoteCandidate], paragraphs: list[Paragraph],
                 resolver: _Resolver, reach: int = 8) -> str | None:
    """The person the first narrative paragraph after paragraph ``here`` that names anyone
    is about: its one named person, else its one sentence subject; None when that
    paragraph names several and no single subject, or none comes within ``reach``."""
    for p in paragraphs[here + 1 : here + 1 + reach]:
        if p.noise or p.caption or any(
            p.start <= c.start < p.end or c.start <= p.start < c.end for c in candidates
        ) or resolver.text[p.start : p.end].rstrip().endswith(("?", "!")):
            continue  # an interviewer's question or prompt names a topic, not the speaker
        there = [s for s in resolver.seen if p.start <= s.pos < p.end
                 and s.name in resolver.people]
        if not there:
            continue
        names = {s.name for s in there}
        subjects = {s.name for s in there if s.salient}
        if len(names) == 1:
            return names.pop()
        return subjects.pop() if len(subjects) == 1 else None
    return None


def _before_first_question(c: QuoteCandidate, paragraphs: list[Paragraph],
                           text: str) -> tuple[int, int] | None:
    """The paragraph before a quote's context when that context is a question (an
    interviewer's, in narrative type): the interview's introduction."""
    if c.context is None or not paragraphs or not text[c.context[0] : c.context[1]].rstrip(
    ).endswith("?"):
        return None
    k = _paragraph_of(paragraphs, c.context[0])
    before = [p for p in paragraphs[:k] if not (p.noise or p.caption)]
    return (before[-1].start, before[-1].end) if before else None


# ("I" is left out: far more often the pronoun "you" than "in" at a sentence start)
_FRONTED = ("Efter", "Før", "Under", "Ved", "På", "Derfor", "Så", "Senere", "Bagefter",
            "Nu", "Siden", "Til", "Kort", "Allerede", "Herefter", "Derefter", "Samtidig",
            "Alligevel", "Endelig", "Dermed", "Tidligere", "Om", "Sent", "Tirsdag",
            "Mandag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag", "Hurtigt")
# "Efter kort votering | besluttede | rettens dommere": a fronted adverbial (no name, no
# pronoun), a finite verb, then a plural or collective group: "dommerne", "rettens
# dommere", "de fleste af bestyrelsens medlemmer", "nævningernes flertal", "juryen"
_QUANTIFIER = rf"(?:de{SP}fleste|flere|alle|mange|nogle|begge)"
# a plural in -ere ("dommere", "borgere") or a listed one; a singular title in -er
# ("klubbens træner") is no group
_PLURAL = r"(?:[a-zæøå]{3,}ere|[a-zæøå]{2,}stre|medlemmer|elever|flertal|mindretal|jury|panel)"
_GENITIVE_GROUP = rf"[a-zæøå]+(?:ens|ets|nes){SP}{_PLURAL}"
_NUMBER = rf"(?:(?:to|tre|fire|fem|seks|syv|otte|ni|ti|\d+){SP})"
_PARTICIPLE_GROUP = (rf"de{SP}(?:ansatte|pårørende|fremmødte|tilstedeværende|berørte|"
                     rf"implicerede|tiltalte|sigtede)")
_GROUP_END = rf"(?![\w-])(?!{SP}[{UP}])"
_INVERTED_GROUP = re.compile(
    rf"(?:{'|'.join(_FRONTED)})(?:{SP}(?!(?:han|hun|de|vi|jeg|man|der|det|at|og|som){SP})"
    rf"[a-zæøå0-9-]+){{0,4}}?{SP}"
    rf"(?:[a-zæøå]+(?:ede|te|de|er)|gik|kom|var|fik|så|tog|lod|blev|ville|skulle|kunne|"
    rf"måtte){SP}"
    rf"(?P<group>(?:{_QUANTIFIER}{SP}(?:af{SP})?)?"
    rf"(?:{_GENITIVE_GROUP}"
    rf"|[a-zæøå]{{3,}}(?:erne|ene|rne)|flertallet|mindretallet|juryen|dommerpanelet)"
    rf"|{_QUANTIFIER}{SP}{_NUMBER}?{_PLURAL}|{_PARTICIPLE_GROUP})"
    rf"{_GROUP_END}"
)
# "Rettens dommere besluttede ...", "Alle tre dommere var enige.", "De ansatte stemte ...":
# a group that starts its sentence (first letter lower-cased before matching); a definite
# plural alone ("Dommerne") is left to the described subjects ("Tiderne" is no group)
_FIRST_GROUP = re.compile(
    rf"(?P<group>{_GENITIVE_GROUP}|{_QUANTIFIER}{SP}(?:af{SP})?(?:{_GENITIVE_GROUP}"
    rf"|{_NUMBER}?(?:{_PLURAL}|[a-zæøå]{{3,}}(?:erne|ene|rne)))|{_PARTICIPLE_GROUP})"
    rf"{_GROUP_END}{SP}[a-zæøå]"
)
_FIRST_SINGULAR = re.compile(r"(?<![\w-])(?:[Jj]eg|mig|min|mit|mine)(?![\w-])")
_SECOND_PERSON = re.compile(r"(?<![\w-])(?:du|dig|din|dit|dine|I|jer|jeres)(?![\w-])")


def _is_prompt(text: str, span: tuple[int, int]) -> bool:
    """Whether a paragraph is an interviewer's prompt: one short sentence ending in "!"
    ("Han var helt forrygende!"), or a question put to "du"/"I" ("Nu går I vel efter
    guldet?"); not "Hvad mener borgmester Lise Holm?" (a question about someone, whose
    answer is theirs). A cue makes it narrative."""
    body = text[span[0] : span[1]].strip()
    if len(body.split()) > 25 or ANY_CUE.search(body):
        return False
    if re.search(r"[.!?]\s+\S", body.rstrip(" !?.")):
        return False  # more than one sentence
    return body.endswith("!") or (body.endswith("?") and _SECOND_PERSON.search(body) is not None)


# "de to": the two people named before
_TWO = re.compile(r" to(?![\w-])")
# a sentence that starts with a plural word or names a plural noun before "de"
_PLURAL_FIRST = re.compile(r"\s*[-–]?\s*(?:De|de|Alle|Begge|Flere|Mange|Nogle)(?![\w-])")
_PLURAL_NOUN = re.compile(r"(?<![\w-])[\wæøå-]{3,}(?:erne|ene|rne)(?![\w-])", re.I)
# a dash or quote mark before a sentence's first word
_SENTENCE_LEAD = re.compile(r"[\s\-–»«\"]+")
_GROUP_FIRST = frozenset({"alle", "de", "begge", "flere", "mange", "nogle", "to", "tre"})


def _is_group(descriptor: str) -> bool:
    """Whether a described speaker is a group ("ministrene", "alle ministre på
    pressemødet", "beboerne"), the referent a later "de" may have; "en beboer" is one."""
    words = descriptor.lower().split()
    return words[0] in _GROUP_FIRST or words[0].endswith(("erne", "ene", "rne")) or (
        words[0] == "de" and len(words) == 2) or (
        len(words) == 2 and words[0].endswith(("ens", "ets", "nes"))
        and words[1].endswith(("ere", "mer", "ver", "tal", "jury", "panel")))  # "rettens dommere"


def _one_word(mention: Mention) -> bool:
    """Whether a title or descriptor is one noun, maybe with "den" and adjectives before
    it ("landmanden", "den garvede landmand", "den 45-årige", also "fra Vejle" after
    it): a person the text may have named just before, not a group or a phrase with a
    complement."""
    words = mention.text.split()
    if len(words) > 3 and words[-2] in ("fra", "i", "på") and words[-1][:1].isupper():
        words = words[:-2]  # "den 19-årige fra Vejle"
    return len(words) == 1 or (2 <= len(words) <= 4 and words[0].lower() in ("den", "det")
                               and all(w.islower() and w.replace("-", "").isalnum()
                                       for w in words[1:]))


class SpeakerResolver:
    """Resolve quote candidates to ``Quote`` records; writes ``doc._.quotes``."""

    def __init__(self, nlp: Language, name: str = "pressespejl_speakers") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))

    def find(self, doc: Doc) -> list[Quote]:
        people = list(doc._.people or [])
        heads = doc._.pp_role_heads or {}
        candidates = doc._.pp_quote_candidates or []
        return resolve_speakers(candidates, people, heads, _seen_people(doc, people),
                                text_of(doc), entity_tuples(doc), doc._.pp_paragraphs or [],
                                [a for a, _b in doc._.pp_sentences or ()])

    def set_annotations(self, doc: Doc, quotes: list[Quote]) -> Doc:
        doc._.quotes = quotes
        return doc


@Language.factory("pressespejl_speakers")
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    """Canonical speakers for quotes: names, surnames, titles, pronouns, organisations."""
    return SpeakerResolver(nlp, name)
