"""Is a generated reply written in the client's language? A cheap stopword count, en/es only.

A model asked (in its system prompt) to answer in Spanish sometimes answers in English anyway,
especially small local models. DESIGN §3 makes "reply in the client's language" a hard rule, so a
reply that is clearly in the other language is replaced by the engine's reply, which is authored
in the client's language.

Only function words are counted: they are frequent in any reply of a sentence or more, they say
little about the topic, and the two lists share no word (words spelled the same in both, like
"a", "no", "me", "he", "son", "come", are left out), so a hit is evidence for one language only.
A reply too short to judge is accepted: "Okay." or "Vale." carry no risk of being unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EN_STOPWORDS = _words(
    """
    the and is are was were be been being to of in on at for with that this these those it its
    you your yours i my mine we our they their them she his her him what which who when where
    why how do does did not can could would should will have has had just about from or but if
    so than then there here very really right now today feel feeling sounds like want try
    something anything some any more most much because into out up down over also too
    """
)
ES_STOPWORDS = _words(
    """
    el la los las un una unos unas y es está están estás estoy era fue ser estar de del en
    con por para que qué quién cómo cuándo dónde porque pero si sí muy más menos ya también
    tu tus te ti yo mi mis nos nosotros ellos ellas ella él su sus le les lo esto esta este eso
    esa ese hay tiene tienes tengo puedes puedo quieres quiero hoy ahora algo nada cuando como
    sientes siento suena parece ayuda al se sobre hasta bien
    """
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Fewer function-word hits than this and the text is too short to judge.
MIN_HITS = 3
# The other language must outweigh the client's by this factor to count as the wrong language:
# a Spanish reply that quotes an English phrase, or the reverse, is still the right language.
DOMINANCE = 3.0

Verdict = Literal["match", "mismatch", "unknown"]


@dataclass(frozen=True)
class LanguageCheck:
    verdict: Verdict
    expected: str
    hits: dict[str, int]

    @property
    def looks_like(self) -> str | None:
        if not any(self.hits.values()):
            return None
        return max(self.hits, key=lambda k: self.hits[k])


def count_hits(text: str) -> dict[str, int]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {
        "en": sum(1 for w in words if w in EN_STOPWORDS),
        "es": sum(1 for w in words if w in ES_STOPWORDS),
    }


def check_language(text: str, lang: str) -> LanguageCheck:
    """Whether ``text`` is in ``lang`` ("en" or "es"); other languages are never judged."""
    hits = count_hits(text)
    if lang not in hits:
        return LanguageCheck("unknown", lang, hits)
    other = "es" if lang == "en" else "en"
    if hits[lang] + hits[other] < MIN_HITS:
        return LanguageCheck("unknown", lang, hits)
    if hits[other] >= MIN_HITS and hits[other] >= DOMINANCE * max(hits[lang], 1) - 1e-9:
        return LanguageCheck("mismatch", lang, hits)
    if hits[lang] >= hits[other]:
        return LanguageCheck("match", lang, hits)
    return LanguageCheck("unknown", lang, hits)
