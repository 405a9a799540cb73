"""English idiom classes: benign look-alikes of risk wording, by class, not by sentence."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

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
    r"(?:i'm|i am) (?:[6-9]\d|1[01]\d)|so (?:the|my|our) (?:kids|children|family) (?:don'?t|won'?t)|"
    r"in advance|fit as a fiddle|prudent)"
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
