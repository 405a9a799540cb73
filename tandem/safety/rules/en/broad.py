"""English broad class rules: self-harm or suicide wording x intent, preparation, acts."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.en.lexicon import _ORDINARY_STAY, SELF_DEATH

# Broad class rules: self-harm/suicide wording x intent, preparatory acts and acts in progress.
_BROAD: list[tuple[str, str, str, Kind, str]] = [
    (
        "plan.intent_to_die",
        "ideation",
        "high",
        "plan",
        r"\b(?:i'm going to|i am going to|i'm gonna|i'll|i will|i've decided to|i have decided to|"
        r"i decided to|i plan to|i'm planning to|planning to|i'm ready to|i'm about to)(?: just| finally)? "
        + SELF_DEATH
        + r"\b",
    ),
    (
        "plan.stockpile",
        "preparatory",
        "high",
        "plan",
        r"(?:\b(?:sav(?:ed|ing)|stockpil\w+|hoard\w*|collect(?:ed|ing)|stash\w*|hid|hidden|been "
        r"keeping)(?: up)?\b[^.!?]{0,30}\b(?:pills|tablets|meds|medication|painkillers|paracetamol|oxy|oxys|"
        r"opioids|benzos|sleeping tabs|" + MEDICINES + r")\b|"
        r"\b(?:pills|tablets|meds|medication|painkillers|paracetamol)\b[^.!?]{0,25}\b(?:saved up|"
        r"stockpiled|hoarded|stashed|hidden away)\b)"
        # Kept to hand back, not to take: "collecting mum's old tablets for the pharmacy".
        r"(?![^.!?]{0,60}\b(?:take (?:them |it )?back|return|dispos\w*|drop (?:them |it )?off|get rid "
        r"of|for the (?:gp|pharmacy|chemist|pharmacist)|expired|out of date))",
    ),
    (
        "plan.take_them",
        "self-harm",
        "high",
        "plan",
        r"\b(?:going to|gonna|i'll|i will|about to|planning to|plan to)\b[^.!?]{0,15}\b(?:take|swallow)"
        r" (?:them all|all of them|all (?:the|my|of my) (?:pills|tablets|meds)|the whole (?:bottle|"
        r"box|packet)|every (?:pill|tablet)|them (?:tonight|tomorrow|today))\b",
    ),
    (
        "act.took_many",
        "self-harm",
        "imminent",
        "act",
        r"\bi(?:'ve| have)? (?:just |already )?(?:took|taken|swallowed|downed) (?:all|the whole|a "
        r"whole|a bunch of|a handful of|loads of|way too many|too many|\d{2,}|twenty|thirty|forty|"
        r"fifty)\b[^.!?]{0,30}\b(?:pills|tablets|meds|medication|painkillers|paracetamol|them|of "
        r"them|bottle|box|packet)\b",
    ),
    (
        "act.on_the_edge",
        "ideation",
        "imminent",
        "act",
        r"\b(?:i'm|i am|im) (?:standing |sitting )?(?:on|at) (?:the|a|this) (?:bridge|roof|ledge|edge of "
        r"the \w+|cliff|tracks|railway|platform edge|top of the \w+)\b" + _ORDINARY_STAY,
    ),
    (
        "act.bleeding",
        "self-harm",
        "imminent",
        "act",
        r"\b(?:i'm|i am|im|it's|its|i've been|still) (?:still )?bleeding (?:a lot|badly|heavily|everywhere|"
        r"and it won't stop|so much)|\b(?:won't|will not|can't|doesn't) stop bleeding\b|\bcut (?:too "
        r")?deep\b",
    ),
    (
        "preparatory.note_broad",
        "preparatory",
        "moderate",
        "distress",
        r"\b(?:wrote|written|writing|left|finished) (?:a |my |the )?(?:suicide |goodbye |farewell |last )"
        r"(?:note|letter|message)s?\b(?! (?:to|for) (?!(?:my |our |the |all )?(?:mum|mom|dad|mother|father|parents|family|kids|children|son|daughter|wife|husband|partner|sister|brother|friends?|everyone|everybody|all of you|you|him|her|them|ex|girlfriend|boyfriend|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|best friend|loved ones|my \w+)\b(?!'s))\S)|\b(?:made|wrote|updated|sorted out|finished) my will\b",
    ),
    (
        "preparatory.affairs",
        "preparatory",
        "moderate",
        "distress",
        r"\b(?:giving|gave|give) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|clothes|"
        r"games|books)\b|\b(?:put|putting|getting) my affairs in order\b|\bwho will (?:look after|"
        r"take care of|feed) my (?:cat|dog|pets?|kids)\b",
    ),
]
