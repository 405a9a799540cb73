"""The risk detector: a pure, deterministic function of (message, conversation so far, locale).

Four layers, cheapest first:

1. ``normalize`` turns the message into a canonical form (case, accents, leetspeak, slang such
   as "unalive"/"kms", emoji) with a map back to the original characters.
2. Linguistic rules (``rules/en/``, ``rules/es/``: the message's own language always, the other
   one too when the message has a word only that language uses, so mixed-language messages
   work) find risk expressions; context modifiers (negation, resolved past, idiom, fiction,
   informational questions, joking) cancel the kinds they are allowed to cancel, and
   combinations (ideation + timeline / means / intent, method-seeking + distress, several
   preparatory acts) raise the level.
3. A semantic layer (``semantic.py``) compares the message with a curated exemplar bank and can
   raise the level to low or moderate on its own, to high only with rule support or a very
   strong match.
4. An ordinal classifier (``classifier.py``: MiniLM embedding + hashed character/word n-grams,
   trained on the training sets and corpus dev) raises the level on its own to low, moderate,
   high or imminent above thresholds chosen on out-of-fold benign messages; a benign frame
   raises those bars rather than silencing it; means at hand or a preparatory act with
   classifier-judged risk is high; and it overrules a rule or exemplar level of
   moderate or above down to low when it finds the message clearly benign (never an act in
   progress).

Conversation context: the assessment after a turn keeps the strongest level of the episode (a
later "just joking" never erases a plan), mild signals build up over turns, method-seeking
after earlier distress is high, and the classifier also reads the last few turns together (a
context probe) when the current turn carries a signal of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tandem.safety.assessment import Assessment, Evidence, RiskLevel
from tandem.safety.normalize import NormalizedText, normalize
from tandem.safety.rules import (
    AIRWAY,
    BLOOD_LOSS,
    COLLAPSE,
    INGESTION,
    OVERDOSE_TAKEN,
    QUANTITY,
    STRANGLED,
    SYMPTOMS,
    Modifiers,
    Rule,
)
from tandem.safety.rules import en as rules_en
from tandem.safety.rules import es as rules_es

_RULESETS: dict[str, tuple[tuple[Rule, ...], Modifiers]] = {
    "en": (rules_en.RULES, rules_en.MODIFIERS),
    "es": (rules_es.RULES, rules_es.MODIFIERS),
}
# Bilingual rules, read once, with the modifiers of the message's own language (so "hace años
# me tomé 20 pastillas" is resolved past by the Spanish past markers).
_SHARED_RULES: tuple[Rule, ...] = (
    Rule(
        id="shared.overdose_taken",
        category="medical",
        level=RiskLevel.IMMINENT,
        kind="act",
        pattern=OVERDOSE_TAKEN,
    ),
    # Non-fatal strangulation: abuse with present danger (guide: high), in either language.
    Rule(
        id="shared.strangled",
        category="abuse",
        level=RiskLevel.HIGH,
        kind="plan",
        pattern=STRANGLED,
    ),
)

# Categories that count as distress for context (method-seeking after distress is high).
DISTRESS_CATEGORIES = frozenset(
    {"ideation", "hopelessness", "burdensomeness", "self-harm", "preparatory", "substance"}
)
# Categories whose mild signals build up over a conversation.
BUILDUP_CATEGORIES = frozenset({"ideation", "hopelessness", "burdensomeness", "preparatory"})
# Signs whose danger can be named in a later turn (the abuser on the way, a manic drive).
SIGNS_ESCALATION = frozenset({"abuse", "mania", "psychosis"})
# Mania and psychosis are one family for that: a grandiose delusion, then the drive.
DELUSIONS = frozenset({"mania", "psychosis"})
SELF_RISK_CATEGORIES = frozenset({"ideation", "self-harm"})
# Death and violence words are what people exaggerate with ("lol I'm dead", "kms this lecture").
HYPERBOLE_CATEGORIES = frozenset({"ideation", "self-harm", "harm-to-others", "hopelessness"})
# Where the classifier may overrule a rule: the hyperbole categories, preparatory look-alikes
# ("a note from the doctor") and threats said in jest ("my boss will kill me"). Never a method
# question: policy makes it at least moderate however it is framed.
VETO_CATEGORIES = HYPERBOLE_CATEGORIES | {"preparatory", "burdensomeness", "abuse"}
# P(>=imminent) at which the classifier alone may say imminent, with no act or means seen by
# the rules (with them, the trained threshold is enough).
CLEAR_IMMINENT = 0.7
# The classifier alone may call a message low only from this P(>=low) up. Its trained bar lets 8%
# of benign messages through, and low is not harmless in the companion: a low turn interrupts a
# skill with a check-in ("one mistake doesn't make me useless" in a thought record, "I feel a
# bit steadier today" while leaving safety mode both crossed it). Between the trained bar and
# this floor the message stays none but still counts as a mild signal in the conversation.
CLASSIFIER_LOW_FLOOR = 0.7

_SENTENCE_BREAK = re.compile(r"[.!?\n]+")
# Timeline cues that schedule something rather than say when it happened or how tonight feels
# (both languages, normalised text), and the future forms that make "tonight" a schedule too.
_SCHEDULED = re.compile(
    r"\b(?:tomorrow|later|in a few hours|at midnight|when|after|once|before|by|next|manana|luego|"
    r"en unas horas|a medianoche|cuando|despues de|antes de|para el)\b"
)
_WILL = re.compile(
    r"\b(?:gonna|going to|i'?ll|i will|planning to|plan to|voy a|me voy a|pienso|lo hare|vas a)\b"
)
# A laugh ("lol", "jaja") colours the clause it sits in, or the one before it when it stands alone
# ("I'm so dead, lol"); in a long message it says nothing about a clause further away ("broke the
# microwave lol, and most nights I've been thinking about killing myself").
_CLAUSE_BREAK = re.compile(r"[.!?\n,;:]+")
LAUGH_REACH = 120  # characters after a hit within which a closing laugh still refers to it
_ES_HINTS = re.compile(
    r"\b(?:que|de|la|el|los|las|y|en|me|mi|no|es|un|una|por|con|para|pero|estoy|tengo|quiero|ya|"
    r"muy|mas|porque|hoy|cuando|todo|nada|vida|hace|esta|soy|mañana)\b|[ñ¿¡áéíóú]"
)
# "a" and "me" are Spanish words too ("anoche me lastimé a propósito"): not evidence for English.
_EN_HINTS = re.compile(
    r"\b(?:the|and|i|i'm|my|to|is|it|of|you|in|that|this|was|for|with|just|so|but|not|have|"
    r"be|don't|can't|what|how|want|feel|really|today|tonight)\b"
)


# Words of one language that the other does not use: a message carrying one of them is read by
# that language's rules too (code-switching: "honestly I don't wanna be here, ya no le veo
# sentido"). Without any, the other language's rules are skipped: they changed the level of 2 of
# 17,515 dev and training cases when skipped outright (1 better, 1 worse), at nearly half the
# cost of the rules.
_ONLY_ES = re.compile(
    r"\b(?:que|de|la|el|los|las|y|en|estoy|tengo|quiero|ya|muy|mas|porque|hoy|cuando|todo|nada|"
    r"vida|hace|esta|soy|pero|con|por|para|una|un|mis|ganas|voy|esto|eso|puedo|aguanto|del|al|"
    r"lo|le|se|te|q|ke|xq|pq|como|jaja\w*)\b"
)
_ONLY_EN = re.compile(
    r"\b(?:the|and|i|i'm|im|my|to|is|it|of|you|that|this|was|for|with|just|so|but|not|have|be|"
    r"don't|can't|what|how|want|feel|really|today|tonight|he|she|they|will|gonna|wanna)\b"
)
_ONLY_WORDS = {"es": _ONLY_ES, "en": _ONLY_EN}


def detect_language(text: str, locale: str = "en") -> str:
    """``en`` or ``es``: the locale's language unless the text itself clearly says otherwise."""
    lowered = text.lower()
    es_score = len(_ES_HINTS.findall(lowered))
    en_score = len(_EN_HINTS.findall(lowered))
    preferred = "es" if locale.lower().startswith("es") else "en"
    if es_score > en_score * 1.5 and es_score >= 2:
        return "es"
    if en_score > es_score * 1.5 and en_score >= 2:
        return "en"
    return preferred


