"""Offices over time: evidence from appositions, and bare titles resolved through it.

Two pure functions on plain types (no spaCy ``Doc``):

``office_evidence(article, analysis)``
    Each role the article gives a named person becomes an ``OfficeHolding``:

        "Den danske udenrigsminister, Jeppe Kofod"  -> udenrigsminister, scope "Danmark"
        "Natos generalsekretær, Jens Stoltenberg"   -> generalsekretær, scope "Nato"
        "direktør i Novo Nordisk, Lars Jørgensen"    -> direktør, scope "Novo Nordisk"
        "statsminister Mette Frederiksen"           -> statsminister, scope None

    ``first_seen``/``last_seen`` are ``article.published``/``article.published_last``:
    an article dated only by month says the person held the office at some time in
    that month, and the range keeps that honest. Scope None means the article did not
    say whose office it is; Danish news names Danish offices without a scope, so a title
    without scope is read as Danish when resolving ("statsministeren" in Danish copy is
    Denmark's). Roles marked as past or acting-as-past ("tidligere", "forhenværende",
    "daværende", "afgående") are no evidence of holding the office on that date, and
    neither is a job ("angriber", "landmand", "tennisspiller": ``is_job``). A pronoun
    or a title in the genitive is no scope ("Hendes træner", "Præsidentens talsmand").

``resolve_offices(article, analysis, offices)``
    A quote whose speaker is a bare title nobody in the article holds
    ("udenrigsministeren") gets the holder of that office on the article's date;
    ``Quote.evidence`` becomes ``"office"``. Rules, in order:

    1. The office is the title noun ("udenrigsministeren" -> "udenrigsminister"). A
       bare head ("ministeren") counts only if exactly one holder of an office ending in
       it ("udenrigsminister", "statsminister", ...) covers the date.
    2. The holding must overlap the article's date range (``published`` ..
       ``published_last``). A date outside every holding gives no guess: the speaker
       stays None, with the title kept in ``speaker_mention``.
    3. A scope written in the title ("den russiske udenrigsminister" -> "Rusland")
       must match; a title without scope prefers holdings with scope "Danmark" or None.
    4. A user's table (source "csv:*") wins over the archive's evidence; then the
       evidence nearest the article's date. Two different holders still tied: no guess.

    A later "han"/"hun" quote left without a speaker takes the holder too, when the
    holder's first name has that gender (gender-guesser, as for the article's people).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from pressespejl.nlp.components._lexicon import (
    country_adjectives,
    first_name_gender,
    gazetteer_lookup,
    genitive_base,
    title_head,
)
from pressespejl.nlp.components.roles import role_head
from pressespejl.nlp.da.pronouns import PRONOUNS
from pressespejl.nlp.da.titles import JOBS
from pressespejl.types import Analysis, Article, OfficeHolding, Quote

PAST_MARKERS = frozenset({"tidligere", "forhenværende", "daværende", "afgående", "fhv."})
"""Words that make a role a past office, not evidence for the article's date."""

DANISH_SCOPES = (None, "Danmark")

_POSTMOD = re.compile(r"\s(?:i|for|hos|ved|på)\s(?P<org>[A-ZÆØÅ0-9][^,]*)$")


def office_scope(role: str) -> str | None:
    """Whose office a role names: "den danske udenrigsminister" -> "Danmark",
    "Natos generalsekretær" -> "Nato", "direktør i Novo Nordisk" -> "Novo Nordisk"."""
    if m := _POSTMOD.search(role):
        return _base_name(m["org"])
    words = role.split()
    for i, word in enumerate(words):
        if country := country_adjectives().get(word):
            return country
        if word.lower() in PRONOUNS or word.lower() in _POSSESSIVES:
            continue  # "Hendes træner": whose is in another sentence
        if word[:1].isupper() and (base := _genitive_base(word)) and not title_head(base):
            # not "Præsidentens talsmand": a title, no name; "Vesterby IFs" whole
            first = i
            while first > 0 and words[first - 1][:1].isupper() and (
                    words[first - 1].lower() not in ("den", "det")):
                first -= 1
            if first == i:
                return base
            return _base_name(_base_name_of_genitive(" ".join(words[first : i + 1])))
    return None


_POSSESSIVES = frozenset({"hans", "hendes", "deres", "dets", "dens", "sin", "sit", "sine",
                          "hende", "ham", "dem"})


def is_job(office: str) -> bool:
    """Whether a title names a job, not an office (``da/titles.py``'s ``JOBS``):
    "angriber", "landmand", "tennisspiller"."""
    return any(office == job or (job.startswith("-") and office.endswith(job[1:]))
               for job in JOBS)


def _genitive_base(word: str) -> str | None:
    """The name a genitive names, through the gazetteer ("Natos" -> "Nato"); the
    genitive rule is the entities' (``_lexicon.genitive_base``)."""
    base = genitive_base(word)
    return _base_name(base) if base else None


