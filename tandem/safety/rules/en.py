"""English screening rules and context modifiers (patterns run on normalised text)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

import re

from tandem.safety.rules import MEDICINES, Kind, Modifiers, Rule, make_rules, words

# -- lexicons -----------------------------------------------------------------------------------

DAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SELF_DEATH = words(
    r"kill(?:ing)? my ?self",
    r"end(?:ing)? (?:it all|it|my life|my own life|things|everything|this)",
    r"tak(?:e|ing) my (?:own )?life",
    r"die",
    r"be dead",
    r"commit suicide",
    r"suicide",
    r"not (?:be )?(?:here|alive|around)(?: anymore)?",
    r"not exist",
    r"stop existing",
    r"hang myself",
    r"overdose",
    # Veiled forms: the same wish said softly.
    r"disappear (?:forever|for good|for ever)",
    r"be gone(?: for good| forever)?",
    r"(?:go to sleep and )?(?:not|never) wake up(?: again)?",
    r"end my own life",
    r"jump (?:off|from|in front of)(?: \w+){0,3}",
    r"throw myself (?:off|from|in front of|under)(?: \w+){0,3}",
)
OTHER_PERSON = words(
    r"she",
    r"he",
    r"they",
    r"(?:my|our|a|this) (?:best )?(?:friend|mate|bestie|sister|brother|son|daughter|girlfriend|"
    r"boyfriend|partner|wife|husband|mum|mom|dad|cousin|roommate|flatmate|housemate|classmate|"
    r"colleague|coworker|student|kid|child|teen|teenager|niece|nephew|uncle|aunt|guy|girl)s?",
)
ABUSER = words(
    r"he",
    r"she",
    r"(?:my|her|his) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|mother|"
    r"stepdad|step-dad|stepfather|stepmum|stepmom|uncle|ex|carer|caregiver|brother|sister|"
    r"boss|coach|grandad|grandpa|(?:mums?|moms?) boyfriend|(?:mum|mom)'s boyfriend|son|daughter|"
    r"grandson|granddaughter|nephew|niece|landlord)",
)
MEANS = words(
    r"pills",
    r"tablets",
    r"meds",
    r"medication",
    r"paracetamol",
    r"tylenol",
    r"insulin",
    r"(?<!skipping )(?<!jump )(?<!climbing )(?<!tow )rope(?! ?(?:swings?|ladders?|course|bridge|lights?))",
    r"noose",
    r"belt",
    r"gun",
    r"rifle",
    r"shotgun",
    r"pistol",
    r"blades?",
    r"razors?",
    r"knife",
    r"fent\w*",
    r"heroin",
    r"bleach",
    r"poison",
    r"charcoal",
    r"painkillers",
    r"sleeping (?:pills|tablets)",
    r"antidepressants",
    r"cord",
    r"ligature",
    MEDICINES,
)
WEAPON = words(
    r"knife",
    r"gun",
    r"rifle",
    r"shotgun",
    r"pistol",
    r"bat",
    r"hammer",
    r"machete",
    r"axe",
    r"blade",
)
# Being up high for an ordinary reason: doing something there (any -ing word but those of the
# act itself: "waiting for my girlfriend", "having a beer", "fixing the gutter") or with
# company ("with my brother"). A means named after "with" is not company ("with the rope").
# Where someone stands to fall: the place rule and the ordinary-stay frame read the same list.
HIGH_PLACES = words(
    "bridge", "roof", "rooftop", "ledge", "cliff", "tracks", "railway", "platform edge", "balcony"
)
_ORDINARY_ACTIVITY = (
    r"[^.!?]{0,25}\b(?:(?!thinking|deciding|saying|crying|sobbing|shaking|shivering|trembling|"
    r"counting|getting|going|gonna|looking (?:down|over)|staring|drinking|praying|holding|writing|"
    r"jumping|falling|ending|dying|killing|hanging|leaping|stepping|climbing|building|timing|"
    r"checking|measuring|planning|calculating|testing|"
    r"waiting (?:for (?:the (?:train|right|courage)|it)|to)|nothing|anything|something|everything|"
    r"thing|king|bring)\w+ing|with (?:my|a|the|some|our) (?!rope|pills|tablets|knife|gun|bottle|"
    # "with my legs over the side" is where the body is, not company or an errand.
    r"blade|belt|cord|legs?|feet|foot|arms?|hands?|body)\w+|for (?:a|the) (?:photo|picnic|party|view|gig|concert|match))\b"
)
_ORDINARY_STAY = r"(?!" + _ORDINARY_ACTIVITY + r")"
QUANTITY = words(
    r"all(?: of)?",
    r"the (?:whole|entire)",
    r"a (?:whole|full)",
    r"handful",
    r"packet",
    r"bottle",
    r"box",
    r"too (?:many|much)",
    r"(?:a )?(?:load|lot|bunch|ton)s? of",
    r"\d{2,}",
    r"(?:like|about|around) \d+",
    r"them all",
    r"enough",
    r"everything",
)

# -- rules: (id, category, level, kind, pattern) ------------------------------------------------

_SELF: list[tuple[str, str, str, Kind, str]] = [
    # Suicidal ideation, current
    (
        "ideation.want_to_die",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:want|wanted|wish|wishing|need|ready) (?:to )?(?:just )?" + SELF_DEATH + r"\b",
    ),
    (
        "ideation.wish_dead",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:i|mi|me) wish (?:i|mi|me) (?:was|were) dead\b",
    ),
    (
        "ideation.suicidal",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:i'm|i am|i feel|feeling|i've been|been)(?: so| really| very| quite| kinda| a bit)?"
        r" suicidal\b|\bsuicidal (?:thoughts|feelings|ideation|urges|again|today|tonight|lately|right now|"
        r"all (?:day|week))\b",
    ),
    (
        "ideation.thinking_about",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:think|thinking|thought|thoughts|imagine|imagining|fantasi[sz]\w*|obsess\w*|plann?ing)"
        r"(?: about| of| a lot about| bout)+ (?:how (?:i'd|i would|i could|to) )?(?:suicide|disappear(?:ing)? (?:for good|forever)|killing myself|ending (?:it all|it|my life|"
        r"things|everything)|taking my (?:own )?life|kill myself|dying|being dead|not being (?:here|"
        r"alive|around)|jumping|hanging myself|overdosing)\b",
    ),
    ("ideation.kill_myself", "ideation", "moderate", "expression", r"\bkill(?:ing)? my ?self\b"),
    (
        "ideation.searching",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:googl\w*|search\w*|looking up|look up|looked up|research\w*|reading about)\b[^.!?]{0,40}\b(?:kill"
        r" (?:yourself|myself)|suicide|ways to die|overdos\w*|how to die|nooses?|how to (?:tie a noose|"
        r"hang|drown|bleed out)|lethal doses?)\b",
    ),
    (
        "ideation.suicide_focus",
        "ideation",
        "moderate",
        "expression",
        r"\bsuicide is all\b|\ball i (?:think|can think) about is (?:suicide|dying|death)\b",
    ),
    (
        "ideation.dont_want_to_live",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:don't|do not|no longer) want to (?:live|be alive|be here|exist|go on|keep going|"
        r"wake up)\b|\bno (?:reason|point) (?:to|in) (?:live|living|being alive|going on|carrying on)"
        r"\b|\bcan't (?:go on|keep living|keep going like this)\b",
    ),
    (
        "ideation.better_off_without_me",
        "ideation",
        "moderate",
        "expression",
        r"\bbetter off (?:dead|without me)\b|\bbe better (?:for everyone )?(?:if i (?:was|were)n't "
        r"(?:here|around|alive)|without me)\b|\bif i (?:just )?(?:wasn't|weren't) (?:here|around|"
        r"alive|in the picture)\b",
    ),
    (
        "ideation.wont_be_around",
        "ideation",
        "moderate",
        "expression",
        r"\bwon't (?:be (?:around|here|a problem)|have to (?:deal with|put up with|listen to|worry "
        r"about|see) me)\b(?: [^.!?]{0,25})?(?:much longer|for long|anymore|soon)?|\bnot (?:going "
        r"to|gonna) be (?:around|here) (?:much longer|for long|soon)\b",
    ),
    (
        "ideation.not_making_it",
        "ideation",
        "moderate",
        "expression",
        r"\bcan't see myself (?:making it|being (?:here|around|alive)|living|getting) (?:to|past|"
        r"much)?",
    ),
    (
        "ideation.tired_of_living",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:tired|sick) of (?:living|being alive|life|existing|being here)\b|\bdone with (?:life|"
        r"living)\b",
    ),
    (
        "ideation.emoji_grave",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:grave|coffin)\b[^.!?]{0,12}\b(?:where i (?:want|wanna|belong)|for me|is calling)\b|"
        r"\bknife\b ?\+ ?me\b|\bme ?= ?(?:grave|coffin)\b",
    ),
    # Passive wishes: low on their own
    (
        "ideation.passive_sleep",
        "ideation",
        "low",
        "distress",
        r"\b(?:just )?(?:not|never) (?:to )?wake up\b|\bsleep (?:forever|and never wake)\b",
    ),
    (
        "ideation.passive_disappear",
        "ideation",
        "low",
        "distress",
        r"\b(?:wish|want|wanna|could)(?: to)? (?:just )?(?:disappear|vanish|cease to exist|fade away)"
        r"\b",
    ),
    (
        "ideation.passive_accident",
        "ideation",
        "low",
        "distress",
        r"\b(?:wish|hope|hoping)\b[^.!?]{0,12}\b(?:bus|car|truck|lorry|train)\b[^.!?]{0,12}\b(?:hit|"
        r"hits|run over|runs over)\b",
    ),
    # Hopelessness and burdensomeness
    (
        "hopelessness.no_future",
        "hopelessness",
        "low",
        "distress",
        r"\b(?:no|don't see (?:a|any)|can't see (?:a|any)) (?:future|way out|point|hope)\b|"
        r"\bwhat'?s (?:even )?the point\b|\bhopeless\b|\bpointless\b|\bnothing (?:ever )?(?:gets "
        r"better|will (?:ever )?change|(?:is )?(?:ever )?going to (?:change|work out|get better|fix "
        r"me))\b|\bgoing through the motions\b|\bcan't remember the last time i (?:looked forward|"
        r"was happy|enjoyed)\b|\bnothing (?:feels like it )?matters\b|\bnot much point\b|\bdone "
        r"with everything\b|\bgive up on (?:everything|life|myself)\b|\b(?:tired|sick) of trying\b"
        r"|\bnothing's ever going to change\b|\bno point (?:in )?(?:trying|anything)\b",
    ),
    (
        "burdensomeness.burden",
        "burdensomeness",
        "low",
        "distress",
        r"\b(?:i'm|i am|feel like|feel|being) (?:such |just |a )*(?:a )?(?:burden|dead weight)\b|"
        r"\bdead weight\b|\b(?:ruining|ruin) (?:their|everyone's|my family's|his|her) li(?:fe|ves)\b"
        r"|\bcarrying me\b|\bhas to cover for me\b|\bbetter off without me\b|\b(?:it's|its) better "
        r"this way\b|\bbetter for everyone\b",
    ),
    # Self-harm
    (
        "self-harm.act",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:cut|cutting|cuts|burn|burning|burnt|burned|scratch|scratching|scratched|hit|hitting|"
        r"punch|punching|punched|hurt|hurting|harm|harming|bang|banging) (?:myself|my (?:arms?|"
        r"wrists?|legs?|thighs?|skin|stomach|head))\b|\bself harm(?:ing|ed)?\b",
    ),
    (
        # Self-harm done again or lately: current, and rarely said in jest, so the classifier's
        # reading of a cheerful message around it ("new job is ok, ... started cutting again")
        # does not overrule it.
        "self-harm.recent",
        "self-harm",
        "moderate",
        "act",
        r"\bcut (?:again|last night|yesterday)\b|\b(?:started|began|been|went back to|back to) "
        r"(?:cutting|burning)(?: myself)?(?: again)?(?= *(?:$|[.,!?;]|and\b|but\b|last\b|this\b|"
        r"yesterday\b|since\b|for\b))|\b(?:cutting|burning) (?:myself )?again\b",
    ),
    (
        "self-harm.urge",
        "self-harm",
        "moderate",
        "expression",
        r"\burges? to (?:cut|self harm|hurt myself|burn|harm)\b|\bwant to (?:cut|hurt myself|burn "
        r"myself)\b",
    ),
    (
        "self-harm.hiding",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:hide|hiding|cover|covering) (?:the |my )?(?:cuts|scars|marks|burns|bruises|arms|"
        r"wrists|thighs|them)\b|\b(?:thighs|arms|wrists) are a mess\b|\bknife\b ?\W{0,3} ?\bblood\b",
    ),
    (
        "self-harm.plan",
        "self-harm",
        "high",
        "plan",
        r"\b(?:hidden|hid|stashed|hiding|got|bought)\b[^.!?]{0,30}\b(?:blades?|razors?)\b[^.!?]{0,60}"
        r"\b(?:use them|tonight|later|when)\b",
    ),
    # Plan, intent, preparation
    (
        "ideation.intent",
        "ideation",
        "high",
        "plan",
        r"\b(?:i'm|i am|i) (?:going to|gonna|will|'ll) (?:do it|kill myself|end it|end my life|take "
        r"my (?:own )?life|jump|take (?:them all|all (?:of )?(?:them|my)|the pills)|overdose|hang "
        r"myself|suicide)\b|\bi'll (?:do it|kill myself|end it|jump)\b|\bi've (?:decided|made up my"
        r" mind|worked it (?:all )?out|planned (?:it|everything|how))\b|\bgoing to (?:suicide|do it"
        r" then|go through with it)\b|\bmy plan is\b|\bgot everything (?:ready|planned|sorted)\b|"
        r"\bi'll do it (?:then|tonight|tomorrow)\b|\b(?:i'm|i am) taking (?:them all|all (?:of )?(?:them|my)"
        r")\b|\bi've decided it's time\b|\b(?:i'll|i will|going to|gonna|planning"
        r" to|plan to|was going to) take (?:them all|all of them|all (?:of )?my (?:pills|tablets|meds)"
        r"|the lot|everything)\b|\btake all my (?:pills|tablets|meds)\b|\b(?:almost|nearly) did it\b|"
        r"\b(?:almost|nearly) (?:killed myself|went through with it)\b",
    ),
    (
        "preparatory.note",
        "preparatory",
        "high",
        "plan",
        r"\b(?:wrote|written|writing|left|leaving|finished) (?:my suicide note|a (?:suicide|goodbye) "
        r"note|goodbye letters?)\b|\bsuicide note\b|\b(?:note|letter)s?\b[^.!?]{0,40}\b(?:(?:it's|"
        r"they're|is|are) under (?:my|the|his|her) pillow|(?<=letter )under (?:my|the) pillow|(?<=letters )under (?:my|the) pillow|(?<=note )under (?:my|the) pillow|where (?:they|she|he|everyone)(?:'ll| will) "
        r"find|for (?:them|her|him|everyone) to find|to (?:read|open) (?:after|when) i'?m gone)",
    ),
    (
        # A note or letters alone are everyday ("my note from the doctor", letters to pen pals):
        # a mild sign that is a plan only with distress in the message or the conversation.
        "preparatory.note_or_letters",
        "preparatory",
        "low",
        "distress",
        r"\b(?:wrote|written|writing|left|leaving|finished) (?:my note|a note|letters? (?:to|for) "
        r"(?:my|everyone|all)|what i (?:needed|wanted) to (?:write|say))\b|\bmy note\b",
    ),
    (
        "preparatory.goodbye",
        "preparatory",
        "high",
        "plan",
        r"\bthis is (?:goodbye|the end(?! of (?!me\b|it all\b|everything\b))|my last message)\b|\bgoodbye (?:everyone|forever|world)\b|"
        r"\bsorry for everything\b|\bthanks? (?:you )?for trying\b|\bremember me\b|\bwon't be "
        r"needing (?:them|it|this|these)\b|\bwon't need (?:any of )?(?:them|it|this|these|that) (?:anymore|where|after)|"
        r"\bwhere i'm going\b|\bwhen i'm gone\b|\bafter i'm gone\b|\barranged for\b[^.!?]{0,40}\bto "
        r"(?:take|look after|have) (?:the|my) (?:cat|dog|pets?|kids|children)\b|\bwhoever (?:has to deal|finds)"
        r"\b|\bso (?:my \w+|they|everyone) knows? where everything is\b|\b(?:tonight|today)'s the "
        r"(?:night|day)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s the day\b",
    ),
    (
        "preparatory.rehearsal",
        "preparatory",
        "high",
        "plan",
        r"\bpractis\w* the knot\b|\bpractic\w* (?:tying|the knot|hanging)\b|\bpicked (?:the|a) "
        r"(?:spot|place|day|date)\b|\b(?:go|went|been going) (?:up )?there (?:every day )?(?:just )?"
        r"to look\b|\bstanding at the (?:top|edge) of\b[^.!?]{0,60}\b(?:looking down|thinking about"
        r" it)\b|\bresearch\w* (?:ways|methods|how) to (?:die|kill myself|end it)\b",
    ),
    (
        "preparatory.giving_away",
        "preparatory",
        "low",
        "distress",
        r"\b(?:gave|giving|given|give|left) (?:away )?(?:my|all my|him my|her my)\b[^.!?]{0,30}\b"
        r"(?:dog|cat|pet|guitar|ps5|ps4|xbox|switch|bike|necklace|ring|hoodie|jewel\w*|watch|car|"
        r"collection|records|books|camera)s?\b|\bdeleted (?:all )?(?:my )?(?:socials|accounts|"
        r"instagram|tiktok|social media)\b|\b(?:updated|sorted|wrote) (?:my )?(?:will|life "
        r"insurance)\b|\bpaid off (?:all )?my (?:bills|debts)\b|\bwant everything tidy\b|\bsorted "
        r"(?:out )?the paperwork\b",
    ),
    # Means at hand with a timeline, suicide by a stated method
    (
        "ideation.means_ready",
        "ideation",
        "high",
        "plan",
        r"\b(?:rope(?! ?(?:swings?|ladders?|course|bridge|lights?))|noose|belt)\b[^.!?]{0,20}\b(?:is |are )?(?:set up|tied|ready|up)\b|\b(?:pills|"
        r"tablets)\b[^.!?]{0,20}\b(?:are|is) (?:in|under|ready)\b[^.!?]{0,40}\b(?:time|decided|"
        r"tonight|enough)\b|\benough \w+ to not wake up\b",
    ),
    # Acts in progress or already done
    (
        "ideation.overdose_taken",
        "ideation",
        "imminent",
        "act",
        r"(?<!if someone )(?<!if someone's )(?<!if somebody's )(?<!if someone has )(?<!if they've )(?<!if a patient's )(?<!if somebody )(?<!if anyone )(?<!if you )(?<!if a child )(?<!if a kid )(?<!if my kid )(?<!if a person )\b(?:i )?(?:just |already |have |i've )?(?:took|taken|swallowed|downed|taking|swallowing|"
        r"popped)\b(?: them| it)?[^.!?]{0,12}\b" + QUANTITY + r"\b[^.!?]{0,40}\b(?:pills|tablets|"
        r"meds|paracetamol|tylenol|antidepressants|them|sleeping pills|packet|bottle|of (?:my|her|"
        r"his)|insulin|mg|"
        + MEDICINES
        + r")\b|\b(?:i )?(?:just |already )?(?:took|swallowed|taken) them\b|\btaking "
        r"the pills now\b|\btook pills(?: pills)+\b|\bi just took\b|\binjected (?:all|the whole|the "
        r"rest) (?:of )?(?:my |the )?(?:insulin|pen|vials?)\b",
    ),
    (
        "medical.drank_poison",
        "medical",
        "imminent",
        "act",
        r"\b(?:drank|swallowed|drunk) (?:the |some |a bottle of )?(?:bleach|antifreeze|poison|weed "
        r"killer|rat poison)\b|\b(?:ate|eaten|had|swallowed|took) (?:some )?(?:rat poison|weed ?killer|"
        r"antifreeze|bleach|poison|pesticide|slug pellets)\b",
    ),
    (
        "ideation.at_the_edge",
        "ideation",
        "high",
        "plan",
        r"\b(?:i'm|i am|standing|sitting|up|here) (?:on|at) (?:the |a |this |top of the )?(?:"
        + HIGH_PLACES
        + r"|edge(?! of my seat))\b"
        + _ORDINARY_STAY,
    ),
    (
        "ideation.car_in_garage",
        "ideation",
        "imminent",
        "act",
        r"\b(?:car|engine)(?:'s| is)? running in the (?:closed )?garage\b",
    ),
    (
        "ideation.means_in_hand",
        "ideation",
        "imminent",
        "act",
        r"\b(?:knife|blade|gun|pills|rope|razor)\b[^.!?]{0,15}\bin my hand\b|\bin my hand\b[^.!?]"
        r"{0,15}\b(?:knife|blade|gun|pills|rope|razor)\b|\b(?:pills|tablets)\b[^.!?]{0,20}\b(?:lined "
        r"up|in front of me|counted out|laid out)\b(?![^.!?]{0,40}\b(?:organi[sz]er|dosette|pill ?box|"
        r"blister|for the week|weekly|each day|every (?:morning|day|night)))|\bcounting (?:them|the pills)\b|\b(?:bottle|pot|"
        r"packet|box|jar)\b[^.!?]{0,20}\b(?:open )?in my hand\b",
    ),
    # Medical emergencies
    (
        "medical.cardiac",
        "medical",
        "imminent",
        "act",
        r"\bchest\b[^.!?]{0,40}\b(?:tight|pain|hurts|crushing)\b[^.!?]{0,80}\b(?:arm|numb|sweat\w*|"
        r"breathe|jaw)\b|\b(?:left )?arm(?:'s| has| is)? (?:gone |going )?numb\b|\bcan't breathe\b(?! when)(?! ?(?:lol|haha))",
    ),
    (
        "medical.bleeding",
        "medical",
        "imminent",
        "act",
        r"\bbleeding (?:heavily|a lot|badly|everywhere)\b|\bwon't stop bleeding\b|\bcan't stop the "
        r"bleeding\b",
    ),
    (
        "medical.toxic",
        "medical",
        "imminent",
        "act",
        r"(?<!if someone )(?<!if someone's )(?<!if somebody's )(?<!if someone has )(?<!if they've )(?<!if a patient's )(?<!if somebody )(?<!if anyone )(?<!if you )(?<!if a child )(?<!if a kid )(?<!if my kid )(?<!if a person )\b(?:took|taken|had|done) (?:way )?too (?:much|many)\b|\bcan't move my body\b|\bheart(?:'s| is) (?:going crazy|racing like)\b[^.!?]"
        r"{0,40}\b(?:shaking|took|pills|drugs)\b|\bcan't feel my (?:legs|arms|face)\b|\bmixed\b"
        r"[^.!?]{0,30}\b(?:with|and)\b[^.!?]{0,20}\b(?:vodka|alcohol|wine|beer|xanax|pills)\b[^.!?]"
        r"{0,40}\b(?:can't|spinning|passing out|numb)",
    ),
    (
        "medical.double_dose",
        "medical",
        "low",
        "distress",
        r"\b(?:accidentally|by mistake) (?:took|taken|had) (?:my \w+ )?(?:meds|pills|medication|dose)"
        r"\b[^.!?]{0,20}\b(?:twice|double|two)\b|\bdouble dos(?:e|ed)\b",
    ),
    # Eating
    (
        "eating.restriction",
        "eating",
        "moderate",
        "expression",
        r"\bstarv(?:e|ing) myself\b|\bhide (?:not eating|that i'm not eating|my eating)\b|\b(?:take"
        r"|taking|took|use|using) laxatives\b|\bmake myself (?:sick|throw up|vomit)\b|\bpurg(?:e|ing)\b(?! (?:my|the|our|your|his|her|their|all|some|old|out|through) (?!dinner|lunch|breakfast|food|meals?|tea|stomach|supper))|\b(?:only|just|like|about|under) [1-8]\d{2} ?(?:cals|calories|kcal)\b|\blost \d+ ?"
        r"(?:kg|kgs|kilos|lbs|pounds|stone)\b[^.!?]{0,60}\b(?:dizzy|faint\w*|freezing|weeks)\b|"
        r"\bgoal weight\b",
    ),
    (
        "eating.body_image",
        "eating",
        "low",
        "distress",
        r"\bhate my body\b|\bpinch(?:ing)? my (?:stomach|fat|thighs)\b|\b(?:count|counting|weigh|"
        r"weighing) (?:every|all|everything)\w*\b[^.!?]{0,20}\b(?:eat|calorie)\w*|\bfeel (?:so )?fat"
        r"\b|\bskipp(?:ed|ing) (?:meals|dinner|lunch|breakfast) (?:again|every)\b",
    ),
    # Substance use
    (
        "substance.harmful",
        "substance",
        "moderate",
        "expression",
        r"\brelapsed\b(?! on (?!(?:the |a )?(?:alcohol|drink\w*|booze|heroin|coke|cocaine|crack|meth|pills|"
        r"weed|ketamine|gambling|opioids|benzos|self harm|cutting|purging|drugs|vodka|wine|beer|spice)\b))|\busing (?:every day|daily|again)\b|\bcan't (?:go|get through) a day without"
        r"\b|\bblack(?:ed)? ?out\b|\bcan't remember getting home\b|\bdriv(?:e|ing) (?:home )?(?:after"
        r" \d+|drunk|after (?:five|six|a few) pints)|\bdrinking is the only thing\b|\bdrink(?:ing)? "
        r"to (?:cope|forget|numb|shut)\b",
    ),
    (
        "substance.coping",
        "substance",
        "low",
        "distress",
        r"\b(?:smoking|smoke|vaping) (?:weed|a joint|joints) every (?:night|day)\b|\bevery night to "
        r"(?:get to )?sleep\b|\bdrink(?:ing)? every night\b",
    ),
    # Psychosis and mania
    (
        "psychosis.voices",
        "psychosis",
        "moderate",
        "expression",
        r"\bvoices?\b[^.!?]{0,30}\b(?:telling|tell|told|say|saying|ordering|command\w*)\b(?: me)?|"
        r"\bi (?:can )?hear (?:a |the )?voices?\b|\bhear a voice\b",
    ),
    (
        "psychosis.voices_harm",
        "psychosis",
        "high",
        "plan",
        r"\bvoices?\b[^.!?]{0,40}\b(?:telling|tell|told|ordering|want|say)\w* me to (?:jump|kill|die"
        r"|hurt|cut|do it|end)\b|\b(?:they|voices) said i have to do it\b",
    ),
    (
        "psychosis.persecution",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:cameras?|microphones?|chips?|bugs?|implants?|trackers?) in (?:my|the) (?:walls?|head|"
        r"teeth|room|house|brain|phone|sockets?)\b|\b(?:poisoning|poisoned) (?:my|the) (?:food|"
        r"water|drinks?)\b|\b(?:being|i'm|am) (?:watched|followed|monitored|tracked)\b|\bsignal"
        r"(?:s|ling|ing)? to me\b|\bsent to (?:kill|watch|spy on|get|follow) me\b|\bis an impost[oe]"
        r"r\b|\breading my (?:mind|thoughts)\b|\bputting thoughts in my head\b",
    ),
    (
        "mania.grandiose",
        "mania",
        "moderate",
        "expression",
        r"\b(?:haven't|havent|not|no|without) slept (?:since|in|for) (?:\w+ )?(?:days|nights|"
        + DAYS
        + r"|\d+|two|three|four|five)\b|\bno sleep needed\b|\bdon't (?:even )?need (?:to )?sleep\b|"
        r"\bsecret (?:of|to) the universe\b|\b(?:i'm|i am) (?:invincible|chosen|the chosen one|a "
        r"prophet|god|meant to (?:lead|save))\b|\bi'm meant to\b|\bnothing can (?:touch|hurt|stop) "
        r"me\b|\bi'm protected\b|\bspent (?:all )?(?:my|our) (?:savings|wedding|rent)\b|\btook out \w+"
        r" loans?\b|\bstopped (?:taking )?my (?:lithium|meds|medication|antipsychotics?)\b|\bquit my "
        r"job\b[^.!?]{0,60}\b(?:startup|flight|idea)",
    ),
    (
        "mania.danger",
        "mania",
        "high",
        "plan",
        r"\bdrive\b[^.!?]{0,20}\bat \d{3}\b|\b(?:walk|run|drive) (?:across|along|down|onto) the "
        r"(?:motorway|highway|freeway)\b|\bto prove nothing can\b",
    ),
    (
        "mania.danger_now",
        "mania",
        "imminent",
        "act",
        r"\b(?:i'm|i am) (?:walking|standing|running) (?:on|across|along|down) the (?:motorway|highway"
        r"|freeway)\b",
    ),
    (
        "mania.hypomanic",
        "mania",
        "low",
        "distress",
        r"\bthoughts (?:are )?(?:going )?(?:really |so )?(?:fast|racing)\b|\btalking (?:super |"
        r"really |so )?fast\b|\btalking over everyone\b|\b(?:need|needed|slept|on) (?:like |only )?"
        r"\d+ ?(?:hrs|hours)\b[^.!?]{0,40}\b(?:fresh|great|amazing|energy|buzzing|fine)\b|\bcould "
        r"do anything\b|\bcan't stop talking\b|\bat 3am\b[^.!?]{0,20}\blol\b",
    ),
    # OCD and trauma
    (
        "ocd.intrusive",
        "ocd",
        "low",
        "distress",
        r"\b(?:intrusive|horrible|awful|scary|terrible|disturbing) thoughts?\b|\bthoughts? (?:about|"
        r"of|that i (?:might|could|will|would)) (?:hurt|harm|push|stab|kill|strangl|drown)\w*|\b(?:washed"
        r"|wash|washing) my hands (?:till|until|so much)\b|\b(?:checked|checking|check) (?:the \w+ )?"
        r"\d+ times\b|\bto make sure i (?:didn't|haven't|don't)\b|\bpicking (?:at )?my skin\b|\bpulling "
        r"(?:out )?my hair\b",
    ),
    (
        "trauma.reexperiencing",
        "trauma",
        "low",
        "distress",
        r"\bnightmares?\b|\bflashbacks?\b|\banniversary of (?:the|my) (?:assault|attack|accident|"
        r"rape|crash)\b|\b(?:back in|reliving|relive)\b[^.!?]{0,40}\b(?:when|night|bomb|attack)\b|"
        r"\bfeel(?:ing)? like i'm back\b",
    ),
]

_METHOD: list[tuple[str, str, str, Kind, str]] = [
    (
        "method.quantity",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:many|much)\b[^?.!]{0,70}\b(?:to (?:die|kill|overdose|od|not wake up|be fatal|be "
        r"lethal|end it|never wake)|(?:is|are|would be) (?:lethal|fatal|deadly|enough to (?:die|kill"
        r"))|kill (?:someone|a person|you|me|myself|an adult)|would it take|would be too (?:many|"
        r"much)|(?:for|to) (?:a|an) (?:\w+ )?(?:person|adult) (?:to die|not to wake))",
    ),
    (
        "method.lethal_dose",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:lethal|fatal|deadly|killing|toxic) (?:dose|amount|quantity|level|combination)\b|\b"
        r"(?:dose|amount) (?:that|which|needed to|to) (?:kill|be fatal|die)\b|\bhow (?:many|much)\b"
        r"[^?.!]{0,40}\bis (?:lethal|fatal|deadly)\b",
    ),
    (
        "method.way_to_die",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:painless|easiest|quickest|fastest|best|most reliable|surest|simplest|peaceful|"
        r"quietest|cleanest)\b[^?.!]{0,20}\bways? (?:to (?:die|go|kill(?! (?:off|the|a|an|some|mould|mold|"
        r"weeds|time|germs|bacteria|bugs|ants|flies|it)\b)|end (?:it|my life|things)|suicide|commit "
        r"suicide|do it))\b|\bways? to (?:kill "
        r"(?:myself|yourself)|commit suicide|end my life|die)\b[^?.!]{0,30}\b(?:without|painless|"
        r"quick|hurting)\b|\bwithout it hurting\b",
    ),
    (
        "method.height",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:high|tall|far)\b[^?.!]{0,50}\b(?:fatal|lethal|die|deadly|survive|kill)\b|\b(?:fall"
        r"|jump|jumping|falling) (?:from|off) (?:the |a )?(?:\d+\w* floor|bridge|building|roof|cliff|"
        r"\w+ (?:bridge|building|tower))\b[^?.!]{0,40}\b(?:fatal|surviv\w*|die|kill)|\b(?:tallest|"
        r"highest)\b[^?.!]{0,25}\b(?:bridges?|buildings?|cliffs?|car parks?|towers?|rooftops?)\b",
    ),
    (
        "method.cutting",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:deep|hard|long)\b[^?.!]{0,40}\b(?:cut|slit|slash)\w*\b[^?.!]{0,40}\b(?:fatal|die|"
        r"bleed out|kill|lethal)\b|\bwhere (?:to|do you|should i|do i|does one) cut\b",
    ),
    (
        "method.poison",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:chemicals?|gas(?:es)?|poisons?|substances?|pills?|drugs?|medications?|medicines?)\b"
        r"[^?.!]{0,50}\b(?:deadliest|most deadly|most lethal|kill you|be fatal|are lethal|overdose "
        r"on)\b|\b(?:deadliest|most lethal|most dangerous)\b[^?.!]{0,40}\b(?:chemicals?|pills?|drugs?"
        r"|medications?|poisons?|gas(?:es)?)\b",
    ),
    (
        "method.process",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow long (?:does it|would it|will it) take to (?:die|drown|bleed out|suffocate|pass out|"
        r"hang)\b|\b(?:hanging|drowning|overdosing|jumping|bleeding out|suffocating)\b[^?.!]{0,20}\b"
        r"(?:painless|hurt|quick|feel like)\b|\bwhat (?:happens|would happen) if (?:i|you|someone) "
        r"(?:took|take|swallow\w*|drank|drink) (?:all|a whole|the whole|an entire|\d{2,}|every)|(?:not "
        r"wake up|die|end it|kill (?:myself|themselves|yourself))\b[^?]{0,40}\bwhat (?:would|should|"
        r"could|do) \w+ (?:use|take)\b|\bwhat (?:would|should|could|do) \w+ (?:use|take) to (?:not "
        r"wake up|die|end it)\b|\b(?:can|does|would) mixing\b[^?.!]{0,50}\bkill\b",
    ),
]

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

# Signs read from situations rather than from the word "suicide": a question about where or how
# high, an act told in passing, a goodbye dressed as thanks, someone found hurt. Each pattern is a
# class of wording (a place noun x a certainty word, a cut x a severity word), not a sentence.
_PLACES = words(
    r"bridges?",
    r"buildings?",
    r"cliffs?",
    r"car parks?",
    r"parking (?:garage|structure)s?",
    r"towers?",
    r"rooftops?",
    r"roofs?",
    r"floors?",
    r"storeys?",
    r"stories",
    r"tracks",
    r"train lines?",
    r"dams?",
    r"overpass(?:es)?",
    r"balcon(?:y|ies)",
)
_SEVERE_BLEEDING = (
    r"(?:deep(?:er)?|a lot of blood|lots of blood|so much blood|blood everywhere|won't stop|"
    r"can't stop|spurting|gushing|pouring|pumping|squirting|through the towel|to the bone|"
    r"something important|an artery|see (?:the )?(?:fat|tendon|bone))"
)
_UNRESPONSIVE = (
    r"(?:won't (?:wake|answer|respond|move)|can't wake (?:him|her|them)|not (?:waking|breathing|"
    r"responding|moving|answering)|unresponsive|unconscious|twitching|fitting|having a fit|"
    r"seizing|turning blue|lips (?:are )?blue|foaming|barely (?:breathing|talking|conscious))"
)

_SIGNS: list[tuple[str, str, str, Kind, str]] = [
    (
        # Messages left for afterwards: a video, a post or a letter for when they are gone.
        "preparatory.for_afterwards",
        "preparatory",
        "high",
        "plan",
        r"\bfor (?:them|her|him|my \w+) to (?:watch|read|find|see|hear) (?:afterwards|after i'm gone|"
        r"when i'm gone)\b|\b(?:post|letter|video|message|email|note)s?\b[^.!?]{0,40}\bthat "
        r"explains? (?:everything|it all)(?= *(?:$|[.,!?;]))|\bscheduled (?:an? |the |my )?(?:email|post|message|text|"
        r"video)s?\b[^.!?]{0,40}\b(?:explains everything|after i'm gone|when i'm gone|goodbye)\b|"
        r"\binstructions for my (?:funeral|burial|cremation)\b",
    ),
    (
        # Nearly done, or past the barrier now.
        "ideation.nearly_did",
        "ideation",
        "high",
        "plan",
        r"\b(?:nearly|almost) (?:went over|jumped(?! out of)|stepped off|did it|went through with it|"
        r"ended it)\b",
    ),
    (
        "ideation.past_the_barrier",
        "ideation",
        "imminent",
        "act",
        r"\b(?:on the (?:other|wrong) side of|climbed over|climbing over|stepped over) the (?:railings?|"
        r"parapet|guard ?rail|safety barrier)\b",
    ),
    (
        # Means named and turned on oneself: "using it on myself", "turn the gun on myself".
        "ideation.on_myself",
        "ideation",
        "high",
        "plan",
        r"\b(?:use|using|turn|turning|point|pointing) (?:it|them|the (?:gun|rifle|shotgun|knife|"
        r"blade|pills|rope)|my (?:gun|rifle|shotgun)) on myself\b",
    ),
    (
        "method.place_certainty",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:which|what)\b[^?.!]{0,40}\b" + _PLACES + r"\b[^?.!]{0,50}\b(?:most (?:suicides|"
        r"jumpers|deaths)|people (?:jump|die|kill themselves)|(?:be )?(?:certain|sure|guaranteed|"
        r"instant|enough to die|no one survives|nobody survives))\b|\bmost (?:suicides|jumpers)\b|"
        r"\b(?:highest|biggest|max(?:imum)?) survivable (?:fall|height|drop|jump)\b|\bhow many "
        r"(?:floors|storeys|stories)\b[^?.!]{0,40}\b(?:die|fatal|certain|sure|kill|survive)\b",
    ),
    (
        "method.go_painlessly",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:best|easiest|quickest|only|a) way to go\b(?! (?:to|about|from|there|home|back|out|"
        r"for))|\b(?:way|how) to go (?:painless\w*|peaceful\w*|quick\w*|in (?:my|your) sleep|without"
        r" (?:pain|it hurting|feeling))\b|\bhow long (?:does|would|will) it take (?:someone|a "
        r"person|somebody|you|me|a body) to (?:die|drown|bleed out|suffocate|pass out)\b|\bhow to "
        r"(?:bleed out|drown myself|stop my heart)\b|\b(?:are|is) (?:deadly|lethal|fatal) if (?:you|"
        r"i|someone) (?:drink|swallow|take|eat)\w*\b|\bstop (?:my|your|a|someone's|the) heart\b",
    ),
    (
        "ideation.did_it_pills",
        "ideation",
        "imminent",
        "act",
        r"\b(?:i )?(?:did|done) it\b[^\n]{0,30}\b(?:took|swallowed|taken|downed)\b[^.!?]{0,30}\b"
        r"(?:pills|tablets|meds|them|it all|everything)\b|\b(?:took|swallowed|taken|downed)\b[^.!?]"
        r"{0,30}\b(?:pills|tablets|meds)\b[^\n]{0,60}\b(?:goodbye|thank you for (?:everything|"
        r"listening|trying)|sorry for everything|it's done|did it)\b|\btook all (?:of )?my \w+ (?:about |"
        r"like |around )?(?:an? |\d+ |half an )?(?:hour|hours|minutes?|mins?) ago\b",
    ),
    (
        "self-harm.severe_bleeding",
        "medical",
        "imminent",
        "act",
        r"\b(?:cut|slit|sliced|slashed|opened)\b[^.!?]{0,30}\b(?:wrists?|arms?|throat|myself|my leg|"
        r"thigh|vein)\b[^\n]{0,60}\b" + _SEVERE_BLEEDING + r"|\b(?:bleeding|blood)\b[^.!?]{0,30}\b"
        r"(?:won't stop|isn't stopping|keeps coming|through the towel|spurting|gushing|pumping|"
        r"squirting)\b",
    ),
    (
        "medical.collapse",
        "medical",
        "imminent",
        "act",
        r"\bi(?:'ve| have| just| think i| think i just)? (?:had|just had|am having|'m having) (?:what "
        r"(?:felt|feels) like |what i think was )?an? (?:seizure|fit|convulsion)\b|\b(?:collapsed|fainted|blacked out|passed out)\b[^.!?]{0,30}"
        r"\b(?:can't get up|can't stand|can't move|and hit my head)\b|\bpassed out for a (?:second|"
        r"moment|bit)\b|\b(?:i think )?i (?:passed|blacked) out\b[^.!?]{0,30}\b(?:neck|throat|choked"
        r"|strangled)|\b(?:neck|throat|choked|strangled)\b[^\n]{0,60}\b(?:passed|blacked) out\b",
    ),
    (
        "preparatory.last_words",
        "preparatory",
        "high",
        "plan",
        r"\b(?:this is|that was|it's) (?:my|the) last (?:message|text|time (?:i'll|you'll|we'll))\b|"
        r"\btell (?:my|her|him|them|everyone)\b[^.!?]{0,30}\b(?:it (?:wasn't|was not|isn't|is not)"
        r" (?:their|her|his|your|anyone's) fault|i (?:loved|love) (?:them|her|him))\b[^.!?]{0,30}"
        r"$|\bit (?:wasn't|isn't) (?:your|her|his|their) fault\b[^.!?]{0,20}\b(?:goodbye|bye|i'm "
        r"sorry)\b",
    ),
    (
        "preparatory.loose_ends",
        "preparatory",
        "low",
        "distress",
        r"\btie (?:up )?(?:all )?(?:the |my )?loose ends\b|\btying up loose ends\b|\b(?:get|getting|"
        r"got|put|putting) my affairs in order\b|\bsaid (?:bye|goodbye|my goodbyes) to\b|\b(?:wrote|"
        r"finished|left) (?:the|a) letter (?:for|to) my \w+\b|\b(?:bank (?:stuff|details|cards?)|"
        r"passwords?|pin numbers?|insurance (?:papers|documents))\b[^.!?]{0,40}\b(?:envelope|on the"
        r" table|where (?:she|he|they)(?:'ll| will) find|so it's easy for)\b|\brehom(?:ed|ing) my "
        r"(?:cat|dog|pets?)\b|\bcancell?ed (?:all )?my (?:subscriptions|appointments|plans)\b",
    ),
    (
        "preparatory.site_visits",
        "preparatory",
        "high",
        "plan",
        r"\b(?:visiting|visited|been going to|went (?:back )?to|keep going to|walk(?:ed|ing)? to) "
        r"the (?:\w+ )?(?:bridge|cliffs?|tracks|train bridge|car park|overpass|viaduct|station|dam)"
        r"\b[^.!?]{0,40}\b(?:to look|just to look|every (?:day|night|evening|morning)|to see how "
        r"high|to check)\b",
    ),
    (
        "harm-to-others.list",
        "harm-to-others",
        "moderate",
        "expression",
        r"\b(?:a|my) list of (?:people|names|who|everyone)\b[^.!?]{0,40}\b(?:deserves?|pay|get "
        r"what|going to get|regret)\b|\b(?:they|he|she|everyone) (?:all )?deserves? (?:to die|it|"
        r"what's coming)\b",
    ),
    (
        "harm-to-others.lie_in_wait",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:wait|waiting|be waiting) for (?:him|her|them|\w+) with (?:a|the|my) "
        + WEAPON
        + r"\b|\bi know where (?:he|she|they) (?:parks?|lives?|works?)\b[^\n]{0,60}\b"
        + WEAPON
        + r"\b",
    ),
    (
        "harm-to-others.child_hurt",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:shook|shaken|hit|smacked|threw|dropped on purpose) (?:my |the |our )?(?:baby|newborn|"
        r"infant|toddler)\b[^.!?]{0,30}\b(?:hard|too hard|so hard|because|to make)\b",
    ),
    (
        "psychosis.messages_for_me",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:messages?|signs?|codes?|signals?) (?:meant|sent|intended|just) for me\b|\b(?:talking|"
        r"speaking) (?:directly )?to me\b[^.!?]{0,30}\b(?:through|in code|in the|on the)\b|\b(?:is|"
        r"are|they're|it's) (?:listening|watching|spying)(?: to me| on me)? through (?:it|my|the)\b|\b(?:saying|says|said) "
        r"my name (?:in between|between|in) (?:songs|the ads|adverts)\b|\bcracked the code of\b",
    ),
    (
        "mania.abandon",
        "mania",
        "high",
        "plan",
        r"\b(?:leaving|leave|left) (?:my |the )?(?:kids|children|baby|son|daughter) (?:with nobody|"
        r"alone|home alone|on their own|with no one)\b[^\n]{0,80}\b(?:flight|booked|don't need "
        r"sleep|invincible|mission|destiny)|\b(?:booked|bought) (?:flights?|tickets?) to \d+ "
        r"(?:countries|cities)\b",
    ),
    (
        "ideation.emoji_self",
        "ideation",
        "moderate",
        "expression",
        r"^\W*(?:(?:gun|knife|grave|coffin|rope|pills|blood)\W*)+(?:me|for me|myself|me next)\b"
        r"(?: soon| tonight| today| lol)?\W*$|^\W*me\W*(?:(?:gun|knife|grave|coffin|rope)\W*)+$",
    ),
    (
        "ideation.unnoticed_if_gone",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:nobody|no one|no1|noone) would (?:even )?(?:notice|care|miss me|be sad)\b[^.!?]{0,20}"
        r"\bif i (?:was|were|'m|am) (?:gone|dead|not here|not around)\b|\b(?:nobody|no one|no1|"
        r"noone) would (?:even )?miss me\b|\bsuicide (?:thoughts|urges)\b",
    ),
    (
        "eating.purging_hidden",
        "eating",
        "moderate",
        "expression",
        r"\b(?:threw up|throw(?:ing)? up|vomit\w*|made myself sick|sick on purpose)\b[^.!?]{0,25}\b"
        r"after (?:dinner|eating|meals?|lunch|breakfast|tea|i ate|every)\b[^\n]{0,60}\b(?:again|"
        r"nobody knows|no one knows|every (?:day|night|time)|\w+ time this week)\b|\b(?:only|just) "
        r"(?:had )?(?:black )?(?:coffee|water|diet coke|gum)\b[^\n]{0,60}\b(?:fat|huge|weight|"
        r"thin enough|disgusting)\b",
    ),
    (
        "self-harm.head_banging",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:hit|hitting|bang\w*|smash\w*|slam\w*) my head (?:against|on|into) (?:the |a )?"
        r"(?:wall|floor|door|desk|mirror)\b",
    ),
    (
        # Done, and for what it does ("till i saw stars", "it helps"): an act, not a figure of
        # speech about frustration, so the classifier does not overrule it.
        "self-harm.head_banging_done",
        "self-harm",
        "moderate",
        "act",
        r"\b(?:hit|bang\w*|smash\w*|slam\w*) my head (?:against|on|into) (?:the |a )?(?:wall|floor|"
        r"door|desk|mirror)\b[^.!?]{0,40}\b(?:until|till|til)\b[^.!?]{0,20}\b(?:saw stars|it (?:went|"
        r"bled|hurt)|i (?:felt|could)|dizzy|fuzzy)|\b(?:hit|bang\w*|smash\w*) my head\b[^\n]{0,60}\b"
        r"(?:only thing that helps|it helped|it helps|helped for a bit)\b",
    ),
    (
        "signs.method_extra",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:no|without an?) antidote\b|\b(?:exit|suicide) bag\b|\b(?:helium|nitrogen) hood\b|\b"
        r"(?:most common|main|usual|quickest|fastest|surest|most effective) (?:method|way|means) "
        r"(?:of|for) (?:suicide|killing (?:yourself|myself)|ending it)\b|\b(?:carbon monoxide|exhaust"
        r" fumes|car fumes|charcoal (?:burning|bbq)|helium|nitrogen)\b[^?.!]{0,50}\b(?:still work|"
        r"work|how long|painless|kill)\w*|\b(?:assisted dying|euthanasia|assisted suicide)\b[^?.!]"
        r"{0,60}\b(?:which|what) (?:drugs|meds|medication|pills)\b|\bwhat (?:happens|would happen) "
        r"to (?:your|my|a|the) body if (?:you|i|someone) (?:took|take|swallow\w*|drank|drink)\b",
    ),
    (
        "signs.how_easy",
        "ideation",
        "moderate",
        "expression",
        r"\bhow easy it (?:would be|'d be|is) to (?:just )?(?:swerve|drive|step|jump|fall|crash|end "
        r"it|let go|walk into|not come back)\b|\b(?:doing|do) (?:them|everyone|my family) a favou?r "
        r"(?:if|when) i (?:died|'m dead|was dead|was gone)\b|\bsuicide (?:has been|is|keeps) (?:on my"
        r" mind|in my head)\b",
    ),
    (
        "signs.calm_goodbyes",
        "preparatory",
        "low",
        "distress",
        r"\btold (?:everyone|all of them|them all|my \w+) (?:that )?i love (?:them|you|her|him)\b|\b"
        r"cancell?ed (?:the |my )?(?:gym|phone contract|contract|subscriptions?|lease|tenancy|"
        r"insurance)\b|\b(?:weirdly|strangely|oddly|finally) (?:peaceful|calm|at peace)\b|\bwhat "
        r"(?:i'll|they'll) find me in\b",
    ),
    (
        "signs.eating",
        "eating",
        "moderate",
        "expression",
        r"\b(?:goes|going|runs|disappears|goes straight) to the (?:bathroom|toilet|loo) (?:straight "
        r"|right )?after (?:meals|eating|dinner|every meal|lunch)\b|\b(?:ignore|ignoring|suppress\w*|"
        r"trick) (?:my |the )?hunger\b|\bnothing but (?:black )?(?:coffee|water|diet \w+)\b",
    ),
    (
        "signs.psychosis",
        "psychosis",
        "moderate",
        "expression",
        r"\bspying on (?:him|her|me|them|us) through\b|\b(?:chip|tracker|device) in (?:my|his|her) "
        r"(?:tooth|teeth|ear|arm|neck|head|filling)\b",
    ),
    (
        "signs.arson",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:going to|gonna|i'll|i will|about to) (?:burn|torch|set fire to) (?:down )?(?:his|her|"
        r"their|my ex's|the \w+'s) (?:house|flat|apartment|car|place|shop)\b",
    ),
    (
        "signs.more_methods",
        "method-seeking",
        "moderate",
        "method",
        r"\bld ?50\b|\b(?:what|which) (?:amount|dose|quantity|number)\b[^?.!]{0,50}\b(?:kill|fatal|"
        r"lethal|die|not wake)\w*|\bhow long (?:does|would|will) it take (?:for )?(?:\w+ ){0,3}to "
        r"(?:work|kill|take effect|lose consciousness)\b|\blose consciousness (?:without oxygen|from|"
        r"when)\b|\bhow high (?:a |the )?(?:fall|drop|jump) (?:needs|has|would need) to be\b",
    ),
    (
        "signs.more_ideation",
        "ideation",
        "moderate",
        "expression",
        r"\bwish (?:god|allah|the lord|jesus|the universe) would (?:just )?take me\b|\bshould have "
        r"(?:just )?died\b|\bi said no\b"
        r"[^\n]{0,30}\b(?:that was a lie|i lied|it was a lie|wasn't true)\b|\bby the time you read "
        r"this\b|\bscheduled this message\b",
    ),
    (
        "signs.stockpile_date",
        "preparatory",
        "high",
        "plan",
        r"\b(?:pills|tablets|meds|sleeping pills)\b[^.!?]{0,10}\b(?:saved up|stockpiled|put aside|"
        r"collected|hidden)\b[^.!?]{0,40}\b(?:for (?:sunday|saturday|friday|tonight|when|the "
        r"weekend)|on \w+day)\b|\brehears\w+ (?:how i'd do it|it)\b|\bstood on (?:a|the) chair with "
        r"(?:the|a|my) (?:belt|rope|cord|cable)\b",
    ),
    (
        "signs.child_alone_or_shaken",
        "abuse",
        "high",
        "plan",
        r"\b(?:left|leaves|leaving) (?:her|his|their|the|a|my) (?:\d+ ?(?:yo|year old|month old)|"
        r"baby|toddler|kid|child|children|newborn)\b[^.!?]{0,40}\balone\b|\bbaby\b[^\n]{0,80}\b"
        r"(?:shook|shaken) (?:him|her|it)\b",
    ),
    (
        "signs.mania_money",
        "mania",
        "moderate",
        "expression",
        r"\bquit my job\b[^\n]{0,80}\b(?:millionaire|billionaire|crypto|destiny|genius|too slow to "
        r"see|chosen)\b|\b(?:going to|gonna) be a (?:millionaire|billionaire) by\b",
    ),
    (
        "signs.round3_plan",
        "preparatory",
        "high",
        "plan",
        r"\bso (?:nobody|no one|noone) (?:finds|will find|can find) me\b|\b(?:set|picked|chose|chosen)"
        r" (?:a|the) date\b[^\n]{0,40}\b(?:talk me out|stop me|goodbye|decided|don't try|dont try)|"
        r"\bcount ?down\b[^\n]{0,40}\b(?:suffering|over|goodbye|grave|end)\b|\b(?:make|making) "
        r"(?:everyone|them all|them) (?:at|in) (?:that|the|my) (?:school|office|work|church|college)"
        r"\b[^.!?]{0,10}\b(?:regret|pay)\b|\b(?:don't|dont|do not) come (?:to|into) (?:school|work|"
        r"class|college) tomorrow\b",
    ),
    (
        "signs.round3_acts",
        "medical",
        "imminent",
        "act",
        r"\b(?:door'?s|doors are|windows are) taped\b|\btaped "
        r"(?:up )?the (?:door|windows|gaps)\b|\bsealed (?:the|my) (?:door|room|windows|car)\b|\bhaving"
        r" a hypo\b|\b(?:blood )?sugar(?:'s| is)? (?:really |very )?low\b[^.!?]{0,30}\b(?:confused|"
        r"sweating|shaking|won't eat)",
    ),
    (
        "signs.round3_ideation",
        "ideation",
        "moderate",
        "expression",
        r"\bpicturing myself (?:hanging|dead|jumping|dying|in a coffin)\b|\bnot wanting to (?:be "
        r"alive|live|exist|be here)\b|\bleast painful (?:way|method)\b|\bstop (?:taking )?my "
        r"(?:insulin|meds|medication)\b[^\n]{0,40}\b(?:see if|hope|die|not wake)",
    ),
    (
        "signs.round3_method",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:get hold of|buy|get|obtain) (?:a )?(?:gun|firearm|pistol|handgun)\b[^?.!]{0,30}\b(?:uk|"
        r"without a licen[cs]e|illegally|hypothetically|quickly|fast)\b",
    ),
    (
        "signs.round3_prep",
        "preparatory",
        "low",
        "distress",
        r"\btold (?:everyone|them|people) (?:it's|its|that it's|that) because\b|\bsaying my goodbyes"
        r"\b|\bso (?:she|he|they|my \w+) (?:won't|don't|will not|doesn't|wont) (?:struggle|have to "
        r"worry|be left with)\b|\b(?:passwords?|pins?|accounts?)\b[^.!?]{0,30}\b(?:document|list) "
        r"for my (?:wife|husband|partner|kids|family|son|daughter)\b",
    ),
    (
        "signs.round3_selfharm",
        "self-harm",
        "moderate",
        "expression",
        r"\bcutting (?:actually |really )?helps\b",
    ),
]

_SIGNS_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        # A child who swallowed something poisonous: an emergency whatever the tone.
        "third.child_swallowed",
        "medical",
        "imminent",
        "act",
        r"\bmy (?:toddler|baby|son|daughter|kid|child|little one|little boy|little girl|"
        r"\d+ ?(?:yo|year old|month old))\b[^.!?]{0,20}\b(?:swallowed|ate|has eaten|drank|got into)"
        r"\b[^.!?]{0,40}\b(?:pods?|bleach|button batter(?:y|ies)|batter(?:y|ies)|detergent|pills|"
        r"tablets|medicine|meds|cleaner|antifreeze|poison|magnets?|" + MEDICINES + r")\b",
    ),
    (
        "third.found_hurt",
        "medical",
        "imminent",
        "act",
        r"\b(?:found|find|walked in on|came home to)\b[^.!?]{0,40}\b(?:cuts?|blood|bleeding|hanging|"
        r"unconscious|not breathing|pills everywhere|empty (?:bottle|packets?)|on the floor)\b|\b"
        r"(?:he's|she's|they're|he is|she is|they are|my \w+ is|my \w+'s)\b[^.!?]{0,40}\b(?:on the "
        r"floor|collapsed|passed out)\b[^.!?]{0,40}\b"
        + _UNRESPONSIVE
        + r"|\b"
        + _UNRESPONSIVE
        + r"\b[^.!?]{0,30}\bwhat do i do\b",
    ),
    (
        "third.veiled_posts",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:keeps?|kept) posting\b[^.!?]{0,40}\b(?:grave|coffin|not long now|goodbye|won't be "
        r"around|last (?:post|message)|see you on the other side)\b",
    ),
    (
        "third.cannot_wake",
        "medical",
        "imminent",
        "act",
        # Woken for school or work, a heavy sleeper: not unresponsive, unless danger is named.
        r"\b(?:can't|cannot|can not|couldn't) wake(?:(?=[^\n]*\b(?:pills?|packets?|empty|tablets|took|taken|drank|"
        r"overdose|breathing|blue|cold|limp|floor|bottle|unresponsive|ambulance|vomit\w*|sick)\b)|"
        r"(?![^\n]{0,80}\b(?:for (?:school|work|class|college|the bus|training|breakfast|church|his|"
        r"her)|in time|like a log|heavy sleeper|alarms?|tips|lazy|every morning)\b)) (?:him|her|them|"
        r"my (?:\w+ ){0,2}\w+)\b",
    ),
]

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


# -- second round: classes from near-pairs and risk told through acts (training set 6) ----------
# A finality word (a mind made up, no turning back): with a place and a day, the plan is set.
_FINAL = (
    r"(?:(?:my )?mind(?:'s| is) made up|made up my mind|i've decided(?! to)|i have decided(?! to)|it's decided|no "
    r"turning back|nothing will change my mind|i'm (?:ready|sure)|for the last time|once and for "
    r"all)"
)
# Places people go to die by water, height or rail, and the verbs of going there.
_DEATH_PLACES = (
    r"(?:river|sea|lake|loch|reservoir|canal|quarry|weir|bridge|cliffs?|viaduct|tracks|railway|"
    r"train line|motorway bridge|multi-?storey|car park roof|rooftop|woods|forest)"
)
# Saving medicine up over time: put aside, kept back, held on to.
_PUT_ASIDE = (
    r"(?:putting|put|setting|set|keeping|kept|saving|saved|holding|held|squirrel\w*|stash\w*|"
    r"hoard\w*|hiding|hid|tucking|tucked) (?:them |some |a few |one |two )?(?:aside|back|away|by|"
    r"on to|onto|up)\b"
)
_MED_WORD = (
    r"(?:prescriptions?|pills|tablets|meds|medication|painkillers|sleeping (?:pills|tablets)|"
    r"repeat|refill|pharmacy|chemist|gp|" + MEDICINES + r")"
)
# Signs of an unreachable person: the phone off, straight to voicemail, no reply since.
_UNREACHABLE = (
    r"(?:(?:goes|going|went|straight) to voicemail|phone(?:'s| is)? (?:off|dead|switched off)|"
    r"(?:not|isn't|won't|hasn't been|stopped) (?:answering|picking up|replying|responding)|no "
    r"(?:answer|reply|response)|can't (?:reach|get hold of|get through to) (?:him|her|them)|"
    r"(?:hasn't|has not|haven't) (?:replied|answered|been online|been seen)|gone (?:silent|quiet)|"
    r"(?:messages?|texts?) (?:aren't|are not|not) (?:delivering|going through))"
)
# A goodbye dressed as thanks or as arrangements for a pet or child.
_FAREWELL_WORDS = (
    r"(?:thanks? (?:you )?for (?:being|everything|always)|(?:please )?(?:take|look after|feed|"
    r"mind|keep) (?:my |the |her |his )?(?:\w+ )?(?:for me|cat|dog|kids?|pets?|rabbit)|love you "
    r"(?:all|always|so much)|goodbye|bye forever|sorry for everything|you were (?:the best|always)|"
    r"remember me|look after (?:yourself|mum|dad|the kids))"
)
_GENERALISE2: list[tuple[str, str, str, Kind, str]] = [
    (
        # Going to a place of death on a day, with the decision said: a plan with place and time.
        "gen2.place_day_decided",
        "ideation",
        "high",
        "plan",
        r"(?=\b(?:go|going|head|heading|walk|drive|get|gonna go) |\b"
        + _FINAL
        + r")"
        + r"(?![^\n]*\b(?:with (?:the|my|our) (?:kids|children|dog|family|friends|grandkids|class|"
        r"club|team)|to (?:fish|swim|paddle|sail|row|feed the ducks)|fishing|swimming|picnic|boat|"
        r"kayak\w*|canoe\w*|paddleboard\w*|walk(?:ing)? the dog)\b)"
        r"(?:"
        r"\b(?:go|going|head|heading|walk|drive|get|gonna go) (?:down |out |up )?to the "
        + _DEATH_PLACES
        + r"\b(?=[^\n]{0,160}\b"
        + _FINAL
        + r")|\b"
        + _FINAL
        + r"\b[^\n]{0,120}\b(?:go|going|head|heading|walk|drive) (?:down |out |up )?to the "
        + _DEATH_PLACES
        + r"\b)",
    ),
    (
        # "Get it over with" at a time, with belongings or words for afterwards sorted.
        "gen2.over_with_affairs",
        "preparatory",
        "high",
        "plan",
        r"(?=\bget (?:it|this|everything) )"
        + r"(?![^\n]*\b(?:dentist|exam|test|appointment|interview|surgery|operation|injection|jab|"
        r"smear|meeting|call|chores|essay|taxes|tax return|driving test|conversation|talk)\b)"
        r"\bget (?:it|this|everything) (?:all )?over with\b(?=[^\n]{0,160}\b(?:who(?:'s| is|se)? "
        r"(?:getting|gets|to get|having) (?:my|all my)|my (?:stuff|things|belongings) (?:is|are) "
        r"sorted|letters? (?:for|to)|my will|goodbye)\b)",
    ),
    (
        # Belongings shared out and written down: who is getting what.
        "gen2.who_gets_my_things",
        "preparatory",
        "low",
        "distress",
        r"\b(?:sorted|worked out|decided|written down|wrote down|listed) (?:out )?who(?:'s| is|se)? "
        r"(?:getting|gets|to get|having|should (?:get|have)) (?:my|all my)\b",
    ),
    (
        # Letters or notes left for a time after a given day: written for afterwards.
        "gen2.letters_for_after",
        "preparatory",
        "high",
        "plan",
        r"\b(?:letters?|notes?|cards?|messages?|videos?|envelopes?)\b[^.!?\n]{0,80}\bfor after (?:"
        + DAYS
        + r"|tonight|tomorrow|the weekend|this weekend|next week|i'?m gone|i go|it'?s done|it "
        r"happens|the \d+(?:st|nd|rd|th)?)\b",
    ),
    (
        # Medicine put aside over time until there is enough: a stockpile told in passing.
        "gen2.put_aside_enough",
        "preparatory",
        "high",
        "plan",
        r"\b" + _PUT_ASIDE + r"[^\n]{0,60}\benough\b(?! (?:for (?:the|a|my) (?:week|month|trip|"
        r"holiday|fortnight|journey)|to (?:last|get (?:me )?through)))(?=[^\n]*\b"
        + _MED_WORD
        + r"\b)|\b"
        + _MED_WORD
        + r"\b[^\n]{0,160}\b"
        + _PUT_ASIDE
        + r"[^\n]{0,60}\benough\b(?! "
        r"(?:for (?:the|a|my) (?:week|month|trip|holiday|fortnight|journey)|to (?:last|get (?:me )?"
        r"through)))",
    ),
    (
        # A lethality comparison or question with the overdose word first.
        "gen2.lethality_compare",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:which|what|how (?:many|much))\b[^.!?\n]{0,40}\b(?:more |most |less |least )?(?:dangerous|"
        r"lethal|deadly|fatal|likely to kill|quicker|faster|painless|painful|worse|safer)(?: (?:thing|drug|"
        r"pill|way|one|medicine|tablet))? (?:to|for an?|if you) "
        r"(?:overdose|od)\b|\b(?:overdose|od) on\b[^.!?\n]{0,40}\b(?:or|vs|versus)\b[^.!?\n]{0,30}\?",
    ),
    (
        # How high, how many floors, how deep: a height or depth asked about with "take" or "enough".
        "gen2.height_question",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:many|much|high|far|tall) (?:floors?|storeys?|stories|metres|meters|feet|ft|of a "
        r"(?:drop|fall))\b[^.!?\n]{0,30}\b(?:does it take|would it take|do you need|is enough|to be "
        r"sure|to (?:die|be fatal|kill)|is fatal|is lethal|would kill)\b|\bhow (?:high|far) (?:up )?"
        r"(?:do you|would you|does one) (?:need|have) to (?:be|fall|jump)\b",
    ),
    (
        # A sober streak broken: a count of days clean and a drink or use after it.
        "gen2.streak_broken",
        "substance",
        "moderate",
        "act",
        r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) "
        r"(?:days?|weeks?|months?|years?) (?:sober|clean|dry|without a drink|off (?:the )?(?:drink|"
        r"booze|gear|pills))\b[^.!?\n]{0,40}\b(?:and|but|then|until) (?:i )?(?:just |last night |"
        r"tonight |today )?(?:i )?(?:drank|drunk|used|relapsed|scored|got (?:drunk|high|wasted|smashed)|"
        r"bought (?:a |some )?(?:bottle|vodka|wine|gear)|had (?:a |some |the )?(?:drink|bottle|"
        r"vodka|wine|beers?|line|hit))\b",
    ),
    (
        # Thoughts of dying that have come back now: a current marker after a good stretch.
        "gen2.thoughts_returned",
        "ideation",
        "moderate",
        "act",
        r"\b(?:thoughts?|urges?|feelings?|ideas?) (?:about|of) (?:dying|death|suicide|killing myself|"
        r"ending (?:it|my life|things)|not being here|self harm|cutting|hurting myself)\b[^.!?\n]"
        r"{0,20}\b(?:have |has |are |)(?:come back|came back|coming back|returned|back again|"
        r"started again|creeping back)\b",
    ),
    (
        # Never born, and a wish to be dead said in the same breath: the negation of the first
        # clause does not reach the second.
        "gen2.unborn_and_dead",
        "ideation",
        "moderate",
        "expression",
        r"\bwish (?:i|id|i'd) (?:was|were|had|'d) (?:never|not) (?:been )?born\b[^.!?\n]{0,40}\b"
        r"(?:want|wanna|wish|need) (?:to )?(?:just )?(?:die|be dead|kill myself|not exist|disappear)"
        r"\b",
    ),
    (
        # Survivor's wish: it should have been me who died, and still wished now.
        "gen2.should_have_been_me",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:should|ought to) have been me (?:who|that|instead)?\s?(?:died|was killed|didn't make "
        r"it|dying)?\b[^\n]{0,60}\b(?:still |really |honestly )?wish (?:it )?(?:was|were|had been)"
        r"(?: me| true)?(?= *(?:$|[.,!?;]|and\b|but\b|me\b))|\bwish (?:it )?(?:was|were|had been) me (?:who|that|instead)\b[^.!?\n]{0,15}"
        r"\b(?:died|was killed|didn't make it|dead|in the (?:coffin|ground|grave))\b",
    ),
    (
        # Vomiting meals kept secret or as a habit: purging told without the word.
        "gen2.purging_habit",
        "eating",
        "moderate",
        "act",
        r"\b(?:bring(?:ing)? up|throw(?:ing)? up|sick up|get(?:ting)? rid of|vomit(?:ing)?) (?:my |"
        r"the |all (?:of )?my )?(?:tea|dinner|lunch|breakfast|food|meals?|supper|everything i eat|"
        r"what i eat(?:e|a)?)\b(?=[^\n]{0,80}\b(?:most|every|each) (?:night|day|meal|time)|[^\n]{0,80}"
        r"\bsince\b|[^\n]{0,80}\bagain\b)|\b(?:sneak\w*|secretly|quietly|so no one hears|run(?:ning)? "
        r"the tap|after (?:every|each) meal)\b[^\n]{0,60}\b(?:bring(?:ing)? up|throw(?:ing)? up|sick "
        r"up|vomit\w*|make myself sick)\b",
    ),
    (
        # Laxatives, diuretics or diet pills in numbers or to lose weight.
        "gen2.laxative_numbers",
        "eating",
        "moderate",
        "act",
        r"(?=\b(?:[4-9]|\d{2,}|a |handfuls? |loads |dozens |laxatives|diuretics|water pills|diet pills|senna))"
        + r"(?![^\n]*\b(?:constipat\w*|prescribed|doctor|dr|gp|pharmacist|after surgery)\b)"
        r"(?:\b(?:[4-9]|\d{2,}|a (?:whole )?(?:box|packet|pack) of|handfuls? of|loads of|dozens of) (?:\w+ )?"
        r"(?:laxatives|diuretics|water pills|diet pills|senna|dulcolax)\b|\b(?:laxatives|diuretics|"
        r"water pills|diet pills|senna)\b[^.!?\n]{0,40}\b(?:to lose weight|a day|every day|after "
        r"(?:every|each) meal|to get (?:it|the food) out)\b)",
    ),
    (
        # Alcohol or benzo withdrawal: stopped after heavy use, now shaking or seeing things.
        "gen2.withdrawal_signs",
        "medical",
        "high",
        "act",
        r"\b(?:stopped|quit|gave up|came off|coming off|no) (?:drinking(?! (?:coffee|tea|caffeine|energy|"
        r"fizzy|soda|coke|cola|milk|water|juice|diet))|the drink|booze|alcohol|"
        r"benzos|xanax|valium|diazepam|my benzos)\b[^\n]{0,100}\b(?:shak(?:ing|y|es)|tremor\w*|"
        r"trembl\w*|seeing (?:things|bugs|insects|spiders|people)|hallucinat\w*|seizures?|fits?|"
        r"sweating buckets|dts|delirium|confused)\b",
    ),
    (
        # No sleep for days with racing ideas or a flood of projects: mania.
        "gen2.mania_no_sleep",
        "mania",
        "moderate",
        "act",
        r"\b(?:\d+|two|three|four|five|six) (?:days?|nights?) (?:without|with no|no) sleep\b[^\n]"
        r"{0,120}\b(?:ideas?|thoughts?) (?:are )?(?:coming|racing|flying|pouring)|\b(?:\d+|two|"
        r"three|four|five|six) (?:days?|nights?) (?:without|with no|no) sleep\b[^\n]{0,120}\b(?:"
        r"writing|starting|building|making) (?:a |an |my )?\w+(?:,| and) (?:a |an )?\w+",
    ),
    (
        # Abuse told for the first time: someone who used to hurt or touch the writer. A past
        # told now is a disclosure (the detector keeps abuse through a past marker).
        "gen2.abuse_used_to",
        "abuse",
        "moderate",
        "expression",
        r"\b(?:"
        + ABUSER
        + r"|(?:my|our|the|a) (?:old |former |ex-?)?(?:coach|teacher|tutor|priest|vicar|"
        r"babysitter|neighbou?r|scout leader|youth leader|family friend|godfather|stepbrother|"
        r"cousin|instructor))\b (?:used to|would|kept|started to) (?:hurt|hit|touch|abuse|beat|"
        r"molest|interfere with|rape|choke|punch|kick|burn) me\b",
    ),
    (
        # Someone close believed replaced by an impostor, with an intent to remove or stop it.
        "gen2.impostor_threat",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:replaced by |swapped (?:for|with) |(?:is|isn't|is not) (?:really )?(?:an? )?)"
        r"(?:an? )?(?:impost[oe]r|fake|clone|robot|double|demon|alien|body ?snatcher)\b[^\n]{0,80}\b"
        r"(?:get rid of|kill|destroy|deal with|stop|hurt|end) (?:it|him|her|them)\b",
    ),
]

_GENERALISE2_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        # A friend's goodbye (thanks, a pet handed over) and now they cannot be reached.
        "gen2.third_farewell_unreachable",
        "ideation",
        "high",
        "expression",
        r"(?=\b(?:texted|messaged|sent|wrote|posted|said|dm'?d|voice ?noted?)\b)"
        + r"(?![^\n]*\b(?:battery|charging|probably (?:asleep|driving|busy|at work)|on a (?:flight|plane)|"
        r"no signal|after the (?:party|wedding|meal|dinner|match))\b)"
        r"\b(?:texted|messaged|sent|wrote|posted|said|dm'?d|voice ?noted?)\b[^\n]{0,120}\b"
        + _FAREWELL_WORDS
        + r"[^\n]{0,120}\b"
        + _UNREACHABLE
        + r"\b",
    ),
    (
        # A child or teen eating almost nothing with weight loss or hard exercise.
        "gen2.third_restricting",
        "eating",
        "moderate",
        "expression",
        r"\b(?:eating (?:almost |practically |next to |virtually )?nothing|barely eat\w*|hardly "
        r"eat\w*|stopped eating|skip(?:s|ping) (?:every|all|most) meals?|refus\w* (?:to eat|food|"
        r"meals))\b[^\n]{0,80}\b(?:lost (?:so much|a lot of|loads of|\d+)|weight|running|exercis\w*|"
        r"gym|so thin|bones|periods?)\b",
    ),
]

# -- third round: sign classes from held-back sets 9 and 10 -------------------------------------
# Words that mark a self-harm episode as worse than before, and signs it needed medical care.
_SH_WORSE = r"(?:deeper|worse than (?:before|usual|ever|last time)|more (?:often|and more)|every (?:night|day) now)"
_SH_CARE = (
    r"(?:needed|need|needs|could have (?:done with|used)|should have (?:had|got)|probably needed) "
    r"(?:stitches|stiches|glue|steri ?strips|a&e|hospital)|(?:still|won't stop|wouldn't stop|keeps?) "
    r"bleeding|bleeding through"
)
_NOT_CUTTING_THINGS = r"(?! (?:into|back|costs|corners|the (?:budget|grass|hedge|cake)))"
_GENERALISE3: list[tuple[str, str, str, Kind, str]] = [
    (
        # Self-harm escalating (deeper, more often) and a wound that needed care but got none.
        "gen3.self_harm_untreated",
        "self-harm",
        "high",
        "act",
        r"\b(?:cutting|cut|cuts|burning|burns)\b"
        + _NOT_CUTTING_THINGS
        + r"[^\n]{0,40}\b"
        + _SH_WORSE
        + r"\b[^\n]{0,100}\b(?:"
        + _SH_CARE
        + r")\b",
    ),
    (
        # Self-harm getting deeper or more frequent, told as now.
        "gen3.self_harm_escalating",
        "self-harm",
        "moderate",
        "act",
        r"\b(?:cutting|burning)(?: myself)? (?:deeper|more often|more and more)\b(?! into\b)|\b(?:cuts|"
        r"burns|self harm|cutting) (?:are |is |keep |have been |has been )?getting (?:deeper|worse|more "
        r"often)\b(?! into\b)",
    ),
    (
        # A passive wish said in Scots or northern dialect: the family better off without the writer.
        "gen3.better_off_dialect",
        "ideation",
        "moderate",
        "expression",
        r"\bif (?:i|a|ah) (?:wisnae|wasnae|wisny|wasny|wasnay|wisnie|wasnt|wasn't|weren't) (?:here|"
        r"aroond|around|alive|aboot)\b[^\n]{0,50}\bbetter (?:aff|off)\b|\bbetter (?:aff|off) "
        r"(?:deid|withoot me|wi'?oot me)\b",
    ),
    (
        # Death, the grave or not existing spoken of as a rest or a relief: coded ideation.
        "gen3.death_appeals",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:the grave|a grave|the coffin|death|dying|being dead|not existing|not being (?:here|"
        r"alive)|eternal sleep|the void|never waking up)\b (?:honestly |really |just |kinda |kind of "
        r"|genuinely )?(?:sounds|seems|looks|feels) (?:like )?(?:a |so |quite |really |pretty |such "
        r"a )?(?:holiday|relief|peaceful|nice|appealing|restful|rest|lovely|inviting|tempting|"
        r"comforting|cosy|cozy|like bliss|like a break)\b",
    ),
    (
        # Restriction to a few hundred calories with exercise or disgust to undo what was eaten.
        "gen3.restrict_compensate",
        "eating",
        "moderate",
        "act",
        r"\b(?:had|ate|eaten|eating|only|just|under|less than) (?:about |like |around )?(?:[1-9]\d{1,2}|"
        r"a few hundred) (?:calories|cals|kcals?)\b[^\n]{0,100}\b(?:burn (?:it|that|them|those|this|"
        r"everything) off|work (?:it|that) off|run (?:it off|\d+ ?k|\d+ (?:miles|km))|feel "
        r"(?:disgusting|gross|fat|guilty|ashamed|sick)|make myself sick|hate myself)\b",
    ),
]

# -- fourth round: sign classes from held-back set 11 ---------------------------------------------
# Medicines by the brand and combination names people write (UK and US) beyond the shared list:
# "about 30 of the co-codamol" is an overdose though no pill word is said.
_BRANDS = words(
    r"co-?codamol",
    r"co-?dydramol",
    r"dihydrocodeine",
    r"nurofen",
    r"panadol",
    r"calpol",
    r"anadin",
    r"solpadeine",
    r"advil",
    r"motrin",
    r"aleve",
    r"excedrin",
    r"benadryl",
    r"nytol",
    r"sominex",
    r"night nurse",
    r"nyquil",
    r"zzzquil",
    r"diphenhydramine",
    r"promethazine",
    r"phenergan",
    r"hydrocodone",
    r"vicodin",
    r"percocet",
    r"oxycontin",
    r"ambien",
    r"klonopin",
    r"ativan",
    r"temazepam",
    r"zoloft",
    r"lexapro",
    r"celexa",
    r"paxil",
    r"effexor",
    r"wellbutrin",
    r"bupropion",
    r"adderall",
    r"ritalin",
    r"methylphenidate",
    r"melatonin",
    r"iron tablets",
    r"antihistamines?",
    r"beta ?blockers?",
    r"codeine",
    r"naproxen",
)
# Ten or more, or all of it: a count no one takes as a dose.
_MANY = (
    r"(?:about |around |like |maybe |roughly |nearly |over |at least |approx )?(?:[1-9]\d{1,2}|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|all|the whole|a whole|the rest)"
    r"(?! ?(?:mg|ml|g|kg|mins?|minutes|hours?|days?|years?|weeks?|times?|percent|%))"
)
# A count spread over days or weeks is use, not an overdose.
_SPREAD_OUT = (
    r"(?![^.!?\n]{0,60}\b(?:over|in|across|during|for) (?:the )?(?:last |past )?(?:\d+|a|few|two|"
    r"three|four|couple of) ?(?:days?|weeks?|months?)\b|[^.!?\n]{0,60}\b(?:a|per|each|every) "
    r"(?:day|week|month)\b|[^.!?\n]{0,60}\bprescri\w+)"
)
# Household products and medicines a small child gets hold of.
_HOUSEHOLD_POISONS = (
    r"(?:dishwasher (?:tablets?|tabs?|pods?|capsules?|powder|salt|detergent)|(?:washing|laundry) "
    r"(?:tablets?|pods?|capsules?|powder|liquid|detergent|tabs?)|washing up liquid|fairy liquid|"
    r"bleach|drain cleaner|oven cleaner|toilet (?:cleaner|block|duck)|descaler|caustic soda|"
    r"e-?liquid|vape (?:juice|liquid|pods?)|nicotine|rat poison|slug pellets|weed ?killer|"
    r"anti-?freeze|white spirit|paraffin|lamp oil|button batter(?:y|ies)|magnets?|essential oils?|"
    r"(?:my|her|his|nan's|gran's|grandma's|grandad's|mum's|mom's|dad's) (?:pills|tablets|"
    r"medicine|meds)|" + _BRANDS + r"|" + MEDICINES + r")"
)
_FAMILY_LIST = (
    r"(?:(?:my |our |the )?(?:mum|mom|mam|dad|mother|father|parents|family|kids|children|son|"
    r"daughter|wife|husband|partner|sister|brother|nan|gran|grandma|grandad|best friend|friends?|"
    r"boyfriend|girlfriend|everyone|each of them)(?:,? (?:and )?|$|\b))"
)
# Ordinary reasons to write to family: an occasion, a trip, an application.
_LETTER_OCCASION = (
    r"(?![^\n]*\b(?:thank(?:s|[- ]you)|birthday|christmas|xmas|valentine'?s?|anniversary|mother's "
    r"day|father's day|pen ?pals?|cover letter|application|complaint|reference|recommendation|"
    r"wedding|retirement|graduation|santa|tooth fairy|time capsule|open when|gap year|travel\w*|"
    r"trip|abroad|deploy\w*|operation|surgery|school project|homework|assignment)\b)"
)
_LETTERS_HIDDEN = (
    r"(?:(?:they're|they are|it's|left them|put them|hid them|hidden|tucked) (?:all )?(?:in|under|"
    r"on|inside|behind) (?:the|my) (?:glove ?box|drawer|desk|car|bedside \w+|wardrobe|pillow|safe|"
    r"bag|locker|mattress|jewellery box|shoebox))"
)
_CALM_AFTER = (
    r"(?:(?:i )?feel (?:so |really |strangely |weirdly |oddly |very |completely )?(?:calm|"
    r"peaceful|at peace|relieved|light|lighter|free|ready|settled)|(?:a |this )?(?:weird |strange "
    r")?(?:calm|peace) (?:has )?(?:come|came) over me)"
)
# What a dose question names: a medicine, a pill word, or a drug.
_DOSE_WORDS = (
    r"(?:insulin|paracetamol|tylenol|pills|tablets|meds|medication|sleeping (?:pills|tablets)|"
    r"antidepressants|painkillers|caffeine pills|" + MEDICINES + r"|" + _BRANDS + r")"
)
# Words that can stand between "going to" and the act.
_INTENT_ADV = (
    r"(?:finally|really|actually|just|definitely|honestly|seriously|properly|truly|at last)"
)
_INTENT_ACTS = (
    r"(?:kill myself|end it(?: all)?\b(?! (?:with|between|for (?:him|her|them))\b)|end my (?:own )?"
    r"life|take my (?:own )?life|go through with it|end everything)\b"
)
# "An overdose of reality TV", "overdosed on caffeine": the word as a figure of speech.
_NOT_A_METAPHOR = (
    r"(?! (?:of|on) (?:caffeine|coffee|sugar|vitamin \w+|carbs|chocolate|netflix|tv|telly|reality|"
    r"christmas|cheese|sun|fun|cuteness|drama|content|memes|anime|gym|work|\w+ tv)\b)"
)
# Already checked by a helpline or a doctor and said to be fine, with no sign in the child: a
# question after the event, not an emergency.
_CHILD_CHECKED = (
    r"(?!(?=[^\n]*\b(?:(?:she|he|they)(?:'s| is| seems| seem| are| was| were) (?:totally |"
    r"absolutely |completely )?(?:fine|ok|okay|alright|all right|grand)|(?:rang|called|phoned) "
    r"(?:111|999|911|the gp|the doctor|poison (?:control|line|centre|center)|nhs)|(?:111|gp|"
    r"doctor|pharmacist|poison (?:control|line|centre|center)) (?:said|says|told us))\b)(?![^\n]*"
    r"\b(?:drool\w*|cough\w*|vomit\w*|being sick|throwing up|sleepy|drowsy|floppy|burn\w*|"
    r"blister\w*|swell\w*|swollen|breath\w*|wheez\w*|screaming|crying|red|choking|rash|"
    r"won't stop|not right|not herself|not himself)\b))"
)
_GENERALISE4: list[tuple[str, str, str, Kind, str]] = [
    (
        # An overdose told as done with a brand or combination name for the medicine.
        "gen4.overdose_brand",
        "ideation",
        "imminent",
        "act",
        r"(?<!if someone )(?<!if somebody )(?<!if anyone )(?<!if you )(?<!if a child )(?<!if a "
        r"kid )(?<!if a person )\b(?:i )?(?:just |already |have |i've |ive )?(?:took|taken|"
        r"swallowed|downed|necked|popped)\b[^.!?\n]{0,15}?\b"
        + _MANY
        + r"\b[^.!?\n]{0,30}?\b"
        + _BRANDS
        + r"\b"
        + _SPREAD_OUT,
    ),
    (
        # Letters written to several of the family, then hidden away or followed by a calm.
        "gen4.letters_then_calm",
        "preparatory",
        "high",
        "plan",
        r"(?=\b(?:wrote|written|writing|finished|left) )"
        + _LETTER_OCCASION
        + r"\b(?:wrote|written|writing|finished|left) (?:a |some |the |my )?(?:letters?|notes?|"
        r"cards?) (?:to|for) "
        + _FAMILY_LIST
        + r"[^\n]{0,140}?\b(?:"
        + _LETTERS_HIDDEN
        + r"|"
        + _CALM_AFTER
        + r")\b",
    ),
    (
        # Picturing the others after one's own death: how they would cope, who would come.
        "gen4.imagining_after_death",
        "ideation",
        "moderate",
        "expression",
        r"(?=\b(?:think|thought|wonder|imagin|pictur|who would))"
        + r"(?![^\n]*\b(?:life insurance|insurance|a will|my will|pension|mortgage|guardian\w*|"
        r"godparents?|executor)\b)\b(?:thinking|thought|think|wonder\w*|imagin\w*|picturing|"
        r"pictured) (?:about )?(?:how|whether|if|who) (?:everyone|anyone|my family|my kids|they|"
        r"people|my \w+|anybody)? ?(?:would|'d) (?:manage|cope|react|notice|care|feel|miss me|come|"
        r"cry|be|even notice)\b[^.!?\n]{0,40}\b(?:if|when|once|after) i (?:was|were|am|'m) "
        r"(?:dead|gone|not here|not around|no longer here)\b|\bwho would (?:come to|turn up at|"
        r"even come to) my funeral\b",
    ),
    (
        # A low weight stated with a wish to lose more, or with the body failing.
        "gen4.low_weight_losing_more",
        "eating",
        "moderate",
        "act",
        r"\b(?:down to|only|now|weigh|weighing|at) (?:about |like |around )?(?:(?:3\d|4\d)(?:\.\d)? ?"
        r"(?:kg|kgs|kilos)|[4-7](?:\.\d)? ?(?:stone|st)\b|(?:[6-9]\d|10\d) ?(?:lbs|pounds))\b"
        r"[^\n]{0,80}\b(?:(?:still|and) (?:want|need|have|trying|going) to lose (?:more|another|a bit "
        r"more|some more)|hair(?:'s| is)? (?:coming|falling) out|periods? (?:have |has )?(?:stopped|"
        r"gone)|always (?:freezing|cold)|fainted|one (?:apple|meal|yoghurt|cracker) a day|black "
        r"coffee)\b",
    ),
    (
        # Food or drink believed tampered with, with a sign the belief is held (a taste, a refusal).
        "gen4.food_tampered",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:they|staff|he|she|someone|somebody|the (?:staff|nurses|carers|neighbours?|"
        r"government)|my (?:neighbours?|flatmates?|housemates?|carers?))(?: here| at (?:the |this )?"
        r"\w+| on (?:the |this )?ward)?(?:'re|'s| are| is| keep| "
        r"keeps| have been| has been)? (?:putting|slipping|adding|mixing|sneaking|lacing|spiking)"
        r" (?:something|stuff|chemicals|drugs|poison|pills|medication|it|things) (?:in|into) "
        r"(?:my|the|our) (?:food|porridge|tea|coffee|water|drinks?|meals?|dinner|breakfast|lunch|"
        r"soup|cereal|milk)\b(?=[^\n]{0,120}\b(?:taste (?:the|it|metal|chemicals)|tastes? "
        r"(?:of|like|funny|wrong|metallic)|stopped (?:eating|drinking)|won't (?:eat|drink)|not "
        r"(?:eating|drinking)|to (?:control|poison|drug|sedate|get rid of) me|keeping watch|"
        r"watching them)\b)",
    ),
    (
        # A broadcaster believed to speak to the writer in person.
        "gen4.broadcast_to_me",
        "psychosis",
        "moderate",
        "expression",
        r"(?=\b(?:the )?(?:radio|tv|telly|news|morning show|breakfast show))"
        + r"(?![^\n]*\b(?:rang in|phoned in|called in|competition|interview|shout-?out|request|"
        r"birthday|dedicat\w*|meet and greet|signing|at the gig|on stage|read out)\b)\b(?:the )?"
        r"(?:radio|tv|telly|news|morning show|breakfast show) ?(?:presenter|host|newsreader|dj|"
        r"announcer|reader)?(?: on the [\w ]{1,25}?)? (?:has started |is |keeps |started |has been "
        r"|was )?(?:talking|speaking|sending (?:me )?(?:messages|signals)|speaking) (?:directly |"
        r"straight )?to me(?: directly)?\b",
    ),
    (
        # Intent with an adverb in it ("I'm finally going to end it", "I'm actually gonna kill
        # myself"); ending it with someone is a breakup.
        "gen4.intent_adverb",
        "ideation",
        "high",
        "plan",
        r"\b(?:i'm|i am|im|i) (?:"
        + _INTENT_ADV
        + r" )(?:going to|gonna|will|'ll) (?:"
        + _INTENT_ADV
        + r" )?"
        + _INTENT_ACTS
        + r"|\b(?:i'm|i am|im|i) (?:going to|gonna|will|'ll) "
        + _INTENT_ADV
        + r" "
        + _INTENT_ACTS,
    ),
    (
        # An overdose said as taken, in the word itself ("I've taken an overdose", "I overdosed
        # an hour ago"), not a story from long ago nor an overdose of television.
        "gen4.overdose_said",
        "ideation",
        "imminent",
        "act",
        r"(?=\bi(?:'ve|ve| have)? (?:just |already |probably |think i(?:'ve)? )?(?:taken|took|had|done|did|overdosed|od))"
        + r"(?![^\n]*\b(?:years? ago|months ago|when i was|at \d{1,2}\b|as a teen|in my teens|back "
        r"in|last year|in (?:19|20)\d\d|survived|recovered|since then|glad|anniversary|if i|what "
        r"if|would happen|clean|sober|in recovery)\b)(?<!if )(?<!if i )\b(?:i(?:'ve| have)|ive|i) (?:just |already |"
        r"probably |think i(?:'ve)? )?(?:taken|took|had|done|did) an? (?:overdose|od)\b"
        + _NOT_A_METAPHOR
        + r"|(?=\bi(?:'ve| have)? (?:just |already |think i )?(?:overdosed|od))"
        r"(?![^\n]*\b(?:years? ago|months ago|when i was|at \d{1,2}\b|as a teen|in my teens|"
        r"back in|last year|in (?:19|20)\d\d|survived|recovered|since then|glad|anniversary|twice|"
        r"(?:three|several|a few|many|\d+) times|clean|sober|in recovery)\b)"
        r"\bi(?:'ve| have)? (?:just |already |think i )?(?:overdosed|od'?d)\b"
        + _NOT_A_METAPHOR
        + r"(?=[^\n]{0,60}\b(?:ago|tonight|today|earlier|just now|this (?:morning|evening|"
        r"afternoon)|scared|don't call|don't tell|sleepy|drowsy|sick|can't|help)\b)",
    ),
    (
        # Things given away to people who do not know why.
        "gen4.gave_away_unexplained",
        "preparatory",
        "high",
        "plan",
        r"(?=\b(?:gave|given|giving|handed) )"
        + r"(?![^\n]*\b(?:declutter\w*|moving|move house|charity shop|kondo|downsiz\w*|outgrown|"
        r"minimalis\w*|clear(?:ing)? out|spring clean\w*|no room|new flat|new house)\b)\b(?:gave|"
        r"given|giving|handed) (?:away )?(?:all )?(?:of )?my [^.!?\n]{1,60}? (?:to|away to) "
        r"(?=[^.!?\n]{1,30}?\b(?:(?:they|she|he|nobody|no one|none of them)(?: don't| doesn't| didn't|"
        r" do not)? (?:know|knows|asked|asks) why|without (?:saying|telling (?:them|anyone)) why|"
        r"(?:i )?won't (?:be )?need(?:ing)? (?:them|it|any of it))\b)",
    ),
    (
        # A fall or jump from a height with a serious injury and no way to get up.
        "gen4.fall_injured",
        "medical",
        "imminent",
        "act",
        r"(?=\b(?:jumped|fell|came off|threw myself|dropped) )"
        + r"(?![^\n]*\b(?:years? ago|last (?:year|month|summer)|when i was|healed|all better|"
        r"recovered)\b)\b(?:jumped|fell|came off|threw myself|dropped) (?:off|from|out of|down) (?:the |"
        r"a |my |our )?(?:\w+ )?(?:roof|window|balcony|bridge|wall|ledge|cliff|ladder|scaffold\w*|"
        r"car park|multi-?storey)\b[^\n]{0,60}\b(?:bent wrong|(?:leg|arm|ankle|back|neck|hip)(?:'s| "
        r"is)? (?:bent|twisted|snapped|at a weird angle)|can't (?:get up|move (?:my|at all)|feel my)|"
        r"bone (?:is )?(?:sticking|showing)|(?:so much|lots of|a lot of) blood|hit my head)\b",
    ),
    (
        # How far a fall, how much of a medicine, how long an overdose takes: a method question
        # in the words people use for it.
        "gen4.method_amount",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:many|much) (?:metres|meters|feet|ft|floors|storeys|stories)\b[^?.!\n]{0,40}\b"
        r"(?:fall|drop|jump)\b[^?.!\n]{0,30}\b(?:die|dead|fatal|lethal|kill (?:you|someone|a person)|"
        r"not survive)\b|\bhow much (?:of )?(?:my |the |her |his |mum's |mom's |dad's )?"
        + _DOSE_WORDS
        + r"\b[^?.!\n]{0,20}\b(?:is|would be|counts as) (?:too much|fatal|lethal|deadly|an overdose)"
        r"\b|\bhow long (?:does it take|it takes|would it take|till|until|before)\b[^?.!\n]{0,20}\b"
        r"(?:an? )?(?:overdose|od)\b[^?.!\n]{0,30}\b(?:to (?:work|kill|kick in|take effect)|works|kills|kicks? in|takes? effect)\b",
    ),
    (
        # A method question that must be answered tonight or now.
        "gen4.method_urgent",
        "method-seeking",
        "high",
        "method",
        r"(?:\b(?:tallest|highest)\b[^?.!\n]{0,25}\b(?:bridges?|buildings?|cliffs?|car parks?|"
        r"multi-?storeys?|towers?|rooftops?|blocks? of flats)\b|\b(?:lethal|fatal) dose\b|\bhow "
        r"(?:high|far|many|much|long)\b[^?.!\n]{0,50}\b(?:fatal|lethal|die|dead|overdose|kill "
        r"(?:you|someone|a person|me)|pills|tablets|floors|storeys)\b)[^\n]{0,80}\b(?:need|have) "
        r"(?:to know|it|an answer) (?:by )?(?:tonight|now|right now|today|asap|quick(?:ly)?|before "
        r"(?:tonight|tomorrow|the morning))\b",
    ),
    (
        # A voice or a person telling the writer to hurt their own body.
        "gen4.told_to_harm_self",
        "self-harm",
        "high",
        "expression",
        r"\b(?:he|she|it|they|the voices?|a voice|the man|the woman)(?: keeps?)? (?:says?|said|tells "
        r"me|told me|is telling me|keeps telling me|started telling me|wants me to|ordered me|orders "
        r"me)(?: that)? (?:i should|i have to|i must|i need to|i've got to|to) (?:burn|cut|stab|hurt|"
        r"harm|starve|scald|kill) (?:myself|my (?:hands?|arms?|legs?|skin|face|wrists?|"
        r"body|fingers))\b(?! (?:out|in the gym|on the bike)\b)",
    ),
]
_GENERALISE4_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        # A small child who bit, chewed or drank a household poison or a medicine.
        "gen4.child_household_poison",
        "medical",
        "imminent",
        "act",
        r"(?=\b(?:my|our|the) (?:toddler|baby|son|daughter|kid|child|little|\d|one|two|three|four|five))"
        + _CHILD_CHECKED
        + r"\b(?:my|our|the) (?:toddler|baby|son|daughter|kid|child|little one|little boy|little "
        r"girl|(?:\d+|one|two|three|four|five) ?(?:yo|year old|yr old|month old))\b[^.!?]{0,20}"
        r"(?<!nearly )(?<!almost )(?<!tried to )(?<!try to )\b(?:bit into|bit|chewed(?: on)?|sucked(?: "
        r"on)?|licked|swallowed|ate|has eaten|drank|has drunk|got into|had a (?:bite|lick|sip|"
        r"mouthful) of)\b[^.!?]{0,40}\b" + _HOUSEHOLD_POISONS + r"\b",
    ),
    (
        # Someone handing over a treasured thing "to remember them by", with no ordinary leaving.
        "gen4.keepsake_goodbye",
        "preparatory",
        "high",
        "plan",
        r"(?=\b(?:she|he|they|my \w+)(?: \w+)? (?:gave|has given|is giving|was giving|handed|left) (?:me|us) )"
        + r"(?![^\n]*\b(?:gran|nan|grandma|grandad|grandpa|granny|hospice|terminal|cancer|9\d|"
        r"moving|emigrat\w*|abroad|exchange|leaving for|off to|uni|university|wedding)\b)\b(?:she|"
        r"he|they|my \w+)(?: \w+)? (?:gave|has given|is giving|was giving|handed|left) (?:me|us) "
        r"(?:her|his|their) [^.!?\n]{0,90}\b(?:to remember (?:her|him|them) by|something of (?:hers|"
        r"his|theirs) to keep|(?:she|he|they)(?:'ll| will)? (?:won't|wont|doesn't|does not|don't) "
        r"need (?:it|them) (?:anymore|any more|where (?:she's|he's|they're) going))\b",
    ),
]

RULES: tuple[Rule, ...] = tuple(
    make_rules(
        "en",
        _SELF
        + _METHOD
        + _OTHERS
        + _OTHERS_EXTRA
        + _BROAD
        + _GENERAL
        + _SIGNS
        + _GENERALISE
        + _GENERALISE2
        + _GENERALISE3
        + _GENERALISE4,
    )
    + make_rules(
        "en",
        _THIRD + _SIGNS_THIRD + _GENERALISE_THIRD + _GENERALISE2_THIRD + _GENERALISE4_THIRD,
        third_party=True,
    )
)

# -- idiom classes (benign look-alikes, by class rather than by sentence) -------------------------
# A gap an idiom span may cover: no self-harm words inside it.
_SAFE_GAP = (
    r"(?:(?!kill|die\b|dying|suicide|end it|end my|pills|overdose|myself|noose|rope)[^.!?\n])"
)
# Laughter: "nearly killed myself laughing", "died laughing".
_LAUGHING = (
    r"|\b(?:kill(?:ed|ing)?|kill) (?:my|him|her|them|our)sel(?:f|ves) (?:laughing|with laughter)\b|"
    r"\b(?:died|dying|dead|die) (?:laughing|of laughter|from laughing)\b"
)
# Someone else "will kill me" over a trivial mishap or a discovery: the speaker is the one in
# trouble, and the cause is named (a spoiled film, a shrunken shirt, a deleted file).
_MISHAP = (
    r"(?:broke|broken|lost|forgot|forgotten|spilled|spilt|spoiled|spoilt|dyed|shrank|shrunk|"
    r"scratched|dented|deleted|crashed|missed|burnt|ate|eaten|wrecked|ruined|stained|flooded|"
    r"overspent|maxed out|scuffed|chipped|cracked|smashed|dropped)"
)
_IN_TROUBLE = (
    r"|\b(?:going to|gonna|will|'ll|'d|would|is gonna|are gonna) (?:literally |actually |so )?"
    r"(?:kill|murder|strangle|skin|destroy|end) me\b(?=[^\n]{0,80}\b(?:i|i've|we|just) (?:just |"
    r"accidentally |totally |completely )?"
    + _MISHAP
    + r"\b|[^\n]{0,25}\bif i (?:"
    + _MISHAP
    + r"|spoil|break|lose|forget|miss|am late|'m late)\b)"
    # Fear of a partner or parent is not a figure of speech.
    r"(?![^\n]*\b(?:scared|afraid|terrified|hits? me|beats? me|hurts? me|last time|bruises?|"
    r"police|refuge|he's done it before|she's done it before)\b)"
)
# Beating an exam, a workout or pests: the object of the violent verb is a task or an insect.
_TASKS = (
    r"(?:exams?|tests?|interviews?|essays?|presentations?|assignments?|workouts?|gym|"
    r"leg day|match|game|race|audition|gig|set|quiz|quizzes|finals|deadlines?|coursework|"
    r"dissertation|driving test|paper|homework|to-?do list|inbox|karaoke|dance ?floor|"
    r"spiders?|ants?|wasps?|flies|fly|mosquito(?:e?s)?|weeds?|bugs?|insects?|cockroach(?:es)?|"
    r"roaches|slugs?|snails?|mould|mold|rats?|mice|fleas|nits|moths?|termites|aphids)"
)
_PESTS = (
    r"(?:spiders?|ants?|wasps?|flies|mosquito(?:e?s)?|weeds?|bugs?|insects?|cockroach(?:es)?|"
    r"roaches|slugs?|snails?|mould|mold|rats?|mice|fleas|nits|moths?|termites|aphids)"
)
_BEAT_TASK = (
    r"|\b(?:smash|nail|kill|destroy|crush|nuke|ace|murder|slay|batter|demolish|annihilate|"
    r"obliterate|bomb|blitz|wreck|own)(?:ed|ing|s)? (?:(?:this|that|the|my|these|those|every|"
    r"all|all the|tomorrow's|today's|monday's|friday's) )?(?:\w+ )?" + _TASKS + r"\b"
    r"|\b"
    + _PESTS
    + r"\b"
    + _SAFE_GAP
    + r"{0,60}\b(?:nuke|kill|smash|destroy|exterminate|murder|blast|"
    r"gas|poison|zap|annihilate)\w*|\b(?:nuke|kill|smash|destroy|exterminate|murder|blast|gas|"
    r"poison|zap)\w* (?:them|it|those|these|the lot)(?: all)? with (?:the |some |a |my )?(?:bug "
    r"spray|fly ?spray|insecticide|raid|weed ?killer|slug pellets|hoover|vacuum|swatter|fly "
    r"swat\w*|spray|rolled up \w+|a shoe|my shoe|boiling water)"
)
# Sport: beating the other side ("we'll murder them on saturday", "kill the ref").
_SPORT = (
    r"(?:match|game|final|semis?|derby|league|cup|pitch|goals?|nil|score|kick ?off|away day|"
    r"home game|fixture|season|tournament|playoffs?|the ref|referee|opposition|the other team|"
    r"their defence|fc|united|city|rovers|wanderers|athletic|on the court|on the field)"
)
_BEATING = (
    r"(?:kill|murder|destroy|smash|batter|thrash|hammer|annihilate|crush|slaughter|bury|nuke|"
    r"massacre|demolish|wreck)\w* (?:them|em|'em|us|the (?:ref|referee|opposition|other team|"
    r"visitors|away team|home team|\w+s)|\w+ (?:fc|united|city|rovers|town|athletic))\b"
)
_NO_WEAPON = r"(?![^.!?\n]{0,60}\b(?:knife|gun|bat\b|machete|blade|hammer\b|axe\b))"
_SPORTS_HYPERBOLE = (
    r"|\b"
    + _BEATING
    + r"(?=[^.!?\n]{0,50}\b"
    + _SPORT
    + r"\b)"
    + _NO_WEAPON
    + r"|\b"
    + _SPORT
    + r"\b"
    + _SAFE_GAP
    + r"{0,50}\b"
    + _BEATING
    + _NO_WEAPON
)
# Leisure jumps and play ropes: cliff diving, bungee, parachute, skydiving.
_LEISURE = (
    r"(?:cliff ?div\w*|diving|parachut\w*|bungee|sky ?div\w*|base ?jump\w*|tandem jump|"
    r"paraglid\w*|zip ?lin\w*|wingsuit|out of a plane|high dive|diving board|trampoline|"
    r"instructor|harness|jet ?ski|coasteer\w*|wakeboard\w*|water park|for charity)"
)
_LEISURE_JUMPS = (
    r"|\bjump(?:ing|ed)? (?:off|from|out of)\b[^.!?\n]{0,40}(?=[^\n]{0,80}\b" + _LEISURE + r"\b)"
    r"|\b(?:bungee|sky ?div\w*|parachut\w*|cliff ?div\w*|base ?jump\w*|paraglid\w*|coasteer\w*)\b"
    r"" + _SAFE_GAP + r"{0,80}\bjump\w*(?: (?:off|from|out of)(?: \w+){0,3})?"
)
# "End it with <someone>": a break-up, unless despair or means are in the message too.
_BREAKUP = (
    r"|\bend(?:ing)? (?:it|things)\b(?=[^\n]{0,30}\bwith (?:him|her|my (?:bf|gf|boyfriend|"
    r"girlfriend|partner|husband|wife|fiance|fiancee|ex|(?:\w+ ){0,2}(?:flatmate|roommate|"
    r"housemate|situationship|situation|contract|landlord|band|team|club|coach|tutor|friendship|"
    r"talking stage|job|course|lease))\b|[a-z]+ i mean)|[^\n]{0,80}"
    r"\b(?:the relationship|our relationship|break ?up|breaking up|dump(?:ing)? (?:him|her)|"
    r"the marriage|the engagement|we've been (?:together|dating)|dating)\b)(?![^\n]*\b(?:can't go "
    r"on|no point|pills|tablets|rope|knife|bridge|goodbye|don't want to (?:live|be here)|kill "
    r"myself|not be here|die|dead|suicid\w*)\b)"
)
# Minor kitchen and household injuries: burnt on the oven, nicked by the bread knife.
_HOUSEHOLD_INJURY = (
    r"|(?<!going to )(?<!gonna )(?<!want to )(?<!will )(?<!i'll )"
    # (not one someone or a voice tells them to do: "says i should burn my hands on the stove")
    r"(?<!should )(?<!have to )(?<!must )(?<!need to )(?<!me to )"
    r"\b(?:burn|burnt|burned|scald\w*|cut|nick\w*|sliced|slice)\b (?:myself|my (?:\w+ )?(?:hand|"
    r"finger|thumb|arm|wrist|tongue|leg|palm|knuckle|lip|mouth)s?)\b(?=[^.!?\n]{0,50}\b(?:oven|"
    r"tray|pan|kettle|iron|stove|hob|grill|bbq|barbecue|chopping|cooking|baking|slicing|dicing|"
    r"onions?|bread knife|tin|can opener|paper|shaving|gardening|straighteners|curling|hot "
    r"(?:water|oil|tea|coffee|pan)|steam|candle|cooker|toaster|air ?fryer|glue gun|pizza)\b)"
)
# Food, exercise and heat that "killed me".
_KILLED_BY_THINGS = (
    r"|\b(?:curry|chill?i|hot sauce|wings|food|burrito|kebab|pizza|dinner|lunch|tacos?|"
    r"vindaloo|peppers?|workout|hike|run|class|stairs|leg day|spin|shift|commute|heat|hangover|"
    r"exam|meeting|lecture|episode|finale|ending|cliffhanger|traffic|queue|drive|flight)\b"
    r"[^.!?\n]{0,30}\b(?:killed|murdered|destroyed|wrecked|finished) (?:me|us)(?: off)?\b"
)
# Voices "in my head" telling someone to shop, eat or nap: a joke about wanting.
_VOICES_JOKE = (
    r"|\b(?:the )?(?:little )?voices? in my head\b[^.!?\n]{0,30}\b(?:telling|tell|told|say\w*|"
    r"want\w*) me to (?:buy|eat|get|order|have|watch|book|go|skip|stay|take a nap|nap|sleep|call in"
    r"|binge|adopt|shop|spend|bake|dance|sing|text|quit|try|add|treat)\b"
)
# Older relatives' "when I'm gone", said in passing, and wills or funeral plans for ordinary
# reasons (age, a new baby, a house, a solicitor's advice).
_ELDERS = (
    r"(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|"
    r"great[- ](?:aunt|uncle|gran|nan)|my (?:elderly|old|aged) \w+|(?:mum|mom|dad|aunt|auntie|"
    r"uncle) \(?\d{2}\)?|(?:she's|he's|she is|he is) (?:[6-9]\d|1[01]\d)|(?:my )?[6-9]\d ?(?:yr|year)s?"
    r"[- ]?old (?:nan|gran|granny|grandma|grandad|grandpa|dad|mum|mom|father|mother|aunt|uncle))"
)
_ELDER_TALK = (
    r"|\b" + _ELDERS + r"\b[^.!?\n]{0,40}\b(?:says?|saying|said|tells? (?:me|us)|telling (?:me|us)"
    r"|keeps? saying|always says|jokes?|joking)\b[^\n]{0,20}\b(?:(?:when|after|once) (?:i'm|i am|i've)"
    r" (?:gone|dead|passed)|(?:she|he|i|they) (?:won't|will not|isn't going to|is not going to) be "
    r"(?:around|here) (?:forever|for ever|for much longer))\b|\b(?:when|after|once) (?:i'm|i am) (?:gone|dead)\b(?=[^\n]{0,120}\b"
    r"(?:she's|he's|she is|he is|i'm|i am) (?:[7-9]\d|1[01]\d)\b)"
)
_ORDINARY_WILL = (
    r"(?:solicitor|lawyer|notary|since (?:the baby|we had|we got married|we bought)|new baby|"
    r"(?:first|second) (?:baby|child)|mortgage|got married|getting married|at my age|co-?op|"
    r"pension|financial advis\w*|estate planning|inheritance tax|probate|retire\w*|life admin|"
    r"adulting|grown-?up (?:thing|stuff)|everyone should|so the kids don't have the bother|sensible|"
    r"(?:i'm|i am) (?:[6-9]\d|1[01]\d))"
)
_WILLS = (
    r"|\b(?:made|make|making|wrote|write|writing|updated|updating|sorted|sorting|set up|took out|"
    r"paid for|arranged|arranging|did|done)(?: out)? (?:my|our|a|a new|the) (?:own )?(?:will|funeral plan|"
    r"prepaid funeral|pre-?paid funeral|funeral|life insurance|power of attorney|lasting power of "
    r"attorney)\b(?=[^\n]{0,120}\b"
    + _ORDINARY_WILL
    + r")|\b"
    + _ORDINARY_WILL
    + _SAFE_GAP
    + r"{0,60}"
    r"\b(?:(?:my|our|a|the) will|funeral plan|funeral|life insurance|power of attorney)\b"
)
# "Smash it", "nail it", "crush it": doing something well, unless aimed at a person or armed.
# A thing thrown against, into or onto something is a thing smashed, not a task done well.
_DO_WELL = (
    r"|\b(?:smash|nail|crush|slay|ace|rock|boss|kill)(?:ed|ing|s)? it\b(?! ?(?:against|into|on|"
    r"onto|over|across|through|off|down|up|to (?:bits|pieces)|with|at (?:him|her|them|me|my))\b)"
    r"(?![^\n]*\b(?:wall|door|window|floor|phone|face|head|car|hands?|fists?|screaming|shouting|"
    r"scared|afraid|terrified)\b)" + _NO_WEAPON
)
# Someone ate, took or broke one's things and "I'll kill him": the cause is trivial and named,
# unless a weapon or fear is in the message.
_TRIVIAL_OFFENCE = (
    r"(?:ate|eaten|finished|drank|took|stole|stolen|nicked|pinched|used|borrowed|broke|broken|"
    r"lost|hid|deleted|spoiled|spoilt|spoiler\w*|wore|ruined|scratched|unplugged|paused)"
)
_NO_THREAT_SIGNS = (
    r"(?![^\n]*\b(?:knife|gun|bat\b|machete|blade|hammer\b|axe\b|scared|afraid|terrified|hits? me|"
    r"beats? me|hurts? me|bruises?|police|for real|seriously|not joking|i mean it)\b)"
)
_OFFENCE_THREAT = (
    r"|(?=\b[a-z]+ (?:\w+ )?"
    + _TRIVIAL_OFFENCE
    + r" )"
    + _NO_THREAT_SIGNS
    + r"\b(?:he|she|they|my \w+|[a-z]+) (?:\w+ )?"
    + _TRIVIAL_OFFENCE
    + r" (?:my|all my|the last)\b[^\n]{0,60}\b(?:i'?ll|i will|gonna|going to|i'm going to|i'm gonna)"
    r" (?:literally |actually |so |totally )?(?:kill|murder|strangle|throttle|end) (?:him|her|them|"
    r"my \w+)\b"
)
# Leaving a job, retiring, a last shift: "they won't have to put up with me" is a farewell joke.
_LEAVING_WORK = (
    r"(?:retir\w*|\d+ years at (?:the|this|my)|last (?:day|shift|week) (?:at|of|in) (?:the|my|this|"
    r"work)|(?:hand(?:ed)?|hand in|put in) my notice|leaving (?:do|party|card)|new job|leaving (?:the|"
    r"my) (?:job|company|firm|office|team))"
)
_LINE_GAP = r"(?:(?!kill|die\b|dying|suicide|end it|end my|pills|overdose|myself|noose|rope)[^\n])"
_WORK_FAREWELL = (
    r"|\b"
    + _LEAVING_WORK
    + r"\b"
    + _LINE_GAP
    + r"{0,120}\bwon't (?:have to (?:put up with|deal with|"
    r"listen to|see) me|be around)\b[^.!?\n]{0,25}|\bwon't (?:have to (?:put up with|deal with|"
    r"listen to|see) me|be around)\b(?=" + _LINE_GAP + r"{0,120}\b" + _LEAVING_WORK + r"\b)"
)
# Scars from a self-harm long over, told as healed ("doesn't bother me", "I'm 34 now").
_HEALED = (
    r"(?:doesn't bother me|don't bother me|not ashamed|proud of|at peace|healed|faded|i'm (?:\d\d|"
    r"fine|okay|ok|happy) now|wear (?:t-?shirts|short sleeves|shorts|vest tops))"
)
_HEALED_SCARS = (
    r"|\b(?:scars?|marks)\b[^\n]{0,30}\bfrom (?:when|back when|years ago|my teens|school|uni)\b"
    r"[^\n]{0,80}\b" + _HEALED + r"\b"
)
# "I've decided: I'm quitting sugar": a decision with an ordinary object.
_ORDINARY_DECISION = (
    r"|\b(?:i've|i have|i) decided\b[.!,:]? ?(?:to |that |i'm |i am |i'll |i will |im )?(?:quit|"
    r"quitting|start|starting|learn|learning|sign up|signing up|join|joining|buy|buying|go vegan|"
    r"going vegan|take up|taking up|apply|applying|cut out|cutting out|do dry|book|booking|"
    r"train|training|run|running|adopt|adopting|get a|getting a|"
    r"change (?:jobs|careers)|retrain)\b" + _SAFE_GAP + r"{0,40}"
)
# A date or place picked for an ordinary event.
_EVENT_PICKED = (
    r"|\bpicked (?:the|a|our) (?:spot|place|day|date|venue)\b(?=[^.!?\n]{0,40}\b(?:wedding|party|"
    r"birthday|christening|baby shower|holiday|trip|move|interview|launch|opening|reunion|dinner|"
    r"gig|picnic|anniversary|celebration|hen|stag|graduation|do|bbq|barbecue|camping|date night|"
    r"match|race|marathon|ceremony)\b)"
)
# A phone or console taken as punishment by a parent or teacher: not a partner's control.
_PHONE_PUNISHMENT = (
    r"|(?=\b(?:mum|mom|dad|mam|parents|teacher|my) )(?![^\n]*\b(?:hits? me|hit me|beats? me|hurts? me|locked|scared|afraid|bruises?|won't let "
    r"me (?:leave|out)|police)\b)\b(?:mum|mom|dad|mam|parents|teacher|my (?:mum|mom|dad|parents|"
    r"teacher|step\w+)) (?:took|confiscated|has taken|taken|'s taken) (?:away )?my "
    r"(?:phone|laptop|ipad|tablet|switch|xbox|ps5|console|controller)\b(?=[^\n]{0,50}\b(?:for (?:the|"
    r"a|the whole|a whole) (?:weekend|week|day|night|month)|until|till|because|as (?:a )?punishment|"
    r"grounded|again)\b)"
)
# -- third round idiom classes --------------------------------------------------------------------
# What would make a figure of speech a real threat or a real wish: a weapon, fear, insistence,
# means or despair anywhere in the message.
# These guards scan the rest of the line, so each class puts a cheap lookahead for its own first
# words before them: the guard then runs only where the class can match at all, not at every
# position of every message (that made the idiom pattern cost ~15 ms on long messages).
_NO_RISK_SIGNS = (
    r"(?![^\n]*\b(?:knife|gun|bat\b|machete|blade|hammer\b|axe\b|scared|afraid|terrified|hits? me|"
    r"beats? me|hurts? me|bruises?|police|for real|seriously|not joking|no joke|i mean it|pills|"
    r"tablets|rope|noose|overdose|goodbye|can't go on|no point|want to die|end my life|"
    r"suicid\w*)\b)"
)
# Everyday annoyances people say "kms" about in passing ("kms this traffic").
_ANNOYANCES = (
    r"(?:traffic|queue|commute|lecture|meeting|wifi|wi-fi|internet|weather|heat|rain|printer|"
    r"delays?|ad|advert|jingle|song|group chat|customers?|hangover|alarm|neighbours?|roadworks|"
    r"diversion|update|boss fight|referee|ref|dentist|paperwork|spreadsheet|small talk)"
)
_KMS_ANNOYANCE = (
    r"|(?=\bkill myself )"
    + _NO_RISK_SIGNS
    + r"\bkill myself (?:over )?(?:this|these|that|the) (?:\w+ )?"
    + _ANNOYANCES
    + r"\b"
)
# Someone "so dead" or "dead meat" when they get home: in trouble, not in danger.
_SO_DEAD = (
    r"|(?=\b[a-z]+(?:'s|'re| is| are) [a-z]+ dead\b)"
    + _NO_RISK_SIGNS
    + r"\b(?:he|she|they|you|[a-z]+)(?:'s|'re| is| are) (?:so+|totally|"
    r"absolutely|literally so|so so) dead\b|\b(?:he|she|they|you|[a-z]+)(?:'s|'re| is| are) dead "
    r"meat\b"
)
# A threat taken back in the same breath ("I'm going to fight him (I will not fight him)").
_THREAT_RETRACTED = (
    r"|\b(?:going to|gonna|will|'ll) (?P<r3verb>fight|kill|murder|punch|strangle|throttle|hit|"
    r"slap|deck|batter|thump|smack) (?:him|her|them|you)\b[^\n]{0,40}?\b(?:i will not|i won't|"
    r"i'm not (?:going to|gonna)|i wouldn't|obviously not|of course i won't)(?: actually| really| "
    r"ever)? (?P=r3verb)\b"
)
# "There will be a murder" over a seating plan or a family row.
_THERE_WILL_BE = (
    r"|(?=\bthere)"
    + _NO_RISK_SIGNS
    + r"\bthere(?:'s| is| will| 'll|'ll) (?:going to |gonna )?be (?:a )?"
    r"(?:murder|murders|carnage|a riot|fisticuffs|words)\b"
)
# "I'll kill him, he's only gone and eaten the last of the pudding": the threat first, then a
# trivial offence against one's things.
_THREAT_THEN_OFFENCE = (
    r"|(?=\b(?:i|gonna|going))"
    + _NO_RISK_SIGNS
    + r"\b(?:i'?ll|i will|gonna|going to|i'm going to|i'm gonna) (?:literally |"
    r"actually |so |totally )?(?:kill|murder|strangle|throttle|end|skin) (?:him|her|them|our \w+|my "
    r"\w+|[a-z]+)\b[^\n]{0,60}\b(?:he|she|they)(?:'s|'ve| has| have)?(?: only| just| gone| and| "
    r"went)* " + _TRIVIAL_OFFENCE + r" (?:my|all my|the last|all the|the whole)\b"
)
# A death phrase explained at once as something mundane ("end it all... by which I mean delete
# the app", "end it with my gym membership").
_MUNDANE_MEANING = (
    r"|\b(?:end(?:ing)? (?:it all|it|things|everything)|kill(?:ing)? myself)\b[^\n]{0,8}?(?:\.\.\.|,|"
    r" -|…)? ?(?:by which i mean|i mean|as in|meaning|with) (?:my |the |this |that )?(?:delet\w*|"
    r"uninstall\w*|cancel\w*|quit\w*|unsubscrib\w*|unfollow\w*|(?:gym |phone |netflix |spotify |"
    r"sky |broadband )?(?:membership|subscription|contract|app|account|streak|diet|fantasy team))\b"
)
# Self-harm told as long over, with recovery or contentment said, and no sign it is back.
_SH_PAST = (
    r"(?:used to (?:cut|self harm|hurt myself|burn myself)|(?:was|were) (?:cutting|self harming|"
    r"hurting myself)|(?:i )?self harmed)"
)
_SH_RECOVERED = (
    r"(?:clean (?:since|for|ever since)|been clean|haven't (?:cut|done it|self harmed|hurt myself) "
    r"(?:since|in)|like my life now|love my life|proud of (?:how far|myself|me|where i am)|barely "
    r"think about it|(?:so )?glad i'm still here|in a good place|doing (?:really |so )?well now|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years|months) clean)"
)
_SH_BACK = (
    r"(?![^\n]*\b(?:again|relapsed?|last night|yesterday|this week|urges? (?:are |is )?back|"
    r"started again|first time in|slipped|want to (?:cut|do it))\b)"
)
_RESOLVED_SELF_HARM = (
    r"|(?=\b"
    + _SH_PAST
    + r")"
    + _SH_BACK
    + r"\b"
    + _SH_PAST
    + r"\b[^\n]{0,160}\b"
    + _SH_RECOVERED
    + r"\b"
)
# Telling one's work in a caring or emergency job ("paramedic here, three ODs on shift").
_CARE_ROLE = (
    r"(?:paramedic|nurse|doctor|gp|medic|emt|pharmacist|pharmacy student|nursing student|medical "
    r"student|care worker|carer|support worker|police officer|firefighter|lifeguard|first aider|"
    r"a&e nurse|er nurse|junior doctor|midwife|hca)"
)
_AT_WORK = (
    r"|(?=\b(?:"
    + _CARE_ROLE
    + r" here|i'm an? |i am an? |as an? ))(?![^\n]*\b(?:myself|want to die|wanna die|end it|had enough|can't (?:cope|go on|do this|"
    r"take)|i took|i've taken|i swallowed|suicidal|not ok|not okay|my own)\b)\b(?:"
    + _CARE_ROLE
    + r" here|(?:i'm|i am|as) an? "
    + _CARE_ROLE
    + r")\b(?=[^\n]{0,160}\b(?:shift|patients?|"
    r"call-?outs?|ward|ods|overdoses|narcan|naloxone|resus|cpr|training|outreach|on duty)\b)"
)
# Affairs put in order at an age or for reasons that make it ordinary, said with no despair.
_AFFAIRS_ORDINARY = (
    r"|(?=\b(?:put|putting|got|getting|sorted|have|had) |\b"
    + _ORDINARY_WILL
    + r")(?![^\n]*\b(?:pills|tablets|overdose|rope|goodbye|letters? for|no point|tired of|won't need|"
    r"not be here|nothing left|lonely|ready to go|end it|kill myself|don't want to)\b)(?:\b(?:put|"
    r"putting|got|getting|sorted|have|had) (?:all )?(?:my|our) affairs in order\b(?=[^\n]{0,120}\b"
    + _ORDINARY_WILL
    + r")|\b"
    + _ORDINARY_WILL
    + _SAFE_GAP
    + r"{0,80}\b(?:put|putting|got|getting|sorted|have|had) (?:all )?(?:my|our) affairs in order\b)"
)
# "If I have to sit through one more meeting I'll jump out the window": the cause is a named,
# recurring annoyance (never a day, a night or life itself).
_IF_ONE_MORE = (
    r"|(?=\bif (?:i|we) )"
    + _NO_RISK_SIGNS
    + r"\bif (?:i|we) (?:have to |'ve got to |got to |must )?(?:sit through|hear|listen to|see|"
    r"read|answer|attend|watch|do|get|reply to) (?:one more|another|that|this|the)(?: [\w-]+){0,4} "
    r"(?:meetings?|jingle|ad|advert|song|emails?|lectures?|presentations?|zoom calls?|calls?|"
    r"spreadsheets?|forms?|group chats?|episodes?|voice ?notes?|reply ?alls?|powerpoints?|"
    r"sales pitch|small talk)\b(?: again)?[^\n]{0,30}?\b(?:i'll|i will|i'm going to|i'm gonna|"
    r"gonna|i'm) (?:literally |actually |honestly )?(?:jump(?: (?:out|off)(?: \w+){0,3})?|kill "
    r"myself|die|scream|throw myself(?: \w+){0,4})"
    r"|(?=\b(?:kill myself|die|jump) )"
    + _NO_RISK_SIGNS
    + r"\b(?:kill myself|die|jump (?:out|off)(?: \w+){0,3}) if (?:this|that|the|one more|another) "
    r"(?:\w+ )?(?:meeting|lecture|call|presentation|queue|jingle|song|advert|ad)\b"
)
# A near-miss in an everyday accident ("nearly killed myself tripping over the dog's lead").
_NEAR_MISS = (
    r"|\b(?:nearly|almost|practically) (?:killed myself|died|broke my neck)\b(?= (?:tripping|"
    r"falling|slipping|on (?:the|a|some|my)|over (?:the|a|my)|down the stairs|getting out|"
    r"walking|running|laughing|choking on))"
)
# Fixed everyday phrases with a violent or falling verb; a start at a named gadget's noise (not
# a startle that has lasted since something frightening happened).
_FIXED_PHRASES = (
    r"|\bshoot(?:ing)? (?:my|your|his|her|their) shot\b|\bshoot(?:ing)? (?:some |a few )?(?:hoops|"
    r"baskets|the breeze)\b|\bjump(?:ing)? out of my skin (?:if|when|the next time) (?:that|the|this|my|"
    r"his|her|our) (?:\w+ )?(?:alarm|phone|doorbell|kettle|printer|microwave|notification|"
    r"ringtone|drill|baby monitor|dog|beeping)\b"
)
# A crisis long past, told with gladness to be alive now (an old note found, an attempt at 16).
_CRISIS_PAST = (
    r"(?:wrote a (?:suicide )?note|tried to (?:kill myself|end it|take my (?:own )?life)|attempted "
    r"suicide|my (?:suicide )?attempt|overdosed)"
)
_GLAD_ALIVE = (
    r"(?:(?:so |really |very )?glad (?:i'm|i am) (?:still )?(?:here|alive)|glad i (?:survived|made it|"
    r"stayed)|grateful (?:to be|i'm) (?:still )?(?:here|alive)|love my life now)"
)
_RESOLVED_CRISIS = (
    r"|(?=\b"
    + _CRISIS_PAST
    + r")"
    + _SH_BACK
    + r"\b"
    + _CRISIS_PAST
    + r"\b(?= (?:at \d{1,2}|when i was|years ago|back in|as a teen|in (?:school|uni|college|my "
    r"teens)))[^\n]{0,160}\b" + _GLAD_ALIVE + r"\b"
)
# -- fourth round idiom classes -------------------------------------------------------------------
# Hyperbole on a recurring work or school ritual ("one more two-hour stand-up and I'm walking
# into the sea"): the named ritual is the cause, never a day, a night or life itself.
_RITUALS = (
    r"(?:meetings?|stand-?ups?|all-hands|town halls?|retros?|sprint (?:reviews?|planning)|webinars?|"
    r"training (?:sessions?|days?)|away ?days?|assembl(?:y|ies)|sermons?|speeches|quarterly "
    r"reviews?|performance reviews?|icebreakers?|team[- ]building(?: \w+)?|conference calls?|"
    r"zoom calls?|teams calls?|catch-?ups?|syncs?|huddles?|presentations?|lectures?|seminars?|"
    r"powerpoints?|slide decks?|group projects?|networking events?|fire drills?|onboarding \w+)"
)
_HYPERBOLE_EXIT = (
    r"(?:walk(?:ing)? (?:into|in to) the (?:sea|ocean|lake|river|sunset)|walk(?:ing)? into the "
    r"sea|drown myself in the (?:sea|ocean|lake|river)|jump(?:ing)? (?:out|off)(?: \w+){0,3}|"
    r"throw(?:ing)? myself(?: \w+){0,4}|kill(?:ing)? myself|die|fake my (?:own )?death|scream|"
    r"lie down in the (?:road|sea|car park))"
)
_IF_ONE_MORE4 = (
    r"|(?=\bif (?:i|we) )"
    + _NO_RISK_SIGNS
    + r"\bif (?:i|we) (?:have to |'ve got to |got to |must )?(?:sit through|attend|do|get|join|"
    r"endure|survive|hear|watch) (?:one more|another|that|this|the)(?: [\w-]+){0,4} "
    + _RITUALS
    + r"\b(?: (?:about|on|with|from) [\w-]+(?: [\w-]+)?)?(?: again)?[^\n]{0,30}?\b(?:i'll|i will|i'm going to|i'm gonna|gonna|i'm) "
    r"(?:literally |actually |honestly |just )?"
    + _HYPERBOLE_EXIT
    + r"|(?=\bone more )"
    + _NO_RISK_SIGNS
    + r"\bone more(?: [\w-]+){0,3} "
    + _RITUALS
    + r"\b(?: (?:about|on|with|from) [\w-]+(?: [\w-]+)?)?(?: and|,)? (?:i'll|i will|i'm|i am) (?:literally |actually |honestly |just )?(?:be )?"
    + _HYPERBOLE_EXIT
)
# Someone close warning that a dangerous job or pastime will kill them one day ("missus says
# I'll drown out there one day"): an accident feared by another, not a wish, unless the writer
# welcomes it.
_RISKY_PURSUITS = (
    r"(?:boat|water|fishing|pots|trawler|the sea|out there|bike|motorbike|motorcycle|climb\w*|"
    r"ladders?|roofs?|scaffold\w*|mountains?|surf\w*|rugby|horses?|hunting|skydiv\w*|diving|"
    r"base jump\w*|racing|rally|quad|tractor|chainsaw|ice|canoe|kayak\w*)"
)
_WELCOMED = (
    r"(?![^\n]*\b(?:don't care|wouldn't care|hope (?:so|i do|it's soon)|wish (?:she|he|they|it)|"
    r"good riddance|want to|wanna|might as well|fine by me|better off|can't wait)\b)"
)
_WARNING = (
    r"\b(?:my )?(?:missus|wife|husband|hubby|mum|mom|mam|ma|nan|gran|dad|da|mother|father|partner|"
    r"other half|girlfriend|boyfriend|family|everyone|the lads|mates?|friends?)(?: always| still| "
    r"keeps?)? (?:says|said|reckons|tells me|told me|thinks|warns? me|warned me|swears)(?: that)? "
    r"(?:i'll|i will|i'm going to|i'm gonna|i'd|one day i'll) (?:end up )?(?:drown|die|break my "
    r"neck|fall|be killed|get (?:myself )?killed|end up dead)\b"
)
_WARNED_DANGER = (
    r"|(?=\b"
    + _RISKY_PURSUITS
    + r"\b)"
    + _NO_RISK_SIGNS
    + _WELCOMED
    + r"\b"
    + _RISKY_PURSUITS
    + r"\b[^\n]{0,160}?"
    + _WARNING
    + r"|(?="
    + _WARNING
    + r")"
    + _NO_RISK_SIGNS
    + _WELCOMED
    + _WARNING
    + r"(?=[^\n]{0,160}\b"
    + _RISKY_PURSUITS
    + r"\b)"
)
_IDIOM_CLASSES = (
    _LAUGHING
    + _IN_TROUBLE
    + _BEAT_TASK
    + _SPORTS_HYPERBOLE
    + _LEISURE_JUMPS
    + _BREAKUP
    + _HOUSEHOLD_INJURY
    + _KILLED_BY_THINGS
    + _VOICES_JOKE
    + _ELDER_TALK
    + _WILLS
    + _DO_WELL
    + _OFFENCE_THREAT
    + _WORK_FAREWELL
    + _HEALED_SCARS
    + _ORDINARY_DECISION
    + _EVENT_PICKED
    + _PHONE_PUNISHMENT
    + _KMS_ANNOYANCE
    + _SO_DEAD
    + _THREAT_RETRACTED
    + _THERE_WILL_BE
    + _THREAT_THEN_OFFENCE
    + _MUNDANE_MEANING
    + _RESOLVED_SELF_HARM
    + _AT_WORK
    + _AFFAIRS_ORDINARY
    + _IF_ONE_MORE
    + _NEAR_MISS
    + _FIXED_PHRASES
    + _RESOLVED_CRISIS
    + _IF_ONE_MORE4
    + _WARNED_DANGER
)

# -- context modifiers --------------------------------------------------------------------------

MODIFIERS = Modifiers(
    negation=re.compile(
        r"\b(?:never|not|no|don't|do not|didn't|won't|wouldn't|would not|will not|i'd never|no way"
        r"|nor|without|isn't|aren't|haven't|hasn't|zero)\b"
    ),
    past=re.compile(
        r"\b(?:used to|years? ago|a long time ago|when i was (?:\d+|a (?:kid|teen|child|teenager|"
        r"student)|young|little|small|younger|at (?:school|uni))|back (?:then|in (?:\d{4}|school|uni"
        r"|college|high school|the day))|in the past|at uni i|as a (?:kid|teen|child|teenager)|since"
        r" (?:19|20)\d\d|over a decade|last year|\d+ years (?:ago|(?:clean|sober)(?![^.!?\n]{0,40}\b(?:and|but|then|until) (?:i )?(?:just |today |last night |tonight )?(?:i )?(?:drank|used|relapsed|scored|had (?:a |some )?(?:drink|bottle|hit|line))))|in my (?:teens|twenties"
        r")|(?:he|she) died (?:a long time|years))\b"
    ),
    recovery=re.compile(
        r"\b(?:clean|sober|recovered|in recovery|stable|therapy (?:really )?(?:helped|changed)|worked"
        r" through|i'm better now|doing (?:much |so )?better|haven't (?:in|since)|don't anymore|not "
        r"anymore|no longer|stopped wanting to|it's been \d+ (?:months|years))\b"
    ),
    idiom=re.compile(
        r"\b(?:is|are|was|were|'s|'re) (?:absolutely |literally |really |slowly |so )?(?:killing|"
        r"murdering) me\b|\bkill me now\b|\bto die for\b|\bdying (?:to|for|of)\b|\bi could die\b|"
        r"\bkill(?:ed|ing)? it\b|\bkill(?:ing)? (?:time|two birds)\b|\bdead (?:tired|on my feet)\b|"
        r"\bdie on (?:this|that|the|a) (?:\w+ )?hill\b|\bdead to (?:me|him|her|them)\b|\b(?:i'm|im) (?:literally |so )?(?:dead|deceased)\b|\bthe "
        r"death of me\b|\b(?:will|'ll|going to|gonna) (?:kill|murder) me (?:if|when|for)\b"
        # ...but not a threat about leaving or telling, nor one with violence or fear around it.
        r"(?!(?: i)? (?:leave|tell|go to|call|report|try|speak|talk|ever)\b|(?: he| she| they) "
        r"(?:gets?|comes?) (?:home|back)|[^\n]*\b(?:hits? me|hit me|beats? me|hurts? me|scared|"
        r"afraid|terrified|last time|bruises?|police)\b)|\bgoing "
        r"to murder me\b|\bmurder a\b|\b(?:is|'s) murder\b|\bwhat doesn't kill you\b|\bheart attack"
        r" when\b|\bcrash so hard\b|\b(?:battery|phone|laptop|plants?|car|goldfish|dog|cat)\b[^.!?]"
        r"{0,20}\bdied\b|\bdied (?:her|his|my) hair\b|\bsuicide (?:squad|sprints?)\b|\bkiller "
        r"(?:app|workout|heels)\b|\bdying (?:on|in) the\b|\bone-shot\b|\bwant to die\b[^.!?]{0,10}"
        r"\b(?:of|from) (?:embarrassment|shame|laughter)\b|\bso (?:hungover|embarrassed|bored|"
        r"tired|full)\b[^.!?]{0,12}\b(?:want to|could|gonna) (?:die|cry)\b|\bwant to drive into a "
        r"wall\b|\bthe voices in my head (?:are telling me to|say i should|tell me to|said to|say) (?:buy|eat|get|order|have|watch|book|go)\b|\b"
        # An accident told, not one intended ("going to burn myself with the iron tonight").
        r"(?<!going to )(?<!gonna )(?<!want to )(?<!will )(?<!i'll )(?<!i'm going to )"
        # ...nor one someone or a voice tells them to do ("says i should burn my hands on the stove").
        r"(?<!should )(?<!have to )(?<!must )(?<!need to )(?<!me to )"
        r"(?:cut|burn|burnt|burned|nick|stabbed) (?:myself|my \w+) (?:on|with|doing|while|shaving|"
        r"cooking)\b|\bjust a nick\b|\b(?:be|i'll be) dead (?:and buried )?(?:before|by the time)\b|\b"
        r"(?:my )?last (?:message|text|post) (?:before|for|until|till|of the|in(?! drafts?\b)|on|to (?:the|this|our)|today|tonight)\b|\b(?:die|dying|died) of (?:embarrassment|shame|boredom|laughter|cringe|heat|hunger|thirst)\b|\bi'?ll be gone (?:for|till|until|on)\b|\bhow do i kill\b[^?]{0,30}\bwithout dying\b|\bcut myself on\b"
        + _IDIOM_CLASSES
    ),
    # ...but not a laugh taken back at once ("lol but not lol"): that one says it is meant.
    hyperbole=re.compile(
        r"(?<!not )(?<!not even )\b(?:lol|jaja|lmao|haha)\b(?! but (?:not|no) (?:lol|jaja|lmao|"
        r"haha|joking|kidding)\b)"
    ),
    fiction=re.compile(
        r"\b(?:in (?:the|a|my|this) (?:book|novel|film|movie|show|series|play|song|poem|story|game|"
        r"episode|chapter)|(?<!gave away my )(?<!giving away my )(?<!given away my )(?<!gave my )"
        # (books given away are possessions, not fiction)
        r"(?<!giving my )(?<!gave away all my )(?<!given away all my )books?|novels?|films?|movies?|songs?|lyrics?|poem|poetry|story|stories|"
        r"script|character|villain|the killer|thriller|horror|murder mystery|fiction|creative "
        r"writing|a-level|english class|literature|shakespeare|hamlet|romeo and juliet|plath|role ?"
        r"play|minecraft|call of duty|fortnite|fifa|the game|raid boss|final boss|warlock|zombie|"
        r"i'm playing the|sea shanty|choir|school play)\b"
    ),
    informational=re.compile(
        r"\b(?:how (?:do|can|should|would|could) (?:i|we|you) (?:help|support|talk to|check in|"
        r"ask|spot|notice|recogni[sz]e|know if|tell if|bring up|raise|"
        r"explain|respond|reply|write|comfort|be there|bring it up|approach|tell)|what (?:do|should|"
        r"can) (?:i|we|you) (?:say|do|write) (?:if|when|to)|warning signs|signs that|prevention|what"
        r" (?:is|are|does)\b[^?]{0,40}\b(?:mean|number|988|crisis line|hotline|ideation)|988|741741|"
        r"crisis lines?|hotlines?|samaritans|lifeline|helplines?|crisis text line|support groups?|"
        r"resources|bereave\w*|died by suicide|who (?:do|should) (?:i|you|we) (?:call|ring|phone)|"
        r"(?:do|should) (?:i|you|we) (?:call|ring|phone) (?:999|911|112|000|111|an ambulance|poison"
        r" control)|poison control|poisons? (?:centre|center|information)|first aid|textbook|how does \w+ work|explain it|the treatment "
        r"steps|quiz me|what happens after we die|(?:right|safe|safest|best) way to (?:store|dispose of"
        r"|get rid of|lock up)|how (?:do|should|can) i (?:store|dispose of|lock up|get rid of))\b"
        # Superlatives about animals and the world, not about a way to die.
        r"|\bwhere (?:can|do|should|could) (?:i|we) (?:drop off|take|hand in|return|dispose of|"
        r"(?:safely )?get rid of) (?:my |the |his |her |our |some )?(?:late \w+'s |\w+'s )?(?:old |"
        r"leftover |left over |unused |spare |expired )?(?:\w+ )?(?:pills|meds|medication|medicines?|"
        r"tablets|painkillers|prescriptions?|sharps|needles|insulin)\b"
        r"|\bwhat (?:do|should|can) i do with (?:my |the |his |her |our )?(?:\w+'s )?(?:old |late "
        r"\w+'s )?(?:guns?|shotguns?|rifles?|firearms?|air rifle|ammo|ammunition|pills|meds|"
        r"medication|tablets|insulin)\b|\bwho (?:takes|collects|accepts) (?:them|guns|firearms|"
        r"old medicines?)\b|\bhand (?:it|them|the \w+) in (?:to|at) the (?:police|pharmacy|chemist)\b"
        r"|\b(?:most (?:dangerous|venomous|poisonous|deadly)|deadliest)\b[^?.!]{0,15}\b(?:snakes?|"
        r"spiders?|sharks?|jellyfish|animals?|insects?|birds?|fish|creatures?|dog breeds?|roads?|"
        r"countr(?:y|ies)|cit(?:y|ies)|sports?|jobs?|storms?|volcano(?:es)?|predators?)\b"
    ),
    hypothetical=re.compile(
        r"\b(?:what if|hypothetically|asked (?:me )?(?:if|whether)|if someone|if a (?:patient|friend"
        r"|student|client)|(?:keeps?|kept) asking (?:me )?(?:if|whether)|(?:therapist|doctor|gp|nurse|"
        r"counsell?or|psychiatrist|psychologist|teacher|social worker) (?:\w+ )?(?:asks?|asked|asking|"
        r"checks?|checked|checking) (?:me )?(?:if|whether))\b"
    ),
    joking=re.compile(
        r"(?<!not )\b(?:just joking|only joking|just kidding|kidding|jk|joking lol|was a joke|it's a"
        r" joke)\b"
    ),
    timeline=re.compile(
        r"\b(?:tonight|tomorrow|this (?:weekend|friday|saturday|sunday|monday|evening|time)|on "
        + DAYS
        + r"|next (?:week|"
        + DAYS
        + r")|after (?:school|work|everyone's asleep|everyone is asleep|they (?:leave|go))|when (?:my"
        r"|everyone|they|mum|mom|dad)\b[^.!?]{0,40}\b(?:away|asleep|leave|at work|out|gone|takes)"
        r"|before (?:the )?(?:weekend|christmas|my birthday)|tonight's the night|sunday's the day"
        r"|later today|later tonight|in a few hours|at midnight|this week|by the end of the (?:day|week)"
        r"|by (?:then|christmas|my birthday|next week|the weekend|summer|new year|the end of the (?:month|term)|tomorrow|tonight|"
        + DAYS
        + r")|after (?:the |my |our )?(?:exams|finals|results|funeral|wedding|holidays|christmas|graduation|"
        r"(?:his|her|their|mum's|mom's|dad's) birthday)"
        r"|after the kids (?:are asleep|go to bed|sleep|are in bed)|once (?:everyone|they|the kids) "
        r"(?:is |are )?(?:asleep|gone|in bed))\b"
    ),
    means=re.compile(
        r"\b(?:i've got|i have|i've|got|have|bought|saved|saving|stockpil\w+|collected|hidden|hid|"
        r"stashed|keeping|kept|my (?:dad's|mum's|mom's|grandad's|nan's))\b[^.!?]{0,40}\b"
        + MEANS
        + r"\b|\b(?:pills|tablets|rope|gun)\b[^.!?]{0,20}\b(?:are|is) (?:in|under|ready|set up)\b|"
        r"\benough \w+ to\b|\bwhere (?:my |our )?\w+ keeps? (?:the |his |her |their )?(?:key to the "
        r")?(?:guns?|gun safe|rifles?|shotgun|pills|meds|tablets|sleeping pills|knives)\b|\bwhere "
        r"(?:the |my |our )?(?:keys? (?:to|for) the )?(?:gun (?:cabinet|safe|cupboard)|guns?|rifles?|"
        r"shotgun|ammo|ammunition)(?: is| are|'s)\b"
    ),
    intent=re.compile(
        r"\b(?:i'm|i am|i) (?:going to|gonna|will|'ll)\b|\bi've (?:decided|made up my mind|worked it"
        r")|\bwas going to\b|\bnot joking\b|\bgot everything ready\b|\bit's time\b|\bi (?:have )?decided\b"
        r"|\bmy mind is made up\b|(?:^|[.!?] ?)decided\b|\b(?:the |my )?(?:plans? (?:is|are)|plan's) (?:set|made|in place|ready|final)\b|\bi'm (?:doing it|ready)\b|\bi(?:'m)? plan(?:ning)? to\b"
    ),
    immediacy=re.compile(
        r"\b(?:right now|as we speak|already (?:took|started|did)|just (?:took|did|swallowed|"
        r"started)|in my hand|this is goodbye|goodbye|bye|sorry for everything|do it now|it's really "
        r"high)\b"
    ),
    clause_break=re.compile(r"[.;!?\n]|\band\b|\bbut\b|\bthough\b|\bbecause\b|,"),
    distress=re.compile(
        # "My character wants to die, like me": the story says what the writer feels.
        r"\bwants? to (?:die|kill (?:him|her|them)self|disappear|end it)\b[^.!?]{0,15}\b(?:like me|"
        r"same as me|like i do)\b|"
        r"\b(?:lost my (?:job|house|home|wife|husband|partner|mum|mom|dad|son|daughter)|(?:wife|"
        r"husband|partner|girlfriend|boyfriend)(?: says)? (?:she's |he's )?(?:leaving|left)|hate my life|"
        r"nothing ever (?:works out|goes right)|since the"
        r" (?:divorce|breakup|funeral)|fallen apart|falling apart|(?:i'm|i am|feel like) (?:such )?a "
        r"failure|hate myself|worthless|can't take (?:it|this) anymore|can't cope|so tired of|"
        r"disappointed in me|nothing's ever going to change|everything is falling|no one cares|"
        r"nobody cares|i'm so tired|ruined my life|everyone has moved on|can't do (?:this|it|any of"
        r" this) any ?more|can't (?:live|go on|keep going) like this|can't (?:take|handle) (?:it|this|"
        r"much more|any more)|(?:i'm|i am) (?:so |just |completely )?done with (?:everything|it all|"
        r"all of (?:it|this)|life|this life)|(?:i'm|i am) so done|"
        r"(?:i )?(?:just )?want out|want (?:the|this|all the|my) pain to (?:stop|end|go away)|want "
        r"(?:it|everything|all of this|this) to (?:stop|end)|at the end of my rope|there's no point"
        r"|no point (?:anymore|any more)|(?:i'd|i would) rather be dead|want (?:it|this|everything|it "
        r"all) to be over|please just tell me|want (?:it all|everything|it) to stop\w*|can't keep (?:doing "
        r"this|going|on|living)|can't (?:take|face|do|handle|survive) another day|(?:every(?:one|body)|"
        r"they all)(?: (?:at|in) (?:school|work|class|college|uni|my class|my year|my team|home))? hates? me|"
        r"(?:i'm|im|i am|i feel like|says i'm|said i'm|says im|said im|calls me|called me) (?:a |such a |just a )?waste of (?:space|oxygen|air|skin)|hate everything|(?:everything|life|my life)(?:'s| is) (?:shit|crap|hell|"
        r"a nightmare)|had enough of (?:living|life|being alive|everything|it all)|(?:i'm|i am) "
        r"(?:so |just |completely |honestly )?done(?= *(?:$|[.!]))|(?:life|my life|everything|living|it all) (?:is|feels|seems) "
        r"(?:so |just |completely |totally )?(?:pointless|meaningless|hopeless|empty)|(?:nobody|no one|"
        r"noone) would (?:even )?(?:care|notice|miss me)|(?:makes?|made) no difference to (?:anyone|"
        r"anybody|anything)|(?:they|everyone|my family|my kids|the kids|family) would (?:cope|manage|"
        r"be fine) without me|"
        # A method question said to be for oneself.
        r"(?:and )?no,? (?:it's |its |it is )?not for a friend|asking for myself|asking (?:because|"
        r"cos|bc|as) i(?: keep| kept| have been|'ve been| am|'m| was)\b[^.!?\n]{0,50}\bthinking about (?:it|"
        r"doing it|jumping|ending it))\b"
    ),
    relapse=re.compile(
        r"\b(?:again|relapsed?|back to|started again|first time in|(?:are|is|came|coming) back)\b"
    ),
    coped=re.compile(
        r"\bbut (?:i|it)\b[^.!?]{0,50}\b(?:held ice|went for a (?:walk|run)|texted|called|rang|used"
        r" my|did my|did the|passed|helped|distracted)\b|\b(?:the (?:feeling|urge)|it) passed\b|"
        r"\binstead\b(?! of (?:surviving|living|being (?:alive|here|saved)|waking|making it|him|her|them"
        r"|my \w+))"
    ),
    ordinary_stay=re.compile(
        r"\b(?:on|at|down to|under|underneath|near|by) (?:the |a |this |top of the )?"
        + HIGH_PLACES
        + r"\b"
        + _ORDINARY_ACTIVITY
    ),
    serious=re.compile(
        r"\b(?:for real|seriously|not joking|no joke|i mean it|not even joking)\b"
        # A laugh taken back in the same breath ("lol but not lol", "not even lol").
        r"|\b(?:lol|haha|lmao) but (?:not|no) (?:lol|haha|lmao|joking|kidding)\b|\bnot (?:even )?lol\b"
    ),
    away=re.compile(
        r"\b(?:he's|she's|they're|he is|she is|they are) (?:away|at work|out of town|abroad|gone "
        r"for|not (?:here|home|around)|in (?:prison|jail)|working away)\b|\baway (?:this|for the|"
        r"until|till) (?:week|weekend|month|\w+day)\b|\bwhile (?:he|she)(?:'s| is) away\b"
    ),
    departure=re.compile(
        r"\b(?:moving|move|moved|emigrat\w*|relocat\w*|downsiz\w*) (?:to|abroad|overseas|into|"
        r"house|out|away|back to|across)\b|\bretir(?:ing|ement|ed)\b|\bnew job (?:in|abroad|"
        r"overseas)\b|\b(?:leaving|off|going) (?:for|to) (?:uni|university|college|the army|basic "
        r"training|boarding school)\b|\bstudy(?:ing)? abroad\b|\bgap year\b|\bemigrating\b|\bvisa "
        r"(?:came through|approved|granted)\b|\b(?:my|our|the) flight (?:to|out|leaves|is on)\b|\bflying "
        r"out (?:to|on)\b|\bnew job,? new (?:life|city|country|start)\b|\bnew life in\b|"
        r"\b(?:having|going in for|before) (?:an |my )?(?:operation|"
        r"surgery|op)\b|\bfasting for (?:a|my|the) (?:blood test|surgery|operation|procedure|scan)\b|\blast day (?:of|at) (?:school|term|uni|college|sixth form|camp|nursery|year \d+|primary)\b|\bend of (?:term|the school year|year \d+)\b|\bschool(?:'s| is) (?:over|out)\b|\b(?:outgrown|grew out of|too small for (?:her|him|me|"
        r"them)|(?:don't|doesn't|no longer) (?:fit|use|wear) (?:them|it|these))\b"
    ),
)
