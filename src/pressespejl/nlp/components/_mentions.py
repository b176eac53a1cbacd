"""Read the speaker mention at a position: "Stoltenberg", "han", "udenrigsministeren" ...

The quotes component finds where a speaker phrase starts (after "siger", before
"håber, at"); ``mention_at`` reads how far the mention goes and what kind it is. The
speakers component then resolves it to a canonical name.

Kinds (they become ``Quote.evidence`` once resolved):

    pronoun        "han", "hun", "de"; after "ifølge" also "ham", "hende"
    name           "Jens Stoltenberg", "Stoltenberg", "Natos generalsekretær, Jens Stoltenberg",
                   "vagthavende meteorolog ved DMI (DMI) Klaus Larsen"
    title          "udenrigsministeren", "den russiske viceudenrigsminister",
                   "FCM-træneren", a bare "meteorolog" ending the attribution
    organisation   "Rusland", "Nato", "politiet", "Foreningen", "DigitalEurope" (in
                   "Brancheorganisationen DigitalEurope"), "OCHA" (in "FN's kontor
                   for ..., OCHA"), "Syd- og Sønderjyllands Politi" (in "ledelsen i
                   Syd- og Sønderjyllands Politi")
    joint          "De Radikale, Enhedslisten og Alternativet" (``parts`` holds each)
    descriptor     an unnamed speaker as the text describes them: "vagthavende ved
                   Nordsjællands Politi", "Mange af de afviste asylansøgere", "en beboer
                   i området", "højttaleren i toget" (a person noun, not a name)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pressespejl.nlp.components._lexicon import (
    ADJECTIVE,
    CAPITALISED_RUN,
    FIRST_NAME_WORDS,
    GENITIVE_WORD,
    LO,
    LOWER_GENITIVE_WORD,
    PERSON_NAME,
    POSTMOD_ORG,
    ROLE_NP,
    SP,
    UP,
    gazetteer_lookup,
    is_common_noun,
    is_definite_title,
    is_first_name,
    is_non_name,
    is_sentence_opener,
    lemma_of,
    split_name_off,
    title_head,
)
from pressespejl.nlp.da.media_nouns import MEDIA_NOUNS, MEDIA_OUTLETS
from pressespejl.nlp.da.organisation_nouns import ORGANISATION_NOUNS
from pressespejl.nlp.da.pronouns import OBJECT_PRONOUNS, PRONOUNS
from pressespejl.nlp.da.site_chrome import LABEL_ONLY as _LABEL_ONLY
from pressespejl.nlp.da.site_chrome import PAGE_LABELS as CHROME_WORDS
from pressespejl.nlp.da.speaking_bodies import (
    BODY_NOUNS,
    BODY_SYNONYMS,
    COMPANY_COMPOUND_ENDINGS,
    COMPANY_NOUNS,
    DEPARTMENT_NOUNS,
    GOVERNING_BODIES,
    NAMING_NOUNS,
)


@dataclass(frozen=True)
class Mention:
    """A speaker phrase as written: ``text`` at ``start``/``end`` in ``doc.text``."""

    text: str
    start: int
    end: int
    kind: str  # pronoun | name | title | organisation | joint | descriptor
    role: str | None = None  # "Natos generalsekretær" when written next to the name
    parts: tuple[Mention, ...] = ()  # the speakers of a joint mention


_PRONOUN = re.compile(rf"(?:{'|'.join(PRONOUNS)})(?![\w])", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(rf"(?:{'|'.join(OBJECT_PRONOUNS)})(?![\w])", re.IGNORECASE)
# "en ærgerlig Trine Østergaard", "den glade Per Holm": a mood before the name
_DESCRIBED_NAME = re.compile(
    rf"(?:[Ee]n|[Ee]t|[Dd]en|[Dd]et){SP}(?:[{LO}]+{SP}){{1,2}}(?P<name>{PERSON_NAME})"
)
# "De Radikale" (the pronoun "De" before a name), "van Gaal" (a particle first)
_NAME_NEXT = re.compile(rf"{SP}[{UP}]")
_PARTICLE_NAME = re.compile(
    rf"(?:van|von|af|du|la|le|De|Det){SP}[{UP}][{LO}][\w'’-]*"
    rf"(?:{SP}[{UP}][{LO}][\w'’-]*)*"
)
# "den magtfulde fagforeningsformand": a definite adjective no list holds, then a title
_DEFINITE_ADJ_TITLE = re.compile(
    rf"(?:[Dd]en|[Dd]et){SP}(?:[{LO}]+e{SP}){{1,3}}(?P<title>[{LO}-]+)(?![\w-])"
)
# the rest of a name after an initial: "K" + ". Nielsen"
_INITIAL_GOES_ON = re.compile(rf"\.{SP}{CAPITALISED_RUN}")
# "A.P. Møller-Mærsk": dotted initials and a name
_DOTTED = re.compile(rf"(?:[{UP}]\.){{1,3}}{SP}?[{UP}][\w-]+(?:{SP}[{UP}][\w-]+)?")
# "Sydsjællands og Lolland-Falsters Politi": "og" between the genitives of one name
_GENITIVE_AND = re.compile(rf"(?<=s){SP}og{SP}(?P<tail>[{UP}][\w-]*s{SP}[{UP}][\w-]+)")
# "(DMI)" after a role's organisation, before the name
_PARENTHESIS = re.compile(rf"{SP}\([^()\n]{{1,20}}\)")
# "og Pia Olsen Dyhr", ", Enhedslisten" after a first speaker
# "A, B og C"; a party's letters may follow each name ("Anne Holm (K) og Per Lund"), and
# a lower-case role may come before the next name ("og gruppeformand Per Lund")
_JOINT_NEXT = re.compile(
    rf"(?:{SP}\([{UP}]{{1,3}}\))?(?:,|{SP}og){SP}(?=[{UP}]|[{LO}-]+{SP}[{UP}])")
# "ledelsen i Syd- og Sønderjyllands Politi": a part of an organisation speaks for it
_ORG_PART = re.compile(
    rf"(?:[Ll]edelsen|[Pp]resseafdelingen|[Pp]ressetjenesten|[Kk]ommunikationsafdelingen"
    rf"|[Dd]irektionen|[Bb]estyrelsen|[Ss]ekretariatet|[Ff]orvaltningen|[Aa]dministrationen)"
    rf"{SP}(?:i|hos|for|ved|på){SP}"
    rf"(?P<org>{CAPITALISED_RUN})"
)
# "vagthavende ved Nordsjællands Politi": on duty, no title noun, no name
_ON_DUTY = re.compile(
    rf"(?:[Dd]en{SP})?[Vv]agthavende{SP}(?:ved|hos|i|fra|på){SP}(?P<org>{CAPITALISED_RUN})"
)
# a described, unnamed speaker: "Mange af de afviste asylansøgere", "en beboer i området",
# "højttaleren i toget", "vidner". The head must look like a person noun (an agent noun
# in -er/-ere/-erne, -ende, -ist, or a listed one): "Flere detaljer" would otherwise speak.
_PERSON_WORDS = (
    rf"(?:nabo|vidne|folk|publikum|passager|tilskuer|borger|ekspert|pædagog|soldat|elev"
    rf"|sygeplejerske|kollega|kolleger|turist|patient|forælder|forældre)[{LO}]*"
    rf"|(?:mand|manden|mænd|mændene|kvinde|kvinden|kvinder|kvinderne|dreng|drengen"
    rf"|pige|pigen|piger|pigerne|barn|barnet|børn|børnene|moren|faren|sønnen|datteren"
    rf"|kone|konen|ven|vennen|venner|vennerne)(?![{LO}])"
)
_PERSON_WORD = re.compile(_PERSON_WORDS)
_PERSON_NOUN = (
    rf"{_PERSON_WORDS}|[{LO}]+(?:ere|erne|eren|er|ende|ist|ister|isten|isterne|ør|ører|øren"
    rf"|ørerne|ant|anter|anten|anterne)"
)
_DESCRIPTORS = [re.compile(
    rf"(?:(?:[Mm]ange|[Ff]lere|[Nn]ogle|[Aa]lle|[Ee]n|[Ee]t|[Dd]en|[Dd]e|[Ee]nkelte|[Tt]o|[Tt]re"
    rf"|{GENITIVE_WORD}|{LOWER_GENITIVE_WORD})(?:{SP}af(?:{SP}(?:de|dem))?)?{SP})?(?:(?:[{LO}]+(?<!rn)(?<!en)e|\d+-årige?|anden|andet|andre){SP}){{{adjectives}}}"
    rf"(?P<head>{_PERSON_NOUN})"
    rf"(?:{SP}(?:i|fra|på|ved|hos){SP}(?:(?:[{LO}]+{SP}){{0,1}}[{LO}]+(?:en|et|erne|ene)"
    rf"|[{UP}][{LO}]+))?(?![\w-])"
) for adjectives in (2, 1, 0)]
"""A described, unnamed speaker with two, one or no adjectives before its head noun."""
_NOT_PERSON_NOUNS = frozenset({
    "der", "her", "under", "efter", "over", "senere", "tidligere", "sommer", "vinter",
    "planer", "tider", "timer", "regler", "kroner", "numre", "penge", "andre", "flere",
    "sager", "ting", "oplysninger", "meldinger", "detaljer", "tal", "problemer", "fejl",
    "hver",
})
# a share of a surveyed group: "hver fjerde", "hver tredje dansker", "halvdelen af de
# adspurgte", "to ud af tre vælgere", "flertallet af medlemmerne"; the share speaks
_SHARE = re.compile(
    rf"(?:[Hh]ver{SP}(?:anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende)"
    rf"|[Hh]alvdelen|[Ff]lertallet|[Mm]indretallet|[Dd]e{SP}fleste"
    rf"|(?:[Tt]o|[Tt]re|[Ff]ire|[Ff]em|\d+){SP}ud{SP}af{SP}(?:tre|fire|fem|seks|ti|\d+))"
    rf"(?:{SP}af{SP}(?:(?:de|dem){SP})?[{LO}-]{{3,}}"
    rf"|{SP}(?:dansker|danskere|borgere|vælgere|adspurgte|deltagere|medlemmer|medlemmerne"
    rf"|forældre|patienter|elever|lærere|læsere|unge|ældre|kunder|lyttere|seere"
    rf"|respondenter))?"
    rf"(?![\w-])"
)
# after a role: ", Jens Stoltenberg", " Lars Brink", ", advokat Kristian Dahl",
# ", 36-årige Camilla Storm", ", amerikanske Jessica Hale"
_NAME_AFTER_ROLE = re.compile(
    rf"(?P<comma>,?){SP}(?:(?:{ROLE_NP}|{ADJECTIVE}){SP})?(?P<name>{PERSON_NAME})"
)
_ROLE = re.compile(rf"(?P<role>{ROLE_NP})")
_RUN = re.compile(CAPITALISED_RUN)
_WORD = re.compile(r"[\wæøåÆØÅ-]+")
_ORG_NOUN_WORD = re.compile(r"[\w-]+")
# "Brancheorganisationen DigitalEurope", "Den tyske industriforening BDI"
_ORG_NOUN_NAME = re.compile(
    rf"(?:(?:[Dd]en|[Dd]et|[Ee]n|[Ee]t){SP})?(?:{ADJECTIVE}{SP}){{0,2}}"
    rf"(?P<noun>[\w-]+){SP}(?P<name>{CAPITALISED_RUN})"
)
# "FN's kontor for koordinering af humanitær bistand, OCHA": the acronym is the name
_ACRONYM_APPOSITION = re.compile(
    rf"{GENITIVE_WORD}(?:{SP}[{LO}][\w-]*){{1,8}},{SP}(?P<acronym>[{UP}]{{2,8}})(?![\w])"
)


def _name_kind(text: str) -> str | None:
    """Whether a capitalised run is an organisation/place, a name, or not a speaker."""
    if gazetteer_lookup(text) or organisation_noun(text) or _definite_medium(text) or (
        text.lower() in DEPARTMENT_NOUNS or text.lower() in BODY_SYNONYMS
    ):
        return "organisation"
    words = text.split()
    first = words[0]
    if title_head(first) or (is_non_name(first) and not (
            len(words) > 1 and first in FIRST_NAME_WORDS)):
        return None
    return "name"


def common_definite(word: str) -> bool:
    """Whether a capitalised single word is a common noun in the definite form,
    capitalised only because it starts the sentence ("Rapporten", "Kvinden"). Callers
    ask only at a sentence start: "Biden" mid-sentence is a name."""
    low = word.lower()
    return (low.endswith(("en", "et", "ene", "erne")) and not is_first_name(word)
            and is_common_noun(low))


def _medium_in_name(text: str, pos: int, noun: str) -> bool:
    """Whether a media noun is part of a name: "DAGBLADET Roskilde", "Dagbladet
    Information" mid-sentence (capitalised where no sentence starts)."""
    if noun.lower() not in MEDIA_NOUNS or noun.islower():
        return False
    before = text[:pos].rstrip()
    return noun.isupper() or not (not before or before[-1] in ".!?:\n")


