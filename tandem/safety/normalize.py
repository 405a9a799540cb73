"""Text normalisation for screening, with a map back to the original characters.

Rules match against a canonical form of the message (lower case, no accents, leetspeak undone,
stretched letters shortened, slang and obfuscations such as "unalive", "kms" or "sewerslide"
spelled out, risk emoji named). Every normalised character remembers the span of the original
text it came from, so evidence shown to a clinician points at what the client actually wrote.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Emoji whose meaning matters for risk, named in the message's language. Laughing / skull emoji
# become a laughter marker, which is how they are used in hyperbole ("i'm dead 💀").
_EMOJI: dict[str, tuple[str, str]] = {
    "🔪": ("knife", "cuchillo"),
    "🗡": ("knife", "cuchillo"),
    "🪦": ("grave", "tumba"),
    "⚰": ("coffin", "ataud"),
    "💊": ("pills", "pastillas"),
    "🩸": ("blood", "sangre"),
    "🔫": ("gun", "pistola"),
    "🪢": ("rope", "cuerda"),
    "🌉": ("bridge", "puente"),
    "💀": ("lol", "jaja"),
    "😂": ("lol", "jaja"),
    "🤣": ("lol", "jaja"),
    "😆": ("lol", "jaja"),
    "😭": ("lol", "jaja"),
}

# Leetspeak digits/symbols, only undone inside words that also contain letters ("k1ll", "m4t4rm3")
# so that "40 pills" or "10th floor" keep their numbers.
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$!]*[a-z])(?=[\w@$!]*[013457@$])[\w@$!]+")

_INTENT_BEFORE = (
    r"(?:^|(?<=\bto )|(?<=\bgonna )|(?<=\bwanna )|(?<=\bwill )|(?<=\bi )|(?<=\bjust )"
    r"|(?<=\bi'll )|(?<=\bshould )|(?<=\bcould )|(?<=\bmight )|(?<=\bwould )|(?<=\bcan ))"
)
_OBJECT = (
    r"(?=\s+(?:my|your|his|him|her|them|their|our|one|it|me|you|us|every|some|any|people|the|a"
    r"|myself|yourself|himself|herself|themselves|ourselves|oneself|itself)\b)"
)
# Slang, obfuscations and frequent typos, applied on whole words after the steps above. Order
# matters only where one entry's output could feed another; none here does.
_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    # English obfuscations of suicide / self-harm
    # With an object it is "kill". Without one, after a word of intent ("want to unalive",
    # "gonna unalive") or opening the message ("unalive by friday"), it is used of oneself and
    # the rules read intent from "kill myself"; the word talked about ("what does 'unalive'
    # mean", "unalive is a dumb word") stays a bare "kill".
    # Before a noun it is the adjective: "the unalive thoughts are back" = suicidal thoughts.
    (
        r"\bun ?alive(?= (?:thoughts?|urges?|feelings?|ideation|ideas?|brain|mode|plans?|notes?"
        r"|attempts?|impulses?|spirals?|days?)\b)",
        "suicidal",
    ),
    (r"\bun ?alive\b" + _OBJECT, "kill"),
    (r"\bun ?alived\b" + _OBJECT, "killed"),
    (r"\bun ?alives\b" + _OBJECT, "kills"),
    (r"\bun ?aliving\b" + _OBJECT, "killing"),
    (_INTENT_BEFORE + r"un ?alive\b(?![\'\"’”])", "kill myself"),
    (_INTENT_BEFORE + r"un ?alived\b(?![\'\"’”])", "killed myself"),
    (r"\bun ?alive\b", "kill"),
    (r"\bun ?alived\b", "killed"),
    (r"\bun ?alives\b", "kills"),
    (r"\bun ?aliving\b", "killing"),
    (r"\bkms\b", "kill myself"),
    (r"\bkys\b", "kill yourself"),
    (r"\bsewer ?slid(e|ed|ing)\b", "suicide"),
    (r"\bsu[ie]?c[ie]d(e|al)\b", r"suicid\1"),
    (r"\bsuic(e|ide)?dal\b", "suicidal"),
    (r"\bsucid(e|al)\b", r"suicid\1"),
    (r"\bself ?-? ?harm", "self harm"),
    (r"\bk\s?i\s?l\s?l\s?m\s?y\s?s\s?e\s?l\s?f\b", "kill myself"),
    (r"\bmyslef\b", "myself"),
    (r"\bmyselfe\b", "myself"),
    (r"\bwnat\b", "want"),
    (r"\bwnt\b", "want"),
    (r"\bwan(na|a)\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\btmrw\b|\btmr\b|\btomoz\b|\b2moro\b|\b2morrow\b", "tomorrow"),
    (r"\b2nite\b|\btonite\b", "tonight"),
    (r"\bim\b", "i'm"),
    (r"\bive\b", "i've"),
    # "idk" is hesitation, not negation: "i don't know" would cancel what follows it.
    (r"\bidk\b", "i dunno"),
    (r"\b(have|has|had|was|were|could|would|should|does|did|is|are)nt\b", r"\1n't"),
    (r"\bctb\b", "suicide"),
    (r"\bdont\b", "don't"),
    (r"\bcant\b", "can't"),
    (r"\bwont\b", "won't"),
    (r"\bdidnt\b", "didn't"),
    (r"\bisnt\b", "isn't"),
    (r"\bwhats\b", "what's"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\bpls\b|\bplz\b", "please"),
    (r"\brn\b", "right now"),
    (r"\bbc\b|\bcuz\b|\bcos\b", "because"),
    (r"\bthx\b", "thanks"),
    (r"\bjk\b", "just joking"),
    (r"\blmf?ao+\b|\blol+\b|\bha(ha)+h?\b|\brofl\b", "lol"),
    (r"\bw/o\b", "without"),
    # Spanish obfuscations, texting abbreviations and frequent misspellings
    (r"\bsuisid", "suicid"),
    (r"\bsuicida?r(me|se|te)\b", r"suicidar\1"),
    # "desvivirse por los hijos" (to go out of one's way) is an idiom; bare "desvivir" is code.
    (r"\bdesvivir(?!\w*\s+por\b)", "suicidar"),
    (r"\bq(?:u)?iero\b|\bkiero\b", "quiero"),
    (r"\bmrir\b|\bmorrir\b|\bmorir+me\b", "morir"),
    (r"\bq\b", "que"),
    (r"\bk\b", "que"),
    (r"\bxq\b|\bpq\b|\bporq\b", "porque"),
    (r"\bxa\b", "para"),
    (r"\btb\b|\btmb\b", "tambien"),
    (r"\bvdd\b", "verdad"),
    (r"\bpa'", "para"),
    (r"\bpa\b", "para"),
    (r"\bbout\b", "about"),
    (r"\bnd\b", "nada"),
    (r"\bmrd\b", "mierda"),
    (r"\bja(ja)+j?\b|\bje(je)+\b|\bxd+\b", "jaja"),
    (r"\bmatar me\b", "matarme"),
    (r"\bmorir me\b", "morirme"),
)
_COMPILED_REPLACEMENTS = tuple((re.compile(p), r) for p, r in _REPLACEMENTS)
# Only the Spanish-looking uses: the Spanish rules also read English messages, where "unalive my
# alarm clock" must not become "suicidarme".
_SPANISH_CODES = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\bkms\b", "matarme"),
        (r"\bun ?alive(?:ar)?(me|te|se|nos)\b", r"suicidar\1"),
        (
            r"(?:(?<=\bde )|(?<=\ben )|(?<=\ba )|(?<=\bque )|(?<=\bquiero )|(?<=\bpuedo ))"
            r"un ?alive\b(?![\'\"’”])",
            "suicidarme",
        ),
    )
)

# Function words only Spanish has: a message with none of them is not read for Spanish codes.
_SPANISH_WORDS = re.compile(
    r"\b(?:que|de|la|el|los|las|es|estoy|tengo|quiero|ya|con|por|para|pero|una|mi|mis|muy|ganas|"
    r"voy|hoy|nada|todo|esto|eso|q|ke|xq|puedo|mas|aguanto|vida|porque|pq|como|cuando|del|al|lo|"
    r"le|se|te|jaja\w*)\b"
)

# "s u i c i d e", "k.m.s", "k-m-s": single letters separated by one space, dot or dash. Writers
# who space out a whole sentence mark the word breaks with a wider gap ("h o y   m e   m a t o"),
# so a run may continue across two or more spaces, which then stand for one word break.
_SPACED = re.compile(r"(?<![\w])[a-zñ](?:(?: {2,}|[ .\-_*])[a-zñ]){2,}(?![\w])")
_SPACE_MARK = re.compile(r"[ .\-_*]")
_WORD_GAP = re.compile(r" {2,}")
# Small capitals (ᴡᴀɴᴛ) have no compatibility decomposition to plain letters.
_SMALL_CAPS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz")
_VOCAB_FILE = Path(__file__).parent / "data" / "segment_vocab.txt"


@lru_cache(maxsize=1)
def _word_costs() -> dict[str, float]:
    """-log frequency of each word of the project's own texts (tools/build_segment_vocab.py)."""
    counts: dict[str, int] = {}
    for line in _VOCAB_FILE.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        counts[word] = int(count)
    total = sum(counts.values())
    return {w: math.log(total / n) for w, n in counts.items()}


