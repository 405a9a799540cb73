"""English rules for what turns a thought into a plan: a dangerous place asked about or visited,
a target's movements known with a weapon in reach, passwords left for someone, things given
away "to people", and an abuser released and on the way.

The place questions are ``none``-level method rules: which roof you can get onto, when the fast
trains pass through, whether a bridge has a fence are ordinary questions on their own (a pub
quiz, a photographer, a commuter). Beside distress in the message, or after distress earlier in
the conversation, the detector reads any method rule as method-seeking with distress: high.
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words
from tandem.safety.rules.en.lexicon import WEAPON

# Where someone could fall from, as people name it in a question.
_DROP = words(
    r"roofs?",
    r"rooftops?",
    r"top floors?",
    r"top decks?",
    r"ledges?",
    r"balcon(?:y|ies)",
    r"viaducts?",
    r"bridges?",
    r"cliffs?",
    r"multi-?storeys?",
    r"car parks?",
    r"parking (?:garages?|structures?)",
    r"towers?",
)
_GET_ONTO = (
    r"(?:get (?:up )?(?:onto|on to|on|out onto|out on|up to|to the (?:top|edge))|access|reach|"
    r"climb (?:onto|up|over)|walk (?:onto|out on|to the edge)|go up)"
)
_BARRIER = r"(?:fences?|barriers?|railings?|nets?|suicide nets?|cameras?|guard ?rails?|security)"
# Something one could strike with, kept close: in the car, the van, a bag.
_STRIKE_WITH = words(WEAPON, r"crowbar", r"iron bar", r"metal bar", r"tyre iron", r"golf club")
# Collecting someone, or a match: the bat is for the game. Read after the first words matched.
_NOT_A_GAME = (
    r"(?![^\n]*\b(?:pick (?:him|her|them) up|lift|surprise|party|practice|training|match|game|"
    r"cricket|baseball|softball|rounders|nets)\b)"
)
_WHO = r"(?:he|she|they|him|her|them|the \w+|my \w+)"
# What someone hurt by the person says, so a release "and he's coming to see me" is a danger,
# not a brother's homecoming.
_ABUSE_CUE = (
    r"(?:raped|abused|assaulted|attacked|beat me|hit me|hurt me|stalk\w*|restraining order|"
    r"protection order|non-molestation|reported (?:him|her)|testified|scared|terrified|afraid|petrified)"
)
_RELEASED = (
    r"(?:gets? out|got out|getting out|is out|being released|was released|released|let out|"
    r"out on (?:bail|parole|licence|license)|gets? released|comes? out of (?:prison|jail))"
)
_COMING_TO_ME = (
    r"(?:coming (?:to (?:see|find|get|visit) me|for me|round|over|to (?:my|the) (?:house|flat|"
    r"place|work))|knows where i (?:live|am|work|stay)|(?:he|she|they)(?:'ll| will| is going to|'s "
    r"going to|'s gonna) (?:come|find me|visit|see me|come round)|(?:he|she)(?:'s| is) on (?:his|"
    r"her) way)"
)

_PLANS: list[tuple[str, str, str, Kind, str]] = [
    (
        # Getting onto a high place, or past its fence, asked about: ordinary alone.
        "plans.drop_access_question",
        "method-seeking",
        "none",
        "method",
        r"\b(?:which|what|where|any|is there|are there)\b[^.!?\n]{0,60}\b"
        + _DROP
        + r"\b[^.!?\n]{0,25}\b(?:you|i|people|anyone|one) (?:can|could) (?:actually |still |easily "
        r"|just )?"
        + _GET_ONTO
        + r"|\bhow (?:do|can|would|could) (?:you|i|people|someone|one) (?:get|climb) (?:up )?(?:onto|"
        r"on to|on|to) (?:the )?(?:roof|rooftop|top|ledge|edge)s? of (?!(?:my|our|the) (?:house|"
        r"shed|garage|home|extension|conservatory))"
        + r"|\b(?:which|what)\b[^.!?\n]{0,30}\b(?:buildings?|car parks?|multi-?storeys?|towers?|"
        r"hotels?|blocks?)\b[^.!?\n]{0,20}\b(?:ha(?:ve|s)|with) (?:an? )?(?:open|unlocked|accessible|"
        r"public) (?:roofs?|rooftops?|top floors?)"
        + r"|\b"
        + _DROP
        + r"\b[^.!?\n]{0,25}\b(?:without|with no|that (?:don'?t|doesn'?t) have) "
        r"(?:a |any )?"
        + _BARRIER
        + r"\b"
        + r"|\b(?:is there|are there|does it have|do they have|any) (?:a |any )?"
        + _BARRIER
        + r"\b[^.!?\n]{0,20}\b(?:on|along|at) (?:the |that )?(?:\w+ )?(?:bridge|cliffs?|car park|"
        r"roof|viaduct|tracks|platform|railway|line)\b"
        + r"|\b(?:roof|ledge|top|bridge|cliff)\b[^.!?\n]{0,40}\band how (?:high|tall|far down)\b",
    ),
    (
        # Trains that pass through without stopping, asked about: ordinary alone.
        "plans.train_pass_question",
        "method-seeking",
        "none",
        "method",
        r"\b(?:which|what) trains? (?:don'?t|doesn'?t|do not|does not|never) stop\b"
        r"|\b(?:what time|when|how often|which times?)\b[^.!?\n]{0,40}\btrains?\b[^.!?\n]{0,30}\b"
        r"(?:pass(?:es)? through|go(?:es)? (?:through|past) without stopping|don'?t stop|doesn'?t "
        r"stop|rush through|come through fast|go through fast)\b"
        r"|\b(?:fast|express|freight|goods|non-?stop|high-?speed) trains?\b[^.!?\n]{0,25}\b(?:pass"
        r"|go|come|run|rush|speed)(?:es|s)? (?:through|past)\b[^.!?\n]{0,40}\?",
    ),
    (
        # A high place or the tracks looked up, then visited "just to see": scouting.
        "plans.place_scouted",
        "preparatory",
        "high",
        "plan",
        r"\b(?:looked up|searched(?: for| up)?|googled|found out|checked|worked out)\b[^.!?\n]{0,50}"
        r"\b(?:highest|tallest|bridges?|cliffs?|viaducts?|multi-?storeys?|car parks?|rooftops?|roofs?|"
        r"tracks|railway|level crossing)\b[^\n]{0,60}\b(?:went (?:there|up|over|to (?:see|look at|"
        r"check)|and (?:looked|saw|stood))|(?:i've|i have) been (?:there|up)|visited (?:it|them)|"
        r"checked (?:it|them) out|walked (?:there|up|over))"
        r"|\b(?:went|been|gone|walked|drove) (?:up |down |out |back |over )?(?:to|onto) (?:the |that )?(?:\w+ )?(?:bridge|cliffs?|"
        r"viaduct|multi-?storey|car park roof|rooftop|tracks|railway line|level crossing)\b[^.!?\n]{0,40}"
        r"\b(?:to see how (?:high|far|easy|long)|to (?:see|check|count|time) (?:when|what time|how "
        r"often|how many) (?:the )?(?:\w+ )?trains?|to check (?:the fence|if|how|whether)|(?:just )?to "
        r"(?:see|look|know)\b[^.!?\n]{0,20}\b(?:high|drop|fence|edge|easy|far down))",
    ),
    (
        # A target's movements known and something to strike with kept close, either order.
        "plans.target_and_weapon",
        "harm-to-others",
        "high",
        "plan",
        r"\bi know (?:exactly )?(?:what time|when|where|which way|the route|the way)\b"
        + _NOT_A_GAME
        + r"[^.!?\n]{0,40}\b"
        + _WHO
        + r"\b[^\n]{0,80}\b(?:got|have|bring|brought|keep|kept|taking|take) (?:a |the |my |his |"
        r"dad's )?"
        + _STRIKE_WITH
        + r"\b"
        + r"|\b(?:got|have|keep|kept) (?:a |the |my )?"
        + _STRIKE_WITH
        + _NOT_A_GAME
        + r" (?:in (?:the|my) (?:car|van|boot|truck|bag|glovebox)|with me|ready)\b[^\n]{0,80}\bi "
        r"know (?:exactly )?(?:what time|when|where|which way|the route)\b",
    ),
    (
        # Passwords, PINs or account details left written down for someone.
        "plans.passwords_left",
        "preparatory",
        "low",
        "distress",
        r"\b(?:left|wrote|written|writing|leaving|put|noted)\b(?![^\n]*\b(?:holiday|hospital|"
        r"surgery|operation|emergenc\w+|locking myself out|locked out|keep forgetting|forget\w*|retreat|"
        r"trip|travel\w*|in case (?:i|we) (?:lose|forget)|babysit\w*|house-?sit\w*))"
        r"[^.!?\n]{0,15}\b(?:all )?(?:my |the )?(?:passwords?|pins?|pin numbers?|pin codes?|"
        r"log-?ins?|logins?|account details|bank details|codes)\b[^.!?\n]{0,30}\bfor (?:my |the |our "
        r")?\w+"
        r"|\b(?:passwords?|pins?|pin numbers?|log-?ins?|bank details)\b[^.!?\n]{0,20}\b(?:written "
        r"down|in an envelope|on a list) for (?:my |the |our )?\w+",
    ),
    (
        # Belongings given away to whoever will take them, not handed down or sold.
        "plans.given_to_people",
        "preparatory",
        "low",
        "distress",
        r"\b(?:giving|gave|given|handing|handed|give) (?:away )?"
        # A glut shared out is generosity, not leaving.
        r"(?![^\n]*\b(?:too many|too much|surplus|grew|baked|made extra|harvest|litter)\b)"
        r"(?:all )?(?:of )?my (?!old |spare |"
        r"extra |outgrown |kids'? |baby |leftover )[\w' ]{1,25}?(?: away)? to (?:people|friends|"
        r"colleagues|coworkers|co-workers|everyone|anyone|whoever|neighbours|neighbors|people at (?:work|"
        r"the office|school|church|the gym))\b(?! (?:for (?:christmas|their birthday)|as (?:gifts|"
        r"presents)))",
    ),
    (
        # What is most toxic to swallow, asked as trivia or a project: a method question.
        "plans.most_toxic_to_swallow",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:which|what)\b[^.!?\n]{0,40}\b(?:chemicals?|cleaning products?|products?|household "
        r"\w+|pills?|tablets?|medicines?|meds)\b[^.!?\n]{0,30}\b(?:most|more|the) (?:toxic|poisonous|"
        r"deadly|dangerous|lethal)\b[^.!?\n]{0,30}\b(?:if (?:you|someone|i|a person) (?:swallow|drink|"
        r"eat|take|ingest)s?|to (?:swallow|drink|ingest)|swallowed|ingested)\b",
    ),
    (
        # A high place or the tracks visited "just to look", or sat at in the car: scouting.
        "plans.place_visited_to_look",
        "preparatory",
        "high",
        "plan",
        r"\b(?:drove|drive|driven|walked|went|cycled|been|go|going) (?:out |up |down |over )?(?:to|past) "
        r"(?:the |that )?(?:\w+ )?(?:overpass|flyover|bridge|viaduct|cliffs?|tracks|railway|level "
        r"crossing|multi-?storey|car park roof|quarry|dam|weir|reservoir)\b[^.!?\n]{0,40}\b(?:just to "
        r"(?:look|see|sit)|to look (?:down|over)|didn'?t get out of the car|sat (?:in the car|there) "
        r"(?:for|looking))",
    ),
    (
        # A rehearsal of the act: a practice or dry run, backed out of "this time".
        "plans.rehearsal",
        "preparatory",
        "high",
        "plan",
        r"\b(?:did|had|done|tried) a (?:practice|dry|test|trial) run\b[^\n]{0,80}\b(?:see if i (?:could|"
        r"can)|next time|backed out|last (?:second|minute)|chickened out|couldn'?t go through|pulled out)",
    ),
    (
        # Waiting outside someone's place with a weapon at hand: harm about to happen.
        "plans.waiting_with_weapon",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:parked|parking|sitting|waiting|standing) (?:outside|across from|opposite|near|by) (?:my "
        r"ex'?s|his|her|their|the \w+'?s) (?:new )?(?:place|house|flat|work|door|office)\b[^\n]{0,60}\b"
        + WEAPON
        + r"\b",
    ),
    (
        # Nothing left to settle: what someone says when the loose ends are tied.
        "plans.nothing_left_to_settle",
        "preparatory",
        "low",
        "distress",
        r"\b(?:nothing|not much|hardly anything|barely anything) (?:left|else) (?:for me )?to (?:sort(?: out)?|"
        r"tie up|settle|arrange|put in order|give away|say)\b(?! (?:before (?:the|my|our) (?:move|"
        r"holiday|trip|wedding|exams?)|for (?:the|my) (?:move|trip|wedding)))",
    ),
    (
        # An abuser released and on the way: present danger.
        "plans.abuser_released",
        "abuse",
        "high",
        "plan",
        r"\b"
        + _ABUSE_CUE
        + r"\b[^\n]{0,120}\b"
        + _RELEASED
        + r"\b[^\n]{0,80}\b"
        + _COMING_TO_ME
        + r"|\b"
        + _RELEASED
        + r"\b[^\n]{0,80}\b"
        + _COMING_TO_ME
        + r"\b[^\n]{0,80}\b"
        + _ABUSE_CUE
        + r"\b",
    ),
]
