"""Build the word list that splits letter-spaced messages back into words.

"i w a n t t o d i e" collapses to "iwanttodie"; ``normalize`` then segments it with word
frequencies counted over the project's own training and tuning texts (both languages). The held-
back set is never read. Output: ``tandem/safety/data/segment_vocab.txt`` (word<TAB>count).

Usage: .venv/bin/python tools/build_segment_vocab.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAFETY = ROOT / "tandem" / "safety"
OUT = SAFETY / "data" / "segment_vocab.txt"
MIN_COUNT = 2
WORD = re.compile(r"[a-zñ']+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def texts() -> list[str]:
    out: list[str] = []
    for path in sorted([*SAFETY.glob("training/*.jsonl"), *SAFETY.glob("corpus/*.jsonl")]):
        if "heldout" in path.parts:
            raise RuntimeError("the held-back set is never read")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                out += [raw["text"]] if "text" in raw else list(raw.get("turns", []))
    return out


def main() -> None:
    counts: Counter[str] = Counter()
    for text in texts():
        counts.update(w.strip("'") for w in WORD.findall(_fold(text)))
    kept = sorted(
        (
            (w, n)
            for w, n in counts.items()
            if n >= MIN_COUNT and w and (len(w) > 1 or w in "aiyoe")
        ),
        key=lambda item: (-item[1], item[0]),
    )
    OUT.write_text("".join(f"{w}\t{n}\n" for w, n in kept), encoding="utf-8")
    print(f"{len(kept)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
