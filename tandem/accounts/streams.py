"""The four kinds of client data a client shares with their clinician, each chosen separately."""

from __future__ import annotations

from enum import StrEnum


class Stream(StrEnum):
    MEASURES = "measures"  # mood check-ins, questionnaires, scores
    SUMMARIES = "summaries"  # conversation summaries
    TRANSCRIPTS = "transcripts"  # full conversations, word for word
    JOURNAL = "journal"  # journal entries


def consent_field(stream: Stream) -> str:
    """The boolean column (and API field) that records whether this stream is shared."""
    return f"share_{stream.value}"


ALL_STREAMS: tuple[Stream, ...] = tuple(Stream)