@dataclass
class _Hit:
    rule: Rule
    start: int  # in the normalised text
    end: int
    norm: NormalizedText
    level: RiskLevel
    suppressed: str | None = None  # why a modifier cancelled it

    @property
    def category(self) -> str:
        return self.rule.category

    def evidence(self, level: RiskLevel | None = None, rule_id: str | None = None) -> Evidence:
        start, end = self.norm.original_span(self.start, self.end)
        return Evidence(
            start=start,
            end=end,
            text=self.norm.original[start:end],
            rule=rule_id or self.rule.id,
            category=self.rule.category,
            level=level if level is not None else self.level,
        )


@dataclass
class MessageResult:
    """What one message says on its own; conversation context is applied on top."""

    level: RiskLevel
    categories: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    lang: str
    informational: bool = False
    method: bool = False
    joking: bool = False
    distress: bool = False  # any distress signal, including acute loss words
    buildup: bool = False  # a mild signal that builds up over turns
    preparatory: bool = False
    means: bool = False  # means at hand mentioned
    departure: bool = False  # an ordinary reason for goodbyes (a move, retirement)
    committed: bool = False  # an act done or a plan read at high: no classifier reading lowers it
    ingestion: bool = False  # something swallowed or taken, whatever the amount
    symptoms: bool = False  # bodily signs of poisoning or collapse
    quantity: bool = False  # a count of something ("like 15 of them"), read after an ingestion
    signs_plan: bool = False  # a plan-kind rule in a signs category (abuse, mania, psychosis)
    ready: bool = False  # the last step set up and named ("the engine's running")
    collapse: bool = False  # a faint, a blackout, chest pain, a weak pulse
    strangled: bool = False  # hands or a ligature on the writer's neck
    airway: bool = False  # breath failing now ("can't breathe", "me cuesta respirar")
    blood_loss: bool = False  # lightheaded, woozy, the floor covered
    notes: tuple[str, ...] = field(default=())


