"""Find quotes in Danish news: what was said, the cue, and the speaker phrase as written.

Each rule reads one paragraph shape of Danish news writing. ``find_quotes`` returns
``QuoteCandidate`` records; the speakers component resolves their mentions.

Direct (the speaker's own words):

    D1  "- Vi er klar, siger Stoltenberg."         dash paragraph, attribution at the end
                                                   (also "lød det fra X", "fortsætter
                                                   udenrigsministeren", "siger han til DR")
    D2  "- Vi er klar."                            dash paragraph without attribution:
                                                   the previous quote's speaker goes on
    D3  "„Vi er klar,” siger Stoltenberg."         quote marks „ ” » « " " “ ” first
    D4  "Stoltenberg siger:" + "- Vi er klar."     attribution first, colon, then the quote
                                                   (same paragraph or the next one)
    D5  "- Vi er klar." + "Det siger X."           a back-reference to a dash paragraph
    D6  "»Vi havde to svære år." + "»Derfor ...«, siger X."
                                                   a quote over two paragraphs: the first
                                                   never closes its mark; X said both

Indirect (the journalist's paraphrase):

    I1  "Det siger Natos generalsekretær, Jens Stoltenberg, onsdag."
        the text is the sentence before ("Det/Dette/Sådan" + cue + speaker)
    I2  "Kofod siger, at ..." / "Her sagde Rusland blandt andet, at ..." /
        "Han tilføjer dog samtidig, at Nato "vil gøre alt ..." det scenarie."
        the text is the that-clause; quote marks inside it stay in the text, and the quote
        stays *indirect* (one quote): the marks only show which words are verbatim.
    I3  "Ifølge politiet blev manden anholdt." / "..., ifølge politiet."
    I4  "Arbejdet var planlagt i foråret, oplyser Banedanmark." / "..., har X sagt."
        the text is the sentence up to the comma; only adverbials may follow the speaker
    I5  "Hun opfordrer alle til aldrig at give koder videre." the text is the appeal after
        the cue ("opfordrer", "appellerer"; "til" must follow)

A speaker before the cue may carry a postmodifier or a relative clause ("Byrådsmedlem
Hanne Østergaard fra Det Konservative Folkeparti kalder ...", "Kurator Aqqaluk Petersen,
der har været med til ..., kalder ..."), or be a name in apposition to a description
("En beboer i området, Yasmin Aziz, siger, at ...").

Partial (quoted words inside the journalist's sentence):

    P1  'Han advarer mod en "reel risiko for en ny væbnet konflikt i Europa".'
        quoted words in a sentence with a cue and no that-clause; the text is the words
        inside the marks.

Stance verbs ("håber", "frygter", "forventer") count only in I1 and I2: "Den danske
udenrigsminister, Jeppe Kofod, håber, at ..." is an indirect quote with cue "håber".

Quote texts drop the dash, the quote marks, the attribution and a final period or
comma; "?" and "!" stay, as they are the speaker's. Noise paragraphs are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import (
    ADJECTIVE,
    AUX,
    CAPITALISED_RUN,
    LO,
    SP,
    SPEECH,
    SPEECH_FORMS,
    SPEECH_OR_STANCE,
    text_of,
)
from pressespejl.nlp.components._mentions import Mention, mention_at
from pressespejl.nlp.components.sentences import QUOTED, Paragraph

_DASH = re.compile(rf"[-–—]{SP}")
# ", siger Stoltenberg" / "? spørger han" / ",” siger hun" after the quoted words
_ATTRIBUTION = re.compile(rf"(?P<punct>[,!?…])[”“\"«»]?,?{SP}(?P<cue>{SPEECH}){SP}(?=\S)")
# the attribution ends at the end of its sentence
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|$")
# "Det siger X" / "Sådan lyder det fra X"
_BACKREF = re.compile(
    rf"(?:Det|Dette|Sådan|Således){SP}(?P<cue>{SPEECH_OR_STANCE})"
    rf"(?:{SP}(?:også|blandt{SP}andet|bl\.a\.))?{SP}(?=\S)"
)
# "<pre> siger <mid>, at <that-clause>"
_THAT = re.compile(
    rf"(?<![\w-])(?P<cue>{SPEECH_OR_STANCE})(?P<mid>(?:{SP}[^\s,.:;!?\"„“”»«]+){{0,6}}?),"
    rf"{SP}at{SP}(?P<that>\S)"
)
# "Stoltenberg siger:" / "Det forklarer hun således:"
_COLON = re.compile(rf"(?<![\w-])(?P<cue>{SPEECH})(?P<mid>(?:{SP}[^\s,.:;!?]+){{0,5}}?):")
_CUE = re.compile(rf"(?<![\w-])(?P<cue>{SPEECH_OR_STANCE})")
_IFOLGE = re.compile(rf"(?<![\w-])(?P<cue>[Ii]følge){SP}")
_AUX_BEFORE = re.compile(rf"{AUX}(?:{SP}(?:også|dog|tidligere|nu|ofte|flere{SP}gange))?{SP}\Z")
_SUBJECT_TAIL = re.compile(
    rf"^[\s,]*(?:{AUX}\b)?(?:{SP}(?:også|dog|tidligere|nu|selv|blandt{SP}andet))*[\s,]*$"
)
_TRIM = " \t,.–—-"
_CLOSING = {"»": "«", "„": "”", "“": "”", "«": "»"}
# "fra Det Konservative Folkeparti", "i Forbrugerrådet Tænk" after a subject's name
_POSTMODIFIER = re.compile(rf"^{SP}(?:fra|i|hos|ved|for){SP}{CAPITALISED_RUN}")
# ", der har været med til at udvælge tegningerne," after a subject's name
_RELATIVE = re.compile(rf"^,{SP}(?:der|som){SP}[^,.:;!?\"„“”»«]+,")
# "..., Yasmin Aziz, siger" / "..., Solbær Kosmetik, skriver i en mail til Ritzau, at"
_APPOSITION_BEFORE_CUE = re.compile(
    rf",{SP}(?:{ADJECTIVE}{SP})?(?P<name>{CAPITALISED_RUN}),{SP}\Z"
)
# ", skriver Beskæftigelsesministeriet i en pressemeddelelse." ending a narrative sentence
_TRAILING = re.compile(rf",{SP}(?P<cue>{SPEECH}){SP}(?=\S)")
# ", har X sagt." ending a narrative sentence
_TRAILING_AUX = re.compile(rf",{SP}(?P<aux>{AUX}){SP}(?=\S)")
# "Hun opfordrer alle til at ...": the appeal is the rest of the sentence
_APPEAL_VERBS = "opfordrer|opfordrede|appellerer|appellerede"
_APPEAL = re.compile(rf"(?<![\w-])(?P<cue>{_APPEAL_VERBS}){SP}")

# Every narrative rule needs one of these in its sentence (the cues of _COLON, _BACKREF,
# _THAT, _TRAILING and the verb after _TRAILING_AUX are speech or stance verbs): one
# search rules a sentence out before the seven rules are tried on it.
_ANY_CUE = re.compile(
    rf"(?<![\w-])(?:{SPEECH_OR_STANCE}|[Ii]følge{SP}"
    rf"|(?:{_APPEAL_VERBS}){SP})"
)


@dataclass
class QuoteCandidate:
    """A quote before its speaker is resolved. ``follows`` is "previous" or "next" for
    quote-only paragraphs whose speaker is another quote's; ``mention`` is None then."""

    kind: str
    start: int
    end: int
    cue: str | None
    mention: Mention | None
    follows: str | None = None
    paragraph: int = -1
    tags: set[str] = field(default_factory=set)


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, dashes, quote marks, a final comma or period; keep "?" and "!"."""
    while start < end and (text[start] in " \t-–—„“”\"»«" or text[start] == "\n"):
        start += 1
    while end > start and text[end - 1] in " \t,.":
        end -= 1
    # drop a closing quote mark only when the passage opened with one
    if end > start and text[end - 1] in "”“\"«»" and text[start - 1 : start] in "„“\"»«":
        end -= 1
        while end > start and text[end - 1] in " \t,.":
            end -= 1
    return start, end


def _subject(text: str, start: int, cue_start: int) -> Mention | None:
    """The speaker written before the cue: "Stoltenberg siger", "Her har Rusland sagt",
    "Byrådsmedlem Hanne Østergaard fra Det Konservative Folkeparti kalder",
    "En beboer i området, Yasmin Aziz, siger"."""
    mention = mention_at(text, start, cue_start)
    if mention and _SUBJECT_TAIL.match(_without_modifiers(text[mention.end : cue_start])):
        return mention
    # an adverbial first, then the auxiliary, then the subject: "Her har Rusland sagt"
    aux = re.search(rf"{SP}{AUX}{SP}", text[start:cue_start])
    if aux:
        pos = start + aux.end()
        mention = mention_at(text, pos, cue_start)
        if mention and _SUBJECT_TAIL.match(text[mention.end : cue_start]):
            return mention
    # a description, then the name in apposition: "Kvinden, 36-årige Camilla Storm, ..."
    if m := _APPOSITION_BEFORE_CUE.search(text, start, cue_start):
        mention = mention_at(text, m.start("name"), m.end("name"))
        if mention and mention.kind in ("name", "organisation"):
            return mention
    return None


def _without_modifiers(tail: str) -> str:
    """The words between a subject and its cue, less a postmodifier ("fra Venstre") and a
    relative clause (", der har været med til at udvælge tegningerne,")."""
    return _RELATIVE.sub("", _POSTMODIFIER.sub("", tail, count=1), count=1)


def _cue_text(text: str, sentence_start: int, cue_start: int, cue_end: int) -> tuple[str, int]:
    """The cue as written, with its auxiliary when adjacent ("har sagt")."""
    aux = _AUX_BEFORE.search(text, sentence_start, cue_start)
    if aux and aux.group().split()[0] in ("har", "havde") and len(aux.group().split()) == 1:
        return text[aux.start() : cue_end], aux.start()
    return text[cue_start:cue_end], cue_start


class _Finder:
    """One pass over the paragraphs of one document."""

    def __init__(self, text: str, paragraphs: list[Paragraph], sentences: list[tuple[int, int]]):
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.found: list[QuoteCandidate] = []
        self.consumed: set[int] = set()  # paragraphs already read as a quote by D4

    def run(self) -> list[QuoteCandidate]:
        for i, p in enumerate(self.paragraphs):
            if p.noise or i in self.consumed:
                continue
            if _DASH.match(self.text, p.start, p.end):
                self.dash_paragraph(i, p)
            elif self.quoted_paragraph(i, p) or self.open_quote_paragraph(i, p):
                pass
            else:
                self.narrative_paragraph(i, p)
        return sorted(self.found, key=lambda q: q.start)

    def add(self, kind: str, span: tuple[int, int], cue: str | None, mention: Mention | None,
            paragraph: int, follows: str | None = None) -> QuoteCandidate | None:
        start, end = _span(self.text, *span)
        if end <= start:
            return None
        candidate = QuoteCandidate(kind, start, end, cue, mention, follows, paragraph)
        self.found.append(candidate)
        return candidate

    # -- direct ---------------------------------------------------------------------------

    def attribution(self, start: int, end: int) -> tuple[re.Match[str], Mention, int] | None:
        """The first ", siger X." in [start, end) whose X reads as a speaker (D1, D3)."""
        for m in _ATTRIBUTION.finditer(self.text, start, end):
            stop = _SENTENCE_END.search(self.text, m.end(), end)
            sentence_end = stop.start() if stop else end
            mention = mention_at(self.text, m.end(), sentence_end)
            if mention:
                return m, mention, min(end, sentence_end + 1)
        return None

    def dash_paragraph(self, i: int, p: Paragraph) -> None:
        """D1 and D2: "- ..., siger X." or a dash paragraph that goes on."""
        content = _DASH.match(self.text, p.start, p.end).end()
        found = self.attribution(content, p.end)
        if not found:
            self.add("direct", (content, p.end), None, None, i, follows="previous")
            return
        m, mention, after = found
        quote_end = m.start("punct") + (0 if m["punct"] == "," else 1)
        self.add("direct", (content, quote_end), m["cue"], mention, i)
        if self.text[after:p.end].strip(" -–—"):  # "- A, siger X. - B." goes on
            self.add("direct", (after, p.end), m["cue"], mention, i, follows="previous")

    def quoted_paragraph(self, i: int, p: Paragraph) -> bool:
        """D3: a paragraph that opens with quote marks."""
        q = QUOTED.match(self.text, p.start, p.end)
        if not q:
            return False
        inner = next(n for n in "abcde" if q[n] is not None)
        if q.end() >= p.end - 1:  # the whole paragraph is a quote
            self.add("direct", (q.start(inner), q.end(inner)), None, None, i, follows="previous")
            return True
        found = self.attribution(max(q.start(inner), q.end(inner) - 1), p.end)
        if not found or found[0].start() > q.end() + 1:
            return False
        m, mention, _after = found
        self.add("direct", (q.start(inner), q.end(inner)), m["cue"], mention, i)
        return True

    def open_quote_paragraph(self, i: int, p: Paragraph) -> bool:
        """D6: a paragraph that opens with a quote mark it never closes goes on in the next
        paragraph, which opens with the same mark (Danish style for a quote over several
        paragraphs); its speaker is that next quote's."""
        opening = self.text[p.start]
        closing = _CLOSING.get(opening)
        if closing is None or closing in self.text[p.start + 1 : p.end]:
            return False
        nxt = next((q for q in self.paragraphs[i + 1 :] if not q.noise), None)
        if nxt is None or self.text[nxt.start] != opening:
            return False
        self.add("direct", (p.start + 1, p.end), None, None, i, follows="next")
        return True

    def colon_intro(self, i: int, start: int, end: int) -> bool:
        """D4: "Stoltenberg siger:" then the quote, here or in the next paragraph."""
        if not (c := _COLON.search(self.text, start, end)):
            return False
        mention = _subject(self.text, start, c.start()) or mention_at(
            self.text, c.start("mid") + 1, c.end() - 1
        )
        if not mention:
            return False
        rest = self.text[c.end() : end]
        if rest.strip():
            self.add("direct", (c.end(), end), c["cue"], mention, i)
            return True
        j = i + 1
        if j < len(self.paragraphs) and not self.paragraphs[j].noise:
            nxt = self.paragraphs[j]
            dash = _DASH.match(self.text, nxt.start, nxt.end)
            quoted = QUOTED.match(self.text, nxt.start, nxt.end)
            if dash or quoted:
                self.add("direct", (nxt.start, nxt.end), c["cue"], mention, j)
                self.consumed.add(j)
                return True
        return False

    # -- indirect and partial -------------------------------------------------------------

    def narrative_paragraph(self, i: int, p: Paragraph) -> None:
        for s_start, s_end in self.sentences_in(p):
            if not _ANY_CUE.search(self.text, s_start, s_end):
                continue  # every rule below needs a cue, "ifølge" or an appeal verb
            if self.colon_intro(i, s_start, s_end):
                continue
            if self.back_reference(i, s_start, s_end):
                continue
            if self.that_clause(i, s_start, s_end):
                continue
            if self.trailing_attribution(i, s_start, s_end):
                continue
            if self.partial(i, s_start, s_end):
                continue
            if self.appeal(i, s_start, s_end):
                continue
            self.according_to(i, s_start, s_end)

    def sentences_in(self, p: Paragraph) -> list[tuple[int, int]]:
        return [(a, b) for a, b in self.sentences if p.start <= a < p.end]

    def previous_sentence(self, start: int) -> tuple[int, int] | None:
        before = [(a, b) for a, b in self.sentences if b <= start]
        return before[-1] if before else None

    def back_reference(self, i: int, start: int, end: int) -> bool:
        """I1 (and D5): "Det siger X." points at the sentence before."""
        m = _BACKREF.match(self.text, start, end)
        if not m:
            return False
        mention = mention_at(self.text, m.end(), end)
        previous = self.previous_sentence(start)
        if not mention or not previous:
            return False
        for q in self.found:  # "- Vi er klar." + "Det siger X.": the dash quote gets X
            if q.follows and q.start >= previous[0] and q.end <= previous[1]:
                q.mention, q.cue, q.follows = mention, m["cue"], None
                return True
        if any(q.start < previous[1] and previous[0] < q.end for q in self.found):
            return False
        if any(p.noise and p.start <= previous[0] < p.end for p in self.paragraphs):
            return False
        self.add("indirect", previous, m["cue"], mention, i)
        return True

    def that_clause(self, i: int, start: int, end: int) -> bool:
        """I2: "X siger, at ..." (also inverted: "Her sagde Rusland blandt andet, at ...")."""
        m = _THAT.search(self.text, start, end)
        if not m or self.inside_quote_marks(m.start(), start, end):
            return False
        mention = _subject(self.text, start, m.start()) or mention_at(
            self.text, m.start("mid") + 1, m.end("mid")
        )
        if not mention:
            return False
        cue, _ = _cue_text(self.text, start, m.start(), m.end("cue"))
        self.add("indirect", (m.start("that"), end), cue, mention, i)
        return True

    def trailing_attribution(self, i: int, start: int, end: int) -> bool:
        """I4: "<content>, oplyser politiet." / "<content>, har X sagt." at a sentence end;
        the text is the content (the sentence up to the comma)."""
        for m in _TRAILING.finditer(self.text, start, end):
            if self.inside_quote_marks(m.start(), start, end):
                continue
            mention = mention_at(self.text, m.end(), end)
            if mention and self._ends_sentence(mention.end, end):
                return self._add_trailing(i, start, m.start(), m["cue"], mention)
        for m in _TRAILING_AUX.finditer(self.text, start, end):
            mention = mention_at(self.text, m.end(), end)
            if not mention:
                continue
            verb = re.match(rf"{SP}(?P<verb>[{LO}]+)", self.text[mention.end : end])
            if verb and verb["verb"] in SPEECH_FORMS and self._ends_sentence(
                mention.end + verb.end(), end
            ):
                cue = f"{m['aux']} {verb['verb']}"
                return self._add_trailing(i, start, m.start(), cue, mention)
        return False

    def _ends_sentence(self, pos: int, end: int) -> bool:
        """Whether only adverbials are left after the speaker ("i en pressemeddelelse",
        "torsdag", "på sin hjemmeside"): no second clause, no quote marks."""
        rest = self.text[pos:end].rstrip(" .!")
        return len(rest.split()) <= 6 and not any(c in rest for c in ",:;\"„“”»«")

    def _add_trailing(self, i: int, start: int, stop: int, cue: str, mention: Mention) -> bool:
        if self.inside_quote_marks(stop, start, stop + 1) or len(
            self.text[start:stop].split()
        ) < 3:
            return False
        return self.add("indirect", (start, stop), cue, mention, i) is not None

    def appeal(self, i: int, start: int, end: int) -> bool:
        """I5: "Hun opfordrer alle til at ..." : the appeal, from after the cue."""
        m = _APPEAL.search(self.text, start, end)
        if not m or " til " not in self.text[m.end() : end]:
            return False
        if self.inside_quote_marks(m.start(), start, end):
            return False
        mention = _subject(self.text, start, m.start())
        if not mention:
            return False
        self.add("indirect", (m.end(), end), m["cue"], mention, i)
        return True

    def inside_quote_marks(self, pos: int, start: int, end: int) -> bool:
        return any(q.start() < pos < q.end() for q in QUOTED.finditer(self.text, start, end))

    def partial(self, i: int, start: int, end: int) -> bool:
        """P1: quoted words in a sentence whose cue has a speaker."""
        quoted = list(QUOTED.finditer(self.text, start, end))
        if not quoted:
            return False
        cue = next(
            (c for c in _CUE.finditer(self.text, start, end)
             if not any(q.start() < c.start() < q.end() for q in quoted)),
            None,
        )
        if not cue:
            return False
        mention = _subject(self.text, start, cue.start()) or mention_at(
            self.text, cue.end() + 1, quoted[0].start()
        )
        if not mention:
            return False
        for q in quoted:
            inner = next(n for n in "abcde" if q[n] is not None)
            self.add("partial", (q.start(inner), q.end(inner)), cue["cue"], mention, i)
        return True

    def according_to(self, i: int, start: int, end: int) -> bool:
        """I3: "Ifølge X ..." / "..., ifølge X." / "... ifølge X ..."."""
        m = _IFOLGE.search(self.text, start, end)
        if not m or self.inside_quote_marks(m.start(), start, end):
            return False
        mention = mention_at(self.text, m.end(), end)
        if not mention:
            return False
        if m.start() == start:
            span = (mention.end, end)
        elif self.text[start:m.start()].rstrip().endswith(","):
            span = (start, m.start())
            tail = _SENTENCE_END.search(self.text, mention.end, end)
            if tail and self.text[mention.end : tail.start()].strip():
                return False  # "..., ifølge X, der ..." - not the end of the sentence
        else:
            span = (start, end)
        self.add("indirect", span, m["cue"].lower(), mention, i)
        return True


def find_quotes(
    text: str, paragraphs: list[Paragraph], sentences: list[tuple[int, int]]
) -> list[QuoteCandidate]:
    """All quote candidates of a text, in text order (rules in the module doc)."""
    return _Finder(text, paragraphs, sentences).run()


class QuoteFinder:
    """Find quote candidates; writes ``doc._.pp_quote_candidates``."""

    def __init__(self, nlp: Language, name: str = "pressespejl_quotes") -> None:
        self.name = name
        if not Doc.has_extension("pp_quote_candidates"):
            Doc.set_extension("pp_quote_candidates", default=None)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))

    def find(self, doc: Doc) -> list[QuoteCandidate]:
        return find_quotes(text_of(doc), doc._.pp_paragraphs or [], doc._.pp_sentences or [])

    def set_annotations(self, doc: Doc, candidates: list[QuoteCandidate]) -> Doc:
        doc._.pp_quote_candidates = candidates
        return doc


@Language.factory("pressespejl_quotes")
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Direct, indirect and partial quotes with their cue and speaker phrase."""
    return QuoteFinder(nlp, name)