def organisation_noun_end_word(name: str) -> bool:
    """Whether a name's last word is an organisation noun ("... Politi", "... Kommune")."""
    last = name.split()[-1].lower()
    return last in ORGANISATION_NOUNS.values() or last in ORGANISATION_NOUNS

def company_noun(word: str) -> str | None:
    """The company noun a definite word is or ends in ("slagteriet", "svineslagteriet",
    "vindmølleproducenten" -> "producenten"), from ``speaking_bodies.py``; None for a
    bare "producenten" (maybe a person) and any other word."""
    low = word.lower()
    if low in COMPANY_NOUNS:
        return low
    return next((e for e in (*COMPANY_NOUNS, *COMPANY_COMPOUND_ENDINGS)
                 if low.endswith(e) and len(low) > len(e) + 2), None)


def organisation_noun(word: str) -> str | None:
    """The indefinite noun of a definite organisation noun: "Foreningen" -> "forening"."""
    return ORGANISATION_NOUNS.get(word.lower())


def _is_organisation_noun_word(word: str) -> bool:
    """Whether ``word`` is an organisation noun, or a compound ending in one, written
    indefinite or definite: "industriforening", "Brancheorganisationen", "softwarefirma";
    or a news medium ("avisen Politiken", "den svenske tv-station SVT")."""
    low = word.lower()
    return low in MEDIA_NOUNS or any(low.endswith((definite, indefinite))
                                     for definite, indefinite in ORGANISATION_NOUNS.items())


def _definite_medium(word: str) -> bool:
    """"avisen", "Mediet", "tv-stationen": a news medium the article names elsewhere."""
    return word.lower() in MEDIA_NOUNS and word.lower().endswith(("en", "et"))


def _introduces_name(noun: str, name: str) -> bool:
    """Whether a lower-case definite noun introduces an organisation's name in close
    apposition: "nyhedstjenesten Bloomberg", "tænketanken Cepos" (not a person:
    "lægen Ole Holm" names a person by a job)."""
    return (noun.islower() and noun.endswith(("en", "et")) and len(noun) > 4
            and not is_first_name(name.split()[0]) and lemma_of(noun) not in (None, noun))