def _span_text(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The bounds of the sentence/clause around [start, end) delimited by ``breaks``."""
    left = 0
    for m in breaks.finditer(text, 0, start):
        left = m.end()
    right_match = breaks.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, right


def _negated(text: str, hit: _Hit, mods: Modifiers) -> bool:
    left, _ = _span_text(text, hit.start, hit.end, mods.clause_break)
    window_start = max(left, hit.start - 35)
    return mods.negation.search(text, window_start, hit.start) is not None


def _laugh_applies(text: str, hit: _Hit, laughs: list[tuple[int, int]]) -> bool:
    """Whether a laugh in the message softens this hit.

    A laugh closes what it laughs at ("i want to die, forgot my charger jaja"), so one after the
    hit counts when it is in the same sentence or the message ends soon after. One before the
    hit counts only in the hit's own clause or standing alone right before it ("lol, i'm dead"):
    in "broke the microwave lol, and most nights I've been thinking about killing myself" it
    belongs to the microwave.
    """
    if not laughs:
        return False
    left, right = _span_text(text, hit.start, hit.end, _CLAUSE_BREAK)
    _, sentence_right = _span_text(text, hit.start, hit.end, _SENTENCE_BREAK)
    for start, end in laughs:
        if left <= start and end <= right:
            return True
        if start >= hit.end:
            if end <= sentence_right or len(text) - hit.end <= LAUGH_REACH:
                return True
            continue
        if not text[:start].strip() and len(text) <= 2 * LAUGH_REACH:
            return True  # a short message that opens laughing ("jajaja missed my stop, kill me")
        l2, r2 = _span_text(text, start, end, _CLAUSE_BREAK)
        alone = not text[l2:r2].replace(text[start:end], "").strip(" )(:;'\"*~")
        if alone and 0 <= left - r2 <= 3:
            return True
    return False


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _distinct_spans(hits: Sequence[_Hit]) -> int:
    """How many separate stretches of text ``hits`` cover (overlapping hits count once)."""
    count, end = 0, -1
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start >= end:
            count += 1
        end = max(end, hit.end)
    return count


def _find_hits(
    text: str, lang: str, departed: bool = False
) -> tuple[list[_Hit], dict[str, dict[str, bool]]]:
    hits: list[_Hit] = []
    context: dict[str, dict[str, bool]] = {}
    for rules_lang, (rules, mods) in _RULESETS.items():
        norm = normalize(text, lang=rules_lang)
        t = norm.text
        if rules_lang != lang and _ONLY_WORDS[rules_lang].search(t) is None:
            continue
        idiom_spans = [m.span() for m in mods.idiom.finditer(t)]
        informational = mods.informational.search(t) is not None
        serious = mods.serious.search(t) is not None
        joking = mods.joking.search(t) is not None and not serious
        laughs = [] if serious else [m.span() for m in mods.hyperbole.finditer(t)]
        recovery = mods.recovery.search(t) is not None
        relapse_anywhere = mods.relapse.search(t) is not None
        departure = departed or mods.departure.search(t) is not None
        context[rules_lang] = {
            "away": mods.away.search(t) is not None,
            "departure": departure,
            "informational": informational,
            "joking": joking,
            "distress": mods.distress.search(t) is not None,
            # Read in the message's own language only (the rules read both).
            "ingestion": rules_lang == lang and INGESTION.search(t) is not None,
            "symptoms": rules_lang == lang and SYMPTOMS.search(t) is not None,
            "quantity": rules_lang == lang and QUANTITY.search(t) is not None,
            "ready": rules_lang == lang and mods.ready.search(t) is not None,
            "collapse": rules_lang == lang and COLLAPSE.search(t) is not None,
            "strangled": rules_lang == lang and STRANGLED.search(t) is not None,
            "airway": rules_lang == lang and AIRWAY.search(t) is not None,
            "blood_loss": rules_lang == lang and BLOOD_LOSS.search(t) is not None,
        }
        for rule in rules + (_SHARED_RULES if rules_lang == lang else ()):
            for m in rule.pattern.finditer(t):
                if m.end() == m.start():
                    continue
                hit = _Hit(rule=rule, start=m.start(), end=m.end(), norm=norm, level=rule.level)
                kind = rule.kind
                s_left, s_right = _span_text(t, hit.start, hit.end, _SENTENCE_BREAK)
                sentence = t[s_left:s_right]
                relapse = mods.relapse.search(sentence) is not None
                if kind in ("distress", "expression", "plan", "act"):
                    if mods.past.search(sentence) and not relapse:
                        # Past abuse still hurting is a disclosure; only resolved past is none.
                        if rule.category != "abuse" or recovery:
                            hit.suppressed = "past"
                    elif kind not in ("act", "plan") and recovery and not relapse_anywhere:
                        coped_now = mods.coped.search(sentence) is not None
                        if not (coped_now and rule.category in SELF_RISK_CATEGORIES):
                            hit.suppressed = "recovered"
                if departure and rule.category == "preparatory" and kind in ("distress", "plan"):
                    hit.suppressed = "departure"  # giving things away before a move abroad
                if hit.suppressed is None and kind in ("distress", "expression", "plan"):
                    if rule.category != "ocd" and _negated(t, hit, mods):
                        hit.suppressed = "negation"
                    elif _overlaps(idiom_spans, hit.start, hit.end):
                        hit.suppressed = "idiom"
                    elif mods.fiction.search(sentence):
                        hit.suppressed = "fiction"
                if hit.suppressed is None and kind in ("distress", "expression"):
                    if mods.informational.search(sentence) or mods.hypothetical.search(sentence):
                        hit.suppressed = "informational"
                    elif joking:
                        hit.suppressed = "joking"
                    elif (
                        _laugh_applies(t, hit, laughs)
                        and rule.level <= RiskLevel.MODERATE
                        and rule.category in HYPERBOLE_CATEGORIES
                    ):
                        hit.suppressed = "hyperbole"
                    elif mods.coped.search(sentence) and rule.category in SELF_RISK_CATEGORIES:
                        hit.level = RiskLevel.LOW
                hits.append(hit)
        _add_context_hits(hits, norm, mods, rules_lang)
    return hits, context


_CONTEXT_RULES = {
    "timeline": ("context.timeline", "ideation"),
    "means": ("context.means", "ideation"),
    "intent": ("context.intent", "ideation"),
    "immediacy": ("context.immediacy", "ideation"),
    "resolve": ("context.resolve", "ideation"),
}


def _add_context_hits(hits: list[_Hit], norm: NormalizedText, mods: Modifiers, lang: str) -> None:
    """Timeline, means, intent, immediacy and resolve cues: they only matter in combination."""
    t = norm.text
    for name, (rule_id, category) in _CONTEXT_RULES.items():
        pattern: re.Pattern[str] = getattr(mods, name)
        for m in pattern.finditer(t):
            rule = Rule(
                id=f"{lang}.{rule_id}",
                category=category,
                level=RiskLevel.NONE,
                kind="context",
                pattern=pattern,
            )
            hit = _Hit(rule=rule, start=m.start(), end=m.end(), norm=norm, level=RiskLevel.NONE)
            if name in ("timeline", "intent", "resolve") and _negated(t, hit, mods):
                hit.suppressed = "negation"
            if re.search(r"through\s*$", t[max(0, m.start() - 12) : m.start()]):
                hit.suppressed = "coping"  # "get through tonight" is not a timeline
            hits.append(hit)


def _combine(
    hits: list[_Hit], acute: bool = False
) -> tuple[RiskLevel, list[Evidence], list[str], set[str]]:
    """Apply combination rules to surviving hits: returns level, evidence, notes, flags."""
    live = [h for h in hits if h.suppressed is None]
    risk = [h for h in live if h.rule.kind != "context"]
    ctx = {
        name: [h for h in live if h.rule.id.endswith("context." + name)] for name in _CONTEXT_RULES
    }
    evidence: list[Evidence] = []
    notes: list[str] = []
    flags: set[str] = set()
    level = RiskLevel.NONE

    def use(hit: _Hit, lvl: RiskLevel, rule_id: str | None = None) -> None:
        nonlocal level
        level = max(level, lvl)
        evidence.append(hit.evidence(lvl, rule_id))

    self_risk = [
        h
        for h in risk
        if h.category in SELF_RISK_CATEGORIES
        and h.rule.kind != "method"
        and not h.rule.third_party
        and h.level >= h.rule.level  # a coped urge (lowered to low) is not a plan
    ]
    method = [h for h in risk if h.rule.kind == "method"]
    prep_mild = [h for h in risk if h.category == "preparatory" and h.rule.kind == "distress"]
    distress_hits = [
        h for h in risk if h.category in DISTRESS_CATEGORIES and h.rule.kind != "method"
    ]
    ocd = any(h.category == "ocd" for h in risk)
    harm_strong = any(
        h.category == "harm-to-others" and h.rule.kind in ("plan", "act") for h in risk
    )

    for h in risk:
        lvl = h.level
        if ocd and h.category == "harm-to-others" and not harm_strong:
            continue  # intrusive thoughts the client fears are OCD, not intent
        if h.rule.kind == "plan" and ctx["immediacy"] and h.category in SELF_RISK_CATEGORIES:
            lvl = RiskLevel.IMMINENT
            notes.append("plan with immediacy cue: imminent")
        use(h, lvl)
        if h.rule.kind == "method":
            # A none-level method rule (a place or train question) is method-seeking only beside
            # distress: it does not invoke the classifier's method-question cap or veto.
            flags.add("method" if h.rule.level > RiskLevel.NONE else "place_question")
        if h.rule.third_party:
            flags.add("third-party")

    # Ideation / self-harm together with a timeline, means or stated intent is a plan. A day
    # beside self-harm usually says when it happened ("el viernes me volví a hacer cortes", "cut
    # again this week") or how tonight feels ("urges are bad tonight"), and an act already done
    # takes no plan date: self-harm pairs only with a time that schedules it ("when everyone's
    # asleep", "mañana") or with a future form ("voy a cortarme esta noche").
    ahead = any(
        _SCHEDULED.search(h.norm.text, h.start, h.end) or _WILL.search(h.norm.text)
        for h in ctx["timeline"]
    )
    if self_risk:
        for name in ("timeline", "means", "intent"):
            planned = [
                h
                for h in self_risk
                if name != "timeline"
                or (h.rule.kind != "act" and (h.category != "self-harm" or ahead))
            ]
            if ctx[name] and planned:
                # A passive wish with a day named ("sleep forever this weekend") is a wish with a
                # date, not a plan: moderate. With means or stated intent it is a plan.
                passive = name == "timeline" and all(
                    h.rule.level < RiskLevel.MODERATE for h in planned
                )
                lvl = RiskLevel.MODERATE if passive else RiskLevel.HIGH
                for h in planned:
                    use(h, lvl, h.rule.id + "+" + name)
                use(ctx[name][0], lvl)
                notes.append(f"ideation with {name}: {lvl.label}")
                break
    # Means at hand with intent or a timeline, even without ideation words.
    if ctx["means"]:
        flags.add("means")
    if ctx["means"] and (ctx["intent"] or ctx["timeline"]) and (distress_hits or acute):
        anchor = ctx["means"][0]
        other = (ctx["intent"] or ctx["timeline"])[0]
        if not any(h.category == "harm-to-others" for h in risk):
            use(anchor, RiskLevel.HIGH, anchor.rule.id + "+intent")
            use(other, RiskLevel.HIGH)
            notes.append("means at hand with intent/timeline: high")
    # Method-seeking alongside distress, means at hand or the act given a time ("I want to do
    # it tonight") in the same message.
    if ctx["resolve"]:
        flags.add("distress")  # a method question in a later turn is asked after it
    if method and (distress_hits or ctx["means"] or ctx["resolve"] or acute):
        for h in method:
            use(h, RiskLevel.HIGH, h.rule.id + "+distress")
        notes.append("method-seeking with distress: high")
    # Giving things away together with other distress, or several preparatory acts. Two rules
    # matching the same words ("cancelled my subscriptions" is both loose ends and a calm
    # goodbye) are one act, so acts and distress are counted by the text they cover.
    prep_spans = [(h.start, h.end) for h in prep_mild]
    other_distress = [h for h in distress_hits if not _overlaps(prep_spans, h.start, h.end)]
    if prep_mild and (_distinct_spans(prep_mild) >= 2 or other_distress):
        for h in prep_mild:
            use(h, RiskLevel.HIGH, h.rule.id + "+context")
        notes.append("preparatory acts with distress: high")
    # Harm to others with a weapon or a timeline.
    harm = [h for h in risk if h.category == "harm-to-others" and h.rule.kind == "expression"]
    if harm and not ocd and (ctx["timeline"] or ctx["means"]):
        for h in harm:
            use(h, RiskLevel.HIGH, h.rule.id + "+means")
    if distress_hits:
        flags.add("distress")
    if prep_mild:
        flags.add("preparatory")
    if any(h.category in BUILDUP_CATEGORIES and h.rule.kind == "distress" for h in risk):
        flags.add("buildup")
    return level, evidence, notes, flags


def _categories(evidence: Sequence[Evidence], third_party: bool) -> tuple[str, ...]:
    ordered: list[str] = []
    for e in sorted(evidence, key=lambda e: -e.level):
        if e.level > RiskLevel.NONE and e.category not in ordered:
            ordered.append(e.category)
    if third_party and "third-party" not in ordered:
        ordered.append("third-party")
    return tuple(ordered)


def _dedupe(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    best: dict[tuple[int, int, str], Evidence] = {}
    for e in evidence:
        key = (e.start, e.end, e.category)
        if key not in best or e.level > best[key].level:
            best[key] = e
    return tuple(sorted(best.values(), key=lambda e: (e.start, e.end, e.rule)))


@lru_cache(maxsize=8192)
def assess_message(text: str, lang: str, departed: bool = False) -> MessageResult:
    """One message on its own (rules + semantic layer), cached per (text, language).

    ``departed``: an earlier turn gave an ordinary reason for goodbyes (a move abroad), so this
    message's preparatory look-alikes are read in that light.
    """
    from tandem.safety import semantic

    hits, context = _find_hits(text, lang, departed)
    acute = any(c["distress"] for c in context.values())
    level, evidence, notes, flags = _combine(hits, acute)
    informational = any(c["informational"] for c in context.values())
    joking = any(c["joking"] for c in context.values())

    if acute:
        # Distress the context lexicon saw ("so tired of being in pain") is distress for the
        # classifier's policy cap too: a method question beside it is high (guide §3).
        flags.add("distress")
    sem = semantic.match(
        text, rule_level=level, rule_categories={e.category for e in evidence}, lang=lang
    )
    if sem is not None and sem.level > level:
        level = sem.level
        evidence.append(
            Evidence(
                start=0,
                end=len(text),
                text=text,
                rule=f"semantic.{sem.exemplar_id}",
                category=sem.category,
                level=sem.level,
            )
        )
        notes.append(f"semantic match {sem.score:.2f} with {sem.exemplar_id}")
        if sem.category in DISTRESS_CATEGORIES:
            flags.add("distress")
        if sem.category in BUILDUP_CATEGORIES and sem.level == RiskLevel.LOW:
            flags.add("buildup")
        if sem.category == "method-seeking":
            flags.add("method")
            if "distress" in flags and level < RiskLevel.HIGH:
                # The exemplar bank names the method question; the rules or context lexicon
                # saw distress beside it: method-seeking with distress, as for a method rule.
                level = RiskLevel.HIGH
                evidence[-1] = replace(evidence[-1], level=level)
                notes.append("method-seeking with distress: high")
    if any(c["away"] for c in context.values()):
        flags.add("away")
    departure = any(c["departure"] for c in context.values())
    if departed or departure:
        # A move abroad or a new job told in the conversation is an ordinary reason for
        # goodbyes and giving things away: the classifier reads the message under a frame.
        flags.add("departed")
    level = _apply_classifier(text, lang, level, evidence, notes, flags, hits)
    deduped = _dedupe(evidence)
    return MessageResult(
        level=level,
        categories=_categories(deduped, "third-party" in flags),
        evidence=deduped,
        lang=lang,
        informational=informational and level == RiskLevel.NONE,
        method=bool(flags & {"method", "place_question"}),
        joking=joking,
        distress="distress" in flags or acute,
        buildup="buildup" in flags,
        preparatory="preparatory" in flags,
        means="means" in flags,
        departure=departure,
        committed=_committed(hits),
        ingestion=context[lang]["ingestion"],
        symptoms=context[lang]["symptoms"],
        quantity=context[lang]["quantity"],
        ready=context[lang]["ready"],
        collapse=context[lang]["collapse"],
        strangled=context[lang]["strangled"],
        airway=context[lang]["airway"],
        blood_loss=context[lang]["blood_loss"],
        signs_plan=any(
            h.suppressed is None and h.rule.kind == "plan" and h.category in SIGNS_ESCALATION
            for h in hits
        ),
        notes=tuple(notes),
    )


def benign_frame(text: str) -> bool:
    """An idiom, hyperbole, fiction, informational or joking frame anywhere in the message, or
    a high place visited for an ordinary reason."""
    texts = {lang: normalize(text, lang=lang).text for lang in _RULESETS}
    # A laugh taken back in either language ("jaja, bueno no sé", "lol but seriously") frames
    # nothing: the laughter lexicons are shared, the serious markers are not.
    serious = any(mods.serious.search(texts[lang]) for lang, (_, mods) in _RULESETS.items())
    for rules_lang, (_, mods) in _RULESETS.items():
        frames = [mods.idiom, mods.fiction, mods.informational, mods.ordinary_stay]
        if not serious:
            frames += [mods.hyperbole, mods.joking]
        if any(p.search(texts[rules_lang]) for p in frames):
            return True
    return False


USE_CLASSIFIER = True  # tools/train_risk_classifier.py switches it off to measure rules alone


def _committed(hits: Sequence[_Hit]) -> bool:
    """An act already done or a plan the rules read at high (a goodbye, a note, a site visited).

    The classifier alone never lowers these, for one message or read with its neighbours:
    they are the wordings it has seen least, and a missed goodbye costs more than a false one.
    """
    return any(
        h.suppressed is None
        and (h.rule.kind == "act" or (h.rule.kind == "plan" and h.level >= RiskLevel.HIGH))
        for h in hits
    )


def _apply_classifier(
    text: str,
    lang: str,
    level: RiskLevel,
    evidence: list[Evidence],
    notes: list[str],
    flags: set[str],
    hits: list[_Hit],
) -> RiskLevel:
    """Combine the ordinal classifier with the rules and exemplars.

    Raising: the classifier may raise on its own to low, moderate or high (P(>=high) above a
    threshold that out-of-fold low/moderate and benign messages rarely reach), and to imminent
    only when P(>=imminent) also clears its bar. A benign frame (idiom, hyperbole, fiction,
    informational or joking framing, or a rule hit a modifier cancelled) does not silence it: it
    raises the bars to ones out-of-fold framed benign messages did not reach, so only a strong
    first-person signal gets through the frame.

    Overruling: when the rules or exemplars say moderate or above but the classifier's
    P(>=moderate) is below ``veto`` (a bar almost no out-of-fold moderate-or-worse message falls
    under), the level becomes low, with the evidence kept and a note saying why. Idioms and
    everyday words that a rule lexicon also uses ("me mató a preguntas", "my note from the
    doctor") are the usual case. A moderate level that rests only on expression or distress
    wording (no plan, act, method question or means) has a higher bar, ``veto_expression``,
    since idioms live in exactly that wording. Imminent rule hits are never overruled.
    """
    from tandem.safety import classifier as risk_classifier

    if not USE_CLASSIFIER or level >= RiskLevel.IMMINENT or not text.strip():
        return level
    model = risk_classifier.get_classifier()
    if model is None:
        return level
    th = model.thresholds[lang if lang in model.thresholds else "en"]
    framed = benign_frame(text) or any(
        h.suppressed is not None and h.rule.kind != "context" for h in hits
    )
    # A move or new job in the conversation frames the moderate and high bars (goodbyes and
    # giving away), not the low one: loneliness after retiring is still worth a check-in.
    framed_raise = framed or "departed" in flags
    probs = model.predict(text, lang)
    summary = (
        f"classifier P(>=low)={probs.low:.2f} P(>=moderate)={probs.moderate:.2f} "
        f"P(>=high)={probs.high:.2f} P(>=imminent)={probs.imminent:.2f}"
        + (" (framed)" if framed else "")
    )
    structural = any(
        h.suppressed is None
        and h.rule.kind in ("plan", "act", "method")
        and h.level >= RiskLevel.MODERATE
        for h in hits
    ) or bool(flags & {"means", "preparatory", "method"})
    veto = th.veto if structural or level >= RiskLevel.HIGH else th.veto_expression
    # A committed act or plan (``_committed``) is not overruled; a benign frame still lets the
    # classifier speak.
    if _committed(hits) and not framed:
        veto = 0.0
    # The veto exists for idiom-prone wording (death, violence and despair words people
    # exaggerate with, "my note"); blackouts, purging, voices or a partner's threats are rarely
    # said in jest, so a rule hit there stands.
    if not any(e.level >= RiskLevel.MODERATE and e.category in VETO_CATEGORIES for e in evidence):
        veto = 0.0
    if level >= RiskLevel.MODERATE and probs.moderate < veto:
        clause = _buried_clause(text, evidence)
        if clause is not None and model.predict(clause, lang).moderate >= veto:
            # A long, cheerful message dilutes the one clause that carries the risk ("exam went
            # ok, dad's back, and most nights I've been thinking about killing myself again,
            # then football"): read alone, that clause is not what idioms sound like.
            veto = 0.0
            notes.append(f"{summary}: the clause with the rule hit read alone is not benign")
    if level >= RiskLevel.MODERATE and probs.moderate < veto:
        for i, e in enumerate(evidence):
            if e.level > RiskLevel.LOW:
                evidence[i] = replace(e, level=RiskLevel.LOW)
        notes.append(f"{summary}: overrules {level.label} from rules/exemplars, low")
        flags.add("buildup")
        return RiskLevel.LOW
    t_mod = th.moderate_framed if framed_raise else th.moderate
    t_high = th.high_framed if framed_raise else th.high
    raised = RiskLevel.NONE
    if probs.high >= t_high:
        raised = RiskLevel.HIGH
        # Imminent (an act in progress, means in hand now) needs the rules to see an act or
        # means as well, or a clear reading of its own: "in the bathroom with his razor blades
        # now", "sitting on the wall by the weir" name no act a rule knows. Either way the
        # message is already a crisis at high, so this changes no false-crisis count, only how
        # urgent the crisis reads.
        acting = any(h.suppressed is None and h.rule.kind == "act" for h in hits)
        bar = th.imminent if acting or "means" in flags else max(th.imminent, CLEAR_IMMINENT)
        if probs.imminent >= bar and not framed:
            raised = RiskLevel.IMMINENT
    elif probs.moderate >= t_mod and flags & {"means", "preparatory"}:
        # The rules see the structure (means at hand, a preparatory act); the classifier sees
        # risk around it that no distress lexicon named: together, high. (A method question
        # alone is moderate by policy: its own wording is what the classifier scores, so it
        # needs distress the rules or earlier turns show.)
        raised = RiskLevel.HIGH
    elif probs.moderate >= t_mod:
        raised = RiskLevel.MODERATE
    elif probs.low >= th.low and not framed:
        if probs.low >= CLASSIFIER_LOW_FLOOR:
            raised = RiskLevel.LOW
        else:
            # Too faint to call the message low, but a method question after it is still asked
            # after distress. It does not build up: several faint readings in a row are what a
            # thought record sounds like ("I'm useless" ... "one mistake doesn't make me useless").
            flags.add("distress")
    abuse_only = {e.category for e in evidence if e.level > RiskLevel.NONE} == {"abuse"}
    if "away" in flags and abuse_only and raised > RiskLevel.MODERATE:
        # Abuse with the abuser away right now is moderate by policy (DESIGN §3): the classifier
        # reads "hits me" as danger; the rules see that the danger is not present.
        raised = RiskLevel.MODERATE
    if "method" in flags and "distress" not in flags and raised > RiskLevel.MODERATE:
        # A method question without distress is moderate by policy (DESIGN §3); distress in the
        # message or earlier in the conversation is what makes it high.
        raised = RiskLevel.MODERATE
    if raised <= level:
        return level
    category = next(
        (e.category for e in sorted(evidence, key=lambda e: -e.level) if e.level > 0), "ideation"
    )
    evidence.append(
        Evidence(
            start=0, end=len(text), text=text, rule="classifier", category=category, level=raised
        )
    )
    notes.append(summary)
    flags.add("distress")
    if raised == RiskLevel.LOW:
        flags.add("buildup")
    return raised


BURIED_MIN_CHARS = 150  # shorter messages are read whole: the clause is most of the message


def _buried_clause(text: str, evidence: Sequence[Evidence]) -> str | None:
    """The clause around the strongest rule evidence, when it is a small part of a long message."""
    if len(text) < BURIED_MIN_CHARS:
        return None
    spans = [e for e in evidence if e.level >= RiskLevel.MODERATE and e.end - e.start < len(text)]
    if not spans:
        return None
    strongest = max(spans, key=lambda e: e.level)
    left, right = _span_text(text, strongest.start, strongest.end, _CLAUSE_BREAK)
    clause = text[left:right].strip()
    return clause if len(clause) <= 0.4 * len(text) else None


def _in_context(
    current: MessageResult, earlier: Sequence[MessageResult], kept: RiskLevel
) -> tuple[RiskLevel, RiskLevel, list[str], list[str]]:
    """The level of ``current`` given the earlier turns and the episode level kept so far, and
    the turn's own level (the same, without the episode's floor)."""
    level = current.level
    notes = list(current.notes)
    categories = list(current.categories)
    # Method-seeking after distress earlier in the conversation is high.
    earlier_distress = any(r.distress or r.level >= RiskLevel.LOW for r in earlier)
    if current.method and earlier_distress and level < RiskLevel.HIGH:
        level = RiskLevel.HIGH
        notes.append("method-seeking after earlier distress: high")
        categories.append("method-seeking")
    # Means at hand after ideation earlier in the conversation is a plan.
    earlier_ideation = any(
        r.level >= RiskLevel.MODERATE and "ideation" in r.categories for r in earlier
    )
    if current.means and earlier_ideation and level < RiskLevel.HIGH:
        level = RiskLevel.HIGH
        notes.append("means at hand after earlier ideation: high")
        categories.append("ideation")
    # The last step named ("the engine's running", "I can hear him on the stairs") in a crisis
    # already at high, or read high itself after a moderate turn or earlier distress ("I can't do
    # this anymore" ... "the wind's strong up here at the edge"): under way now (guide: imminent).
    crisis_before = kept >= RiskLevel.HIGH or (
        level >= RiskLevel.HIGH and (kept >= RiskLevel.MODERATE or any(r.distress for r in earlier))
    )
    if current.ready and crisis_before and level < RiskLevel.IMMINENT:
        level = RiskLevel.IMMINENT
        notes.append("the last step named in a high episode: imminent")
    elif current.ready and level < RiskLevel.HIGH and any(r.distress for r in earlier):
        # The place or the last step named after despair, in a turn that says nothing else
        # ("estoy al borde, aquí arriba hace frío"): method and place with distress, high.
        level = RiskLevel.HIGH
        notes.append("the last step named after earlier distress: high")
    # A sign (abuse, mania, psychosis) told earlier, then the danger named: the abuser on the
    # way, a manic drive tonight. The guide's "present danger / dangerous act planned": high.
    # The current turn's own rule says which (a plan-kind hit in a signs category); a plan
    # alone is moderate or a hint, since without the earlier turns it may be ordinary.
    signs_now = {
        e.category for e in current.evidence if e.category in SIGNS_ESCALATION and e.level > 0
    }
    signs_before = {
        c
        for r in earlier
        if r.level >= RiskLevel.MODERATE
        for c in r.categories
        if c in SIGNS_ESCALATION
    }
    if current.signs_plan and signs_now and signs_before and level < RiskLevel.HIGH:
        same_family = bool(signs_now & signs_before) or (signs_now | signs_before) <= DELUSIONS
        if same_family:
            level = RiskLevel.HIGH
            notes.append("danger named after earlier signs in the conversation: high")
            categories.extend(sorted(signs_now | signs_before))
    turns = [*earlier, current]
    # Something swallowed, told across turns, is an overdose taken (guide: imminent whatever the
    # tone) once the episode already stood at the floor named: the second reading is what makes
    # an ordinary "took a paracetamol, feel sleepy" stay calm.
    episode = max(kept, level)
    overdose_readings = (
        # Symptoms after something swallowed ("took something at the party" ... "heart's
        # pounding and I keep being sick"), in an episode already at high.
        (
            current.symptoms and any(r.ingestion for r in turns),
            RiskLevel.HIGH,
            "symptoms after something taken, in a high episode: imminent",
        ),
        # Means named in an earlier turn ("I've still got her morphine"), then some of it taken.
        (
            current.ingestion and any(r.means for r in earlier[-3:]),
            RiskLevel.MODERATE,
            "means named earlier, then taken: imminent",
        ),
        # A count told after something swallowed ("took some sleeping pills" ... "well, like 15
        # of my mum's, with wine"): an overdose taken, not a dose.
        (
            current.quantity and not current.ingestion and any(r.ingestion for r in earlier[-2:]),
            RiskLevel.MODERATE,
            "a count after something taken, in a moderate episode: imminent",
        ),
    )
    for applies, floor, note in overdose_readings:
        if applies and episode >= floor and level < RiskLevel.IMMINENT:
            level = RiskLevel.IMMINENT
            notes.append(note)
            categories.append("medical")
    # The body failing after what an earlier turn (or this one) told: a level, the note, and the
    # categories, which are added even when the level was already there (they choose the
    # response: medical advice first).
    body_readings = (
        # Consciousness or breath lost after strangulation: an emergency whatever the tone
        # ("I'm ok, just passed out for a second").
        (
            (current.collapse or current.airway) and any(r.strangled for r in turns),
            RiskLevel.IMMINENT,
            "consciousness or breath lost after strangulation: imminent",
            ("medical", "abuse"),
        ),
        # Lightheaded or the floor covered after self-harm: blood loss (guide: imminent).
        (
            (current.blood_loss or current.collapse)
            and any("self-harm" in r.categories for r in turns)
            and episode >= RiskLevel.MODERATE,
            RiskLevel.IMMINENT,
            "blood loss signs after self-harm: imminent",
            ("medical", "self-harm"),
        ),
        # A faint, chest pain or a weak pulse after restricted eating: the body is failing
        # (guide: eating disorder with medical danger, high).
        (
            current.collapse and any("eating" in r.categories for r in turns),
            RiskLevel.HIGH,
            "collapse signs with restricted eating: high",
            ("medical", "eating"),
        ),
    )
    for applies, target, note, named in body_readings:
        if applies:
            if level < target:
                level = target
                notes.append(note)
            categories[:0] = list(named)
    # A wish to die told after a stock of means was named: the means are the plan.
    ideation_now = level >= RiskLevel.MODERATE and "ideation" in current.categories
    if ideation_now and any(r.means for r in earlier) and level < RiskLevel.HIGH:
        level = RiskLevel.HIGH
        notes.append("ideation after means named earlier: high")
    # Mild signals building up over several turns.
    buildup_turns = sum(1 for r in turns if r.buildup or r.level >= RiskLevel.MODERATE)
    if buildup_turns >= 3 and level < RiskLevel.MODERATE and any(r.buildup for r in turns):
        level = RiskLevel.MODERATE
        notes.append(f"risk built up over {buildup_turns} turns: moderate")
        for r in turns:
            categories.extend(c for c in r.categories if c in BUILDUP_CATEGORIES)
    # Preparatory acts in the episode together with distress in another turn.
    # Goodbyes and giving away after the client said they are moving abroad are not preparation.
    prepared = any(r.preparatory for r in turns) and not any(r.departure for r in turns)
    distressed_turns = sum(1 for r in turns if r.buildup or r.distress)
    current_counts = current.preparatory or current.buildup or current.distress
    if prepared and distressed_turns >= 2 and current_counts and level < RiskLevel.HIGH:
        level = RiskLevel.HIGH
        notes.append("preparatory acts with distress across turns: high")
        categories.append("preparatory")
    own = level
    # The episode keeps its strongest level: a later "just joking" or "I'm ok now" lowers nothing.
    if kept > level:
        level = kept
        notes.append(f"episode level {kept.label} kept from earlier turns")
        for r in earlier:
            if r.level >= RiskLevel.MODERATE:
                categories.extend(r.categories)
    return level, own, list(dict.fromkeys(categories)), notes


CONTEXT_TURNS = 3  # the context probe reads the current turn with up to two before it


def _context_probe(
    window: tuple[str, ...], lang: str, current: MessageResult, departed: bool = False
) -> tuple[RiskLevel, str] | None:
    """The classifier's reading of the last few turns together, or None when it has no say.

    Risk often only shows across turns: distress, then a "trivia" question about bridges; a
    thank-you, then giving the cat away. The classifier reads the window as one message (no
    extra model pass: the turns' embeddings are cached) and may raise the current turn to
    moderate or high, never to imminent; when the window reads as clearly benign (P(>=moderate)
    under the veto bar) it may bring a rule hit of this turn down to low, unless the episode
    already stood at moderate or above, or the turn is an act in progress. It only speaks when
    the current turn itself carries
    some signal (low or above, distress, method, means or preparatory), so a benign turn after
    a risky one is not re-flagged by its neighbours, and a benign frame in the current turn
    raises its bars as for single messages.
    """
    from tandem.safety import classifier as risk_classifier

    if not USE_CLASSIFIER:
        return None
    own_signal = (
        current.level >= RiskLevel.LOW
        or current.distress
        or current.method
        or current.means
        or current.preparatory
    )
    if not own_signal:
        return None
    model = risk_classifier.get_classifier()
    if model is None:
        return None
    th = model.thresholds[lang if lang in model.thresholds else "en"]
    # An ordinary reason for goodbyes told in the conversation (a move, a discharge from
    # therapy) frames the window as it frames the single message.
    framed = benign_frame(window[-1]) or departed or current.departure
    probs = model.predict_context(window, lang)
    level = RiskLevel.NONE
    if probs.high >= (th.high_framed if framed else th.high):
        level = RiskLevel.HIGH
    elif probs.moderate >= (th.moderate_framed if framed else th.moderate):
        level = RiskLevel.MODERATE
    elif probs.moderate < th.veto:
        level = RiskLevel.LOW  # clearly benign read together: may overrule a rule hit to low
    note = (
        f"classifier over the last {len(window)} turns P(>=moderate)={probs.moderate:.2f} "
        f"P(>=high)={probs.high:.2f}"
        + (": clearly benign together" if level == RiskLevel.LOW else f": {level.label}")
    )
    return level, note


@lru_cache(maxsize=2048)
def _episode(turns: tuple[str, ...], locale: str) -> tuple[Assessment, ...]:
    results: list[Assessment] = []
    messages: list[MessageResult] = []
    kept = RiskLevel.NONE
    for turn in turns:
        lang = detect_language(turn, locale)
        departed = any(m.departure for m in messages)
        current = assess_message(turn, lang, departed)
        if (
            current.departure
            and not departed
            and RiskLevel.NONE < kept < RiskLevel.IMMINENT
            and all(set(r.categories) <= {"preparatory"} for r in results)
        ):
            # Goodbyes and giving things away, then the reason: a move abroad, a new job. The
            # earlier turns' alerts stand (they were right to be raised), but the episode no
            # longer carries their level forward. A plan or ideation disclosed earlier still does.
            kept = RiskLevel.NONE
        level, own, categories, notes = _in_context(current, messages, kept)
        if messages and level < RiskLevel.IMMINENT:
            window = (*turns[max(0, len(messages) + 1 - CONTEXT_TURNS) : len(messages)], turn)
            probe = _context_probe(window, lang, current, departed)
            raises = probe is not None and probe[0] >= RiskLevel.MODERATE
            if probe is not None and raises and probe[0] > level and level < RiskLevel.HIGH:
                level = probe[0]
                own = max(own, level)
                notes.append(probe[1])
                if not categories:
                    categories = [c for r in messages for c in r.categories] or ["ideation"]
                    categories = list(dict.fromkeys(categories))
            elif (
                probe is not None
                and probe[0] == RiskLevel.LOW  # the window reads as clearly benign
                and level == current.level
                and RiskLevel.MODERATE <= level < RiskLevel.IMMINENT
                and kept < RiskLevel.MODERATE
                and not current.committed
            ):
                # A rule hit in a turn the surrounding turns show to be benign (a will updated
                # before a move, a past episode told in several turns): low, evidence kept.
                level = own = RiskLevel.LOW
                notes.append(probe[1])
        kept = max(kept, level)
        messages.append(current)
        results.append(
            Assessment(
                level=level,
                categories=tuple(categories),
                evidence=current.evidence,
                informational=current.informational and level == RiskLevel.NONE,
                locale=lang,
                notes=tuple(notes),
                turn_level=own,
            )
        )
    return tuple(results)


def assess(text: str, *, history: Sequence[str] = (), locale: str = "en") -> Assessment:
    """Assess ``text`` given the client's earlier turns in this conversation (oldest first)."""
    return _episode((*history, text), locale)[-1]


def assess_conversation(turns: Sequence[str], *, locale: str = "en") -> list[Assessment]:
    """The assessment after each turn of a conversation (client turns, oldest first)."""
    if not turns:
        return []
    return list(_episode(tuple(turns), locale))
