"""English sign classes that generalise past the people seen so far (first round)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.en.lexicon import _ORDINARY_STAY, HIGH_PLACES

# Signs that generalise past the people the detector has seen: each row is a class a clinician
# would name (a stockpile counted against "enough", a height stated at a high place, means bought
# with their purpose, a wish to have died, a one-way trip, a target's routine), in word classes.
_HEIGHT = r"(?:\d+|ten|twelve|twenty|thirty|fifty|a hundred) ?(?:floors?|storeys?|stories|metres|meters|m|feet|ft)\b"
_GENERALISE: list[tuple[str, str, str, Kind, str]] = [
    (
        # Pills counted or gathered against "enough": the count is the plan.
        "gen.count_enough",
        "preparatory",
        "high",
        "plan",
        r"\b(?:count\w*|stockpil\w*|sav(?:ed|ing)|hoard\w*|collect\w*|stash\w*|got|have|putting|put|"
        r"setting|set|keeping|kept|gather\w*)\b[^\n]{0,40}"
        r"\b(?:pills|tablets|meds|painkillers|oxy|oxys|opioids|benzos|sleeping (?:pills|tabs|"
        r"tablets)|" + MEDICINES + r")\b[^\n]{0,60}\b(?:(?:nearly|almost|finally|now|should be|"
        r"that's|is that|will be|got|have) )?enough\b(?! (?:for (?:the|a|my) (?:week|month|trip|"
        r"holiday|fortnight)|to (?:last|get (?:me )?through)))",
    ),
    (
        # At a high place with its height said: standing there, not visiting.
        "gen.height_at_place",
        "ideation",
        "imminent",
        "act",
        r"(?:^|\b(?:i'm|im|i am|standing|sitting|up|here|now)\b[^.!?\n]{0,10})\W*\b(?:on|at|up) "
        r"(?:the |a |this )?(?:top of (?:the |a )?)?(?:"
        + HIGH_PLACES
        + r"|building|tower|car park|"
        r"multi-?storey|block)\b"
        + _ORDINARY_STAY
        + r"[^\n]{0,30}?\b"
        + _HEIGHT
        + r"(?![^\n]{0,40}\b(?:view|bar|restaurant|party|drinks|cocktails|sunset|photo|selfie|"
        r"work|fixing|repair\w*|gutter|aerial|solar)\b)",
    ),
    (
        # Means bought together with what makes them lethal: charcoal and tape, a rope and a beam.
        "gen.means_bought",
        "preparatory",
        "high",
        "plan",
        r"\b(?:bought|ordered|got|picked up|purchased|getting)\b[^.!?\n]{0,30}\b(?:charcoal|"
        r"disposable (?:bbq|barbecue)s?)\b[^\n]{0,40}\b(?:tape|duct|seal\w*|gaffer|towels? under)\b"
        r"|\b(?:tape|duct tape|gaffer)\b[^\n]{0,30}\bcharcoal\b|\b(?:bought|ordered|got|picked up|"
        r"purchased|getting)\b[^.!?\n]{0,30}\b(?:hose|hosepipe|tubing|pipe)\b[^\n]{0,40}\b(?:exhaust|"
        r"tailpipe)\b|\b(?:rope|cord|belt)\b[^.!?\n]{0,40}"
        r"\b(?:strong enough to hold|hold my weight|take my weight|(?:over|round|from) the (?:beam|"
        r"banister|bannister|loft hatch|hook|door))\b",
    ),
    (
        # Someone else's medicine already swallowed: "took my mum's sleeping pills".
        "gen.others_medicine_taken",
        "ideation",
        "imminent",
        "act",
        r"(?<!if someone )(?<!if you )\b(?:i )?(?:just |already )?(?:took|swallowed|downed|taken|"
        r"necked|had)\b (?:a (?:few|load|bunch|handful) of |some of |all of |loads of |a strip of |"
        r"the rest of )?(?:my )?(?:(?:mum|mom|dad|nan|gran|grandma|grandad|grandpa|sister|brother|"
        r"wife|husband|partner|flatmate|roommate|housemate|friend|boyfriend|girlfriend)'s) (?:old |"
        r"spare |leftover |prescription )?(?:pills|tablets|meds|medication|medicine|sleeping (?:pills"
        r"|tablets|tabs)|painkillers|"
        + MEDICINES
        + r")\b(?! (?:to|back|round|over|in|out|for|with|"
        r"from) )",
    ),
    (
        # Self-harm under way now: a blade at the skin, cutting as they write.
        "gen.self_harm_now",
        "self-harm",
        "imminent",
        "act",
        r"\b(?:i'm|im|i am) (?:cutting|burning|hurting) (?:myself |my \w+ )?(?:right )?now\b|\b"
        r"(?:blade|razor|knife)(?:'s| is) (?:on|against|pressed (?:to|against)|at) my (?:skin|"
        r"wrists?|arms?|thighs?|legs?)\b|\b(?:blade|razor|knife)\b[^.!?\n]{0,20}\b(?:on|against|"
        r"to) my (?:skin|wrists?|arms?|thighs?|legs?) (?:right )?now\b",
    ),
    (
        # A rehearsal: a practice run with means or at the place, a test of whether it holds.
        "gen.rehearsal",
        "preparatory",
        "high",
        "plan",
        r"\b(?:practi[sc]e|trial|dry|test) run\b(?=[^\n]{0,60}\b(?:rope|belt|noose|cord|pills|"
        r"tablets|bridge|ledge|roof|chair|knot|jump|tracks|the edge)\b)|\b(?:tested|testing|"
        r"checked|checking) (?:if|whether|that) (?:the )?(?:beam|rope|belt|cord|hook|rail|bar|"
        r"banister|bannister)\b[^.!?\n]{0,25}\b(?:hold|take)\b|\bsee (?:if|whether) (?:it|the \w+) "
        r"(?:would|will|can) (?:hold|take) my weight\b",
    ),
    (
        # A wish to have died or not to have survived: a wish to be dead, moderate.
        "gen.wish_had_died",
        "ideation",
        "moderate",
        "expression",
        r"\bwish (?:i'd|i had|i) (?:died|not survived|never woken up|not woken up|been killed|gone "
        r"with (?:him|her|them))\b|\bshould(?:n't| not) (?:have|'ve) (?:survived|woken up|made it)\b",
    ),
    (
        # Never to have been born, content not to wake, indifferent whether one wakes: passive.
        "gen.wish_unborn",
        "ideation",
        "low",
        "distress",
        r"\bwish (?:i'd|i had|i) (?:never been born|not been born)\b|\bshould(?:n't| not) (?:have|'ve)"
        r" been born\b|\b(?:fine|happy|ok|okay|relieved|glad|at peace|grateful)\b[^.!?\n]{0,12}\bif "
        r"i (?:just )?(?:didn't|did not|never|don't|do not|wouldn't) wake up\b|\b(?:don't|do not|"
        r"dont) (?:really )?care (?:what happens to me|if i (?:wake up|die|don't wake up|live)|"
        r"whether i (?:wake up|die|live))\b",
    ),
    (
        # A coded word read as "suicide" made into a plan: "ctb plan", "sewer slide is the plan".
        "gen.coded_plan",
        "ideation",
        "moderate",
        "expression",
        r"\bsuicide\b[,.:]? (?:plan(?:'s| is)?|it is|it's|is the plan|date)\b(?! (?:prevention|"
        r"awareness|training|helpline|line))|(?<!about )(?<!on )(?<!of )(?<!the )(?<!a )\bsuicide\b"
        r"[,.:]? (?:tonight|tomorrow|next (?:week|month|\w+day)|this (?:week|weekend|\w+day)|on \w+day|"
        r"by (?:\w+day|tonight|tomorrow|the weekend)|after (?:the |my )?(?:exams|finals|results|"
        r"holidays|christmas|wedding|funeral))\b",
    ),
    (
        # Someone would be better off with another person or without me.
        "gen.better_off_other",
        "burdensomeness",
        "moderate",
        "expression",
        r"\b(?:would|'d|will|are|is|be) (?:all )?(?:be )?(?:so much |much |way )?(?:better off|happier"
        r") with (?:someone|somebody|anyone) else\b",
    ),
    (
        "gen.manage_without_me",
        "burdensomeness",
        "low",
        "distress",
        r"\b(?:would|'d|will|could) (?:manage|cope|be|get on|do) (?:just )?(?:fine|ok|okay|better|"
        r"perfectly well)? ?without me\b",
    ),
    (
        # A one-way trip, or no return needed: the journey is the plan.
        "gen.one_way",
        "preparatory",
        "high",
        "plan",
        r"\bone[- ]way (?:ticket|trip|train|bus|journey|flight)\b[^\n]{0,80}\b(?:won't (?:need|be "
        r"needing) (?:a|the) (?:return|ticket back)|(?:not coming back|won't be (?:coming )?back)(?! (?:for|"
        r"until|till|before|in|after)\b)|no return|won't need (?:one|it|a return))\b|\bwon't (?:need|be needing) (?:a|the) return\b|"
        r"\bone[- ]way (?:ticket|trip|train|bus|journey)\b[^\n]{0,40}\b(?:beachy head|golden gate|"
        r"the gap|aokigahara|clifton suspension|humber bridge|niagara|the viaduct|the cliffs)\b",
    ),
    (
        # A named person, a wish to make them suffer or pay, and their routine or place.
        "gen.target_routine",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:make (?:him|her|them|my (?:\w+ ){0,2}\w+) (?:suffer|pay|regret)|get (?:my )?revenge on|get back at"
        r"|deserves? to (?:suffer|pay|die|get hurt|bleed))"
        r"\b[^\n]{0,120}\b(?:every (?:morning|night|day|evening|week|\w+day)|at \d+(?:am|pm)?\b|i "
        r"know (?:that|the|his|her|their|where) ?\w*|(?:his|her|their) (?:routine|schedule|way home|"
        r"route)|(?:alone|on (?:his|her|their) own) (?:at|in|on))",
    ),
    (
        # A cause-of-death question about a story or a friend is still a method question.
        "gen.method_framed",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:hang\w*|drown\w*|overdos\w*|bleed\w* out|suffocat\w*|jump\w* (?:off|from)|poison\w*|"
        r"slit\w*|od(?:'d|ed|s)?)\b[^\n]{0,60}\bhow (?:long|quickly|fast|many|much) (?:would|does|will|"
        r"did|do) (?:it|they|you|she|he)\b[^?.!\n]{0,20}\b(?:take|need|die|last)|\b(?:fastest|quickest|"
        r"strongest|most (?:effective|potent|reliable)|fast[- ]acting)\b[^?.!]{0,20}\b(?:poisons?|"
        r"toxins?)\b|\bwhich (?:trains?|express(?:es)?)\b[^?.!]{0,30}\b(?:don't|do not|dont|doesn't|"
        r"never) stop\b|\b(?:what time|when|how often)\b[^?.!]{0,20}\b(?:fast|express|freight|"
        r"non-?stop|goods) trains?\b[^?.!]{0,30}\b(?:come|comes|pass|passes|go|goes|rush|rushes|"
        r"fly|flies) (?:through|past|by) (?:the|our|my|that) (?:station|crossing|platform|level "
        r"crossing|bridge)\b",
    ),
    (
        # Wine or spirits taken with sleeping tablets or sedatives, night after night.
        "gen.mixing_sedatives",
        "substance",
        "moderate",
        "expression",
        r"\b(?:wine|vodka|gin|whisky|whiskey|drink\w*|alcohol|beers?|booze)\b[^\n]{0,50}(?:\bwith\b|"
        r"\band\b|\bon top of\b|\bplus\b|&)[^\n]{0,20}\b(?:sleeping (?:pills|tabs|tablets)|sleepers|zopiclone|"
        r"zolpidem|diazepam|valium|xanax|benzos|codeine|tramadol|oxy\w*|painkillers)\b",
    ),
    (
        # Affairs put in order so that nobody has to deal with it afterwards.
        "gen.nobody_deal",
        "preparatory",
        "low",
        "distress",
        r"\bso (?:nobody|no one|noone|they|my \w+|the \w+|he|she)(?: has| have|'ll| will|'s| won't|"
        r" don't| doesn't)?(?: got)?(?: to)? (?:deal with|sort out|clean up|worry about|have to deal "
        r"with|be left with)\b(?! (?:a )?(?:tax|the car|the shopping|the post))|\b(?:won't|wouldn't|"
        r"will not) be (?:a )?(?:mess|burden|problem|hassle) for (?:anyone|anybody|them|my \w+)\b|"
        r"\bfor (?:anyone|anybody) (?:else )?to (?:deal with|sort out|clean up)\b|\bpaid off (?:the |"
        r"my |all )?(?:credit cards?|loans?|overdraft|car)\b|\bcleared (?:out )?my (?:room|desk|"
        r"locker|wardrobe|drawers)\b|\b(?:put|sealed|left) (?:it|them|the \w+|what i wrote) in an "
        r"envelope\b",
    ),
]

_GENERALISE_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        # Someone else's searches for a method: a teen's history, a partner's phone.
        "gen.third_searches",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:search(?:es| history)|browser history|browsing history|history has|googled|"
        r"searched|looked up|been looking up|watching videos (?:about|on))\b[^\n]{0,30}\b(?:nooses?|"
        r"how to (?:die|hang|tie a noose|kill (?:yourself|myself|herself|himself))|suicide|"
        r"overdos\w*|ways to die|painless|lethal|tallest (?:bridge|building))\b",
    ),
    (
        # Someone else giving away what they treasure.
        "gen.third_giving_away",
        "preparatory",
        "low",
        "distress",
        r"\b(?:he|she|they|my \w+|and|then|also)\b[^.!?\n]{0,10}\b(?:gave|has given|is giving|"
        r"been giving|gave away|giving away)\b[^.!?\n]{0,30}\b(?:her|his|their) (?:(?:favourite|"
        r"favorite|best|precious|treasured|beloved|prized|old) \w+|cat|dog|pets?|guitar|games|"
        r"console|xbox|ps5|jewel\w+|necklace|ring|records|books|clothes|stuff|things|belongings|"
        r"savings|collection)\b"
        # An elder handing things on to the grandchildren is ordinary.
        r"(?![^.!?\n]{0,40}\bto (?:the |us |her |his |their |my )?(?:grandkids|grandchildren|"
        r"grandsons?|granddaughters?|great[- ]grand\w+)\b)",
    ),
    (
        # Cuts, burns or scratches on a child's or friend's arms, not from a named accident.
        "gen.third_cuts",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:he|she|they|my \w+|\w+'s)\b[^.!?\n]{0,25}\b(?:has|had|got|have|noticed|seen|saw|"
        r"found)\b[^.!?\n]{0,12}\b(?:cuts|scars|burns|scratches|slashes|marks)\b[^.!?\n]{0,15}\b(?:on|"
        r"all over|up|down|across) (?:both |her |his |their |the )?(?:fore)?(?:arms?|wrists?|thighs?|"
        r"legs?|stomach)\b(?![^.!?\n]{0,40}\b(?:from|after) (?:falling|a fall|the (?:bike|fall|match|"
        r"game|brambles|playground|trampoline)|football|rugby|climbing|skating|gardening|surgery))",
    ),
]