def _role_then_name(text: str, pos: int, end: int) -> Mention | None:
    """A role and the name it introduces: "Natos generalsekretær, Jens Stoltenberg",
    "vagtchef ved Fyns Politi Lars Brink" (the name is cut off the organisation),
    "meteorolog ved Danmarks Meteorologiske Institut (DMI) Klaus Larsen"."""
    m = _ROLE.match(text, pos, end)
    if not m:
        return None
    role_end = m.end()
    post = POSTMOD_ORG.search(text, m.start(), role_end)
    if post and post["org"]:
        role_end = split_name_off(text, post.start("org"), post.end("org"))
    name_from = role_end
    if paren := _PARENTHESIS.match(text, role_end, end):
        name_from = paren.end()
    after = _NAME_AFTER_ROLE.match(text, name_from, end)
    if after and _name_kind(after["name"]) == "name":
        role = text[m.start() : role_end]
        return Mention(after["name"], after.start("name"), after.end("name"), "name", role)
    # "udenrigsministeren", "den russiske viceudenrigsminister", "Natos generalsekretær";
    # a bare indefinite "minister" is a mention only where the attribution ends with it
    # (", siger meteorolog." in a lead: the article names the meteorologist later)
    role = text[m.start() : role_end]
    if " " in role or is_definite_title(role):
        return Mention(role, m.start(), role_end, "title", role)
    if not text[role_end:end].strip(" .!"):
        return Mention(role, m.start(), role_end, "title", role)
    # "vagtchef ved samme politikreds Bo Lund": a place of work no name gives, then the name
    return _name_after_job(text, Mention(role, m.start(), role_end, "title", role), end)


# "politisk ordfører", "konstitueret direktør", "teknisk chef": an adjective with no
# article before a title ("den politiske ordfører" is read by the role pattern itself)
_INDEFINITE_ADJECTIVE = re.compile(
    rf"(?:[{LO}]{{3,}}(?:isk|lig)|konstitueret|kommunal|national|international|regional"
    rf"|kommerciel|finansiel|ny|nyvalgt|tidligere|fungerende|administrerende)"
    rf"{SP}(?=[{LO}])"
)


def _indefinite_role(text: str, pos: int, end: int) -> Mention | None:
    """A person whose role starts with an adjective in the indefinite form, no article
    before it: "politisk ordfører Mette Lund (EL)", "konstitueret direktør i Styrelsen
    for Vand, Ida Bak" -> the name, the whole phrase its role. Only a name: the bare
    "politisk ordfører" is left to the other readers."""
    m = _INDEFINITE_ADJECTIVE.match(text, pos, end)
    if m is None:
        return None
    inner = _role_then_name(text, m.end(), end)
    if inner is None or inner.kind != "name" or inner.role is None:
        return None
    return replace(inner, role=text[pos : inner.start].rstrip(" ,"))


# "'Bedre Byer'", "»Læger uden Grænser«", "”Grønne Gader”": a name in quote marks, each
# opening mark with its own closing marks; a capital first, at most six words, no
# sentence punctuation inside
_QUOTE_PAIRS = {"'": "'", '"': '"', "»": "«", "«": "»", "“": "”", "”": "”", "„": "“",
                "‘": "’", "’": "’"}
_QUOTED_NAME = re.compile(
    rf"(?P<open>['\"»«“”„‘’])(?P<name>[{UP}][^'\"»«“”„‘’\n.!?:;,]{{0,60}}?)"
    rf"(?P<close>['\"»«“”’])(?![\w])")
# "foreningen 'Bedre Byer'", "den nye organisation »Red Barnet«": a noun, then the name
_NOUN_QUOTED = re.compile(
    rf"(?:(?:[Dd]en|[Dd]et|[Ee]n|[Ee]t){SP})?(?:{ADJECTIVE}{SP}){{0,2}}(?P<noun>[\w-]+){SP}")


def quoted_name_at(text: str, pos: int, end: int) -> Mention | None:
    """A name written in quote marks at ``pos``, the marks left out of the name: an
    organisation ("»Læger uden Grænser«", "'Bedre Byer'"), or a person known by a first
    name only ("»Maria«", a name the article changed). The mention spans the marks, so the
    attribution is read to its end. None for quoted words that are no name ("»nej«",
    "»Det er slut«", which are more than a name)."""
    m = _QUOTED_NAME.match(text, pos, end)
    if m is None:
        return None
    if _QUOTE_PAIRS[m["open"]] != m["close"] and not (m["open"] in "»«" and m["close"] in "»«"):
        return None  # "'Bedre Byer«": marks that do not pair
    name = m["name"].strip()
    words = name.split()
    if not words or len(words) > 6 or name != m["name"] or words[0].lower() in PRONOUNS or (
        is_non_name(words[0]) and not gazetteer_lookup(name)
    ):
        return None
    if len(words) > 1 and not all(w[:1].isupper() or w in _NAME_GLUE for w in words):
        return None  # "»Det er slut«": a sentence, not a name
    if len(words) == 1 and not (is_first_name(name) or gazetteer_lookup(name) or (
        name.isupper() and len(name) > 1
    )):
        return None  # "»Nej«", "»Druk«": a word or a title, not a known name
    kind = "name" if len(words) == 1 and is_first_name(name) else "organisation"
    return Mention(name, m.start(), m.end(), kind)


_NAME_GLUE = frozenset({"og", "for", "uden", "i", "af", "til", "på", "mod", "med", "de", "&"})
"""Lower-case words inside an organisation's name ("Læger uden Grænser", "Red Barnet og
Venner", "Foreningen til Dyrenes Beskyttelse")."""


def _noun_then_quoted(text: str, pos: int, end: int) -> Mention | None:
    """An organisation noun and the quoted name it introduces: "foreningen 'Bedre Byer'",
    "organisationen »Red Barnet«", "den nye bevægelse ”Grøn By”" -> the name."""
    m = _NOUN_QUOTED.match(text, pos, end)
    if m is None:
        return None
    noun = m["noun"]
    low = noun.lower()
    if not (_is_organisation_noun_word(noun) or low.endswith(_NAMING_DEFINITES)):
        return None  # "foreningen", "netværket", "borgergruppen"; not "sangen"
    named = quoted_name_at(text, m.end(), end)
    return replace(named, kind="organisation") if named is not None else None


_NAMING_DEFINITES = tuple(f"{noun}{end}" for noun in NAMING_NOUNS for end in ("en", "et", "n")
                          if not (noun.endswith("e") and end == "en"))
_INDEFINITE_ONE = re.compile(rf"(?:[Ee]n|[Ee]t){SP}(?=[{LO}])")
_INDEFINITE_ADJ = re.compile(rf"(?:anden|tidligere|ny|[{LO}]{{3,}}e){SP}(?=[{LO}])")


def _indefinite_then_name(text: str, pos: int, end: int) -> Mention | None:
    """A person brought in by an indefinite role and named in apposition: "en talsmand for
    firmaet, Jens Ole Berg", "en pressemedarbejder hos Fyns Politi, Lone Krag" -> the
    name, the role without its article. Only a name: "en talsmand for firmaet" alone
    is left to the descriptor readers."""
    m = _INDEFINITE_ONE.match(text, pos, end)
    if m is None or text.startswith("af ", m.end()):
        return None
    starts = [m.end()]
    if adjective := _INDEFINITE_ADJ.match(text, m.end(), end):  # "en tidligere ansat"
        starts.append(adjective.end())
    for start in starts:
        inner = _role_then_name(text, start, end)
        if inner is not None and inner.kind == "name" and inner.role is not None:
            return inner
    inner = _role_then_name(text, m.end(), end)
    if inner is not None and inner.kind == "title" and " " in inner.text:
        # "en talsmand for EU-Kommissionen": an unnamed holder of a role in a body the
        # name of which the descriptor readers do not take (a capital after "for")
        return Mention(text[pos : inner.end], pos, inner.end, "descriptor")
    return None


