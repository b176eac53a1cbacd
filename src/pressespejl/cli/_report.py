"""Plain-text rendering of an analysis: the "who said what" report for terminals."""

from __future__ import annotations

import textwrap

from pressespejl.types import Analysis, Article, TimeExpression

_WIDTH = 88
UNDATED = "undated"


def shown_date(label: str | None) -> str:
    """A date label for terminals: ``2022-01``, ``2022-01-12``, or "undated"."""
    return label or UNDATED


QUOTE_MARKS = ("»", "«")
"""Danish quotation marks around quoted words, the same in every command's output."""


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "2 articles" (``plural`` when not noun + "s")."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def quoted(text: str) -> str:
    """``text`` in Danish quotation marks: »…«."""
    return f"{QUOTE_MARKS[0]}{text}{QUOTE_MARKS[1]}"


def shown_days(first: str | None, last: str | None) -> str:
    """``first..last`` for terminals; "undated" when the archive has no day for it."""
    return f"{first}..{last}" if first and last else UNDATED


def _span(expr: TimeExpression) -> str:
    if expr.earliest is None:
        return "unresolved"
    if expr.earliest == expr.latest:
        return expr.earliest.isoformat()
    return f"{expr.earliest.isoformat()} .. {expr.latest.isoformat() if expr.latest else '?'}"


def _grouped_times(exprs: list[TimeExpression]) -> list[tuple[TimeExpression, int]]:
    """Mentions of one expression with one value, counted once in first-seen order: a
    report lists "onsdagens ×2", not "Onsdagens" and "onsdagens" on two lines."""
    counts: dict[tuple[str, str, object, object], int] = {}
    first: dict[tuple[str, str, object, object], TimeExpression] = {}
    for expr in exprs:
        key = (expr.text.casefold(), expr.granularity, expr.earliest, expr.latest)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, expr)
    return [(first[key], n) for key, n in counts.items()]


def render_analysis(article: Article, analysis: Analysis, label: str | None = None) -> str:
    """Render one article's analysis as a readable report, headed by ``label`` (else
    the article's path or id)."""
    roles = {p.name: p.roles for p in analysis.people}
    head = [label or article.path or article.id, shown_date(article.date_label)]
    if article.outlet:
        head.append(article.outlet)
    if article.sources:
        head.append("/".join(article.sources))
    lines = ["  ".join(head)]
    if article.title:
        lines.append(f"  {article.title}")
    lines.append("")
    lines.append(f"  Quotes ({len(analysis.quotes)})")
    for quote in analysis.quotes:
        who = quote.speaker or "(unknown speaker)"
        if quote.speaker and roles.get(quote.speaker):
            who += f" ({', '.join(roles[quote.speaker])})"
        how = ", ".join(x for x in (quote.kind, quote.cue, _evidence(quote.evidence,
                                                                      quote.speaker_mention))
                        if x)
        lines.append(f"  • {who} [{how}]")
        # a quote over several paragraphs keeps them apart (its text joins them by a
        # blank line)
        for n, part in enumerate(quoted(quote.text).split("\n\n")):
            lines.append(textwrap.fill(part, width=_WIDTH, subsequent_indent="       ",
                                       initial_indent="       " if n else "      "))
    if analysis.people:
        lines.append("")
        lines.append("  People")
        for person in analysis.people:
            role = f" — {', '.join(person.roles)}" if person.roles else ""
            lines.append(f"  • {person.name}{role}")
    for title, names in (("Organisations", analysis.organisations),
                         ("Places", analysis.places)):
        if names:
            lines.append("")
            lines.append(textwrap.fill(f"{title}: {', '.join(names)}", width=_WIDTH,
                                       initial_indent="  ", subsequent_indent="    "))
    if analysis.time_expressions:
        lines.append("")
        lines.append("  When")
        for expr, times in _grouped_times(analysis.time_expressions):
            shown = f"{expr.text!r}" + (f" ×{times}" if times > 1 else "")
            lines.append(f"  • {shown:<24} {expr.granularity:<6} {_span(expr)}")
    if analysis.definitions:
        lines.append("")
        lines.append("  Definitions")
        for d in analysis.definitions:
            lines.append(textwrap.fill(f"• {d.term}: {d.definition}", width=_WIDTH,
                                       initial_indent="  ", subsequent_indent="    "))
    return "\n".join(lines) + "\n"


def _evidence(evidence: str | None, mention: str | None) -> str | None:
    if not evidence or evidence == "name":
        return None
    return f"via {evidence} {mention!r}" if mention else f"via {evidence}"
