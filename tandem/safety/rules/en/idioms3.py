"""English idiom classes, third and fourth rounds, and the guard they share."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules.en.idioms import _ORDINARY_WILL, _SAFE_GAP, _TRIVIAL_OFFENCE

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
