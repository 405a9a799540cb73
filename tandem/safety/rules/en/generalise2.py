"""English sign classes, second round: near-pairs and risk told through acts (training set 6)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.en.lexicon import ABUSER, DAYS

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