def _base_name_of_genitive(name: str) -> str:
    """"Vesterby IFs" -> "Vesterby IF" (through the gazetteer when it lists the name)."""
    words = name.split()
    return " ".join([*words[:-1], _genitive_base(words[-1]) or words[-1]])


def _base_name(name: str) -> str:
    hit = gazetteer_lookup(name)
    return hit[1] if hit else name


def office_evidence(article: Article, analysis: Analysis) -> list[OfficeHolding]:
    """Every (office, scope, holder) the article's appositions give, dated by the article.

    Args:
        article: the article (its dates bound the evidence).
        analysis: its ``Analysis``; the roles come from ``analysis.people``.

    Returns:
        ``OfficeHolding`` records with source "archive", one per distinct
        (office, scope, holder), in the order of the people.
    """
    found: dict[tuple[str, str | None, str], OfficeHolding] = {}
    if article.published is None or article.published_last is None:
        return []  # an undated article says who held an office, but not when
    for person in analysis.people:
        for role in person.roles:
            words = {w.lower() for w in role.split()}
            if words & PAST_MARKERS:
                continue
            office = role_head(role)
            if not office or is_job(office):
                continue
            scope = office_scope(role)
            key = (office, scope, person.name)
            found.setdefault(key, OfficeHolding(
                office=office, holder=person.name, first_seen=article.published,
                last_seen=article.published_last, scope=scope, source="archive"))
    return list(found.values())


def _distance(holding: OfficeHolding, first: date, last: date) -> int:
    """Days between the article's date range and the holding's period (0 if they overlap)."""
    if holding.last_seen < first:
        return (first - holding.last_seen).days
    if holding.first_seen > last:
        return (holding.first_seen - last).days
    return 0


def holder_of(title: str, first: date, last: date,
              offices: Sequence[OfficeHolding]) -> str | None:
    """The holder of the office a title names between ``first`` and ``last`` (module
    doc, rules 1-4), or None when no holding covers the dates or the choice is a tie."""
    head = role_head(title)
    if not head:
        return None
    scope = office_scope(title)
    covering = [h for h in offices if _distance(h, first, last) == 0]
    exact = [h for h in covering if h.office == head]
    if exact:
        candidates = exact
    else:
        candidates = [h for h in covering if h.office.endswith(head)]
        if len({h.holder for h in _in_scope(candidates, scope)}) != 1:
            return None  # "ministeren": only when one minister fits
    candidates = _in_scope(candidates, scope)
    if not candidates:
        return None
    user = [h for h in candidates if h.source.startswith("csv:")]
    candidates = user or candidates
    if scope is None:
        danish = [h for h in candidates if h.scope in DANISH_SCOPES]
        candidates = danish or candidates
    # the evidence nearest the article's date: the narrowest period around it
    best = min((h.last_seen - h.first_seen).days for h in candidates)
    holders = {h.holder for h in candidates if (h.last_seen - h.first_seen).days == best}
    return holders.pop() if len(holders) == 1 else None


def _in_scope(holdings: list[OfficeHolding], scope: str | None) -> list[OfficeHolding]:
    if scope is None:
        return holdings
    return [h for h in holdings if h.scope == scope]


def resolve_offices(article: Article, analysis: Analysis,
                    offices: Sequence[OfficeHolding]) -> Analysis:
    """``analysis`` with bare-title speakers resolved through ``offices`` (module doc).

    Returns the same object when nothing changes.
    """
    first, last = article.published, article.published_last
    if not offices or not analysis.quotes or first is None or last is None:
        return analysis  # undated: no day to ask the table about
    quotes: list[Quote] = []
    holder: str | None = None
    described: str | None = None  # the descriptor the holder replaced ("borgmesteren")
    changed = False
    for quote in analysis.quotes:
        # a title nobody in the article holds is kept as a descriptor speaker
        # ("borgmesteren", evidence "descriptor"): the table may name the holder
        if quote.unnamed and quote.evidence in ("title", "descriptor") and quote.speaker_mention:
            found = holder_of(quote.speaker_mention, first, last, offices)
            if found:
                described = quote.speaker
                quote = replace(quote, speaker=found, evidence="office")
                holder, changed = found, True
        elif quote.evidence == "previous" and holder and quote.speaker in (None, described):
            quote = replace(quote, speaker=holder)  # "- ..." going on after the holder
            changed = True
        elif quote.evidence == "pronoun" and holder and quote.speaker in (None, described):
            # "tilføjer han" after the unnamed title's quote ("udenrigsministeren"): the
            # holder, when the gender fits; a "hun" for a man is nobody we know
            gender = PRONOUNS.get((quote.speaker_mention or "").lower())
            if gender and gender == first_name_gender(holder.split()[0]):
                quote = replace(quote, speaker=holder)
                changed = True
            elif quote.speaker is not None:
                quote = replace(quote, speaker=None)
                changed = True
        elif quote.speaker is not None and quote.evidence != "previous":
            holder = None  # someone else spoke: a later pronoun is not the holder
        quotes.append(quote)
    return replace(analysis, quotes=tuple(quotes)) if changed else analysis
