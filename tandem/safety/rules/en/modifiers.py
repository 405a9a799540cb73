"""English context modifiers (see ``Modifiers``), with the alternation of all idiom classes."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

import re

from tandem.safety.rules import Modifiers
from tandem.safety.rules.en.idioms import (
    _BEAT_TASK,
    _BREAKUP,
    _DO_WELL,
    _ELDER_TALK,
    _EVENT_PICKED,
    _HEALED_SCARS,
    _HOUSEHOLD_INJURY,
    _IN_TROUBLE,
    _KILLED_BY_THINGS,
    _LAUGHING,
    _LEISURE_JUMPS,
    _OFFENCE_THREAT,
    _ORDINARY_DECISION,
    _PHONE_PUNISHMENT,
    _SPORTS_HYPERBOLE,
    _VOICES_JOKE,
    _WILLS,
    _WORK_FAREWELL,
)
from tandem.safety.rules.en.idioms3 import (
    _AFFAIRS_ORDINARY,
    _AT_WORK,
    _FIXED_PHRASES,
    _IF_ONE_MORE,
    _IF_ONE_MORE4,
    _KMS_ANNOYANCE,
    _MUNDANE_MEANING,
    _NEAR_MISS,
    _RESOLVED_CRISIS,
    _RESOLVED_SELF_HARM,
    _SO_DEAD,
    _THERE_WILL_BE,
    _THREAT_RETRACTED,
    _THREAT_THEN_OFFENCE,
    _WARNED_DANGER,
)
from tandem.safety.rules.en.lexicon import _ORDINARY_ACTIVITY, DAYS, HIGH_PLACES, MEANS

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
        r"|college|high school|the day))|in the past|at uni i|as a (?:kid|teen|child|teenager)|"
        r"(?:^|[.!?] )in (?:19|20)\d\d\b|since"
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
        # (a lighter, a blade or a cigarette is a tool of self-harm, not a kitchen accident)
        r"(?:cut|burn|burnt|burned|nick|stabbed) (?:myself|my \w+) (?:on|with(?! (?:a |the |my )?"
        r"(?:lighter|cigarettes?|fags?|match(?:es)?|razors?|blades?|knife|compass|scissors|"
        r"sharpener|lighter fluid)\b)|doing|while|shaving|cooking)\b|\bjust a nick\b|\b(?:be|i'll be) dead (?:and buried )?(?:before|by the time)\b|\b"
        r"(?:my )?last (?:message|text|post) (?:before|for|until|till|of the|in(?! drafts?\b)|on|to (?:the|this|our)|today|tonight)\b|\b(?:die|dying|died) of (?:embarrassment|shame|boredom|laughter|cringe|heat|hunger|thirst)\b|\bi'?ll be gone (?:for|till|until|on)\b|\bhow do i kill\b[^?]{0,30}\bwithout dying\b|\bcut myself on\b"
        + _IDIOM_CLASSES
    ),
    # ...but not a laugh taken back at once ("lol but not lol"): that one says it is meant.
    hyperbole=re.compile(
        r"(?<!not )(?<!not even )\b(?:lol|jaja|lmao|haha)\b(?! but (?:not|no) (?:lol|jaja|lmao|"
        r"haha|joking|kidding)\b)"
        # A trivial cause said as a condition: "kms if the 47 is late again".
        r"|\bif (?:the|my) (?:\d+|bus|train|tube|wifi|wi-fi|printer|laptop|queue|lift|uber|delivery)"
        r"\b[^.!?\n]{0,15}\b(?:is|are|goes|breaks|dies) (?:late|down|slow|cancelled|delayed|"
        r"broken)(?: again)?\b"
    ),
    fiction=re.compile(
        r"\b(?:in (?:the|a|my|this) (?:book|novel|film|movie|show|series|play|song|poem|story|game|"
        r"episode|chapter)|(?<!gave away my )(?<!giving away my )(?<!given away my )(?<!gave my )"
        # (books given away are possessions, not fiction)
        r"(?<!giving my )(?<!gave away all my )(?<!given away all my )books?|novels?|films?|movies?|songs?|lyrics?|poem|poetry|(?:singing|sang|humming) (?:along to )?['\x22‘“]|"
        # A social-media story ("posted on his story") is a message to friends, not fiction.
        r"(?<!on his )(?<!on her )(?<!on my )(?<!on their )(?<!insta )(?<!instagram )(?<!snap )"
        r"(?<!whatsapp )(?<!posted a )(?<!put a )(?<!ig )(?:story|stories)|"
        r"script|character|villain|the killer|thriller|horror|murder mystery|fiction|creative "
        r"writing|a-level|english class|literature|shakespeare|hamlet|romeo and juliet|plath|role ?"
        r"play|minecraft|call of duty|fortnite|fifa|the game|raid boss|final boss|warlock|zombie|"
        r"i'm playing the|sea shanty|choir|school play)\b"
    ),
    informational=re.compile(
        r"\b(?:what'?s|which is|what is) the safest (?:route|way|path|time)\b|\block(?:ed|ing)? "
        r"(?:them|it|the (?:meds|pills|tablets|medication|knives|guns?)) (?:away|up)\b|\block ?box|"
        r"\bsafe storage\b|"
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
        r"\benough \w+ to\b|"
        # A stock of something medical: "more than enough pens", "a drawer full of meds".
        r"\b(?:more than enough|plenty of|a stash of|a stockpile of|a (?:drawer|box|bag|cupboard) "
        r"full of|boxes of|spare) (?:\w+ )?(?:pens|syringes|needles|vials|ampoules|patches|doses|"
        r"insulin|pills|tablets|meds)\b|"
        # A stock said without its noun, after the thing was named: "i'm type 1 so i've got plenty."
        r"\b(?:i'?ve got|i have|i've|got) (?:plenty|loads|heaps|more than enough|way more than "
        r"enough)(?= *(?:[.!,;]|$| so\b| and\b| left\b| at home\b| in the\b| lying around\b))|"
        # Medicine boxes kept back after each repeat: "keeping the old boxes in a tin".
        r"\b(?:keeping|kept|saving|saved|stashing|stashed|hoarding|putting aside|put aside) (?:the |"
        r"my |all the |all my )?(?:old |spare |leftover )?(?:boxes|packets|strips|blister packs)\b"
        r"(?! (?:for (?:recycling|crafts|the move|moving|the kids)|to recycle))|\bwhere (?:my |our )?\w+ keeps? (?:the |his |her |their )?(?:key to the "
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
        r"\b(?:(?:going to|gonna|will|would) disown me|disowned me|kicked me out of (?:the )?(?:house|"
        r"home)|lost my (?:job|house|home|wife|husband|partner|mum|mom|dad|son|daughter)|(?:wife|"
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
        r"\binstead\b(?! of (?:surviving|living|being (?:alive|here|saved)|waking|making it|walking "
        r"away|getting out|coming (?:home|back|out)|him|her|them|my \w+))"
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
        # Someone else having moved out is a loss, not a move: "Jen's moved out".
        r"house|out(?<!'s moved out)(?<!has moved out)(?<!he moved out)(?<!she moved out)"
        r"(?<!they moved out)|away|back to|across)\b|\bretir(?:ing|ement|ed)\b|\bnew job (?:in|abroad|"
        r"overseas)\b|\b(?:leaving|off|going) (?:for|to) (?:uni|university|college|the army|basic "
        r"training|boarding school)\b|\bstudy(?:ing)? abroad\b|\bgap year\b|\bemigrating\b|\bvisa "
        r"(?:came through|approved|granted)\b|\b(?:my|our|the) flight (?:to|out|leaves|is on)\b|\bflying "
        r"out (?:to|on)\b|\bnew job,? new (?:life|city|country|start)\b|\bnew life in\b|"
        # Discharged from therapy: goodbyes to the app are an ending agreed with a clinician.
        r"\b(?:discharged|signed off) (?:from|by) (?:therapy|my therapist|the (?:clinic|service|team))\b|"
        r"\b(?:therapist|psychologist|counsell?or|psychiatrist|team) (?:has |have )?(?:signed|"
        r"discharged) me(?: off)?\b|"
        r"\b(?:finished|finishing|ending|ended) (?:my |our )?therapy\b|"
        r"\b(?:having|going in for|before) (?:an |my )?(?:operation|"
        r"surgery|op)\b|\bfasting for (?:a|my|the) (?:blood test|surgery|operation|procedure|scan)\b|\blast day (?:of|at) (?:school|term|uni|college|sixth form|camp|nursery|year \d+|primary)\b|\bend of (?:term|the school year|year \d+)\b|\bschool(?:'s| is) (?:over|out)\b|\b(?:outgrown|grew out of|too small for (?:her|him|me|"
        r"them)|(?:don't|doesn't|no longer) (?:fit|use|wear) (?:them|it|these))\b"
    ),
    # The last step set up and named, in a turn after the crisis was already high: "the engine's
    # running", "I can hear him on the stairs". The detector makes such a turn imminent; on its own
    # (a car warming up, a flatmate coming in) it means nothing.
    ready=re.compile(
        r"\b(?:(?:the )?engine'?s (?:running|on)|engine is (?:running|on)|i can hear (?:him|her|them) (?:on "
        r"the stairs|coming up|coming|at the door|outside (?:the|my) door|trying the door)|(?:he'?s|she'?s|"
        r"they'?re) (?:at|outside|banging on|kicking) (?:the|my) (?:door|window)|i'?m (?:standing|sitting) "
        r"(?:on|at) the (?:edge|ledge|rail|railing|tracks|platform edge)|just (?:need|have) to (?:take|let "
        r"go|step|jump|push|pull|drive|swallow|kick))\b"
        # Where the body is now, or the last thing before the act, said plainly.
        r"|\b(?:up )?(?:here )?at the (?:edge|very top|end of the platform)\b|\bengine'?s (?:quiet|on|"
        r"going|ticking over)\b|\bcar'?s (?:warm|running|filling up)\b|\b(?:the )?door'?s (?:shaking|"
        r"giving way|splintering)\b|\b(?:he|she|they)(?:'s| is|'re| are) coming up(?: the stairs)?\b|"
        r"\bnext (?:one|train)'?s? (?:is )?in \d+ min\w*|\bthe fast ones don'?t stop here\b|\bphone'?s "
        r"(?:on|at) \d+ ?%"
        # The condition named earlier has come true: "when he's asleep" ... "he's asleep now".
        r"|\b(?:he'?s|she'?s|they'?re|everyone'?s|everybody'?s) (?:finally |all )?(?:asleep|gone out|"
        r"left) now\b|\bthe house is empty now\b|\beveryone'?s gone\b"
    ),
    resolve=re.compile(
        r"\b(?:i want to|i wanna|i'?m going to|i'?m gonna|gonna|i'?ll|i will|i need to|i have to|"
        r"i'?m ready to) (?:do it|go through with it|get it over with)\b(?! (?:for|with) (?:you|him|"
        r"her|them)\b)[^.!?\n]{0,15}\b(?:tonight|today|now|right now|this (?:evening|weekend)|"
        r"tomorrow)\b|\b(?:i've|i have) (?:decided|made up my mind)\b(?! (?:to|on|what|which|where|"
        r"that|whether|between|against)\b)|\bmy mind is made up\b"
    ),
)