def mention_at(text: str, pos: int, end: int | None = None,
               object_pronouns: bool = False) -> Mention | None:
    """The speaker mention that starts at ``text[pos]``, or None.

    Args:
        text: the whole ``doc.text``.
        pos: where the speaker phrase starts (first non-space character).
        end: where the phrase must stop at the latest (sentence end).
        object_pronouns: also read "ham"/"hende"/"dem" (after "ifølge").

    Notes:
        A role written next to a name ("den russiske viceudenrigsminister, Sergej
        Rjabkov") makes the name the mention and keeps the role; a title alone
        ("udenrigsministeren") is a ``title`` mention that the speakers component
        matches against the roles of people named earlier. A noun that names a kind of
        organisation gives way to the name it introduces ("Brancheorganisationen
        DigitalEurope" -> "DigitalEurope"); alone ("Foreningen", "politiet") it is an
        ``organisation`` mention the speakers component links to a name. Names joined by
        "," and "og" are one ``joint`` mention; an unnamed person described by a person
        noun is a ``descriptor``.
    """
    end = len(text) if end is None else end
    single = _single_at(text, pos, end, object_pronouns)
    if single is None or single.kind not in ("name", "organisation"):
        return single
    return _joint(text, single, end) or single


# "selskabets ledelse", "Koncernens direktion": a definite organisation noun's genitive
# and the body through which it speaks
_GENITIVE_BODY = re.compile(rf"(?P<owner>[{UP}{LO}][{LO}-]{{3,}}(?:et|en)s){SP}"
                            rf"(?P<body>{'|'.join(GOVERNING_BODIES)})(?![\w-])")


# "minister for fødevarer, landbrug og fiskeri, Jacob Jensen", "Naalakkersuisoqmedlem for
# Fiskeri, Fangst og Landbrug, Karl-Kristian Kruse": a role whose complement is a list,
# then the name in apposition
_ROLE_LIST_NAME = re.compile(
    rf"(?P<role>[\w-]{{4,}}{SP}(?:for|i|hos|ved){SP}(?P<complement>[^.;:!?\n»«\"]{{3,80}}?)),"
    rf"{SP}(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’-]+){{1,3}})(?=[,.;:!?]|{SP}|\Z)")
# "Social- og indenrigsministeriet", "Børne-, unge- og familieforvaltningen": a
# coordinated compound whose later parts are written in lower case
_COORDINATED_BODY = re.compile(rf"[{UP}][{LO}]+-(?:,{SP}[{LO}]+-)*{SP}og{SP}"
                               rf"(?P<last>[{LO}]{{4,}})(?![\w-])")


def genitive_body(text: str, pos: int, end: int) -> Mention | None:
    """An organisation speaking through its board or management ("selskabets ledelse",
    "koncernens direktion", ``GOVERNING_BODIES``): an organisation mention of the whole
    phrase, read when the genitive is a definite organisation or company noun."""
    m = _GENITIVE_BODY.match(text, pos, end)
    if m is None:
        return None
    owner = m["owner"][:-1].lower()
    if not (organisation_noun(owner) or company_noun(owner) or owner.endswith(
            ("selskabet", "virksomheden", "koncernen"))):
        return None
    return Mention(m.group(), m.start(), m.end(), "organisation")


def kin_at(text: str, pos: int, end: int) -> Mention | None:
    """A relative or helper named by a possessive pronoun ("hans datter", "hendes mand",
    "deres advokat"), or "familien": a descriptor; with a name in apposition ("hans
    datter, Lise Lund,") the name, with the phrase as its role. Never the person the
    pronoun points at, who is the topic, not the speaker."""
    m = _KIN.match(text, pos, end)
    if m is None:
        return None
    noun = m["noun"].lower()
    if noun == "familien" and m.group() == m["noun"]:
        return Mention(m.group(), m.start(), m.end(), "descriptor")
    if m.group() == m["noun"] or noun not in _KIN_NOUNS:
        return None
    if (named := _NAMED_AFTER.match(text, m.end(), end)) and is_first_name(
            named["name"].split()[0]):
        return Mention(named["name"], named.start("name"), named.end("name"), "name",
                       m.group())
    if title_head(noun) is not None:
        return None  # "hans forsvarer": a title mention, which its holder may resolve
    return Mention(m.group(), m.start(), m.end(), "descriptor")