def segment(letters: str) -> str:
    """Split a run of letters into the likeliest words ("iwanttodie" -> "i want to die").

    Dynamic programming over word costs; an unknown stretch costs more per letter than any
    known word. A run that cannot be split wholly into known words stays as it was.
    """
    costs = _word_costs()
    unknown = max(costs.values(), default=10.0) + 2.0
    n = len(letters)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            piece = letters[start:end]
            cost = costs.get(piece, unknown * len(piece))
            if best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    words: list[str] = []
    end = n
    while end > 0:
        start = best[end][1]
        words.append(letters[start:end])
        end = start
    if any(w not in costs for w in words):
        return letters
    return " ".join(reversed(words))


def _unspace(match: re.Match[str]) -> str:
    words = [_SPACE_MARK.sub("", chunk) for chunk in _WORD_GAP.split(match.group(0))]
    return " ".join(segment(letters) if len(letters) >= 5 else letters for letters in words)


@dataclass(frozen=True)
class NormalizedText:
    """The canonical text and, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the smallest original span covering it."""
        if not self.text or end <= start:
            return (0, 0)
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        orig_start = min(self.starts[start:end])
        orig_end = max(self.ends[start:end])
        # Trim whitespace the mapping may have pulled in at either edge.
        while orig_start < orig_end and self.original[orig_start].isspace():
            orig_start += 1
        while orig_end > orig_start and self.original[orig_end - 1].isspace():
            orig_end -= 1
        return (orig_start, orig_end)


