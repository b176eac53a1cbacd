"""``pressespejl eval``: score the pipeline against gold articles or an NER file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click

from pressespejl.errors import PressespejlError
from pressespejl.evaluate import Accuracy, NerReport, Report, Score
from pressespejl.types import Article, IngestProblem

_STYLE_NAMES = {
    "dash": "dash paragraph",
    "guillemets": "»…«",
    "marks": "“…” \"…\" ”…” '…'",
    "other": "direct, no mark",
    "indirect": "indirect",
}


def _row(name: str, score: Score) -> str:
    return (f"  {name:<22} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            f"   {score.tp:>4} {score.fp:>4} {score.fn:>4}")


def _accuracy_row(name: str, accuracy: Accuracy) -> str:
    return f"  {name:<22} {accuracy.value:6.3f}   ({accuracy.correct}/{accuracy.total})"


def _style_rows(report: Report) -> list[str]:
    """Detection and found-with-the-right-speaker, per style, per kind and overall."""
    header = (f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6}   {'attributed P':>12} {'R':>6} "
              f"{'F1':>6}   {'gold':>4}")

    def row(name: str, found: Score, attributed: Score) -> str:
        return (f"  {name:<22} {found.precision:6.3f} {found.recall:6.3f} {found.f1:6.3f}"
                f"   {attributed.precision:12.3f} {attributed.recall:6.3f} "
                f"{attributed.f1:6.3f}   {found.tp + found.fn:>4}")

    lines = ["Quotes by style (detection; attributed = found with the right kind and speaker)",
             header]
    for style in ("dash", "guillemets", "marks", "other"):
        if report.styles[style].tp + report.styles[style].fp + report.styles[style].fn:
            lines.append(row(_STYLE_NAMES[style], report.styles[style],
                             report.attributed_by[style]))
    lines.append(row("direct, all", report.quotes["direct"], report.attributed_by["direct"]))
    lines.append(row("indirect", report.quotes["indirect"], report.attributed_by["indirect"]))
    lines.append(row("all (kind ignored)", report.quotes["all"], report.attributed))
    return lines


def _confidence_rows(report: Report) -> list[str]:
    lines = ["Confidence buckets (found P: share of the bucket's quotes in the gold; "
             "right P: found with the right speaker)",
             f"  {'bucket':<22} {'quotes':>6} {'found P':>8} {'right P':>8}"]
    for label, bucket in report.confidence.items():
        lines.append(f"  {label:<22} {bucket.predicted:>6} {bucket.detection_precision:8.3f} "
                     f"{bucket.attributed_precision:8.3f}")
    return lines


def _per_article_rows(report: Report) -> list[str]:
    lines = ["Entities per article (F1; tp/fp/fn)",
             f"  {'article':<22} {'people':>16} {'orgs':>16} {'places':>16}"]
    for article, scores in report.entities_by_article.items():
        cells = [f"{s.f1:5.2f} {s.tp:>2}/{s.fp:>2}/{s.fn:>2}" if s.tp + s.fp + s.fn
                 else f"{'-':>5} {'':>8}" for s in (scores[k] for k in ("people", "orgs",
                                                                      "places"))]
        lines.append(f"  {article:<22} " + " ".join(f"{c:>16}" for c in cells))
    return lines


def render_report(report: Report, show_errors: bool = False, per_article: bool = False) -> str:
    """The gold evaluation as a readable table (and, if asked, every miss)."""
    header = f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"
    lines = [f"Gold articles scored: {report.articles}"]
    if report.unread:
        lines.append(f"Not read, their gold counted as missed: {len(report.unread)}")
        lines += [f"  {article}: {reason}" for article, reason in report.unread.items()]
    lines += ["", "Quote detection", header]
    lines += [_row(f"quotes ({kind})", report.quotes[kind])
              for kind in ("all", "direct", "indirect")]
    lines += [_row("quote + right speaker", report.attributed), ""]
    lines += _style_rows(report)
    lines += ["", "Speaker attribution (on matched quotes)"]
    lines += [_accuracy_row(f"accuracy ({kind})", report.attribution[kind])
              for kind in ("all", "direct", "indirect")]
    lines += ["", *_confidence_rows(report)]
    lines += ["", "Entities (sets per article, micro-averaged)", header]
    lines += [_row(kind, report.entities[kind]) for kind in ("people", "orgs", "places", "all")]
    if per_article:
        lines += ["", *_per_article_rows(report)]
    lines += ["", "Time expressions", header, _row("text", report.time_text),
              _row("text + value", report.time_value),
              _accuracy_row("value inside", report.time_inside["all"]),
              _accuracy_row("value inside (dated)", report.time_inside["dated"])]
    if show_errors:
        lines += ["", f"Misses ({len(report.misses)})"]
        for miss in report.misses:
            lines.append(f"  {miss.article}  {miss.what}")
            if miss.expected is not None:
                lines.append(f"      expected:  {miss.expected}")
            if miss.predicted is not None:
                lines.append(f"      predicted: {miss.predicted}")
    return "\n".join(lines) + "\n"


def render_ner(report: NerReport) -> str:
    """NER scores per label as a readable table."""
    lines = [f"Sentences: {report.sentences}", "",
             f"  {'label':<8} {'P':>6} {'R':>6} {'F1':>6}"]
    for label, values in report.per_label.items():
        lines.append(f"  {label:<8} {values['p']:6.3f} {values['r']:6.3f} {values['f']:6.3f}")
    o = report.overall
    lines.append(f"  {'all':<8} {o['p']:6.3f} {o['r']:6.3f} {o['f']:6.3f}")
    return "\n".join(lines) + "\n"


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False,
                                                        path_type=Path))
@click.argument("articles_dir", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--conll", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Score NER on an IOB2/CoNLL file (index, form, tag "
                                 "columns) instead of the gold articles.")
@click.option("--model", type=click.Path(path_type=Path), default=None,
              help="A trained spaCy pipeline directory to use instead of the bundled one.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: readable tables; json: one JSON object.")
@click.option("--show-errors", is_flag=True,
              help="List every miss: article, what, expected and predicted.")
@click.option("--per-article", is_flag=True,
              help="Also list people, organisation and place F1 per article.")
def eval_command(gold: Path | None, articles_dir: Path | None, conll: Path | None,
                 model: Path | None, fmt: str, show_errors: bool, per_article: bool) -> None:
    """Score quote detection, speakers, entities and time expressions against gold.

    GOLD is a gold.jsonl file (`pressespejl docs gold-format`) and ARTICLES_DIR the folder of the
    articles it describes; an article is paired with the gold line whose "id" is its
    file name without extension. An article the reader rejects is named, and its gold
    counts as missed. Quotes are scored by kind and by style (dash paragraph, »…«, other
    marks, indirect), with precision per confidence bucket. With --conll, score the
    named-entity recogniser on an IOB2 file instead (per label precision, recall and F1).

    Example:

        pressespejl eval tests/articles/gold.jsonl tests/articles

        pressespejl eval tests/articles/gold.jsonl tests/articles --show-errors

        pressespejl eval ../shared/data/real-dev/gold.jsonl eval/real-dev

        pressespejl eval --conll da_ddt.iob2 --model training/output/model-best
    """
    from pressespejl.evaluate import evaluate, evaluate_conll, load_gold
    from pressespejl.nlp import analyze_many, load_pipeline

    try:
        if conll is not None:
            if gold is not None:
                raise click.UsageError("give either --conll FILE or GOLD ARTICLES_DIR, not both")
            ner = evaluate_conll(conll, load_pipeline(model))
            click.echo(json.dumps(ner.as_dict(), ensure_ascii=False, indent=2)
                       if fmt == "json" else render_ner(ner), nl=fmt == "json")
            return
        if gold is None or articles_dir is None:
            raise click.UsageError("give GOLD and ARTICLES_DIR, or --conll FILE")
        records = load_gold(gold)
        nlp = load_pipeline(model)
        unread: dict[str, str] = {}
        raw: dict[str, str] = {}
        report = evaluate(records, analyze_many(_articles(articles_dir, unread, raw), nlp=nlp),
                          unread=unread, raw_texts=raw)
    except PressespejlError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        data = report.as_dict()
        if not show_errors:
            data.pop("misses")
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_report(report, show_errors=show_errors, per_article=per_article),
                   nl=False)


def _articles(folder: Path, unread: dict[str, str], raw: dict[str, str]) -> Iterator[Article]:
    """The articles of the folder (gold.jsonl itself is not an article); a file the reader
    rejects is named on stderr and in ``unread`` (file stem -> the reader's reason), and
    its raw text kept in ``raw`` (to tell the style of its missed gold quotes)."""
    from pressespejl.ingest import read_path

    paths = sorted(p for p in folder.iterdir() if p.suffix == ".txt") if folder.is_dir() \
        else [folder]
    for path in paths:
        for item in read_path(path):
            if isinstance(item, IngestProblem):
                click.echo(f"rejected: {item}", err=True)
                unread[path.stem] = f"rejected by the reader: {item.what}"
                raw[path.stem] = path.read_text(encoding="utf-8", errors="replace")
            else:
                yield item