def _single_at(text: str, pos: int, end: int, object_pronouns: bool) -> Mention | None:
    if m := _SHARE.match(text, pos, end):  # "De fleste", "To ud af tre": no pronoun, no name
        return Mention(m.group(), m.start(), m.end(), "descriptor")
    if kin := kin_at(text, pos, end):  # "siger hans datter, Lise Lund", "oplyser familien"
        return kin
    if (m := _PRONOUN.match(text, pos, end)) and not _NAME_NEXT.match(text, m.end(), end):
        described = descriptor_at(text, pos, end) if m.group().lower() == "de" else None
        if described is None or described.end <= m.end():  # "De lokale beboere" describes
            return Mention(m.group(), m.start(), m.end(), "pronoun")
        return described
    if m := _PARTICLE_NAME.match(text, pos, end):  # "van Gaal", "De Radikale"
        kind = "organisation" if m.group().split()[0] in ("De", "Det") else "name"
        return Mention(m.group(), m.start(), m.end(), kind)
    if object_pronouns and (m := _OBJECT_PRONOUN.match(text, pos, end)):
        return Mention(m.group(), m.start(), m.end(), "pronoun")
    if quoted := quoted_name_at(text, pos, end):
        return quoted  # "siger »Læger uden Grænser«"
    if body := genitive_body(text, pos, end):
        return body  # "skriver selskabets ledelse"
    if m := _ORG_PART.match(text, pos, end):
        return Mention(m["org"], m.start("org"), m.end("org"), "organisation")
    if named := _indefinite_then_name(text, pos, end):
        return named  # "en talsmand for firmaet, Jens Ole Berg"
    if quoted := _noun_then_quoted(text, pos, end):
        return quoted  # "foreningen 'Bedre Byer'"
    if m := _ON_DUTY.match(text, pos, end):
        org_end = split_name_off(text, m.start("org"), m.end("org"))
        if (named := _NAMED_AFTER.match(text, org_end, end)) and is_first_name(
            named["name"].split()[0]
        ) and _name_kind(named["name"]) == "name":
            # "vagthavende hos Vejdirektoratet, Lise Holm", "vagthavende ved Fyns Politi
            # Lars Brink": the person on duty is named
            return Mention(named["name"], named.start("name"), named.end("name"), "name",
                           text[m.start() : org_end])
        return Mention(text[m.start() : org_end], m.start(), org_end, "descriptor")
    if mention := _role_then_name(text, pos, end):
        if mention.kind == "title" and (named := _name_after_job(text, mention, end)):
            return named  # "forsvarer for den tiltalte, Ole Bak"
        return mention
    if mention := _indefinite_role(text, pos, end):
        return mention  # "politisk ordfører Mette Lund"
    if (m := _DESCRIBED_NAME.match(text, pos, end)) and _name_kind(m["name"]) == "name":
        return Mention(m["name"], m.start("name"), m.end("name"), "name")
    if (m := _DEFINITE_ADJ_TITLE.match(text, pos, end)) and title_head(m["title"]):
        return Mention(m.group(), m.start(), m.end(), "title", m.group())
    if (m := _ORG_NOUN_NAME.match(text, pos, end)) and (
        _is_organisation_noun_word(m["noun"]) or _introduces_name(m["noun"], m["name"])
    ) and not _medium_in_name(text, m.start("noun"), m["noun"]):
        name = m["name"]
        if _name_kind(name) and not organisation_noun(name.split()[0]):
            if _name_kind(name) == "name" and (
                    person := _person_after(text, m.start(), m.start("name"), m.end("name"))):
                return person  # "Miljøstyrelsen Karen Bech": a person of the organisation
            return Mention(name, m.start("name"), m.end("name"), "organisation")
    if m := _ACRONYM_APPOSITION.match(text, pos, end):
        return Mention(m["acronym"], m.start("acronym"), m.end("acronym"), "organisation")
    if m := _DOTTED.match(text, pos, end):  # "A.P. Møller-Mærsk"
        return Mention(m.group(), m.start(), m.end(), "organisation")
    if (m := _ROLE_LIST_NAME.match(text, pos, end)) and is_first_name(m["name"].split()[0]) and (
        "," in m["complement"] or " og " in m["complement"]
    ):  # "minister for fødevarer, landbrug og fiskeri, Jacob Jensen": the name speaks
        return Mention(m["name"], m.start("name"), m.end("name"), "name", m["role"])
    if (m := _COORDINATED_BODY.match(text, pos, end)) and _is_organisation_noun_word(
            m["last"]):  # "Social- og indenrigsministeriet" (the second part not capitalised)
        return Mention(m.group(), m.start(), m.end(), "organisation")
    if (label := _chrome_label(text, pos, end)) is not None:
        # "Indland Han siger", "DR Nyheder Ole Holm fortæller": a section label of the
        # page glued to the sentence is never a speaker; the words after it may be
        if label < end:
            return _single_at(text, label, end, object_pronouns)
        alone = text[pos:end].strip(" .,:")
        # "Det skriver Finans.": a label alone after a cue is the medium of that name
        return Mention(alone, pos, pos + len(alone), "organisation") if (
            alone in MEDIA_OUTLETS) else None
    if m := _RUN.match(text, pos, end):
        stop = _run_end(text, m.start(), m.end())
        kind = _name_kind(text[m.start() : stop])
        if kind:
            while (initial := _INITIAL_GOES_ON.match(text, stop, end)) and re.search(
                rf"(?<![\w.])[{UP}]\Z", text[m.start() : stop]
            ):
                stop = initial.end()  # "Holger K. Nielsen", "Múte B. Egede"
            if (og := _GENITIVE_AND.match(text, stop, end)) and organisation_noun_end_word(
                og["tail"]
            ):
                stop = og.end()  # "Sydsjællands og Lolland-Falsters Politi"
                kind = "organisation"
            if kind == "name" and (person := _prefixed_name(text, m.start(), stop)):
                return person
            if kind == "name" and (owned := _possessed(text, m.start(), stop, end)):
                return owned  # "ifølge Hjulmands assistent": the assistant speaks
            return Mention(text[m.start() : stop], m.start(), stop, kind)
    word = _WORD.match(text, pos, end)
    if word and (gazetteer_lookup(word.group()) or organisation_noun(word.group())
                 or _definite_medium(word.group())
                 or word.group().lower() in DEPARTMENT_NOUNS
                 or word.group().lower() in BODY_SYNONYMS or company_noun(word.group())):
        return Mention(word.group(), word.start(), word.end(), "organisation")
    described = descriptor_at(text, pos, end)
    if described is not None and (named := _name_after_job(text, described, end)):
        return named
    if described is None and word and (noun := definite_role_noun(word.group())) and (
        role_holders(text, noun, pos)
    ):  # "ifølge sognepræsten" after "Sognepræst Anne Bro": a role the article gave
        return Mention(word.group(), word.start(), word.end(), "title", word.group())
    return described


def _run_end(text: str, start: int, stop: int) -> int:
    """Where a run of capitalised words stops being a name: before a word that only
    starts sentences, as when a page lost the period after a name ("Det skriver The
    Telegraph Ifølge mediet ...": the medium is "The Telegraph")."""
    for word in _RUN_WORD.finditer(text, start, stop):
        if word.start() > start and is_sentence_opener(word.group()):
            return len(text[:word.start()].rstrip())
    return stop


_LABEL_WORD = re.compile(rf"[{UP}][\w-]*")
_RUN_WORD = re.compile(r"[\w'’.-]+")


def _prefixed_name(text: str, start: int, stop: int) -> Mention | None:
    """A person's name with their party, organisation or job glued before it, capitalised
    as a name is: "Venstres Morten Dahl", "Dansk Folkepartis Ole Holm", "Miljøstyrelsen
    Lasse Jensen", "Fåreavler Peter Holst" (a sentence start) -> the person, the prefix
    their role. The person's part must start with a first name and hold a surname;
    "Jens Peter Hansen" has a first name as its prefix and stays whole."""
    words = list(_RUN_WORD.finditer(text, start, stop))
    for k in range(1, len(words) - 1):
        if not is_first_name(words[k].group()):
            continue
        prefix = text[start : words[k - 1].end()]
        if k == 1 and (is_first_name(prefix) or prefix in FIRST_NAME_WORDS):
            return None  # "Jens Peter Hansen", "Hans Peter Lund": two first names
        base = prefix[:-2] if prefix.endswith(("'s", "’s")) else prefix.removesuffix("s")
        organisation = (gazetteer_lookup(base) or gazetteer_lookup(prefix) or (
            base != prefix and organisation_noun_end_word(base)))
        tail = prefix.rsplit("-", 1)[-1]  # "3F-formand": an organisation's title
        job = k == 1 and (is_common_noun(prefix.lower()) or title_head(prefix) is not None
                          or (tail != prefix and tail.islower() and title_head(tail) is not None))
        if organisation or job:
            return _person_after(text, start, words[k].start(), stop)
    return None


_POSSESSED = re.compile(rf"{SP}(?P<noun>[{LO}][{LO}-]{{2,}})(?![\w-])")
_KIN = re.compile(rf"(?:(?:[Hh]ans|[Hh]endes|[Dd]eres|[Ss]in|[Ss]it){SP})?"
                  rf"(?P<noun>[{LO}{UP}][{LO}]+)(?![\w-])")
_NAMED_AFTER = re.compile(rf",?{SP}(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’-]+){{1,3}})")
_SPEAKING_SIDE = frozenset({"side", "vegne", "regning", "mund", "hånd", "egen", "eget"})
"""Nouns after a genitive that leave the owner the speaker: "lyder det fra Solbakkens
side", "på Venstres vegne", "fra Lises egen mund"."""
_FUNCTION_WORDS = frozenset({
    "til", "efter", "på", "med", "for", "om", "fra", "over", "under", "ved", "hos", "mod",
    "uden", "inden", "før", "gennem", "omkring", "bag", "blandt", "ifølge", "da", "så", "nu",
    "også", "dog", "igen", "selv", "bare", "kun", "ikke", "allerede", "derfor", "her", "der",
    "som", "og", "men", "eller", "at", "hvis", "når", "mens", "i", "en", "et", "den",
    "det", "de", "sin", "sit", "sine", "senere", "tidligere", "onsdag", "torsdag", "fredag",
    "lørdag", "søndag", "mandag", "tirsdag", "siger", "sagde", "mener", "skriver", "fortæller",
})
"""Words after a name in "s" that are no owned noun ("siger Sergio Ramos til Marca")."""
_KIN_NOUNS = frozenset({
    "mor", "far", "søn", "datter", "bror", "søster", "hustru", "kæreste", "mand", "kone",
    "enke", "forældre", "familie", "advokat", "forsvarer", "agent", "rådgiver", "assistent",
    "sekretær", "talsmand", "talskvinde", "talsperson", "træner", "læge", "makker", "ven",
    "veninde", "nabo", "chef", "onkel", "tante", "morfar", "mormor", "farfar", "farmor",
})
"""People a person's genitive owns who speak for themselves ("siger Lises mand")."""


