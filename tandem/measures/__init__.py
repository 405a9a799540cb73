"""Measures: questionnaires (PHQ-9, GAD-7, C-SSRS screener), scoring, reliable change, trends,
accessible SVG charts and FHIR R4 export.

The modules here are pure (no database, no web); the service, models and routes build on them.
"""

from tandem.measures.change import ChangeResult, classify_change
from tandem.measures.instruments import (
    Instrument,
    InstrumentDefinitionError,
    UnknownInstrumentError,
    load_instrument,
)
from tandem.measures.scoring import CssrsResult, Score, ScoringError, score, score_cssrs

__all__ = [
    "ChangeResult",
    "CssrsResult",
    "Instrument",
    "InstrumentDefinitionError",
    "Score",
    "ScoringError",
    "UnknownInstrumentError",
    "classify_change",
    "load_instrument",
    "score",
    "score_cssrs",
]
