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
        r"new job)\b)",
    ),
]