class _Builder:
    """A list of (char, original start, original end) that supports span rewrites."""

    def __init__(self, chars: list[tuple[str, int, int]]) -> None:
        self.chars = chars
        self.text = "".join(c for c, _, _ in chars)

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> None:
        text = self.text
        if pattern.search(text) is None:
            return  # the common case: nothing to rewrite, no list rebuilt
        pieces: list[tuple[str, int, int]] = []
        last = 0
        changed = False
        for match in pattern.finditer(text):
            new = match.expand(repl) if isinstance(repl, str) else repl(match)
            if new == match.group(0):
                continue
            changed = True
            pieces.extend(self.chars[last : match.start()])
            if match.end() > match.start():
                span_start = self.chars[match.start()][1]
                span_end = self.chars[match.end() - 1][2]
            else:  # insertion at a point
                anchor = self.chars[match.start()] if match.start() < len(self.chars) else None
                span_start = span_end = (
                    anchor[1] if anchor else (self.chars[-1][2] if self.chars else 0)
                )
            pieces.extend((ch, span_start, span_end) for ch in new)
            last = match.end()
        if changed:
            pieces.extend(self.chars[last:])
            self.chars = pieces
            self.text = "".join(c for c, _, _ in pieces)


def _fold_character(ch: str) -> str:
    """Lower case, no accents, no emoji joiners: what one non-emoji character becomes."""
    if ch in "\u2019\u2018`´":  # curly apostrophes → straight
        return "'"
    if ch in "\u201c\u201d«»":
        return '"'
    decomposed = unicodedata.normalize("NFKD", ch.translate(_SMALL_CAPS))
    return "".join(
        d.lower()
        for d in decomposed
        if not unicodedata.combining(d) and d not in "\ufe0f\u200d"  # selectors / joiners
    )


