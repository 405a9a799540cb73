"""List the Spanish word forms the training and dev data use that the glossary lacks.

The glossary (``tandem/safety/data/gloss_es_en.tsv``) was written for every word form that
occurs at least twice in the Spanish training and dev messages and conversation turns. When
data is added, run this to see which frequent forms still need a gloss; write them into the
glossary by hand (the sense a reader of chat messages would most likely mean), then retrain
with ``tools/train_risk_classifier.py``. The held-back set is never read.

Usage: .venv/bin/python tools/gloss_vocabulary.py [--min-count 2]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tandem.safety.gloss import WORD, fold_word, glossary  # noqa: E402

SAFETY = ROOT / "tandem" / "safety"


def spanish_texts() -> list[str]:
    paths = sorted(SAFETY.glob("training/*.jsonl")) + sorted(SAFETY.glob("corpus/es_*.jsonl"))
    texts: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            if raw.get("lang") == "es":
                texts += raw.get("turns") or [raw["text"]]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    counts = Counter(w for t in spanish_texts() for w in WORD.findall(t.lower()))
    known = glossary()
    missing = [
        (w, n)
        for w, n in counts.most_common()
        if n >= args.min_count and w not in known and fold_word(w) not in known
    ]
    for word, count in missing:
        print(f"{word}\t{count}")
    print(
        f"{len(missing)} forms seen at least {args.min_count} times lack a gloss", file=sys.stderr
    )


if __name__ == "__main__":
    main()
