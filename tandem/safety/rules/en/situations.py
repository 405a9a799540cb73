"""English rules for crises told through the situation rather than risk words.

Each row reads a *class* of situation a clinician recognises without any death word in it: an
overdose told as "had maybe 40", a note being written for someone, a pet handed over "for a
bit" and "the last thing sorted", a quiet spot nobody visits and a day that "feels right", a
method question inside a story whose character "is basically me", insulin stopped on purpose
with the breath smelling of pear drops; and, about someone else, blue lips after drugs, a
locked door with a smell of charcoal, a teenager's searches for painless methods, a relative
locked in by a lodger, a favourite thing given away by a friend who is tired of everything.

Guards follow the first literal words of each alternative (never a line-wide guard first, see
tests/safety/test_rule_patterns.py) and keep out the ordinary look-alikes of each class: a note
for the milkman, a dog minded while someone is on holiday, a quarry found for stargazing, a
flatmate who passed out after a wedding, scratching midge bites.
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.en.lexicon import DAYS

# -- shared fragments -----------------------------------------------------------------------------

# Someone else, as people name them when worried about them.
_THEM = (
    r"(?:he|she|they|(?:my|our|her|his|their) (?:\d+ ?(?:y/?o|yo|year old)(?:'s)? )?(?:best )?"
    r"(?:friend|mate|bestie|sister|brother|son|daughter|kid|child|boy|girl|teen|teenager|partner|"
    r"boyfriend|girlfriend|husband|wife|mum|mom|dad|flatmate|housemate|roommate|cousin|colleague|"
    r"coworker|grandpa|grandad|granddad|grandma|gran|nan|nanna|uncle|aunt|niece|nephew|"
    r"neighbou?r|student|y/?o|yo|lodger|carer))"
)
# A count big enough to be an overdose (not a dose), with no unit after it.
_BIG = (
    r"(?:1\d|[2-9]\d|1\d\d|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred)"
    r"(?! ?(?:mg|ml|g|mins?|minutes?|hours?|days?|weeks?|years?|times?|quid|pounds?|%))"
)
_PILL = (
    r"(?:pills?|tablets?|caps|capsules?|meds|painkillers|sleeping (?:pills|tablets)|"
    + MEDICINES
    + r")"
)
# A pet, or a pet's name: the word after "take/have/look after", but not a person or a chore.
_PET = (
    r"(?:(?:my|our|the) )?(?!it\b|them\b|him\b|her\b|me\b|us\b|over\b|a\b|the\b|some\b|care\b|"
    r"turns\b|time\b|notes?\b|photos?\b|kids?\b|children\b|baby\b|boys\b|girls\b|shift\b|car\b|"
    r"keys?\b|bins?\b|post\b|plants?\b|stuff\b|things\b|boxes\b|bags?\b)[a-z]+"
)
# An ordinary reason for someone else to mind a pet (or for anything to be sorted).
_ORDINARY_REASON = (
    r"(?:while|when|because|cos|since|as i|till|until|holiday|hols|trip|away|abroad|hospital|"
    r"rehab|op|operation|surgery|work(?:s|ing)?|weekend|move|moving|flat|landlord|builders|"
    r"wedding|exam|exams|course|festival|conference|visit|honeymoon|allergic|allergy|baby)"
)
# Why someone is somewhere quiet that has nothing to do with dying.
_QUIET_PURPOSE = (
    r"(?:stargaz\w*|stars|camp\w*|picnic|fish\w*|photos?|photograph\w*|telescope|swim\w*|paint\w*|"
    r"read\w*|smok\w*|vap\w*|party|parties|bbq|barbecue|date|propos\w*|meditat\w*|bird\w*|"
    r"sketch\w*|geocach\w*|skat\w*|climb\w*|bould\w*|wedding|tent|drone|film\w*|practi[cs]e|"
    r"rehears\w*|band|graffiti|dog walk\w*|walk the dog|run|running|jog\w*|sunset|sunrise|"
    r"view|meteor\w*|eclipse|aurora|kiss\w*)"
)
# Death or a method named anywhere in a message that also frames itself as fiction.
_DEATH_CUE = (
    r"(?:die|dies|dying|died|dead|death|suicide|overdose|pass(?:es)? out|engine running|exhaust|"
    r"fumes|crash|accident|insurance|jump(?:s|ed)? (?:off|from|in front)|hang(?:s|ed|ing)? "
    r"(?:him|her|them)sel(?:f|ves)|noose|pills|go quietly|lethal|fatal|painless\w*|end (?:it|it all|"
    r"her life|his life|their life|things)|drown\w*|tracks|(?:not|never) wake up|kill(?:s|ed|ing)? "
    r"(?:him|her|them)sel(?:f|ves))"
)
# "The character is basically me": the writer steps into the story.
_SELF_ID = (
    r"(?:\b(?:character|protagonist|narrator|heroine|she|he|they)(?:'s| is| are|'re) (?:basically|"
    r"pretty much|literally|kind of|kinda|sort of|sorta|really|actually|obviously|probably|more or "
    r"less|just) me\b|(?:^|[.,;:!?-] ?)like me,? i (?:guess|suppose|think)\b|\b(?:i'm|im|i am) "
    r"(?:basically |pretty much |kind of |kinda )?the (?:character|protagonist|narrator)\b|\b(?:it's|"
    r"its|this is|the story is|the book is|the novel is) (?:basically |really |kind of |kinda )?"
    r"(?:about|based on) me\b|\bnot really (?:for )?(?:a|my|the) (?:story|novel|book|character|"
    r"script|poem)\b)"
    # "...basically me, but braver / except she's rich": a likeness, not the writer's own state.
    r"(?!,? (?:but|except|minus|only|in (?:that|looks|the way)|with|when it comes|lol|haha|ha\b))"
)
# Signs a body is giving way now (a faint once at the gym is history, not one of these).
_ACUTE_BODY = (
    r"(?:confused|cold to (?:the )?touch|(?:can't|cannot|couldn't) (?:stand|get up|walk|wake (?:her|"
    r"him|them))|won't wake|not waking|collapsed(?! (?:once|last|a while))|chest (?:pain|hurts)|"
    r"heart (?:is |'s )?(?:racing|pounding|skipping|fluttering)|pulse (?:is )?(?:weak|slow|low)|"
    r"blue lips|lips (?:are )?(?:going |turning )?(?:blue|grey|gray)|floppy|not making sense|"
    r"slurring|fitting|seizure)"
)
# Eating cut to almost nothing for a long stretch, said of someone else.
_RESTRICTED = (
    r"(?:(?:barely|hardly|not) (?:eaten|eating|eats|eat)(?: anything| properly| a thing)?(?: for| in)? "
    r"(?:\w+ )?(?:weeks|months)|(?:lives?|living|lived|surviv\w+|existing) on (?:an apple|a yoghurt|"
    r"a yogurt|coffee|black coffee|water|diet coke|one (?:meal|cracker|apple|banana)|a (?:banana|"
    r"cracker|rice cake|handful)|crackers|rice cakes|nothing but \w+|\d+ calories)(?: a day)?"
    r"|(?:has|hasn't|haven't|has not) eaten (?:nothing|anything) (?:for|in) (?:\w+ )?(?:days|weeks))"
)
# A barbecue, a hob or a bonfire: why there is a smell of charcoal or gas that is not a crisis.
_NOT_COOKING = (
    r"(?![^\n]*\b(?:bbq|barbecue|grill\w*|cooking|cooker|hob|oven|toast|bonfire|fireworks?|"
    r"incense|candles?|weed|boiler|gas man|engineer|landlord)\b)"
)
# An illness, treatment or fast that explains not eating.
_ILLNESS = (
    r"(?![^\n]*\b(?:flu|bug|virus|stomach bug|tonsillitis|wisdom teeth?|braces|surgery|op|"
    r"operation|chemo\w*|cancer|dementia|ramadan|fast(?:ing)?|lent|illness|covid|norovirus|"
    r"teething|infection|hospice|palliative)\b)"
)
# Ketoacidosis as people describe it.
_DKA_SIGN = (
    r"(?:breath (?:smells|smelling|smelt|smelled|tastes) (?:like|of) (?:nail (?:varnish|polish)|pear "
    r"drops|acetone|fruit\w*|sweet\w*|nail varnish remover)|ketones? (?:are |is )?(?:high|through the "
    r"roof|off the (?:chart|scale)|really high)|(?:been|being|keep being) sick|vomit\w*|throwing up|"
    r"can't stop (?:drinking|peeing|weeing)|breathing (?:really )?(?:fast|deep|heavy)|so drowsy|"
    r"confused)"
)
_INSULIN_STOPPED = (
    r"(?:stopped|stopping|skipping|skipped|not taking|haven't (?:been )?tak(?:en|ing)|cut(?:ting)? "
    r"(?:back on|down on|out)|omitting|omitted|missing|restricting|under-?dosing|ditched) (?:my |all "
    r"my )?insulin"
)

_PET_HANDED = (
    r"(?:asked|asking|ask|got|getting|arranged for|sorted it for|persuaded|convinced|(?:'s|has|have) agreed|agreed) (?:my |our "
    r"|a )?(?:\w+ )?(?:if (?:she|he|they)(?:'d| would| could| can| will| might)? |to )?(?:take|have|"
    r"keep|look after|mind|foster|rehome) "
    + _PET
    + r" ['\"]?(?:for a (?:bit|while|little while)|for good|indefinitely|from now on|permanently|"
    r"for me)\b(?![^\n]{0,80}\b" + _ORDINARY_REASON + r"\b)"
)
_LAST_THING = (
    r"\b(?:that's|thats|that is|that was|it's|its) the last (?:thing|one|bit|job|loose end|piece)"
    r"(?: to (?:sort|do|tick off))? (?:sorted|done|ticked off|taken care of|dealt with|in place|"
    r"sorted out)\b(?! (?:for|before|on) )(?![^\n]{0,80}\b" + _ORDINARY_REASON + r"\b)"
)

# "Ready to go and be with nan", "wants to join her again": a reunion with someone who died.
_REUNION = (
    r"(?:ready|wants|wanting|longs|longing|can't wait|waiting|wishes he could|wishes she could) to "
    r"(?:go and |go |finally )?(?:be with|join|see|meet) (?:nan|nana|nanna|gran|grandma|granny|"
    r"grandad|grandpa|mum|mom|dad|her|him|them|(?:his|her|their) (?:wife|husband|partner|late \w+|"
    r"\w+))(?: again| soon| up there| now)?\b"
    r"(?![^\n]{0,20}\b(?:grave|cemetery|headstone|memorial|plot|at the|in the (?:home|hospital|care "
    r"home)|on (?:sunday|saturday|the)|for (?:tea|lunch|dinner)|when (?:he|she|they)(?:'s| is| are|'re) "
    r"back|off the (?:plane|train))\b)"
)
_BEREAVED = r"(?:died|passed|passed away|lost (?:her|him|his wife|her husband)|funeral|widow\w*|his late|her late)"

# -- first person ---------------------------------------------------------------------------------

_SITUATIONS: list[tuple[str, str, str, Kind, str]] = [
    (
        # Resignation beside a method question: "my life's a wreck anyway", "not like I've got
        # anything to lose". Low alone; with a lethality question, method-seeking with distress.
        "situations.nothing_to_lose",
        "hopelessness",
        "low",
        "distress",
        r"\bmy life(?:'s| is) (?:a (?:wreck|mess|write-off|joke|disaster|car crash)|ruined|over|"
        r"pointless|worthless|not worth (?:much|anything)) anyway\b"
        r"|\b(?:not like|it's not like|its not like) (?:i've|ive|i have|i) (?:got |have )?(?:anything|"
        r"much) (?:left )?to lose\b|\bnothing (?:left )?to lose anyway\b"
        r"|\bwho cares what happens to me anyway\b",
    ),
    (
        # A note being written for someone, now: the words must be right for mum, it takes
        # ages, it explains why. A note saying "I'll be late" or a sick note is not one.
        "situations.note_for_someone",
        "preparatory",
        "high",
        "plan",
        r"\b(?:writing|drafting|redrafting|rewriting|finishing|finished|started|starting|working on|"
        r"wrote|written|doing) (?:my|the|a) (?:last |final |goodbye )?(?:note|letters?)\b"
        r"(?! (?:for|to) (?:the )?(?:school|teacher|milkman|neighbou?rs?|landlord|postman|doctor|gp|"
        r"work|boss|council|bank|court|judge|tribunal|uni|college|cleaner|delivery|parcel))"
        r"(?! (?:of|about|on|from|re)\b)"
        r"(?![^\n]{0,120}\b(?:saying (?:i'll|i will|i'm|im|we)|to say (?:i'll|i will|i'm|im|we)|about "
        r"(?:the|dinner|tea)|late|home by|back (?:at|by)|shopping|birthday|anniversary|christmas|"
        r"valentine|thank|thanks|sick note|permission|absence|excuse|knows? (?:i'm|im|where|what|when|"
        r"to|that i'm)|exam|essay|dissertation|application|cover letter|complaint)\b)"
        r"(?=[^\n]{0,120}\b(?:get it right|right words|for (?:mum|mom|dad|my (?:mum|mom|dad|family|"
        r"kids|wife|husband|partner|sister|brother|parents|girlfriend|boyfriend|son|daughter)|him|her|"
        r"them|the kids|everyone)|to (?:mum|mom|dad|everyone|my (?:mum|mom|dad|family|kids|wife|husband|"
        r"partner|sister|brother|parents|son|daughter))|so (?:they|she|he) (?:understand|don't blame|"
        r"won't blame|know it's not)|explain(?:s|ing)? (?:why|everything)|say(?:ing)? (?:sorry|"
        r"goodbye)|(?:when|after|once) i'm gone|keep crying|taking (?:ages|forever|hours))\b)",
    ),
    (
        # An overdose told as "had maybe 40 aspirin", "necked about 30 of my tablets": "had" is
        # how people say they took them. Possession ("had 30 left", "had 20 in the cupboard")
        # and doses spread over time are not matched.
        "situations.overdose_had_count",
        "medical",
        "imminent",
        "act",
        r"\b(?:i|i've|ive|i have|just|already|then|so) (?:just |already |then )?(?:had|have had|"
        r"necked|done|took like|taken like|had like) (?:maybe |about |around |like |roughly |nearly "
        r"|almost |over |at least |close to |probably |prob |more than |easily )?"
        + _BIG
        + r" (?:of (?:my|the|mum's|mom's|dad's|them|those|these|her|his) )?(?:\w+ )?"
        + _PILL
        + r"\b(?! (?:in|at|left|spare|in stock|saved|stashed|hidden|ready|on|for|prescribed|a (?:day|"
        r"week|month)|per|over|each|every|from the (?:chemist|pharmacy|doctor)))",
    ),
    (
        # The amount revised up in a later turn: "actually more than a couple. like the rest of
        # the packet". The revision itself says it was swallowed.
        "situations.overdose_rest_of_packet",
        "medical",
        "imminent",
        "act",
        r"\b(?:actually |more like |basically |it was |nearly |prob(?:ably)? )?more than (?:a couple|a "
        r"few|one|two|three|i said|that|i meant)\b[^\n]{0,40}\b(?:the rest of|all of|most of|half of|"
        r"half) (?:the|my|a|that|them|those)(?: (?:packet|pack|box|bottle|pot|tub|strip|blister))?\b"
        r"(?!(?: \w+)? of (?!pills|tablets|meds|them|those|my))",
    ),
    (
        # Stepping into the story: a method or death in a "for my novel" question, and the
        # writer saying the character is them.
        "situations.fiction_self_identified",
        "ideation",
        "high",
        "act",
        r"\b"
        + _DEATH_CUE
        + r"\b[^\n]{0,300}?"
        + _SELF_ID
        + r"|"
        + _SELF_ID
        + r"[^\n]{0,300}?\b"
        + _DEATH_CUE
        + r"\b",
    ),
    (
        # Household chemicals mixed so someone can "go quietly": a method question, whatever
        # the story around it. Which ones not to mix when cleaning is a safety question.
        "situations.chemicals_to_die",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:which|what)\b[^.!?\n]{0,40}\b(?:chemicals?|cleaning products?|household products?|"
        r"bleach|gas(?:es)?)\b[^.!?\n]{0,60}\b(?:mix|combine|make)\b[^.!?\n]{0,60}\b(?:go quietly|die|"
        r"to end (?:it|her life|his life|their life|my life)|kill (?:her|him|them|my)sel(?:f|ves)|"
        r"(?:not|never) wake up|painless\w*|in (?:her|his|their|my) sleep)\b",
    ),
    (
        # A method asked with a soft word for dying: "if she wanted to go quietly", "so he could
        # slip away peacefully". Getting the kids to go quietly to bed is not one.
        "situations.method_go_quietly",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:which|what|how (?:much|many|long)|how (?:would|could|can|do|does|should)|what's the "
        r"best way)\b[^.!?\n]{0,80}\b(?:to|if (?:she|he|they|i|you|someone|my character) wanted to|so "
        r"(?:she|he|they|i|you) (?:could|can|would)) (?:go|die|slip away|pass away|drift off) "
        r"(?:quietly|peacefully|painlessly|without (?:any )?pain|for good|forever)\b"
        r"(?! (?:to|into|in|out|through|up|down|home|back|off|past|round|around|on)\b)",
    ),
    (
        # Carbon monoxide asked about as a time: how long to pass out with the engine running in
        # a shut garage. A mechanic's or parent's safety question names ventilation or a fix.
        "situations.fumes_time_question",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:long|quick(?:ly)?|fast|many minutes)\b(?![^\n]*\b(?:warm(?:ing)? (?:it|up|the)|"
        r"mechanic|fix\w*|ventilat\w*|detector|alarm|safe|safely|safety|my dad's|boiler|dogs?|kids|"
        r"baby|pets?)\b)[^.!?\n]{0,60}"
        r"\b(?:pass out|black out|lose consciousness|die|go|fall asleep|be gone|stop breathing)\b"
        r"[^.!?\n]{0,80}\b(?:engine (?:running|on)|exhaust|car fumes|fumes|carbon monoxide|(?:shut|"
        r"closed|sealed|locked) (?:garage|car|room|tent)|charcoal|(?:bbq|barbecue) in a)\b",
    ),
    (
        # Both at once: the pet handed over and "that's the last thing sorted". Affairs put in
        # order, said as done: high, and the classifier alone does not talk it down.
        "situations.pet_last_thing",
        "preparatory",
        "high",
        "plan",
        r"\b"
        + _PET_HANDED
        + r"[^\n]{0,160}?"
        + _LAST_THING
        + r"|"
        + _LAST_THING
        + r"[^\n]{0,160}?\b"
        + _PET_HANDED,
    ),
    (
        # A pet handed over "for a bit", "for good", with no holiday, move or hospital stay to
        # explain it: affairs put in order. Low alone; beside another act, high.
        "situations.pet_handed_over",
        "preparatory",
        "low",
        "distress",
        r"\b" + _PET_HANDED,
    ),
    (
        # "That's the last thing sorted": the last loose end tied off, for nothing named.
        "situations.last_thing_sorted",
        "preparatory",
        "low",
        "distress",
        _LAST_THING + r"|\btied up (?:the|my) (?:last|final) loose ends?\b(?! (?:for|before|at) )",
    ),
    (
        # A spot found where nobody goes: a site chosen. Stargazing, fishing or a party there
        # is a reason to be there.
        "situations.spot_nobody_goes",
        "preparatory",
        "low",
        "distress",
        r"\b(?:found|picked|chosen|chose|scouted|checked out|been to see|know) (?:a|the|my) (?:good |"
        r"quiet |perfect |right |decent |secluded |nice )?(?:spot|place|location)\b(?! (?:for|to) )"
        r"(?![^\n]*\b"
        + _QUIET_PURPOSE
        + r"\b)[^\n]{0,120}?\b(?:nobody|no one|noone|no-one|nobody'll|"
        r"no one'll) (?:goes|comes|will (?:see|find|come|look|be|hear)|walks|would (?:see|find|look|"
        r"think|hear)|ever goes|is around|around|up there|out there|down there|there|for miles)\b",
    ),
    (
        # A day that "feels right", "tonight seems like the right time": a time chosen, for
        # nothing named.
        "situations.day_feels_right",
        "preparatory",
        "low",
        "distress",
        r"\b(?:" + DAYS + r"|tonight|tomorrow|this weekend|next week|the weekend|then|that day|"
        r"(?:" + DAYS + r") night)(?:'s| is)? (?:feels|seems|sounds) (?:like the )?right\b"
        r"(?! (?:for|to|with|as)\b)"
        r"|\b(?:it |today |tonight )?feels like the right (?:day|night|time)\b(?! (?:for|to)\b)",
    ),
    (
        # Arranging to be alone by the railway or a drop: "so I'd be on my own near the tracks".
        "situations.alone_at_the_drop",
        "preparatory",
        "low",
        "distress",
        r"\bso (?:i'd|i would|i'll|i can|i could|that i'd|i) (?:be|get to be|have time) (?:on my own|"
        r"alone|by myself)(?: \w+)? (?:near|by|at|on|next to|beside) the (?:tracks|line|railway|"
        r"level crossing|bridge|cliffs?|edge|viaduct|river|reservoir|quarry)\b(?![^\n]*\b"
        + _QUIET_PURPOSE
        + r"\b)",
    ),
    (
        # The times of trains that do not stop, checked: where and when a body meets one.
        "situations.through_train_times",
        "preparatory",
        "low",
        "distress",
        r"\b(?:checked|know|looked up|learned|learnt|memorised|memorized|noted|worked out|timed|got) "
        r"(?:the |all the |when the )?(?:freight|fast|express|non-?stop(?:ping)?|through|goods|"
        r"high-?speed) (?:trains? )?(?:times|timetable|schedule|pass(?:es)?|come through|go through)\b"
        r"(?![^\n]*\b(?:spott\w*|photo\w*|film\w*|video|camera|enthusiast|hobby|model|railfan|"
        r"commute|delays?|late|cancel\w*)\b)",
    ),
    (
        # Insulin left off on purpose to lose weight: the eating disorder that can kill in days.
        "situations.insulin_omitted_for_weight",
        "eating",
        "moderate",
        "expression",
        r"\b" + _INSULIN_STOPPED + r"\b[^.!?\n]{0,60}\b(?:on purpose|to lose (?:the )?weight|lose "
        r"weight|to drop|so i (?:lose|don't gain|won't gain|stay)|for weight|weight loss|to stay "
        r"(?:thin|slim|small)|calories|to burn)\b"
        r"|\b(?:on purpose|deliberately)\b[^.!?\n]{0,30}\b" + _INSULIN_STOPPED + r"\b",
    ),
    (
        # Insulin stopped and ketoacidosis signs now: a medical emergency.
        "situations.insulin_omitted_dka",
        "medical",
        "imminent",
        "act",
        r"\b"
        + _INSULIN_STOPPED
        + r"\b(?! by (?:mistake|accident))[^\n]{0,200}?\b"
        + _DKA_SIGN
        + r"\b"
        r"|\b"
        + _DKA_SIGN
        + r"\b[^\n]{0,200}?\b"
        + _INSULIN_STOPPED
        + r"\b(?! by (?:mistake|accident))",
    ),
    (
        # Skin scratched, dug into or hit till it bleeds when anxious or to feel something:
        # self-injury, not an itch. Hair pulling and skin picking are compulsions (low, not here).
        "situations.injured_till_bleeding",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:scratch\w*|dig\w* (?:my nails|in)|pinch\w*|hit(?:ting)? myself|punch\w* (?:myself|"
        r"the wall|walls)|bang\w* my head)\b"
        r"(?![^\n]*\b(?:bites?|eczema|rash|itch\w*|chicken ?pox|mozzies?|mosquito\w*|midges?|hives|"
        r"psoriasis|scabs?|spots?|acne|sunburn|cats?|dogs?|kitten|puppy|nails? varnish|guitar|"
        r"lock|scratchcard)\b)"
        r"[^.!?\n]{0,30}\b(?:til|till|until|so) (?:it|they|i|my (?:skin|knuckles|arms?|legs?|hands?|fingers|scalp|lip|lips))(?: \w+)? (?:bleeds?|bled|"
        r"bleeding|bruises?|bruised|breaks?|broke|raw)\b"
        r"(?=[^\n]*\b(?:anxious|anxiety|stressed|stress|upset|panic\w*|overwhelmed|angry|low|sad|on "
        r"purpose|to feel|punish\w*|urges?|calm (?:down|myself))\b)",
    ),
    (
        # A self-harm urge at full strength now, being sat out ("s/h urges are screaming
        # tonight, sitting on my hands"): a current urge, moderate.
        "situations.self_harm_urge_now",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:s/h|sh|self[- ]?harm(?:ing)?|cutting|cut|burning|hurt(?:ing)? myself) urges? (?:are |is "
        r"|'re |'s |have been |has been )?(?:screaming|so (?:bad|strong|loud|intense)|really (?:bad|"
        r"strong|loud|intense)|strong|loud|back|unbearable|through the roof|intense|awful|"
        r"overwhelming|killing me)\b",
    ),
    (
        # Never having been born, wished *today*: the passive wish marked current and growing.
        "situations.unborn_today",
        "ideation",
        "moderate",
        "expression",
        r"\bwish (?:i'd|i had|id|i was|i were) never (?:been born|existed|born)\b[^\n]{0,40}?\b(?:today|"
        r"tonight|right now|lately|more than (?:usual|ever)|more and more|every day|all the time|"
        r"worse than ever)\b(?! (?:i'm|im|i feel) (?:good|better|glad|fine|ok))",
    ),
    (
        # Coded ideation with a shrug ("lowkey want to sewerslide lmao but whatever"): no trivial
        # cause named, so the laugh hides the wish rather than marking hyperbole.
        "situations.coded_wish_shrugged",
        "ideation",
        "moderate",
        "plan",
        r"\b(?:lowkey|low key|honestly|ngl|deadass|fr|tbh|kinda|really|actually) (?:just )?(?:want|"
        r"wanna|need) (?:to )?(?:suicide|commit suicide|unalive myself|kill myself|ctb)\b"
        r"(?![^\n]*\b(?:if|when|whenever|every time|because|cos|cuz|bc|over|about|after|before|during|"
        r"at|in|from|this|that|these|my (?:boss|teacher|manager)|exams?|lecture|meeting|homework|"
        r"queue|bus|traffic|song|match|game|episode|mondays?|right now)\b)",
    ),
    (
        # Confined by the person who hurts you: "he locks me in my room". Locked out in the
        # cold, wages taken: abuse disclosed (the next row), present or past.
        "situations.locked_in_by_abuser",
        "abuse",
        "high",
        "plan",
        r"\b(?:he|she|(?:my|his|her) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|"
        r"mum|mom|mother|stepdad|stepfather|stepmum|stepmom|uncle|ex|carer|brother|son|daughter|"
        r"landlord|lodger))(?:'s| has| had)? (?:keeps |always |sometimes |often |been |just |again )?(?:locks?|"
        r"locking|locked|shuts?|shutting) me (?:in|inside|up)\b(?! (?:by (?:mistake|accident)|"
        r"accidentally|as a joke))",
    ),
    (
        "situations.control_disclosed",
        "abuse",
        "moderate",
        "expression",
        r"\b(?:he|she|(?:my|his|her) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|stepdad|"
        r"stepfather|stepmum|stepmom|carer|lodger)) (?:used to |would |keeps |always |still )?"
        r"(?:lock(?:s|ed)?|shut(?:s)?) me out (?:in the (?:cold|rain|snow|garden|street)|all night|"
        r"overnight|of the (?:house|flat|home))\b"
        r"|\b(?:he|she|(?:my|his|her) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|stepdad|"
        r"stepfather|carer|lodger)) (?:used to |would |keeps |always |still )?(?:take|takes|took|"
        r"taking|steals?|stole|kept|keeps) (?:all )?my (?:wages|pay|salary|money|benefits|pension|"
        r"bank card|cards|savings|passport)\b(?![^\n]{0,40}\b(?:after i|because i|till i|until i|"
        r"overspent|to the bank|to pay|for safe ?keeping)\b)",
    ),
]

# -- someone else ---------------------------------------------------------------------------------

_SITUATIONS_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        # A child or teen who is being hurt or is low asks how tall the block is, how many
        # floors, whether you'd survive the fall: method-seeking with distress, about them.
        "situations.third_height_question",
        "ideation",
        "high",
        "plan",
        r"\b"
        + _THEM
        + r"(?: (?:has|had|just|then|also))? (?:asked|was asking|asking|wanted to know|googled|looked "
        r"up|searched|keeps asking) (?:me |us |his \w+ |her \w+ |their \w+ )?(?:how (?:tall|high)|how "
        r"many (?:floors|storeys|stories)|what floor|how far (?:down|it is to the ground)|(?:whether|"
        r"if) (?:you|someone|people|a person)(?:'d| would| could)? survive (?:a fall|falling|the fall|"
        r"jumping))\b"
        r"(?=[^\n]{0,200}\b(?:bullied|picked on|self[- ]harm\w*|cutting|hates (?:himself|herself|"
        r"themselves|his life|her life|school)|crying|withdrawn|won't talk|depress\w*|lonely|"
        r"excluded|isolated|wants to die|suicid\w*)\b)"
        r"|\b(?:bullied|picked on|self[- ]harm\w*|hates (?:himself|herself|themselves|his life|her "
        r"life|school)|withdrawn|depress\w*|wants to die)\b[^\n]{0,200}?\b"
        + _THEM
        + r"(?: (?:has|had|just|then|also))? (?:asked|was asking|asking|wanted to know|googled|looked "
        r"up|searched|keeps asking) (?:me |us |his \w+ |her \w+ |their \w+ )?(?:how (?:tall|high)|how "
        r"many (?:floors|storeys|stories)|what floor|how far (?:down|it is to the ground)|(?:whether|"
        r"if) (?:you|someone|people|a person)(?:'d| would| could)? survive (?:a fall|falling|the fall|"
        r"jumping))\b",
    ),
    (
        # Someone's searches show how to write a note: preparation, high. (A method search alone
        # is third-party method-seeking, moderate, read by the general rules.)
        "situations.third_searches_prepare",
        "ideation",
        "high",
        "plan",
        r"\b(?:search(?:es|ed|ing)?(?: history)?|googl\w*|looked up|browser|history|tabs?)\b"
        r"[^\n]{0,80}?\b(?:how to write a (?:suicide |goodbye |last |final )?(?:note|letter)(?! (?:to "
        r"(?:the )?(?:school|teacher|council|landlord|boss|santa|my landlord)|for (?:school|work|"
        r"absence|a job)|of (?:complaint|application|resignation|recommendation)))|suicide notes?|"
        r"goodbye (?:letters?|notes?)|what to (?:write|say|put) in a (?:suicide |goodbye )?note)\b",
    ),
    (
        # A relative locked in by the person who has power over them: confinement is danger.
        "situations.third_confined",
        "abuse",
        "high",
        "plan",
        r"\b(?:he|she|they|(?:(?:her|his|their|my|our) (?:\w+'s )?|\w+'s )(?:lodger|carer|caregiver|husband|wife|partner|"
        r"boyfriend|girlfriend|son|daughter|grandson|granddaughter|nephew|niece|brother|sister|dad|"
        r"father|mum|mom|stepdad|stepmum|landlord|flatmate|housemate|ex)) (?:keeps |always |sometimes "
        r"|often |has been |has |had |just )?(?:locks?|locking|locked|shuts?|shutting) (?:her|him|"
        r"them) (?:in|inside|up)\b(?! (?:by (?:mistake|accident)|accidentally|the (?:car|garage|shed) "
        r"by|for (?:a )?time ?out|as a joke))",
    ),
    (
        # Someone else's money taken by the person they live with or rely on.
        "situations.third_money_taken",
        "abuse",
        "moderate",
        "expression",
        r"\b(?:her|his|their) (?:lodger|carer|caregiver|husband|wife|partner|boyfriend|girlfriend|son|"
        r"daughter|grandson|granddaughter|nephew|niece) (?:keeps |always |has been |has |had )?"
        r"(?:takes?|took|taking|taken|steals?|stole|stealing|controls?|controlling) (?:all )?(?:her|"
        r"his|their) (?:pension|benefits|money|wages|bank card|card|savings|pin)\b",
    ),
    (
        # Restriction for weeks or months, or "lives on an apple a day", in someone else.
        "situations.third_restriction",
        "eating",
        "moderate",
        "expression",
        r"\b"
        + _THEM
        + r"(?:'s| is| has| has been| had| keeps| been)? (?:\w+ )?"
        + _RESTRICTED
        + r"\b"
        + _ILLNESS,
    ),
    (
        # Restriction and the body giving way now: a medical emergency.
        "situations.third_starved_collapse",
        "medical",
        "imminent",
        "act",
        r"\b" + _RESTRICTED + r"\b" + _ILLNESS + r"[^\n]{0,200}?\b" + _ACUTE_BODY + r"\b"
        r"|\b" + _ACUTE_BODY + r"\b" + _ILLNESS + r"[^\n]{0,200}?\b" + _RESTRICTED + r"\b",
    ),
    (
        # Someone unresponsive or with blue lips after drugs or drink: call an ambulance now.
        "situations.third_unresponsive_after_drugs",
        "medical",
        "imminent",
        "act",
        r"\b(?:his|her|their) lips (?:are |were |'re )?(?:going |turning |gone |look(?:ing)? )?(?:blue|"
        r"grey|gray|purple)\b(?![^\n]*\b(?:sea|swim\w*|pool|cold water|freezing|lake|snow|slushie|"
        r"lolly|blueberr\w*|lipstick|sweets?|paint|face paint|costume|halloween)\b)"
        r"|\b(?:he|she|they|my \w+)(?:'s| is|'re| are| has| just)? (?:passed out|unconscious|"
        r"unresponsive|not breathing|barely breathing|not waking up|won't wake up|can't be woken|"
        r"making a snoring|snoring weird(?:ly)?|gone floppy|floppy)\b(?=[^\n]{0,150}\b(?:stuff|pills|"
        r"drugs?|ket|ketamine|ghb|g\b|fent\w*|heroin|coke|mdma|molly|pingers|xanax|bars|spice|lean|"
        r"what do i do|ambulance|help)\b)",
    ),
    (
        # Behind a locked door, not answering, a smell of charcoal, gas or fumes.
        "situations.third_locked_door_fumes",
        "ideation",
        "imminent",
        "act",
        r"\b(?:door(?:'s| is)? (?:locked|shut and locked|bolted)|locked (?:himself|herself|themselves) "
        r"in|(?:isn't|is not|not|won't be) answering|won't (?:open|answer) the door)\b"
        + _NOT_COOKING
        + r"[^\n]{0,200}?\b"
        r"(?:smell\w* (?:of |like )?(?:something )?(?:charcoal|burning|gas|exhaust|fumes|smoke)|"
        r"charcoal)\b"
        r"|\b(?:smell\w* (?:of |like )?(?:something )?(?:charcoal|gas|exhaust|fumes)|charcoal)\b"
        + _NOT_COOKING
        + r"[^\n]{0,200}?\b(?:door(?:'s| is)? (?:locked|bolted)|locked (?:himself|herself|themselves) in|"
        r"(?:isn't|is not|not|won't be) answering|won't (?:open|answer) the door)\b",
    ),
    (
        # A friend who is low gives away a favourite thing: a goodbye, about them.
        "situations.third_favourite_given",
        "preparatory",
        "high",
        "plan",
        r"\b(?:gave|given|giving|handed|left) (?:me|us|away) (?:her|his|their) (?:favourite|fave|fav|"
        r"most prized|prized|precious|beloved|treasured|special|lucky)\b"
        r"(?=[^\n]{0,200}\b(?:tired of (?:everything|it all|life|living)|stopped (?:going|eating|"
        r"answering|replying|coming|turning up)|withdrawn|barely leaves|won't (?:be|need)|doesn't "
        r"(?:care|see the point)|given up|no point|keeps (?:crying|saying)|wants to die|not "
        r"(?:eating|sleeping))\b)"
        r"|\b(?:tired of (?:everything|it all|life|living)|stopped (?:going|eating|answering|"
        r"replying|coming|turning up)|withdrawn|barely leaves|given up)\b[^\n]{0,200}?\b(?:gave|given|"
        r"giving|handed|left) (?:me|us|away) (?:her|his|their) (?:favourite|fave|fav|most prized|"
        r"prized|precious|beloved|treasured|special|lucky)\b",
    ),
    (
        # An old person after a bereavement, "ready to go and be with" the one who died.
        "situations.third_reunion_wish",
        "ideation",
        "moderate",
        "expression",
        r"\b" + _REUNION + r"(?=[^\n]{0,200}\b" + _BEREAVED + r"\b)"
        r"|\b" + _BEREAVED + r"\b[^\n]{0,200}?\b" + _REUNION,
    ),
    (
        # Someone posting a veiled goodbye: "soon none of this will matter", "last post".
        "situations.third_posting_goodbye",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:posting|posted|posts|saying|said|says|texted|wrote|writing|tweeting|tweeted|status|"
        r"story|stories|captions?)\b[^\n]{0,40}?\b(?:(?:soon )?none of (?:this|it) (?:will|would|is "
        r"going to) matter(?: soon| much longer)?|won't matter (?:soon|much longer|for long)|(?:won't|"
        r"will not|not) be (?:around|here|a problem|an issue|a burden) (?:much|for) long(?:er)?|this is "
        r"my last post|goodbye (?:everyone|all|guys))\b"
        r"(?![^\n]{0,40}\b(?:in (?:a )?(?:\d+|hundred|thousand) years|grand scheme|stoic\w*|memes?|"
        r"quotes?|lyrics?|song|album|holiday|trip|moving|leaving|off to|travel\w*|gap year|abroad|"
        r"new job)\b)"
        # An old relative at peace with her age, or someone in a hospice, is not posting a goodbye.
        r"(?![^\n]*\b(?:at peace|old age|hospice|palliative|terminal\w*)\b)",
    ),
]

# -- round 2: situations from training sets 9 and 10 ----------------------------------------------

# A pet the writer owns, by kind.
_PET_KIND = (
    r"(?:pets?|cats?|kittens?|dogs?|pupp(?:y|ies)|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|"
    r"gerbils?|rats?|ferrets?|budgies?|birds?|parrots?|tortoises?|snakes?|lizards?|fish|horses?|"
    r"ponies|pony)"
)
# Hopelessness said flatly: reads as distress beside a method question in the same message.
_HOPELESS_FLAT = (
    r"(?:nothing(?:'s| is)? (?:ever )?(?:getting|going to get|gonna get|gets) (?:any )?better|"
    r"(?:it|things|life)(?:'s| is| are|'re)? (?:never |not )(?:getting|going to get|gonna get) "
    r"(?:any )?better|(?:been|it's been|its been|had) (?:a |the )?(?:rubbish|shit|crap|awful|horrible|"
    r"terrible|grim|miserable|hellish|bleak) (?:year|few months|months|couple of years|few years)|"
    r"(?:does|doesn't|don't|dont) (?:really )?matter (?:much )?(?:anymore|any more)(?: anyway)?|"
    r"(?:i've|ive|i have) been so (?:low|down|empty)|(?:can't|cannot|can not) see (?:any )?(?:other )?"
    r"way out|(?:left|gone) and taken (?:the|my|our) (?:kids|boys|girls|children|baby)|"
    r"(?:she's|he's|they've) (?:left me(?! (?:on|out|in|hanging|a|an|with|for|alone|some|money|\w+ (?:quid|pounds)))|taken the "
    r"(?:kids|boys|girls|children)))"
)
# A drop or open water someone can go out to alone.
_DROP_OR_WATER = (
    r"(?:ridge|edge|cliffs?|top|summit|peak|crags?|quarry|bridge|viaduct|multistorey|car park roof|"
    r"roof|sea|water|lake|loch|river|reservoir|estuary|bay|out|in)"
)

_SITUATIONS_ROUND2: list[tuple[str, str, str, Kind, str]] = [
    (
        # A day named as "best for it", "early sunday works best for it": a time chosen for
        # something left unnamed. Low alone; beside a chosen spot, preparation (high).
        "situations.day_best_for_it",
        "preparatory",
        "low",
        "distress",
        r"\b(?:" + DAYS + r"|tonight|tomorrow|this weekend|the weekend|early|late)(?: (?:early|"
        r"morning|night|evening|first thing|late|then))? (?:is|would be|'s|seems|works|feels|"
        r"might be|will be) (?:the )?(?:best|ideal|perfect|right|easiest|quietest)(?: time| day| "
        r"night)? for it\b(?! (?:to|because|cos|as|since) )(?![^\n]*\b(?:bbq|barbecue|party|"
        r"weather|forecast|match|game|shop\w*|wash\w*|laundry|mow\w*|garden\w*|run|ride|walk|"
        r"hike|swim|dinner|lunch|meeting|delivery|viewing|appointment|drinks|pub|gig|footie|"
        r"football|training|car boot|market|sale|move|moving|decorat\w*|paint\w*)\b)",
    ),
    (
        # The height a named local structure would need to be ("how high does a multistorey
        # need to be? there's one by my work"): a lethality question. A clearance, a planning
        # rule or a lorry is a builder's question.
        "situations.height_needed",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:high|tall|many (?:floors|storeys|stories)) (?:does|do|would|should|has|have) (?:a|an|"
        r"the|that|this) (?:multi-?stor(?:e)?y(?: car park)?|car park|bridge|building|block(?: of flats)?|"
        r"tower(?: block)?|cliff|viaduct|balcony|roof|drop|fall)(?: (?:on|at|by|near|behind|over|in|"
        r"off) (?:the |my |our )?\w+)? (?:need to|have to|got to|need|needs to) be\b(?![^\n]{0,60}\b(?:for (?:a |the )?(?:lorr(?:y|ies)|van|vans|trucks?|buses|boats?|"
        r"ships?|trains?|planning|regs|regulations|building regs|clearance|insurance|the view|a "
        r"view|my model|the model|minecraft|lego)|to (?:fit|clear|pass|get under|count as|be "
        r"classed|need a lift|have a lift|require)|clearance|planning permission|regulations?|"
        r"legally|by law|lift|wheelchair|fire escape|sprinklers?)\b)",
    ),
    (
        # Hopelessness said flatly ("nothing is getting better", "been a rubbish year tbh"):
        # low alone; beside a method question it makes the question high.
        "situations.hopeless_flat",
        "hopelessness",
        "low",
        "distress",
        r"\b" + _HOPELESS_FLAT + r"\b(?! (?:for|with|at|in|on) (?:the|my|our|this|that) "
        r"(?:team|club|job|car|boiler|house|flat|garden|project|weather|traffic|shop|business|"
        r"match|season|roof|leak|wifi|printer|diet|bike)\b)(?![^\n]{0,40}\b(?:team|club|season|"
        r"weather|traffic|wifi|the (?:boiler|car|printer)|match|league|results?|fixture)\b)",
    ),
    (
        # How much of one's own prescription it would take: lethality of the means at hand.
        # "For a story" or "hypothetically" does not lower it.
        "situations.own_meds_lethality",
        "method-seeking",
        "high",
        "method",
        r"\bhow many (?:of )?my (?:own )?(?:\w+ )?" + _PILL + r"\b[^.!?\n]{0,40}\b(?:would it take|"
        r"does it take|would (?:kill|do it|be (?:fatal|lethal|enough))|to (?:die|overdose|od|kill "
        r"(?:me|myself|someone|a person)|not wake up)|(?:is|are) (?:fatal|lethal|too many to "
        r"survive|enough to die))\b",
    ),
    (
        # A trip out alone with no return: "taking the boat out alone sunday, not planning on
        # coming back in", "won't be coming back from the hike". A job, a shop, a town or a
        # country left for good is not one.
        "situations.no_return_trip",
        "ideation",
        "high",
        "plan",
        r"\b(?:boat|dinghy|kayak\w*|canoe\w*|paddle ?board\w*|sail\w*|swim\w*|dive|diving|hike|"
        r"hiking|walk|climb\w*|mountain|hills?|fells?|moors?|ridge|cliffs?|sea|lake|loch|drive|"
        r"driving|out alone|on my own|by myself)\b[^\n]{0,120}?"
        r"\b(?:not|no|never) (?:planning on|planning to|plan(?:ning)? on|intending to|going to|gonna) "
        r"(?:com(?:e|ing)|swim(?:ming)?|walk(?:ing)?|sail(?:ing)?|row(?:ing)?|paddl(?:e|ing)|driv(?:e|"
        r"ing)|head(?:ing)?) back(?: in| down| up| to shore| to land| home)?\b"
        r"(?! (?:to|for|here|there|after|until|till|unless)\b)"
        r"(?![^\n]*\b(?:job|work|office|company|shop|restaurant|caf[e]|pub|salon|gym|uni|school|class|"
        r"course|country|uk|town|city|church|moving|move|emigrat\w*|abroad|new life|visa|review|"
        r"customer|service|manager|staff|rude|boss|hotel|ex|relationship|him|her|them|the group|"
        r"twitter|facebook|insta\w*|tiktok|app|game|server)\b)"
        r"|\b(?<!if )(?<!maybe )(?:i|i'll|ill|i will|i'm|im) (?:just )?(?:won't|"
        r"wont|will not|didn't|did not|don't|not|never) (?:be )?(?:com(?:e|ing)|came) back (?:down |in "
        r"|up )?from (?:the|my|this|that|a) (?:\w+ )?(?:hike|walk|swim|climb|sail|boat trip|dive|"
        r"kayak\w*|paddle|run|ridge|mountain|hill|fells?|cliffs?|sea|lake|loch|trip out|drive)\b"
        r"(?! (?:the same|a different|unchanged|in one piece|without)\b)",
    ),
    (
        # The same trip wondered about: "what if I just didn't come back from the hike". A
        # question, not yet a plan: moderate, and the laugh after it does not cancel it.
        "situations.no_return_wondered",
        "ideation",
        "moderate",
        "plan",
        r"\b(?:what if|maybe|might|i might|i could|i wonder if|wonder what would happen if) (?:i )?"
        r"(?:just )?(?:didn't|did not|don't|do not|never|wouldn't) (?:come|came) back (?:down |in |up "
        r")?from (?:the|my|this|that|a) (?:\w+ )?(?:hike|walk|swim|climb|sail|boat trip|dive|"
        r"kayak\w*|paddle|run|ridge|mountain|hill|fells?|cliffs?|sea|lake|loch|trip out|drive)\b"
        r"(?! (?:the same|a different|unchanged|in one piece|without)\b)",
    ),
    (
        # A pet taken by someone "better with him anyway": the handover justified as if the
        # writer would not be there. Low alone; beside distress, preparation.
        "situations.pet_better_with_them",
        "preparatory",
        "low",
        "distress",
        r"\b(?:taking|having|keeping|(?:going to|gonna|will) (?:take|have|keep)|took|has taken) (?:the|"
        r"my|our) "
        + _PET_KIND
        + r"\b[^.!?\n]{0,40}?\b(?:(?:she's|he's|they're|she is|he is|they are) "
        r"(?:much |way |so )?better (?:with|for) (?:him|her|them|it) anyway|(?:he'll|she'll|they'll|"
        r"it'll) be better off with (?:her|him|them))\b",
    ),
    (
        # Messages scheduled to go out later, to people, for a day: words that arrive when the
        # writer cannot send them. Low alone; with distress in the conversation, preparation.
        # Posts for a shop, work emails and birthday wishes are scheduled every day.
        "situations.scheduled_messages",
        "preparatory",
        "low",
        "distress",
        r"\b(?:set up|setting up|scheduled|scheduling|queued(?: up)?|timed|set) (?:a few |some |all |"
        r"three |the |my |a couple of |a bunch of )?(?:scheduled |delayed |timed )?(?:texts|messages|"
        r"emails|e-mails|whatsapps|dms|voice notes)\b"
        r"(?![^\n]*\b(?:work|business|shop|bakery|insta\w*|clients?|customers?|birthday|bday|"
        r"reminders?|holiday|out of office|newsletter|campaign|marketing|promo\w*|posts?|meeting|"
        r"rota|shifts?|appointments?|bills?|rent|invoices?|anniversary|christmas|valentine|new year)\b)"
        r"[^.!?\n]{0,30}?\b(?:for|to (?:go|send)(?: out)? (?:on|at)|going out (?:on|at)) (?:"
        + DAYS
        + r"|tomorrow|next week|the morning|\d)",
    ),
    (
        # "I just want them to know it wasn't them": the absolution a goodbye note carries. The
        # divorce, the match or the redundancy named after it is another reassurance.
        "situations.not_their_fault_goodbye",
        "ideation",
        "moderate",
        "plan",
        r"\b(?:i )?(?:just )?(?:want|need|hope) (?:them|her|him|everyone|you|my (?:mum|mom|dad|family|"
        r"kids|parents|friends|sister|brother|wife|husband|partner)) (?:all )?to know (?:it|this|that "
        r"it|none of (?:it|this)) (?:wasn't|was not|isn't|is not|was never|wasn't ever|won't be) "
        r"(?:them|their fault|her fault|his fault|your fault|because of (?:them|her|him|you)|anything "
        r"(?:they|she|he|you) did)\b(?! (?:we|that|the|for|at|in|my|our|i|when|if)\b)",
    ),
    (
        # Going up to a drop "and that'd be that": an end told without a death word.
        "situations.drop_and_that_is_that",
        "ideation",
        "high",
        "plan",
        r"\b(?:i'd|id|i would|i'll|ill|i will|i could|just|then) (?:just )?(?:go|walk|climb|step|drive|"
        r"swim|head|wander) (?:(?:out|up|off|down) )?(?:up|off|out|over|into|to|onto|in(?:to)?) (?:the |that |to the )?"
        + _DROP_OR_WATER
        + r"\b[^.!?\n]{0,30}\band (?:that(?:'d|'ll|d| would| will| is|'s) be|that's|thats) (?:that|it)\b"
        r"(?! (?:for|with|done|sorted|settled)\b)",
    ),
    (
        # A pet rehomed under a cover story the writer says is false ("told them I'm moving,
        # I'm not moving anywhere") or "easier this way, for everyone": a goodbye arranged.
        # Read as ideation, not preparatory: the move named is the writer's own cover story, so
        # the departure reading (a real move abroad) must not excuse it.
        "situations.pet_rehomed_pretext",
        "ideation",
        "high",
        "plan",
        r"\b(?:rehomed|rehoming|re-homed|gave away|given away|giving away|found (?:a )?(?:new )?homes? "
        r"for|left|dropped(?: off)?|took|taken|handed over|handed) (?:both |all |my |our |the |both my |all my |all "
        r"of my )?(?:\w+ )?" + _PET_KIND + r"\b[^\n]{0,160}?\b(?:(?:i'm|im|i am) not (?:actually "
        r")?(?:moving|going|emigrating|travelling|traveling) anywhere|not (?:actually )?(?:moving|"
        r"going) (?:anywhere|abroad)|(?:there is|there's) no (?:move|trip|job)|easier (?:this way|that "
        r"way),? (?:for everyone|for all of us|for them)|(?:easier|better) for everyone (?:this way|"
        r"in the end)|won't (?:be (?:needing|able to look after)|need) (?:him|her|them))\b",
    ),
    (
        # A room booked alone for a date, and the secrecy or "when it happens": a site chosen.
        # A spa weekend, a gig or a conference is a reason to stay alone.
        "situations.room_booked_alone",
        "preparatory",
        "high",
        "plan",
        r"\bbooked (?:a |an |myself a |myself an )?(?:hotel(?: room)?|room|airbnb|b&b|bnb|cabin|"
        r"caravan|motel|travelodge|premier inn|cottage|lodge)\b"
        r"(?![^\n]*\b(?:spa|conference|gig|concert|festival|wedding|interview|holiday|birthday|"
        r"surprise|recharge|rest|relax\w*|detox|retreat|writing|revision|revise|exam|staycation|"
        r"break|treat|work trip|business|hen|stag|date|honeymoon|anniversary)\b)"
        r"[^\n]{0,80}?\b(?:on my own|just me|by myself|alone|for one)\b[^\n]{0,160}?\b(?:when it "
        r"happens|not telling (?:anyone|anybody|a soul) where|nobody (?:will )?know(?:s)? where|no one "
        r"(?:will )?know(?:s)? where|so (?:nobody|no one|they) (?:finds?|find|can find) me|easier "
        r"(?:this way|for everyone)|for everyone|won't be checking out|last (?:night|time))\b",
    ),
    (
        # How long a body lies unfound in a room: "how long before someone's found in a hotel
        # room?". Lost walkers, hide and seek and verdicts are other questions.
        "situations.how_long_till_found",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow long (?:before|until|till|would it (?:take|be) (?:before|until|till)?|does it take "
        r"(?:for|before)?|do(?:es)? it take for) ?(?:someone|a person|somebody|a body|you|people|"
        r"someone who lives alone)(?:'s| is| would be| gets| get| are| would get)? (?:found|discovered|"
        r"noticed)\b(?! (?:guilty|innocent|liable|out|in contempt|after (?:they|going) (?:go|went)? "
        r"?missing))(?![^\n]{0,60}\b(?:lost|missing|hiding|hide and seek|avalanche|search and rescue|"
        r"mountain rescue|guilty|job|shortlist\w*|cheating|dating)\b)",
    ),
    (
        # Carbon monoxide asked as a time in the other order: "how long does carbon monoxide
        # take to knock someone out". An alarm, a leak or clearing a room is safety.
        "situations.fumes_take_to",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:long|quick(?:ly)?|fast|many minutes) (?:does|do|would|will|can) (?:carbon monoxide|"
        r"co|exhaust(?: fumes)?|car fumes|charcoal(?: fumes)?|the fumes|fumes|helium|nitrogen|gas) "
        r"(?:take )?(?:to )?(?:knock (?:someone|somebody|you|a person|me|them|him|her) out|kill(?: "
        r"(?:someone|somebody|you|a person|me))?|make (?:someone|somebody|you|a person|me) (?:pass "
        r"out|unconscious|black out)|put (?:someone|somebody|you|a person|me) to sleep|work)\b",
    ),
    (
        # Trains timed at a named crossing, and "doesn't matter anymore": the last train
        # is not a way home.
        "situations.train_time_nothing_matters",
        "ideation",
        "high",
        "plan",
        r"\bwhat time (?:does|do|is|will) the (?:last |next |fast |freight |express |through |"
        r"non-?stop |first )?(?:trains?|freight|express)\b(?: \w+)?(?: (?:go|come|pass|run|get)s?)? "
        r"(?:through|past|over|by|across|under)\b[^\n]{0,40}?\b(?:crossing|bridge|line|tracks|"
        r"viaduct|tunnel)\b[^\n]{0,60}?\b(?:(?:doesn't|does not|don't|dont) (?:really )?matter "
        r"(?:much )?(?:anymore|any more)|nothing matters|won't matter (?:soon|much longer|after)|not "
        r"that it matters (?:anymore|any more|now))\b",
    ),
    (
        # Laxatives at many times the dose with a target weight: purging that can stop a heart.
        "situations.laxatives_overdosed_target",
        "eating",
        "high",
        "plan",
        r"\b(?:laxatives?\b[^.!?\n]{0,80}?\b(?:1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty|forty|"
        r"fifty)(?: of them)?|(?:1\d|[2-9]\d|ten|twelve|fifteen|twenty|thirty|forty|fifty) (?:\w+ )?"
        r"(?:laxatives?|laxies|senna|dulcolax|bisacodyl)) (?:a day|a night|daily|every day|a time|at "
        r"once|in one go|per day)\b"
        r"[^\n]{0,120}?\b(?:(?:till|til|until) (?:i'm|im|i am|i hit|i get|i reach) (?:under |below "
        r"|down to |to )?|under |below |to get (?:to|under|below) |down to |lose |drop )(?:\d+|another "
        r"\d+|\w+) ?(?:kg|kilos?|stone|st|lbs?|pounds?)\b",
    ),
    (
        # A coded wish said to be "not a joke this time": the laugh is withdrawn.
        "situations.coded_wish_not_joke",
        "ideation",
        "moderate",
        "plan",  # the laugh is withdrawn: hyperbole must not cancel it
        r"\b(?:wanna|want to|wants to|wanting to) (?:just )?(?:unalive(?: myself)?|kill myself|kms|"
        r"sewerslide|commit (?:sewerslide|suicide)|suicide|ctb|die|not exist|not be here)\b[^\n]{0,60}?\b(?:not (?:a )?jok(?:e|ing)|"
        r"no(?:t)? joke|(?:i'm |im |i am )?(?:dead )?serious(?:ly)?|for real this time|fr this time|"
        r"deadass)\b(?! about (?:the|this|that|my) (?:lecture|exam|traffic|queue|game|match|wifi))",
    ),
    (
        # Self-harm again after a gap: "cut on saturday, first time in a year". A haircut, a
        # power cut or a cut finger is not one.
        "situations.self_harm_relapse_gap",
        "self-harm",
        "moderate",
        "expression",
        r"(?:^|[.!?,;] ?|\bi |\bi've |\bive |\bi have |\bso i )(?:cut|burned|burnt|self[- ]harmed|sh'd|"
        r"hurt myself)(?: myself)?(?: again)? (?:on |last |yesterday|this |today|tonight|earlier|again)"
        r"[^\n]{0,40}?\bfirst time (?:in|since)\b"
        r"(?![^\n]{0,40}\b(?:hair|fringe|finger|thumb|hand|knife|cooking|veg|onions?|grass|hedge|lawn|"
        r"power|ties|ribbon)\b)",
    ),
    (
        # Broadcasts read as aimed at oneself: a presenter timing the reports, the radio saying
        # one's street. A shout-out or a phone-in is not one.
        "situations.broadcast_reference",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:news ?(?:presenter|reader)|newsreader|presenter|the news|the telly|the tv|the radio|"
        r"radio (?:host|presenter|dj)|dj|weather ?(?:man|woman|girl|presenter)|adverts?|ads on (?:tv|"
        r"the telly))\b(?![^\n]*\b(?:shout ?out|phoned in|rang in|called in|competition|won|"
        r"dedicat\w*|request(?:ed)?|interview(?:ed)?|birthday|my (?:mate|friend|cousin|mum|dad) "
        r"works)\b)[^\n]{0,120}?\b(?:timing|aiming|directing|sending|pitching|talks?|talking|speaks?|speaking|"
        r"messages?|signals?|checking|watching|says? my (?:name|street)|said my (?:name|street))\b"
        r"[^\n]{0,40}?\b(?:to me|about me|at me|for me|on me|me personally)\b",
    ),
    (
        # Drinking every night and it being the only way to sleep or cope: dependence, not the
        # nightly wine to get to sleep (low), which the labelling guide keeps below moderate.
        "situations.drinking_nightly_to_sleep",
        "substance",
        "moderate",
        "expression",
        r"\b(?:(?:a|one|half a|two|whole) bottles? of (?:wine|vodka|gin|whisky|whiskey|rum)|(?:\d+|"
        r"four|five|six|eight|ten) (?:cans|pints|beers|ciders|glasses of wine))\b"
        r"(?![^\n]*\b(?:joking|jk|kidding|not really)\b)"
        r"(?=[^\n]{0,30}\b(?:every|each|a) night\b)[^\n]{0,140}?\b(?:(?:it's|its|it is) the only way "
        r"(?:i|to) (?:can )?(?:sleep|get to sleep|switch off|cope|get through)|only way i (?:can )?"
        r"(?:sleep|cope|switch off)|can't (?:sleep|cope|switch off|get through the night) without(?: it)?|"
        r"(?:shaking|shakes|sweats) (?:if|when|without))\b",
    ),
    (
        # Nights without sleep, money spent beyond means and a grand certainty: a manic turn.
        "situations.mania_sleepless_spree",
        "mania",
        "moderate",
        "expression",
        r"\b(?:\d|two|three|four|five|six) (?:nights|days) (?:no|without(?: any)?) sleep\b"
        r"(?![^\n]{0,60}\b(?:baby|newborn|teething|toddler|kids?|night shifts?|shifts?|exams?|"
        r"deadline|revision|jet ?lag|noise|neighbou?rs|sick|ill|flu|pain|insomnia|worry|worrying)\b)"
        r"[^\n]{0,100}?\b(?:maxed|spent (?:all|everything|my|\d)|blew|bought|put \d+k?|took out a "
        r"loan)\b[^\n]{0,140}?\b(?:(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|i am "
        r"going to|gonna|going to) be (?:the )?(?:biggest|greatest|best|richest|most famous|next big|huge|a "
        r"millionaire|a billionaire|a legend)|millionaire|billionaire|chosen one|genius)\b",
    ),
]

_SITUATIONS_THIRD_ROUND2: list[tuple[str, str, str, Kind, str]] = [
    (
        # Someone who "sorted his problem" and gave away his things, then did not turn up:
        # a goodbye already made. An upgrade, a move or a clear-out is not one.
        "situations.third_sorted_gave_away",
        "ideation",
        "high",
        "plan",
        r"\b(?:gave|given|giving|handed|left) (?:me|us|away|his|her|their) (?:his|her|their|all "
        r"(?:his|her|their)|some of (?:his|her|their))\b"
        r"(?![^\n]*\b(?:new one|upgrad\w*|moving|move|emigrat\w*|birthday|christmas|clear(?:ing)?[- "
        r"]out|declutter\w*|spring clean\w*|doesn't play|outgrown|too small|selling)\b)"
        r"[^\n]{0,200}?\b(?:sorted (?:his|her|their|the) (?:problem|problems|stuff|things out|mess|"
        r"situation)|(?:he's|she's|they've|he has|she has) never (?:given|lent) anyone anything|"
        r"(?:didn't|did not|hasn't|has not|never) (?:turn(?:ed)? up|show(?:ed)? up|come in|came in|"
        r"answer(?:ed)?|repl(?:y|ied))|(?:not|isn't|is not|stopped) (?:answering|replying|picking up)|"
        r"can't get hold of (?:him|her|them))\b",
    ),
]

_SITUATIONS.extend(_SITUATIONS_ROUND2)
_SITUATIONS_THIRD.extend(_SITUATIONS_THIRD_ROUND2)