# Folding is per character and the same every time; a message has few distinct characters, so
# remembering each one's fold saves a Unicode decomposition per character (the hot path: every
# message is normalised once per rule language).
_FOLDED: dict[str, str] = {}


def _fold_characters(original: str, lang: str) -> list[tuple[str, int, int]]:
    """Lower-case, drop accents and name emoji, one original character at a time."""
    out: list[tuple[str, int, int]] = []
    use_es = lang == "es"
    for i, ch in enumerate(original):
        emoji = _EMOJI.get(ch)
        if emoji is not None:
            word = emoji[1] if use_es else emoji[0]
            out.extend((c, i, i + 1) for c in f" {word} ")
            continue
        folded = _FOLDED.get(ch)
        if folded is None:
            folded = _fold_character(ch)
            if len(_FOLDED) < 4096:  # bounded: a message of rare symbols must not grow it
                _FOLDED[ch] = folded
        out.extend((d, i, i + 1) for d in folded)
    return out


_NOT_LEET = frozenset(
    {
        "ps4",
        "ps5",
        "ps3",
        "mp3",
        "mp4",
        "4g",
        "5g",
        "b12",
        "a1",
        "f1",
        "4k",
        "3d",
        "2d",
        "co2",
        "x1",
    }
)
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(st|nd|rd|th|am|pm|kg|kgs|mg|g|ml|l|h|hr|hrs|min|mins|s|x|k|km|lb|lbs|cm|mm|yo|mo|ish)?",
)


def _undo_leet(match: re.Match[str]) -> str:
    word = match.group(0)
    if _NUMBER_WITH_UNIT.fullmatch(word.rstrip("!")) or word in _NOT_LEET:
        return word  # "10th", "60kg", "3am" are numbers, not leetspeak
    return "".join(_LEET.get(c, c) for c in word)


# A lone "4" between two leetspeak words is the letter: "v0y 4 m4t4rm3" (voy a matarme).
_LONE_FOUR = re.compile(r"(?<= )4(?= )")


def _lone_four(match: re.Match[str]) -> str:
    before = [w.strip(".,;:?¡¿\"'") for w in match.string[: match.start()].split()[-1:]]
    after = [w.strip(".,;:?¡¿\"'") for w in match.string[match.end() :].split()[:1]]
    if before and after and _LEET_WORD.fullmatch(before[0]) and _LEET_WORD.fullmatch(after[0]):
        return "a"
    return match.group(0)


# One assessment reads a message's normal form several times (the rules of each language, the
# benign frames, the classifier); the result is immutable, so it is computed once.
@lru_cache(maxsize=256)
def normalize(original: str, *, lang: str = "en") -> NormalizedText:
    """Return the canonical form of ``original`` used by the rules, with the offset map."""
    builder = _Builder(_fold_characters(original, lang))
    builder.sub(_LONE_FOUR, _lone_four)
    builder.sub(_LEET_WORD, _undo_leet)
    builder.sub(_SPACED, _unspace)
    if lang == "es" and _SPANISH_WORDS.search(builder.text) is not None:
        # The English codes turn up in Spanish too; the Spanish rules read Spanish words. An
        # English message ("kms this traffic") is left to the English rules and their guards.
        for pattern, repl in _SPANISH_CODES:
            builder.sub(pattern, repl)
    # Stretched letters: "sooo" → "soo", "pleeeease" → "pleease" (doubles are kept: "kill").
    builder.sub(re.compile(r"([a-zñ])\1{2,}"), r"\1\1")
    for pattern, repl in _COMPILED_REPLACEMENTS:
        builder.sub(pattern, repl)
    builder.sub(re.compile(r"[ \t]{2,}"), " ")
    chars = builder.chars
    return NormalizedText(
        original=original,
        text=builder.text,
        starts=tuple(s for _, s, _ in chars),
        ends=tuple(e for _, _, e in chars),
    )
