"""Clinician workspace: caseload, alerts inbox and escalation, summaries, plan editing."""
