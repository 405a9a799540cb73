"""Measures: check-ins, questionnaires, scoring, trends, charts and FHIR export."""
