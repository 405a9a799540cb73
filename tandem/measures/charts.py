"""Server-rendered, accessible SVG charts (no JavaScript).

Every chart is an ``<svg role="img">`` labelled by its own ``<title>`` and ``<desc>``, sized by
its ``viewBox`` only (so it fills its container and stays legible at 320 px wide), and styled
only through CSS classes: the app's Content-Security-Policy forbids inline ``style`` attributes,
and colours must follow the light/dark theme. ``CHART_CSS`` is a reference stylesheet for the
classes used here. Every piece of text is escaped. Pages should also offer the numbers as a
table (``data_table_rows``) for people who cannot see the chart.

Class names used:
  chart, chart--mood, chart--score, chart__plot, chart__grid, chart__axis, chart__axis-label,
  chart__line, chart__line--mood, chart__line--score, chart__point, chart__point--latest,
  chart__band, chart__band--<severity key> (minimal, mild, moderate, moderately_severe, severe),
  chart__band-label, chart__empty, sparkline, sparkline__line, sparkline__last
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tandem.measures.instruments import DEFAULT_LOCALE, load_instrument
from tandem.measures.scoring import SCORED_INSTRUMENTS, ScoringError
from tandem.measures.trends import Point, daily_means, sparkline_points, window

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
_EMPTY_TEXT = {"en": "No data for this period", "es": "No hay datos en este periodo"}

# Characters XML 1.0 forbids even when escaped; a stray control character in a client's note
# must not make the whole page unparseable.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")

# Gaps longer than this many days break the mood line, so the chart does not invent a trend
# across a week with no check-ins (the points on either side are still drawn).
MAX_JOINED_GAP_DAYS = 2

CHART_CSS = """
.chart { width: 100%; height: auto; max-width: 40rem; display: block; }
.chart__plot { fill: var(--chart-plot, #fff); }
.chart__grid { stroke: var(--chart-grid, #d9dee5); stroke-width: 1; }
.chart__axis { stroke: var(--chart-axis, #8a94a3); stroke-width: 1; }
.chart__axis-label, .chart__band-label, .chart__empty {
  fill: var(--chart-text, #3b4350); font-size: 13px; font-family: inherit; }
.chart__band-label { font-size: 12px; }
.chart__line { fill: none; stroke: var(--chart-line, #2f5da8); stroke-width: 2.5;
  stroke-linejoin: round; stroke-linecap: round; }
.chart__point { fill: var(--chart-line, #2f5da8); stroke: var(--chart-plot, #fff);
  stroke-width: 1.5; }
.chart__point--latest { stroke-width: 2.5; }
.chart__band--minimal { fill: #e7f4ea; } .chart__band--mild { fill: #f3f6dd; }
.chart__band--moderate { fill: #fcf0d7; } .chart__band--moderately_severe { fill: #fbe3d3; }
.chart__band--severe { fill: #f8d9d9; }
.sparkline { width: 6rem; height: 1.5rem; }
.sparkline__line { fill: none; stroke: currentColor; stroke-width: 1.5; }
.sparkline__last { fill: currentColor; }
@media (prefers-color-scheme: dark) {
  .chart { --chart-plot: #1b1f26; --chart-grid: #333a45; --chart-axis: #6b7482;
    --chart-text: #d5dae2; --chart-line: #8fb3ff; }
  .chart__band--minimal { fill: #1f3326; } .chart__band--mild { fill: #2e3320; }
  .chart__band--moderate { fill: #3a3120; } .chart__band--moderately_severe { fill: #3d2a20; }
  .chart__band--severe { fill: #3f2224; }
}
""".strip()


def escape(text: object) -> str:
    """Escape text for SVG/XML content and attribute values."""
    return html.escape(_XML_INVALID.sub("", str(text)), quote=True)


def _safe_id(raw: str) -> str:
    cleaned = _ID_UNSAFE.sub("-", raw).strip("-") or "chart"
    return cleaned if cleaned[0].isalpha() else f"c-{cleaned}"


def _num(value: float) -> str:
    # One decimal is finer than a pixel at any size these charts are shown; fixed formatting
    # keeps this cheap (a caseload page draws hundreds of sparklines).
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}"


def _language(locale: str) -> str:
    language = (locale or DEFAULT_LOCALE).split("-")[0].lower()
    return language if language in _MONTHS else DEFAULT_LOCALE


def format_day(day: date, locale: str = DEFAULT_LOCALE) -> str:
    return f"{day.day} {_MONTHS[_language(locale)][day.month - 1]}"


def _value_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


@dataclass(frozen=True)
class _Frame:
    """Plot geometry: maps (day, value) into viewBox coordinates."""

    width: float
    height: float
    first_day: date
    days: int
    y_min: float
    y_max: float
    left: float = 34.0
    right: float = 10.0
    top: float = 10.0
    bottom: float = 26.0

    @property
    def plot_w(self) -> float:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> float:
        return self.height - self.top - self.bottom

    def x(self, moment: date) -> float:
        span = max(self.days - 1, 1)
        offset = (moment - self.first_day).days
        if self.days == 1:
            return self.left + self.plot_w / 2
        return self.left + self.plot_w * offset / span

    def y(self, value: float) -> float:
        clamped = min(max(value, self.y_min), self.y_max)
        return self.top + self.plot_h * (1 - (clamped - self.y_min) / (self.y_max - self.y_min))


def _open_svg(kind: str, chart_id: str, width: float, height: float, title: str, desc: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--{kind}" '
        f'viewBox="0 0 {_num(width)} {_num(height)}" role="img" focusable="false" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )


def _x_axis(frame: _Frame, locale: str) -> list[str]:
    parts = [
        f'<line class="chart__axis" x1="{_num(frame.left)}" y1="{_num(frame.top + frame.plot_h)}" '
        f'x2="{_num(frame.left + frame.plot_w)}" y2="{_num(frame.top + frame.plot_h)}"/>'
    ]
    last_day = frame.first_day + timedelta(days=frame.days - 1)
    ticks = [(frame.first_day, "start"), (last_day, "end")]
    if frame.days >= 7:
        ticks.insert(1, (frame.first_day + timedelta(days=(frame.days - 1) // 2), "middle"))
    label_y = frame.height - 8
    for day, anchor in ticks:
        parts.append(
            f'<text class="chart__axis-label" x="{_num(frame.x(day))}" y="{_num(label_y)}" '
            f'text-anchor="{anchor}">{escape(format_day(day, locale))}</text>'
        )
    return parts


def _y_tick(frame: _Frame, value: float) -> list[str]:
    y = _num(frame.y(value))
    return [
        f'<line class="chart__grid" x1="{_num(frame.left)}" y1="{y}" '
        f'x2="{_num(frame.left + frame.plot_w)}" y2="{y}"/>',
        f'<text class="chart__axis-label" x="{_num(frame.left - 6)}" y="{y}" '
        f'text-anchor="end" dominant-baseline="middle">{escape(_value_text(value))}</text>',
    ]


def _series(
    frame: _Frame,
    series: Sequence[tuple[date, float]],
    *,
    line_class: str,
    point_titles: Sequence[str],
    max_gap_days: int | None,
) -> list[str]:
    if not series:
        return []
    commands: list[str] = []
    previous: date | None = None
    for day, value in series:
        joined = previous is not None and (
            max_gap_days is None or (day - previous).days <= max_gap_days
        )
        commands.append(f"{'L' if joined else 'M'}{_num(frame.x(day))} {_num(frame.y(value))}")
        previous = day
    parts = []
    if len(series) > 1:
        parts.append(f'<path class="chart__line {line_class}" d="{" ".join(commands)}"/>')
    for index, ((day, value), tooltip) in enumerate(zip(series, point_titles, strict=True)):
        latest = " chart__point--latest" if index == len(series) - 1 else ""
        parts.append(
            f'<circle class="chart__point{latest}" cx="{_num(frame.x(day))}" '
            f'cy="{_num(frame.y(value))}" r="3.5"><title>{escape(tooltip)}</title></circle>'
        )
    return parts


def _end_day(points: Sequence[Point], end: date | datetime | None) -> date:
    if end is not None:
        return end.date() if isinstance(end, datetime) else end
    if points:
        return max(point[0] for point in points).date()
    return date.today()


def _empty(frame: _Frame, locale: str) -> str:
    return (
        f'<text class="chart__empty" x="{_num(frame.left + frame.plot_w / 2)}" '
        f'y="{_num(frame.top + frame.plot_h / 2)}" text-anchor="middle" '
        f'dominant-baseline="middle">{escape(_EMPTY_TEXT[_language(locale)])}</text>'
    )


def mood_line_svg(
    points: Sequence[Point],
    *,
    title: str,
    description: str,
    days: int,
    end: date | datetime | None = None,
    width: int = 400,
    height: int = 220,
    chart_id: str = "mood-chart",
    y_min: float = 0,
    y_max: float = 10,
    locale: str = DEFAULT_LOCALE,
) -> str:
    """Daily mood (mean of each day's check-ins) over the ``days`` days ending on ``end``.

    ``end`` defaults to the day of the latest point. ``chart_id`` must be unique on the page
    (it prefixes the ids that ``aria-labelledby`` points to).
    """
    if days < 1:
        raise ValueError("days must be 1 or more")
    if y_max <= y_min:
        raise ValueError("y_max must be above y_min")
    chart_id = _safe_id(chart_id)
    last_day = _end_day(points, end)
    frame = _Frame(
        width=width,
        height=height,
        first_day=last_day - timedelta(days=days - 1),
        days=days,
        y_min=y_min,
        y_max=y_max,
    )
    daily = daily_means(window(points, days, end=last_day))
    parts = [
        _open_svg("mood", chart_id, width, height, title, description),
        f'<rect class="chart__plot" x="{_num(frame.left)}" y="{_num(frame.top)}" '
        f'width="{_num(frame.plot_w)}" height="{_num(frame.plot_h)}"/>',
    ]
    middle = (y_min + y_max) / 2
    for tick in (y_min, middle, y_max):
        parts.extend(_y_tick(frame, tick))
    parts.extend(_x_axis(frame, locale))
    if daily:
        tooltips = [f"{format_day(day, locale)}: {_value_text(round(v, 1))}" for day, v in daily]
        parts.extend(
            _series(
                frame,
                daily,
                line_class="chart__line--mood",
                point_titles=tooltips,
                max_gap_days=MAX_JOINED_GAP_DAYS,
            )
        )
    else:
        parts.append(_empty(frame, locale))
    parts.append("</svg>")
    return "".join(parts)


def _scored(instrument_id: str) -> None:
    if instrument_id not in SCORED_INSTRUMENTS:
        raise ScoringError(f"No score chart for {instrument_id!r}.", code="unknown_instrument")


def score_chart_svg(
    instrument_id: str,
    points: Sequence[Point],
    *,
    title: str,
    description: str,
    days: int = 90,
    end: date | datetime | None = None,
    width: int = 400,
    height: int = 240,
    chart_id: str | None = None,
    locale: str = DEFAULT_LOCALE,
) -> str:
    """PHQ-9 or GAD-7 totals over time, drawn over the instrument's severity bands."""
    _scored(instrument_id)
    if days < 1:
        raise ValueError("days must be 1 or more")
    instrument = load_instrument(instrument_id)
    scoring = instrument.scoring
    assert scoring is not None
    chart_id = _safe_id(chart_id or f"{instrument_id}-chart")
    last_day = _end_day(points, end)
    frame = _Frame(
        width=width,
        height=height,
        first_day=last_day - timedelta(days=days - 1),
        days=days,
        y_min=0,
        y_max=scoring.max_total,
        left=30.0,
    )
    parts = [
        _open_svg("score", chart_id, width, height, title, description),
        f'<rect class="chart__plot" x="{_num(frame.left)}" y="{_num(frame.top)}" '
        f'width="{_num(frame.plot_w)}" height="{_num(frame.plot_h)}"/>',
    ]
    for band in scoring.bands:
        # Half-point edges so that a total on a band's first value sits inside that band.
        low = max(band.min - 0.5, 0)
        high = min(band.max + 0.5, scoring.max_total)
        top, bottom = frame.y(high), frame.y(low)
        parts.append(
            f'<rect class="chart__band chart__band--{band.key}" x="{_num(frame.left)}" '
            f'y="{_num(top)}" width="{_num(frame.plot_w)}" height="{_num(bottom - top)}"/>'
        )
        parts.append(
            f'<text class="chart__band-label" x="{_num(frame.left + frame.plot_w - 4)}" '
            f'y="{_num((top + bottom) / 2)}" text-anchor="end" dominant-baseline="middle">'
            f"{escape(band.label.get(locale))}</text>"
        )
    for tick in sorted({band.min for band in scoring.bands} | {scoring.max_total}):
        y = _num(frame.y(tick))
        parts.append(
            f'<text class="chart__axis-label" x="{_num(frame.left - 6)}" y="{y}" '
            f'text-anchor="end" dominant-baseline="middle">{tick}</text>'
        )
    parts.extend(_x_axis(frame, locale))
    selected = window(points, days, end=last_day)
    series = [(moment.date(), float(value)) for moment, value in selected]
    if series:
        tooltips = [
            f"{format_day(day, locale)}: {_value_text(value)} "
            f"({instrument.band_for(int(value)).label.get(locale)})"
            for day, value in series
        ]
        parts.extend(
            _series(
                frame,
                series,
                line_class="chart__line--score",
                point_titles=tooltips,
                max_gap_days=None,
            )
        )
    else:
        parts.append(_empty(frame, locale))
    parts.append("</svg>")
    return "".join(parts)


def sparkline_svg(
    values: Sequence[float],
    *,
    label: str | None = None,
    width: int = 100,
    height: int = 24,
    min_value: float | None = None,
    max_value: float | None = None,
) -> str:
    """A small trend line for the caseload. With a ``label`` it is an image with that name;
    without, it is decorative (``aria-hidden``) because the numbers sit next to it."""
    coordinates = sparkline_points(
        values, width=width, height=height, min_value=min_value, max_value=max_value
    )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" '
        f'viewBox="0 0 {width} {height}" focusable="false"'
    )
    if label is not None:
        # aria-label rather than aria-labelledby: a caseload page shows hundreds of these, and
        # ids would have to be unique.
        head += f' role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>'
    else:
        head += ' aria-hidden="true">'
    parts = [head]
    if len(coordinates) > 1:
        d = "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in coordinates)
        parts.append(f'<path class="sparkline__line" d="{d}"/>')
    if coordinates:
        x, y = coordinates[-1]
        parts.append(f'<circle class="sparkline__last" cx="{_num(x)}" cy="{_num(y)}" r="2"/>')
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class DataRow:
    """One row of the table shown next to (or instead of) a chart. Plain text: the template
    escapes it like any other value."""

    date: date
    date_label: str
    value: str
    severity: str | None = None


def data_table_rows(
    points: Sequence[Point],
    *,
    instrument_id: str | None = None,
    daily: bool = False,
    days: int | None = None,
    end: date | datetime | None = None,
    locale: str = DEFAULT_LOCALE,
) -> list[DataRow]:
    """Rows for the data-table fallback, oldest first.

    ``daily`` aggregates to one mean per day (as drawn by ``mood_line_svg``); ``instrument_id``
    adds each total's severity label; ``days``/``end`` restrict to the chart's window.
    """
    if instrument_id is not None:
        _scored(instrument_id)
    selected: Sequence[Point] = points
    if days is not None:
        selected = window(points, days, end=_end_day(points, end))
    if daily:
        rows_source = [(day, value) for day, value in daily_means(selected)]
    else:
        rows_source = [(moment.date(), float(value)) for moment, value in sorted(selected)]
    instrument = load_instrument(instrument_id) if instrument_id is not None else None
    rows = []
    for day, value in rows_source:
        severity = None
        if instrument is not None:
            severity = instrument.band_for(int(value)).label.get(locale)
        rows.append(
            DataRow(
                date=day,
                date_label=f"{format_day(day, locale)} {day.year}",
                value=_value_text(round(value, 1)),
                severity=severity,
            )
        )
    return rows
