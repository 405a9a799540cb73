"""SVG charts: accessible names, escaping, class-only styling, bands, table fallback."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest

from tandem.measures.charts import (
    data_table_rows,
    mood_line_svg,
    score_chart_svg,
    sparkline_svg,
)
from tandem.measures.scoring import ScoringError

SVG = "{http://www.w3.org/2000/svg}"
END = datetime(2026, 11, 27, 9, 30)
HOSTILE = 'Mood </title><script>alert("x")</script> & "quotes" \x07'


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def every(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(f"{SVG}{tag}"))


def mood_points(values: list[float]) -> list[tuple[datetime, float]]:
    return [(END - timedelta(days=len(values) - 1 - i), v) for i, v in enumerate(values)]


def assert_accessible(root: ET.Element, title: str, description: str) -> None:
    assert root.get("role") == "img"
    labelled_by = root.get("aria-labelledby", "").split()
    assert len(labelled_by) == 2
    title_el, desc_el = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title_el is not None and desc_el is not None
    assert [title_el.get("id"), desc_el.get("id")] == labelled_by
    assert title_el.text == title
    assert desc_el.text == description
    # Responsive: sized by viewBox only.
    assert root.get("viewBox")
    assert root.get("width") is None and root.get("height") is None


def assert_styled_by_classes_only(root: ET.Element) -> None:
    for element in root.iter():
        for attribute in ("style", "fill", "stroke", "color", "stroke-width"):
            assert element.get(attribute) is None, (element.tag, attribute)


def test_mood_chart_has_title_description_and_one_point_per_day() -> None:
    svg = mood_line_svg(
        mood_points([5, 6, 7, 4, 6, 8, 7]), title="Mood", description="Last 7 days", days=7
    )
    root = parse(svg)
    assert_accessible(root, "Mood", "Last 7 days")
    assert_styled_by_classes_only(root)
    assert "chart--mood" in root.get("class", "")
    circles = every(root, "circle")
    assert len(circles) == 7
    assert "chart__point--latest" in circles[-1].get("class", "")
    tooltips = [c.find(f"{SVG}title").text for c in circles]  # type: ignore[union-attr]
    assert tooltips[-1] == "27 Nov: 7"
    paths = every(root, "path")
    assert len(paths) == 1 and "chart__line--mood" in paths[0].get("class", "")


def test_several_check_ins_on_one_day_are_averaged() -> None:
    points = [(END, 8.0), (END - timedelta(hours=3), 4.0), (END - timedelta(days=1), 5.0)]
    root = parse(mood_line_svg(points, title="t", description="d", days=7))
    tooltips = [c.find(f"{SVG}title").text for c in every(root, "circle")]  # type: ignore[union-attr]
    assert tooltips == ["26 Nov: 5", "27 Nov: 6"]


def test_text_is_escaped_everywhere() -> None:
    svg = mood_line_svg(
        mood_points([5]), title=HOSTILE, description=HOSTILE, days=7, chart_id='x" onload="y'
    )
    assert "<script" not in svg
    root = parse(svg)
    assert every(root, "script") == []
    expected = HOSTILE.replace("\x07", "")
    assert root.find(f"{SVG}title").text == expected  # type: ignore[union-attr]
    assert root.get("onload") is None
    assert '"' not in root.get("aria-labelledby", "")


def test_long_gaps_break_the_mood_line() -> None:
    points = mood_points([5, 6, 0, 0, 0, 0, 7, 8])
    points = [p for i, p in enumerate(points) if i not in (2, 3, 4, 5)]
    root = parse(mood_line_svg(points, title="t", description="d", days=30))
    d = every(root, "path")[0].get("d", "")
    assert d.count("M") == 2
    assert len(every(root, "circle")) == 4


def test_empty_mood_chart_says_so() -> None:
    root = parse(mood_line_svg([], title="t", description="d", days=30, end=date(2026, 11, 27)))
    texts = [t.text for t in every(root, "text")]
    assert "No data for this period" in texts
    assert every(root, "circle") == []
    es = parse(mood_line_svg([], title="t", description="d", days=7, end=END, locale="es"))
    assert "No hay datos en este periodo" in [t.text for t in every(es, "text")]


def test_points_outside_the_window_are_not_drawn() -> None:
    points = mood_points([1] * 40)
    root = parse(mood_line_svg(points, title="t", description="d", days=30))
    assert len(every(root, "circle")) == 30


def test_invalid_mood_chart_arguments() -> None:
    with pytest.raises(ValueError):
        mood_line_svg([], title="t", description="d", days=0)
    with pytest.raises(ValueError):
        mood_line_svg([], title="t", description="d", days=7, y_min=5, y_max=5)


@pytest.mark.parametrize(
    ("instrument_id", "keys"),
    [
        ("phq9", ["minimal", "mild", "moderate", "moderately_severe", "severe"]),
        ("gad7", ["minimal", "mild", "moderate", "severe"]),
    ],
)
def test_score_chart_draws_the_severity_bands(instrument_id: str, keys: list[str]) -> None:
    points = [(END - timedelta(days=14 * i), 14 - i) for i in range(5)]
    root = parse(
        score_chart_svg(instrument_id, points, title="Scores", description="Every two weeks")
    )
    assert_accessible(root, "Scores", "Every two weeks")
    assert_styled_by_classes_only(root)
    band_classes = [
        r.get("class", "").split()[1]
        for r in every(root, "rect")
        if "chart__band" in r.get("class", "")
    ]
    assert band_classes == [f"chart__band--{key}" for key in keys]
    labels = [t.text for t in every(root, "text") if "chart__band-label" in t.get("class", "")]
    assert labels[0] == "Minimal" and labels[-1] == "Severe"
    assert len(every(root, "circle")) == 5


def test_score_chart_point_sits_inside_its_band() -> None:
    root = parse(score_chart_svg("phq9", [(END, 10)], title="t", description="d", days=30))
    circle = every(root, "circle")[0]
    moderate = next(r for r in every(root, "rect") if "chart__band--moderate" in r.get("class", ""))
    top = float(moderate.get("y", 0))
    assert top < float(circle.get("cy", 0)) < top + float(moderate.get("height", 0))
    assert circle.find(f"{SVG}title").text == "27 Nov: 10 (Moderate)"  # type: ignore[union-attr]


def test_score_chart_in_spanish() -> None:
    root = parse(score_chart_svg("gad7", [(END, 3)], title="t", description="d", locale="es"))
    labels = [t.text for t in every(root, "text") if "chart__band-label" in t.get("class", "")]
    assert labels == ["Mínima", "Leve", "Moderada", "Grave"]


def test_score_chart_rejects_unknown_instrument() -> None:
    with pytest.raises(ScoringError):
        score_chart_svg("bdi", [], title="t", description="d")


def test_two_charts_on_a_page_have_distinct_ids() -> None:
    a = parse(score_chart_svg("phq9", [], title="t", description="d", end=END))
    b = parse(score_chart_svg("gad7", [], title="t", description="d", end=END))
    assert a.get("aria-labelledby") != b.get("aria-labelledby")


def test_sparkline_with_and_without_label() -> None:
    labelled = parse(sparkline_svg([3, 5, 4, 7], label="Mood, last 14 days: 3 to 7"))
    assert labelled.get("role") == "img"
    assert labelled.get("aria-label") == "Mood, last 14 days: 3 to 7"
    assert_styled_by_classes_only(labelled)
    assert len(every(labelled, "path")) == 1
    decorative = parse(sparkline_svg([3, 5]))
    assert decorative.get("aria-hidden") == "true"
    single = parse(sparkline_svg([4]))
    assert every(single, "path") == [] and len(every(single, "circle")) == 1
    hostile = sparkline_svg([1, 2], label=HOSTILE)
    assert "<script" not in hostile
    parse(hostile)


def test_data_table_rows_for_scores() -> None:
    points = [(END - timedelta(days=14), 12), (END, 7)]
    rows = data_table_rows(points, instrument_id="phq9")
    assert [(r.date, r.value, r.severity) for r in rows] == [
        (date(2026, 11, 13), "12", "Moderate"),
        (date(2026, 11, 27), "7", "Mild"),
    ]
    assert rows[1].date_label == "27 Nov 2026"
    rows_es = data_table_rows(points, instrument_id="phq9", locale="es")
    assert rows_es[0].severity == "Moderada" and rows_es[0].date_label == "13 nov 2026"


def test_data_table_rows_daily_means_within_window() -> None:
    points = [(END, 8.0), (END - timedelta(hours=1), 5.0), (END - timedelta(days=40), 2.0)]
    rows = data_table_rows(points, daily=True, days=30)
    assert [(r.date, r.value, r.severity) for r in rows] == [(date(2026, 11, 27), "6.5", None)]
