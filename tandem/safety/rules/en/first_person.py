"""English rules about the writer themself, every category (the first table in RULES)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.en.lexicon import _ORDINARY_STAY, DAYS, HIGH_PLACES, QUANTITY, SELF_DEATH

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
        r"popped)\b(?: them| it)?[^.!?]{0,12}\b"
        + QUANTITY
        # A number with a unit is a dose ("took 10 mg of melatonin"), not a count of pills,
        # unless the dose itself is huge (5,000 mg and up).
        + r"\b(?!(?<![5-9]\d{3})(?<!\d{5}) ?(?:mg|mcg|ml|g|grams?|milligrams?)\b)"
        r"[^.!?]{0,40}\b(?:pills|tablets|"
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
