"""Attention over time as an inline SVG bar chart, drawn on the server (no script).

One bar per period (``Store.trend``), each with a ``<title>`` that shows the period and
the count on hover; the axis names the first and last period and the peak. The same
SVG is the page's chart and ``/trend.svg``.
"""

from __future__ import annotations

from markupsafe import Markup, escape

WIDTH, HEIGHT, BASE = 640, 140, 118  # viewBox units; the SVG scales to its box


def bar_chart(periods: list[tuple[str, int]], label: str = "artikler") -> Markup:
    """An SVG of (period, count) bars; an empty string for no periods."""
    if not periods:
        return Markup("")
    peak = max(n for _, n in periods) or 1
    step = WIDTH / len(periods)
    bar = min(max(step * 0.8, 1.0), 48.0)
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" '
             f'aria-label="{escape(label)} pr. periode">']
    for i, (period, n) in enumerate(periods):
        height = (BASE - 14) * n / peak
        x = i * step + (step - bar) / 2
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{BASE - height:.1f}" width="{bar:.1f}" '
            f'height="{max(height, 0.5 if n else 0):.1f}"><title>{escape(period)}: {n} '
            f'{escape(label)}</title></rect>')
    parts.append(f'<line class="axis" x1="0" y1="{BASE}" x2="{WIDTH}" y2="{BASE}"/>')
    parts.append(f'<text class="tick" x="0" y="{HEIGHT - 4}">{escape(periods[0][0])}</text>')
    if len(periods) > 1:
        parts.append(f'<text class="tick" x="{WIDTH}" y="{HEIGHT - 4}" '
                     f'text-anchor="end">{escape(periods[-1][0])}</text>')
    parts.append(f'<text class="tick" x="{WIDTH}" y="10" text-anchor="end">højst {peak}'
                 f'</text></svg>')
    return Markup("".join(parts))
