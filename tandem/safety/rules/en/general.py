"""English general class rules per category, built from word-class lexicons."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words

# General class lexicons per category: (intent word x violent verb x time/weapon), (force to the
# neck), (restriction or purging x physical danger signs), (no sleep x reckless act), (a
# substance taken x danger signs). Built from word classes, never from particular sentences.
_VIOLENT = words("stab", "shoot", "kill", "beat", "smash", "attack", "hurt", "knife", "batter")
_WHEN_OR_WEAPON = words(
    "tomorrow",
    "tonight",
    "today",
    "right now",
    r"when (?:he|she|they) (?:gets?|comes?)",
    "after school",
    "at school",
    "at work",
    r"waiting for (?:him|her|them)",
    "gun",
    "knife",
    "bat",
    "hammer",
    "machete",
    "blade",
    "rifle",
    "shotgun",
    "crowbar",
)
_NO_FOOD = (
    r"(?:haven't eaten|have not eaten|not eaten|without eating|stopped eating|not eating|"
    r"only eating|eating (?:only|just|nothing)|purg\w*(?! (?:my|the|our|your|all|some|old|out|through) (?!dinner|lunch|breakfast|food|meals?))|throw(?:ing)? up|vomit\w*|"
    r"\d+ ?(?:kg|kilos|cals|calories)\b)"
)
_BODY_DANGER = (
    r"(?:faint\w*|passed out|passing out|pass out|black(?:ed)? out|dizzy|can't stand|"
    r"heart (?:is |keeps |rate )?(?:racing|skipping|pounding|\d+)|chest pain|vomit\w* blood|"
    r"potassium|cramp\w*|tingl\w*|palpitations|flutter\w*)"
)
_NO_SLEEP = r"(?:haven't slept|have not slept|not slept|no sleep|without sleep|not sleeping)"
_RECKLESS = (
    r"(?:driv\w+|invincible|unstoppable|can fly|fly|climb\w*|savings|all my money|maxed out|"
    r"motorway|highway|give (?:all )?my money)"
)
_TAKEN = r"(?:took|taken|drank|had|mixed|snorted|injected|did)"
_TOXIC_SIGNS = (
    r"(?:can't stand|can't breathe|vomiting|throwing up|shaking|confused|passing out|"
    r"can't feel my|heart (?:is )?racing|sweaty and shaky|turning blue|unconscious)"
)

_SUBSTANCE_OR_BODY = words(
    r"pills?",
    "meds",
    r"medications?",
    "tablets",
    r"drugs?",
    "dose",
    r"chemicals?",
    "products",
    "bleach",
    r"wrists?",
    r"antidepressants?",
    "painkillers",
    "paracetamol",
    "tylenol",
)
_LETHAL = words(
    "lethal",
    "fatal",
    "deadly",
    "kill you",
    "kills you",
    "kill a person",
    "overdose",
    "most dangerous",
    "bleed out",
    "not wake up",
    "stop your heart",
)

_GENERAL: list[tuple[str, str, str, Kind, str]] = [
    (
        "general.method_question",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:how (?:many|much|long)|which|what)\b[^.!]{0,80}\b"
        + _SUBSTANCE_OR_BODY
        + r"\b[^.!]{0,60}\b"
        + _LETHAL
        + r"\b|\bhow long (?:does it|would it|will it|to) (?:take to )?(?:bleed out|die|drown|"
        r"suffocate)\b",
    ),
    (
        "general.harm_intent_when_or_weapon",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:going to|gonna|i'll|i will|i'm going to|about to)\s(?:\w+\s){0,2}"
        + _VIOLENT
        + r"\w*\b[^.!?]{0,60}\b"
        + _WHEN_OR_WEAPON
        + r"\b|\bshoot up (?:the|my) (?:school|office|work|church|mall|class)\b",
    ),
    (
        "general.abuse_neck",
        "abuse",
        "high",
        "plan",
        r"\b(?:(?:choked|strangled|choking|strangling) (?:me|her|him|us|my \w+)|(?:was|got|been|being) (?:choked|strangled)|squeezed my (?:neck|throat)|hands? (?:round|"
        r"around) my (?:neck|throat))\b(?: me\b)?",
    ),
    (
        "general.abuse_now",
        "abuse",
        "imminent",
        "act",
        r"\b(?:he|she|they)(?:'s| is|'re| are) (?:hitting|beating|punching|kicking|choking|"
        r"strangling) (?:me|us|my \w+)\b[^.!?]{0,30}\b(?:right now|now)\b",
    ),
    (
        "general.abuse_confined",
        "abuse",
        "high",
        "plan",
        r"\b(?:lock(?:s|ed)? me in|took my (?:passport|phone|keys)|take(?:s)? my (?:passport|phone)|"
        r"won't let me (?:leave|out|eat))\b",
    ),
    (
        "general.eating_danger",
        "eating",
        "high",
        "plan",
        _NO_FOOD
        + r"[^\n]{0,120}"
        + _BODY_DANGER
        + r"|"
        + _BODY_DANGER
        + r"[^\n]{0,120}"
        + _NO_FOOD,
    ),
    (
        "general.mania_danger",
        "mania",
        "high",
        "plan",
        _NO_SLEEP
        + r"[^\n]{0,120}\b"
        + _RECKLESS
        + r"\b|\b"
        + _RECKLESS
        + r"\b[^\n]{0,120}"
        + _NO_SLEEP,
    ),
    (
        "general.substance_danger",
        "medical",
        "high",
        "act",
        r"\b" + _TAKEN + r"\b[^\n]{0,80}\b" + _TOXIC_SIGNS,
    ),
]