def _possessed(text: str, start: int, stop: int, end: int) -> Mention | None:
    """A person or body a genitive name owns, when it is the speaker phrase: "Hjulmands
    assistent", "Mette Frederiksens rådgiver", "Lises mand" -> a descriptor of both
    words (the one owned speaks, not the owner); None when no common noun follows the
    genitive, or the noun is a side ("fra Solbakkens side": Solbakken speaks)."""
    name = text[start:stop]
    if not name.endswith("s") or name.endswith(("ss", "'s", "’s")) or len(name) < 4 or (
        is_first_name(name.split()[-1])  # "siger Jens til DR", "Lars og Bo"
    ) or (" " not in name and is_common_noun(name[:-1].lower()) and not is_first_name(
        name[:-1])):
        return None  # "Avisens medarbejder på stedet": a common noun's, read as a descriptor
    m = _POSSESSED.match(text, stop, end)
    if m is None or m["noun"] in _SPEAKING_SIDE or m["noun"] in _FUNCTION_WORDS:
        return None
    noun = m["noun"]
    if not (title_head(noun) is not None or _PERSON_WORD.fullmatch(noun) or noun in _KIN_NOUNS
            or (is_common_noun(noun) and re.fullmatch(_PERSON_NOUN, noun) and (
                _agent_noun(noun)))):
        return None  # "ifølge Ingrids plan", "Ellemanns vurdering": the owner speaks
    if (named := _NAMED_AFTER.match(text, m.end(), end)) and (
        person := _person_after(text, start, named.start("name"), named.end("name"))
    ):
        # "Frederiksens rådgiver, Bo Ek,": the one named speaks, with the owned noun
        return Mention(person.text, person.start, person.end, "name", text[start : m.end()])
    return Mention(text[start : m.end()], start, m.end(), "descriptor")


def _person_after(text: str, role_start: int, name_start: int, stop: int) -> Mention | None:
    """A person whose organisation, party or job is glued before the name, the one way
    both readers of such a phrase build it: the words from ``role_start`` up to the name
    are the person's role ("Miljøstyrelsen Karen Bech", "Venstres Morten Dahl",
    "Fåreavler Peter Holst"). The name must start with a first name and hold a surname;
    None otherwise."""
    words = text[name_start:stop].split()
    if len(words) < 2 or not is_first_name(words[0]):
        return None
    return Mention(text[name_start:stop], name_start, stop, "name",
                   text[role_start:name_start].rstrip())


def _chrome_label(text: str, pos: int, end: int) -> int | None:
    """Where the words after a page's section label start ("Indland Han" -> "Han"), or
    ``end`` for a label alone; None when no label starts at ``pos``."""
    words = list(_LABEL_WORD.finditer(text, pos, end))[:2]
    if not words or words[0].start() != pos:
        return None
    first = words[0].group()
    count = 0
    if first in CHROME_WORDS - _LABEL_ONLY:
        count = 1
    if len(words) > 1 and re.fullmatch(SP, text[words[0].end() : words[1].start()]) and (
        words[1].group() in CHROME_WORDS - _LABEL_ONLY and (count or first in _LABEL_ONLY)
    ):
        count = 2
    if count == 0:
        return None
    stop = words[count - 1].end()
    rest = re.match(rf"{SP}(?=\S)", text[stop:end])
    if rest is None:
        return end if not text[stop:end].strip(" .,:") else None
    return stop + rest.end()


