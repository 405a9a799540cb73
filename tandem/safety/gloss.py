"""A word-by-word English gloss of Spanish text, for the English sentence model.

all-MiniLM-L6-v2 was trained on English: it embeds Spanish mostly by shared word pieces, so
"me tomé todas las pastillas" lands far from "I took all the pills". Glossing each word
through the team's own dictionary (``data/gloss_es_en.tsv``: the 4,006 word forms that occur
at least twice in the Spanish training and dev messages, each given the sense a reader of
chat messages to a mental-health companion would most likely mean) gives the model broken but
readable English. Word order and grammar stay Spanish; the sentence model is robust to that.
Measured with 5-fold cross-validation of the risk classifier on 9,743 messages (same folds,
same thresholds policy): Spanish moderate-or-worse recall 76.7% -> 80.2% at the same benign
rate, high/imminent below high 150 -> 140 of 896 (``tools/train_risk_classifier.py``).

Unknown words pass through unchanged (names, cognates, English code-switching). The gloss
feeds the one MiniLM embedding per message (``semantic.embedding_text``) that both the
classifier and the exemplar layer use; rules and the hashed n-grams read the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

GLOSS_FILE = "gloss_es_en.tsv"
WORD = re.compile(r"[^\W\d_]+")  # a run of letters: what the glossary has entries for


def fold_word(word: str) -> str:
    """Lower case without accents: texters often leave them out (tome, tomé)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@cache
def glossary() -> dict[str, str]:
    """Word form (lower case, and its accent-free spelling) -> English gloss."""
    text = (resources.files("tandem.safety") / "data" / GLOSS_FILE).read_text(encoding="utf-8")
    exact: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        spanish, sep, english = line.partition("\t")
        if not sep or not spanish or not english.strip() or "\t" in english:
            raise ValueError(f"{GLOSS_FILE}:{number}: expected 'spanish<TAB>english'")
        exact.setdefault(spanish, english.strip())
    folded = {fold_word(w): g for w, g in exact.items()}
    return {**folded, **exact}  # an accented entry wins over an accent-free look-alike


def english_gloss(text: str) -> str:
    """``text`` with every known Spanish word replaced by its English gloss."""
    words = glossary()

    def replace(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        return words.get(word) or words.get(fold_word(word)) or match.group(0)

    return WORD.sub(replace, text)
