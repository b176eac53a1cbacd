"""Danish labels for the values the library uses (kinds, evidence, facets).

The data stays in English identifiers (``direct``, ``surname``); only the pages say
them in Danish.
"""

from __future__ import annotations

KINDS = {"direct": "direkte", "indirect": "indirekte", "partial": "delcitat"}

EVIDENCE = {
    "name": "navnet står ved citatet",
    "surname": "efternavn",
    "first-name": "fornavn",
    "title": "titel",
    "pronoun": "stedord (han/hun)",
    "previous": "fortsætter forrige afsnit",
    "context": "nærmeste indledning",
    "organisation": "organisation",
    "office": "embede på datoen",
    "descriptor": "beskrivelse",
    "correction": "rettet af et menneske",
}

FACETS = {"source": "Kilde", "outlet": "Medie", "month": "Måned", "person": "Person",
          "speaker": "Citeret", "place": "Sted"}

FACET_PARAMS = {"source": "source", "outlet": "outlet", "person": "person",
                "speaker": "speaker", "place": "place"}

ENTITY_KINDS = {"person": "Person", "org": "Organisation", "place": "Sted"}
ENTITY_KIND_PLURAL = {"person": "Personer", "org": "Organisationer", "place": "Steder"}
LABELS = {"PER": "person", "ORG": "organisation", "LOC": "sted", "MISC": "andet"}

CORRECTION_KINDS = {
    "speaker": "taler", "boundaries": "citatets grænser", "not_quote": "ikke et citat",
    "missed_quote": "overset citat", "entity_label": "type", "entity_name": "navn",
    "date": "dato"}

GRANULARITY = {"day": "dag", "week": "uge", "month": "måned", "year": "år",
               "range": "periode"}

SORTS = {"relevance": "Relevans", "newest": "Nyeste", "oldest": "Ældste"}

STYLES = {"dash": "tankestreg", "guillemets": "»gåseøjne«", "marks": "“anførselstegn”",
          "other": "uden tegn", "indirect": "indirekte"}