def definite_role_noun(word: str) -> str | None:
    """The indefinite form of a lower-case definite noun ("sognepræsten" -> "sognepræst",
    "indehaveren" -> "indehaver"), or None for any other word."""
    if not word.islower() or len(word) < 5 or not word.endswith(("en", "n", "et")):
        return None
    lemma = lemma_of(word)
    if lemma and lemma != word:
        # singular only: "dommeren" -> "dommer", not "dommerne"; "kokken" -> "kok"
        return lemma if word in (lemma + "en", lemma + "n", lemma + "et",
                                 lemma + lemma[-1] + "en", lemma + lemma[-1] + "et") else None
    for suffix in ("en", "et", "n"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return None


@lru_cache(maxsize=512)
def _role_patterns(noun: str, compound: bool) -> tuple[re.Pattern[str], ...]:
    """The six patterns of people ``noun`` introduces, compiled once per noun: they
    cost about 5 ms to compile, and ``re``'s own cache (512 patterns for the whole
    pipeline) lost them between articles (about 22 KiB a noun)."""
    # the noun itself, or after an organisation and a hyphen ("FOA-formand"); with
    # ``compound`` also at the end of a compound ("restaurantejer")
    prefix = rf"[{LO}-]*" if compound else r"(?:[\w]+-)?"
    n = rf"(?<![{LO}])(?i:{prefix}{re.escape(noun)})(?![{LO}])"
    # before the name also definite: "træneren for Nr. Hede IF, Bo Lund"
    # (a final consonant doubled before the ending: "kok" -> "kokken")
    nd = (rf"(?<![{LO}])(?i:{prefix}{re.escape(noun)}(?:{re.escape(noun[-1])}?(?:en|et)|n)?)"
          rf"(?![{LO}])")
    return (
        # "Sognepræst Anne Bro", "ejer af restauranten Jens Kold", "butikkens indehaver,
        # Lise Holm", "træneren for Nr. Hede IF, Bo Lund" (a place's abbreviation)
        re.compile(rf"{nd}(?:{SP}(?:i|for|hos|ved|på|af){SP}(?:[^,.:;!?\n]|{_PLACE_DOT})"
                   rf"{{1,40}}?)?,?{SP}(?P<name>{PERSON_NAME})"),
        # "Lone Vang, der er sekretariatsleder", "Bo Lund er stifter af", "Jens Kold, ejer af"
        # ("Jens Holm er Natos generalsekretær": an organisation's genitive before it)
        re.compile(rf"(?P<name>{PERSON_NAME})(?:,{SP}(?:(?:der|som){SP}(?:er|var|har været)"
                   rf"{SP})?|{SP}(?:er|var|blev){SP})(?:(?:[{LO}]+|[{UP}][\w.-]*(?:s|'s|’s))"
                   rf"{SP}){{0,3}}?{n}"),
        # "kontorchef i Styrelsen for Vand, Jens Holm": a complement that holds a name of
        # its own ("Vand"), up to the comma before the person's name
        re.compile(rf"{nd}{SP}(?:i|for|hos|ved|på|af){SP}(?:[^,.:;!?\n]|{_PLACE_DOT}){{1,60}},"
                   rf"{SP}(?P<name>{PERSON_NAME})"),
        # "Lars Bo vagtchef hos Fyns Politi": the apposition's comma left out
        re.compile(rf"(?P<name>{PERSON_NAME}){SP}{n}(?={SP}(?:hos|ved|i|for|på|fra){SP}|,)"),
        # "Hans forsvarer er advokat Karina Dahl", "Formand for klubben er Bo Lund"
        re.compile(rf"{nd}(?:{SP}(?:i|for|hos|ved|på){SP}[^,.:;!?\n]{{1,40}}?)?{SP}(?:er|var)"
                   rf"{SP}(?:[{LO}]+{SP}){{0,2}}?(?P<name>{PERSON_NAME})"),
        # "valgt Mette Holm som ny formand", "Anne Dahl blev i går valgt som direktør"
        re.compile(rf"(?P<name>{PERSON_NAME})(?:{SP}(?:er|var|blev|bliver){SP}"
                   rf"(?:[{LO}]+{SP}){{0,3}}?{_INSTALLED})?{SP}som{SP}(?:[{LO}]+{SP})?{n}"),
    )


_PLACE_DOT = r"(?<=(?<![\w])(?:Nr|Gl|St|Ll))\.|(?<=(?<![\w])(?:Sdr|Skt|Sct))\."
"""The period of a place name's abbreviation inside a role's complement ("Nr. Hede IF",
"Sdr. Omme"), which no sentence ends at."""
_INSTALLED = r"(?:valgt|genvalgt|udnævnt|ansat|udpeget|indsat|konstitueret|ansat)"


def role_holders(text: str, noun: str, pos: int,
                 compound: bool = True) -> list[tuple[int, str]]:
    """People the text before ``pos`` introduces with a role noun, in text order: a noun
    before the name, in apposition after it, or after "er": (start of the name, name)."""
    # "formanden" is not the næstformand when the text has a formand; ``compound`` lets a
    # compound ("restaurantejer" for "ejeren") count when nothing else does
    for pass_compound in (False, True)[: 2 if compound else 1]:
        found = []
        for pattern in _role_patterns(noun, pass_compound):
            for m in pattern.finditer(text, 0, pos):
                name = m["name"]
                if _name_kind(name) == "name" and is_first_name(name.split()[0]):
                    found.append((m.start("name"), name))
        if found:
            return sorted(found)
    return []


# "fåreavler Jens Holm", "naturplanlægger i Miljøstyrelsen Ida Bak", "skovrider, Ole Lund",
# "forsvarer for den tiltalte, Ole Bak" (a lower-case complement, then a comma),
# "vagtchef ved samme politikreds Bo Lund" (a place of work in lower case, no comma)
_NAME_AFTER_JOB = re.compile(
    rf"(?:(?:{SP}[{LO}-]+){{1,5}}?,|{SP}(?:ved|hos|i|på|fra){SP}(?:[{LO}-]+{SP}){{0,2}}[{LO}-]+"
    rf"|,?){SP}(?P<name>{PERSON_NAME})(?=[\s,.:;!?]|$)")


# "en af forsvarerne i sagen, advokat Ulla Berg", "en nabo til familien, pensionist Bo
# Ek": the apposition names the person after a job word of its own
_NAME_AFTER_JOB_WORD = re.compile(
    rf"(?:{SP}[{LO}-]+){{0,5}}?,{SP}(?P<job>[{LO}-]{{3,}}|\d+-årige){SP}(?P<name>{PERSON_NAME})"
    rf"(?=[\s,.:;!?]|$)")
_NOT_JOBS = frozenset({"der", "som", "hvor", "hvis", "men", "og", "eller", "når", "mens",
                       "siger", "sagde", "mener", "hedder", "ifølge", "blandt", "især"})


def _job_word(word: str) -> bool:
    """Whether a lower-case word names a job or a kind of person ("advokat",
    "pensionist", "landmand"), not a verb or a function word."""
    if word in _NOT_JOBS:
        return False
    if word.endswith("-årige"):  # "en af beboerne, 67-årige Hans Lund"
        return True
    return title_head(word) is not None or _PERSON_WORD.fullmatch(word) is not None or (
        lemma_of(word) is not None and _agent_noun(word))


def _name_after_job(text: str, job: Mention, end: int) -> Mention | None:
    """A person named right after a described job: the job is their role. A close
    apposition ("skovrider Bent Holm") names the person as a title does, whether or not
    a word list holds the job; the name must start with a first name ("fåreavler
    Holstebro" is no person). An apposition may bring its own job word before the name
    ("en af forsvarerne, advokat Ulla Berg")."""
    m = _NAME_AFTER_JOB.match(text, job.end, end)
    if m is None and (w := _NAME_AFTER_JOB_WORD.match(text, job.end, end)) and _job_word(
        w["job"]
    ):
        m = w
    if m is None or _name_kind(m["name"]) != "name" or " " not in m["name"]:
        return None
    if not is_first_name(m["name"].split()[0]):
        return None
    return Mention(m["name"], m.start("name"), m.end("name"), "name", job.text)


def descriptor_at(text: str, pos: int, end: int) -> Mention | None:
    """An unnamed speaker described by a person noun: "Mange af de afviste asylansøgere",
    "en beboer i området", "højttaleren i toget"."""
    probes = [text]
    if text[pos : pos + 1].isupper():  # "Naboen fortæller": capitalised at a sentence start
        probes.append(text[:pos] + text[pos].lower() + text[pos + 1 : end])
    for probe, pattern in ((pr, pa) for pr in probes for pa in _DESCRIPTORS):
        # "De lokale beboere fortæller": the head is no verb
        m = pattern.match(probe, pos, end)
        if not m or m["head"].lower() in _NOT_PERSON_NOUNS or len(m.group().split()) > 7:
            continue
        if m.group() == m["head"] and is_non_name(m["head"]):
            continue  # "Derudover sendte kongen ...:": a connective, not a person noun
        head = m["head"].lower()
        if not _PERSON_WORD.fullmatch(head) and not _agent_noun(head) and not _group_noun(
            head
        ):
            continue  # "Planerne siger", "siger": no person noun
        if title_head(m["head"]) and m.group() == m["head"]:
            return None  # a bare title is a title mention, or none
        return Mention(text[m.start() : m.end()], m.start(), m.end(), "descriptor")
    for probe in probes:
        # "en 25-årig fra Odense", "den 25-årige fra Vejle": an age as the noun, and where
        # the person is from
        m = _AGED_ONE.match(probe, pos, end)
        if m and _NOMINAL_AFTER.match(text, m.end(), end):
            return Mention(text[m.start() : m.end()], m.start(), m.end(), "descriptor")
    for probe in probes:
        # "Den sigtede", "den 53-årige", "De pårørende": an adjective as the noun
        m = _NOMINAL.match(probe, pos, end)
        if m and _NOMINAL_AFTER.match(text, m.end(), end) and (
                lemma_of(m["head"]) != m["head"] or m["head"] in _NOMINAL_ADJECTIVES.split("|")):
            return Mention(text[m.start() : m.end()], m.start(), m.end(), "descriptor")
    for probe in probes:
        # "Ministrene", "alle ministre på pressemødet", "de tre borgmestre": a group of
        # people who share a title speaks as one
        m = _PLURAL_TITLE.match(probe, pos, end)
        if m and _plural_title(m["head"]):
            return Mention(text[m.start() : m.end()], m.start(), m.end(), "descriptor")
    return None


_PLURAL_TITLE = re.compile(
    rf"(?:(?:alle|de|begge|flere|mange|nogle|to|tre|fire|fem)(?:{SP}af{SP}de)?{SP})?"
    rf"(?:[{LO}]+e{SP}){{0,2}}(?P<head>[{LO}]{{4,}})"
    rf"(?:{SP}(?:på|i|fra|ved|hos|under){SP}(?:[{LO}]+{SP})?[{LO}]+(?:et|en|erne|ene))?"
    rf"(?![\w-])"
)


def _plural_title(word: str) -> bool:
    """Whether a word is a title in the plural: "ministrene", "borgmestre", "lægerne"
    (not the singular "ministeren", which names one holder)."""
    lemma = lemma_of(word)
    if not lemma or lemma == word or word in (lemma + "en", lemma + "n", lemma + "et"):
        return False
    return title_head(lemma) is not None and word.endswith(("e", "ene", "erne", "er"))


# "den sigtede", "den tiltalte", "de pårørende", "den 53-årige": a definite adjective or
# participle with no noun after it names a person ("sigtede" is also a verb form: the
# verb's own lemma differs from the word, which a noun's would not)
# adjectives Danish uses as plural nouns for people: "Flere lokale fortæller", "mange unge"
_NOMINAL_ADJECTIVES = "lokale|unge|ældre|frivillige|hjemløse|arbejdsløse|syge|voksne"
_NOMINAL = re.compile(
    rf"(?:[Dd]en|[Dd]e|[Ff]lere|[Mm]ange|[Nn]ogle|[Aa]lle|[Ee]nkelte|[Tt]o|[Tt]re"
    rf"|(?:[Ee]n|[Ee]t)(?={SP}af{SP}de{SP}))"  # "en af de ansatte"
    rf"(?:{SP}af{SP}de)?{SP}(?:\d+-årige{SP}(?=[{LO}]{{3,}}(?:ede|te)(?![\w-])))?"
    rf"(?P<head>\d+-årige|[{LO}]{{3,}}(?:ede|te|ende|ne)|{_NOMINAL_ADJECTIVES})(?![\w-])"
)
_AGED_ONE = re.compile(rf"(?:[Ee]n{SP}\d{{1,3}}-årig|[Dd]en{SP}\d{{1,3}}-årige){SP}(?:fra|i|på)"
                       rf"{SP}[{UP}][\w-]+(?![\w-])|[Ee]n{SP}\d{{1,3}}-årig(?![\w-])")
_NOMINAL_AFTER = re.compile(rf"[\s,.]*(?:$|(?:til|i|over|på|under|har|havde){SP})"
                            rf"|,{SP}(?=[{UP}])")  # "en af de ansatte, Karen Holm"


def _agent_noun(word: str) -> bool:
    """Whether a word names a person by what they do: its lemma, when the lemma table
    knows it, ends like an agent noun ("vælgerne" -> "vælger", "journalister" ->
    "journalist"); "planerne" -> "plan" and "siger" -> "sige" do not."""
    lemma = lemma_of(word)
    if lemma is None:
        return True
    if word.endswith("r") and lemma == word[:-1]:
        return False  # a verb's present tense
    return lemma.endswith(("er", "ør", "ist", "ant", "ent", "ende", "ator"))


_GROUP_LEMMAS = frozenset({
    *ORGANISATION_NOUNS.values(), *(m for m in MEDIA_NOUNS if not m.endswith(("en", "et"))),
    "medium", "kilde", "land", "parti", "fagforening", "organisation",
})
"""Nouns for bodies and media: in the plural ("Myndighederne", "flere medier") a group
that speaks, as a person noun names one who does."""


def _group_noun(word: str) -> bool:
    """Whether a word is a body or medium in the plural: "myndighederne", "medier"."""
    lemma = lemma_of(word)
    return lemma is not None and lemma != word and lemma in _GROUP_LEMMAS and word.endswith(
        ("er", "erne", "ne", "r"))


def _joint(text: str, first: Mention, end: int) -> Mention | None:
    """"A, B og C": names or organisations joined by commas and a final "og"."""
    parts = [first]
    pos = first.end
    while (sep := _JOINT_NEXT.match(text, pos, end)) is not None:
        nxt = _single_at(text, sep.end(), end, False)
        if nxt is None or nxt.kind not in ("name", "organisation"):
            break
        parts.append(nxt)
        pos = nxt.end
        if "og" in sep.group():
            break
    if len(parts) == 1 and first.kind == "organisation" and (
        sep := _BODY_AND.match(text, pos, end)
    ):  # "regeringen og sundhedsmyndighederne fortalte": two bodies named by their nouns
        nxt = _single_at(text, sep.end(), end, False) or _compound_group_at(text, sep.end(), end)
        if nxt is not None and nxt.kind in ("organisation", "descriptor"):
            parts.append(nxt)
    if len(parts) < 2 or "og" not in text[parts[-2].end : parts[-1].start]:
        return None
    return Mention(text[first.start : parts[-1].end], first.start, parts[-1].end, "joint",
                   parts=tuple(parts))


_BODY_AND = re.compile(rf"{SP}og{SP}(?=[{LO}])")
_LOWER_WORD = re.compile(rf"[{LO}]+(?![\w-])")


def _compound_group_at(text: str, pos: int, end: int) -> Mention | None:
    """A compound whose last part names bodies in the plural: "sundhedsmyndighederne",
    "lokalmyndighederne" (the lemma table knows "myndighederne", not every compound)."""
    m = _LOWER_WORD.match(text, pos, end)
    if m is None:
        return None
    word = m.group()
    if any(_group_noun(word[k:]) for k in range(3, len(word) - 5)):
        return Mention(word, m.start(), m.end(), "descriptor")
    return None


def relative_antecedent(text: str, start: int, pos: int) -> Mention | None:
    """The name or title that a relative pronoun after ``pos`` refers to: "Martinez" in
    "forklarer Martinez, som slår fast", "landstræneren" in "..., landstræneren, der"."""
    runs = [m for m in _RUN.finditer(text, start, pos) if m.end() == pos]
    for run in runs:
        mention = mention_at(text, run.start(), pos)
        if mention and mention.end == pos:
            return mention
    word = re.search(r"[\w-]+\Z", text[start:pos])
    if word and is_definite_title(word.group()):
        w_start = start + word.start()
        return Mention(word.group(), w_start, pos, "title", word.group())
    return None


# Readers the quotes component asks after ``mention_at`` (moved here from quotes.py, where
# they had grown as speaker patches): a body named by a common noun, and a name after a
# role word no list holds.
_BODY_WORD = re.compile(rf"[{UP}{LO}][{LO}-]{{2,}}(?![\w-])")


def body_at(text: str, pos: int, end: int) -> Mention | None:
    """A body named by a common noun at ``pos`` that the mention reader leaves out: a
    board ("bestyrelsen", ``BODY_NOUNS``) or a compound of an organisation noun
    ("boligselskabet", "Lærerforeningen" at a sentence start): the noun as written,
    as an organisation."""
    m = _BODY_WORD.match(text, pos, end)
    if m is None:
        return None
    word = m.group().lower()
    if word in BODY_NOUNS or any(
        word.endswith(noun) and len(word) > len(noun) + 2 for noun in ORGANISATION_NOUNS
    ):
        return Mention(m.group(), m.start(), m.end(), "organisation")
    return None


# "tillidsmand Bo Dam", "sognepræst Eva Holm": one lower-case role word, then a name
_NOT_ROLE = r"(?!(?:og|men|at|om|til|for|med|den|det|der|som|hun|han|de|en|et|i|på)(?![\w-]))"
# "politisk rådgiver", "faglig konsulent", "konstitueret leder": an adjective before it
_ROLE_ADJECTIVE = rf"{_NOT_ROLE}[{LO}]{{3,}}(?:isk|ig|ende|eret|ske)(?![\w-])"
_UNKNOWN_ROLE_NAME = re.compile(
    rf"(?P<role>(?:{_ROLE_ADJECTIVE}{SP}){{0,2}}{_NOT_ROLE}[{LO}][{LO}-]{{3,}})"
    rf"{SP}(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’-]+){{1,3}})")


def unknown_role_name(text: str, pos: int, end: int) -> Mention | None:
    """A name after one lower-case role word the mention reader does not know: "siger
    tillidsmand Bo Dam." -> "Bo Dam" with the role "tillidsmand"; the name must start with
    a first name and be read whole by ``mention_at``."""
    role = _UNKNOWN_ROLE_NAME.match(text, pos, end)
    if role is None or not is_first_name(role["name"].split()[0]):
        return None
    named = mention_at(text, role.start("name"), role.end("name"))
    if named is not None and named.kind == "name" and named.start == role.start("name"):
        return Mention(named.text, named.start, named.end, "name", role["role"])
    return None
