"""English rules about other people: abuse, third-party risk and harm to others."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind
from tandem.safety.rules.en.lexicon import ABUSER, OTHER_PERSON, WEAPON

_OTHERS_EXTRA: list[tuple[str, str, str, Kind, str]] = [
    (
        "abuse.in_progress",
        "abuse",
        "imminent",
        "act",
        r"\b(?:he's|she's|they're|he is|she is) (?:kicking|breaking|smashing|forcing) (?:the |my )?door"
        r"(?: in| down)?\b",
    ),
]

_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        "third.ideation",
        "ideation",
        "moderate",
        "expression",
        r"\b" + OTHER_PERSON + r"\b[^.!?]{0,50}\b(?:wants? to die|(?:is|'s|are|seems?|being) "
        r"suicidal|(?:going to|gonna|wants? to) kill (?:herself|himself|themselves)|kill (?:herself|"
        r"himself|themselves)|(?:cutting|hurting|harming|burning) (?:herself|himself|themselves)|"
        r"self harm\w*|(?:talks?|talking|posting|posts|says?|said) about (?:dying|suicide|ending it)"
        r"|nobody would care)\b",
    ),
    (
        "third.self_harm_signs",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:cuts|burns|scars|marks|bruises)\b[^.!?]{0,20}\bon (?:her|his|their|my \w+'s) (?:arms?"
        r"|wrists?|legs?|thighs?)\b|\bshowed me (?:her|his|their) (?:cuts|burns|scars|arms)\b",
    ),
    (
        "third.goodbye",
        "preparatory",
        "high",
        "plan",
        r"\b(?:she|he|they)(?:'s| is| has| said| texted| posted| wrote)?\b[^.!?]{0,40}\b(?:won't "
        r"(?:need|be needing) (?:it|them|this|(?:her|his|their) \w+) anymore|remember me|thanks for being my friend|"
        r"saying goodbye|said goodbye|goodbye to everyone|(?:she's|he's|they're|she is|he is) sorry"
        r"|and (?:she's|he's) sorry)\b",
    ),
    (
        "third.at_the_edge",
        "ideation",
        "imminent",
        "act",
        r"\b(?:she's|he's|she is|he is|they're)\b[^.!?]{0,10}\b(?:on|at) the (?:roof|bridge|ledge|"
        r"edge|tracks)\b",
    ),
    (
        "third.overdose",
        "medical",
        "imminent",
        "act",
        r"\b(?:ate|swallowed|took|has taken|got into)\b[^.!?]{0,30}\b(?:my|her|his|some|the) "
        r"(?:\w+ )?(?:pills|tablets|meds|medication)\b[^.!?]{0,40}\b(?:don't know how many|how many|"
        r"all)\b|\bempty (?:pill|tablet|medicine) (?:bottle|packet|box)\b|\b(?:she's|he's|she is|he"
        r" is|they're) (?:blue|not breathing|unconscious|unresponsive|not responding)\b|\b(?:not|"
        r"isn't|won't|can't) (?:breathing|waking up|wake (?:him|her) up)\b",
    ),
    (
        "third.harm_to_others",
        "harm-to-others",
        "moderate",
        "expression",
        r"\b(?:he|she|they)(?:'s| is| keeps| kept)? (?:saying |threatening )?(?:he's |she's |they're "
        r")?(?:going to|gonna|will|wants? to) (?:kill|shoot|stab|hurt) (?:his|her|their|my|him|her|"
        r"them)\b",
    ),
    (
        "third.substance",
        "substance",
        "moderate",
        "expression",
        r"\b(?:he|she|my \w+)(?:'s| has| is)? (?:been )?(?:drinking|using|taking drugs)\b[^.!?]{0,40}\b"
        r"(?:from the moment|every day|all day|fell|passed out|collapsed|can't stop)\b",
    ),
]

_OTHERS: list[tuple[str, str, str, Kind, str]] = [
    (
        "harm.intent",
        "harm-to-others",
        "moderate",
        "expression",
        r"\b(?:want to|wanna|going to|gonna|i'll|i will|i could|i'm going to|thinking about|think "
        r"about|fantasi\w+ about|imagining|i have to)\s(?:really )?(?:kill|hurt|stab|shoot|beat up|"
        r"strangle|murder|hurting|killing|stabbing|shooting|get)\w*\s(?:him|her|them|the \w+|that "
        r"\w+|those \w+|everyone|people|my (?:ex|boss|dad|stepdad|husband|wife|teacher|neighbour)"
        r"|the lads|some\w*)\b(?! (?:up|down|out))",
    ),
    (
        "harm.plan",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:i'll|i will|i'm going to|going to) (?:kill|stab|shoot|hurt|get) (?:him|her|them)\b"
        r"[^.!?]{0,80}\b" + WEAPON + r"|\b" + WEAPON + r"\b[^.!?]{0,40}\b(?:ready|loaded|carrying|"
        r"with me)\b|\bstarted carrying (?:a )?" + WEAPON + r"|\bget (?:him|her|them) first\b",
    ),
    (
        "harm.act",
        "harm-to-others",
        "imminent",
        "act",
        r"\b(?:standing over|outside (?:his|her|their) (?:house|door|flat|place)|parked outside)\b"
        r"[^.!?]{0,40}\bwith (?:the |a |my )?(?:kitchen )?" + WEAPON + r"\b",
    ),
    (
        "harm.shook_baby",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:shook|shaken|shake|hit|smothered) (?:the baby|my baby|her|him)\b[^.!?]{0,20}\b(?:last "
        r"night|today|hard|again)\b|\b(?:last night|yesterday|today) i (?:shook|hit|smothered|hurt) "
        r"(?:her|him|the baby|my baby)\b",
    ),
    # Abuse
    (
        "abuse.disclosure",
        "abuse",
        "moderate",
        "expression",
        r"\b" + ABUSER + r"\b[^.!?]{0,30}\b(?:hits|hit|beats|beat|punches|punched|kicks|kicked|"
        r"chokes|choked|strangled|slaps|slapped|throws things at|pushed|shoves|raped|rapes|touches|"
        r"touched|abused|abuses|molested|assaulted|groped|controls my|checks my phone|takes my (?:money|pension|phone)|screams at me|"
        r"threatens|calls me (?:worthless|stupid|useless)|keeps coming in my room)\b",
    ),
    (
        "abuse.threat",
        "abuse",
        "high",
        "expression",
        r"\b(?:(?:he|she)(?:'ll| will|'s going to| is going to| said (?:he|she)(?:'ll| will| would| "
        r"was going to))|threaten\w* to|screaming (?:that )?(?:he|she)(?:'s| is) going to) (?:kill|"
        r"hurt|beat|shoot) me\b",
    ),
    (
        "abuse.present_danger",
        "abuse",
        "high",
        "plan",
        r"\b(?:locked me in|took my phone|won't let me (?:leave|out)|banging on the door|(?:found out|knows) where i live|sitting (?:in his car )?"
        r"outside|outside my (?:house|flat|door|window)|(?:he|she)'ll be back (?:tonight|soon|later)"
        r"|i'm locked in)\b",
    ),
]
