"""English rules for what turns distress into a crisis: an act under way with a farewell, a
method chosen, means beside a "way out", a swallowed stash with symptoms, a dangerous act that
rests on a delusion, an abuser on the way, and things given away "because he'll use them more".
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words

# A farewell that closes a message, not "talk later": an apology or love sent with it counts.
_FAREWELL = r"(?:good ?bye|bye+|farewell|sorry for everything|forgive me|i love (?:you|u)(?: all)?|love (?:you|u) all|tell \w+ i love)"
_SEE_YOU_LATER = (
    r"(?:later|ttyl|brb|tomorrow|tmrw|see (?:you|ya|u)|talk soon|after|in a bit|back soon)"
)
# The act itself, vague on purpose ("it"): under way, or about to be.
_ACT_NOW = (
    # Without "I'm" too ("doing it now. bye"), but not "ok, doing it now": a task agreed to.
    r"(?:(?:(?:i'?m|im|i am) )?(?<!ok )(?<!okay )(?<!fine )(?<!sure )(?<!alright )"
    r"(?:doing it|doing this|going through with it)(?: (?:right )?now| rn)"
    r"|(?:i'?m|im|i am) (?:about to|going to|gonna) do it (?:right )?now)"
)
_MEANS_NOUN = words(
    r"pills|tablets|meds|rope|gun|shotgun|rifle|knife|knives|razors?|blades?|weedkiller|"
    r"pesticide|poison|insulin|morphine|the car|exhaust|charcoal|paraquat|herbicide"
)
# "The easiest way out", "the answer", "end it all": what the means would be for.
_WAY_OUT = (
    r"(?:(?:easiest|easy|quickest|only|simplest|best) way out|the (?:only )?answer|the (?:only |"
    r"easiest |simplest )?solution|end (?:it all|everything|the pain)|be (?:so )?easy to (?:just )?"
    r"(?:end|use|take))"
)
_SYMPTOMS = (
    r"(?:blurry|blurred|seeing double|dizzy|can'?t see (?:straight|properly)|can'?t feel my|numb|"
    r"heart (?:is )?(?:racing|pounding)|throwing up|being sick|slurring|room(?:'s| is) spinning|"
    r"can'?t keep my eyes open|so sleepy|drowsy)"
)
_ALCOHOL = r"(?:wine|vodka|whisk(?:e)?y|alcohol|beers?|gin|rum|booze|drink|drinks|cider|tequila)"
# A belief that makes a dangerous act feel safe: "the roads will clear for me".
_PROTECTED = (
    r"(?:(?:roads?|traffic|cars|the sea|the water|waves|the crowd|the lights)\b[^.!?\n]{0,20}\b"
    r"(?:will|'ll|are going to|is going to) (?:clear|part|open|stop|move|change) (?:up )?for me"
    r"|(?:nothing|no one|nobody|it|they|cars|bullets) (?:can'?t|cannot|won'?t|can) (?:hurt|harm|kill|"
    r"touch|stop) me|(?:god|the universe|angels?|the spirits) (?:will|'ll|is going to) (?:protect|"
    r"catch|save|guide) me|i (?:can'?t|cannot|won'?t) (?:die|be hurt|get hurt|crash))"
)
_RISKY_ACT = (
    r"(?:driv\w+|drive|jump\w*|walk\w* (?:into|across|onto|in front)|step\w* (?:into|off|out)|swim\w*|"
    r"climb\w*|run\w* (?:across|into)|fly\w*|speed\w*)"
)
_EMOJI_PLACE = r"(?:\bbridge\b|\bpuente\b|\brope\b|\bcuerda\b|🚆|🚂|🚄|🚇|🛤️?|🏢|🏙️?|🌊)"
_WOUND = r"(?:cut|cuts|wound|gash|arm|wrist|leg|thigh|deep|deeper|sliced|slit|cutting|stitches)"
_BLEEDING_ON = (
    r"(?:still bleeding (?:through|heavily|a lot)|bleeding through (?:the|my|a) (?:plaster|bandage|"
    r"towel|dressing|gauze|sleeve)|won'?t stop bleeding|can'?t (?:stop|get) the bleeding|blood (?:is "
    r")?(?:soaking|pouring) through)"
)
_TONIGHT = (
    r"(?:tonight|right now|now|today|this (?:evening|morning|afternoon)|in an hour|at midnight)"
)

_ESCALATION: list[tuple[str, str, str, Kind, str]] = [
    (
        # An act under way (or about to be) sent with a goodbye: "doing it now. bye".
        "ideation.act_now_farewell",
        "ideation",
        "imminent",
        "act",
        r"\b"
        + _ACT_NOW
        + r"\b(?=[^\n]{0,80}\b"
        + _FAREWELL
        + r"\b)(?![^\n]{0,80}\b"
        + _SEE_YOU_LATER
        + r"\b)|\b"
        + _FAREWELL
        + r"\b[^\n]{0,60}\b"
        + _ACT_NOW
        + r"\b(?![^\n]{0,60}\b"
        + _SEE_YOU_LATER
        + r"\b)",
    ),
    (
        # A method chosen, said without naming it: "I know exactly what I'd use".
        "ideation.method_chosen",
        "ideation",
        "moderate",
        "plan",
        r"\bi(?:'ve| have)? (?:know|knew|decided|worked out|figured out|chosen|picked) (?:exactly |"
        r"already |now )?(?:what i'?d use|what i would use|what i'?ll use|what i'?m going to use|how "
        r"i'?d do it|how i would do it|how i'?ll do it|how i'?m going to do it|where i'?d do it|where "
        r"i'?ll do it|where i'?m going to do it)\b"
        # "what I'd use for the cake", "how I'd do it differently": a task, not a method.
        r"(?! (?:for|to|in|on|instead|if|differently|better|with|as|at)\b)",
    ),
    (
        # ...and the means within reach: "...and I've got access at work".
        "ideation.method_chosen_means",
        "ideation",
        "high",
        "plan",
        r"\bi(?:'ve| have)? (?:know|decided|worked out|figured out|chosen) (?:exactly |already )?(?:what "
        r"i'?d use|what i would use|what i'?ll use|how i'?d do it|how i'?ll do it)\b[^\n]{0,80}\b(?:i'?ve "
        r"got|i have|got|have) (?:access|it|them|enough|the \w+|some)\b",
    ),
    (
        # Scouting a train that does not stop, or its time: a method and a place chosen.
        "ideation.train_scouted",
        "ideation",
        "high",
        "plan",
        r"\b(?:fast|express|non-?stop|freight) (?:train|one)\b[^\n]{0,80}\b(?:i know (?:the time|when)|"
        r"(?:worked out|checked|timed|looked up) (?:the time|when|which)|picked a day|haven'?t picked)"
        r"|\b(?:which|the) (?:train|one) (?:that )?(?:doesn'?t|does not|won'?t) (?:stop|slow down)\b"
        r"[^\n]{0,60}\b(?:i know|time|day|when)\b",
    ),
    (
        # Means at hand next to "the easiest way out": ideation with means, a plan.
        "ideation.means_way_out",
        "ideation",
        "high",
        "plan",
        r"\b(?:i'?ve got|i have|got|there'?s|keep|kept|we keep|we have)\b[^.!?\n]{0,30}\b"
        + _MEANS_NOUN
        + r"\b[^\n]{0,100}\b"
        + _WAY_OUT
        + r"\b|\b"
        + _WAY_OUT
        + r"\b[^\n]{0,60}\b(?:i'?ve got|i have|got|there'?s)\b[^.!?\n]{0,30}\b"
        + _MEANS_NOUN
        + r"\b",
    ),
    (
        # The pills swallowed with alcohol and symptoms starting: an overdose under way.
        "ideation.overdose_with_alcohol",
        "ideation",
        "imminent",
        "act",
        r"\b(?:took|swallowed|necked|downed|had) (?:the|those|all (?:the|my|of the|of my)|all) (?:pills|"
        r"tablets|meds)\b[^\n]{0,60}\b(?:with|and|on top of)\b[^.!?\n]{0,30}\b"
        + _ALCOHOL
        + r"\b[^\n]{0,80}\b"
        + _SYMPTOMS
        + r"\b",
    ),
    (
        # A dangerous act resting on a delusion of protection: "the roads will clear for me".
        "mania.protected_act",
        "mania",
        "high",
        "plan",
        r"\b"
        + _RISKY_ACT
        + r"\b[^\n]{0,100}\b"
        + _PROTECTED
        + r"|\b"
        + _PROTECTED
        + r"\b[^\n]{0,60}\b"
        + _RISKY_ACT
        + r"\b",
    ),
    (
        # Nights without sleep and a mission from above: the mania the later turns build on.
        "mania.sleepless_mission",
        "mania",
        "moderate",
        "expression",
        r"\b(?:\d+|two|three|four|five|six|several) (?:nights|days) (?:without|with no|of no) sleep\b|"
        r"\bno sleep (?:for|in) (?:\d+|two|three|four|five|six|several) (?:days|nights)\b|\b(?:i was|"
        r"i've been|i have been|i'm|i am) (?:chosen|sent|called) (?:by (?:god|the universe|the angels)|"
        r"to (?:save|fix|heal|change|lead|warn) (?:the world|humanity|everyone|the planet))\b|\b(?:i'm|"
        r"i am|i feel like|i've become) (?:a |the )?(?:prophet|messiah|god's messenger)\b",
    ),
    (
        # A long drive or a journey tonight during a manic spell is a hint on its own; after
        # manic or psychotic turns it is the dangerous act the guide calls high (detector).
        "mania.act_tonight",
        "mania",
        "low",
        "plan",
        r"\b" + _TONIGHT + r"\b[^.!?\n]{0,30}\b(?:i'?m|i am|im|i'?ll|i will|gonna) (?:driving|"
        r"drive|flying|fly|going|heading|walking|leaving)\b[^.!?\n]{0,30}\b(?:to (?:the capital|"
        r"london|washington|the palace|the white house|see the|talk to the|meet the|tell the)|"
        r"(?:all night|without stopping|non-?stop))"
        r"|\b(?:i'?m|i am|im|i'?ll|gonna) (?:driving|flying|heading|walking) to (?:the capital|the "
        r"palace|the white house|see the (?:president|king|queen|pope|prime minister))\b[^.!?\n]{0,40}"
        r"\b" + _TONIGHT + r"\b",
    ),
    (
        # An abuser on the way, drunk or angry or with "we need to talk": danger due soon.
        "abuse.due_soon",
        "abuse",
        "moderate",
        "plan",
        r"\b(?:he'?s|she'?s|he is|she is|they'?re)\b[^.!?\n]{0,40}\b(?:drinking|drunk|wasted|raging|"
        r"furious|livid|so angry)\b[^\n]{0,60}\b(?:on (?:his|her|their|the) way (?:home|back|over|"
        r"here)|coming (?:home|back|over)|(?:will be|'ll be|gets?) (?:home|back) (?:soon|any minute|"
        r"in \w+))\b(?![^\n]{0,40}\b(?:lol|haha|hangover|pick (?:him|her) up|useless))"
        r"|\bon (?:his|her|their) way (?:home|back|here)\b[^\n]{0,40}(?:'|\")?(?:we(?:'re| are) "
        r"(?:going to|gonna) talk|we need to talk|you'?ll see|you'?re dead|wait till i get)",
    ),
    (
        # Giving a treasured thing away "because he'll get more use out of it".
        "preparatory.giving_away_use",
        "preparatory",
        "low",
        "distress",
        r"\b(?:gave|giving|given|give|left|handed) (?:away )?(?:my|all my|him my|her my|them my)\b"
        r"[^.!?\n]{0,50}\b(?:(?:he|she|they|you)(?:'ll| will) (?:get (?:more|better) use|use (?:it|"
        r"them) more|need (?:it|them) more|look after (?:it|them) better)|(?:more|better) use (?:out "
        r")?of (?:it|them) than (?:me|i))\b",
    ),
    (
        # Affairs put in order for one's own death: alone a sensible thing older people do (low),
        # with distress in the same message a preparatory act (high, by the detector's pairing).
        "preparatory.funeral_arranged",
        "preparatory",
        "low",
        "distress",
        r"\b(?:arranged|planned|paid for|prepaid|pre-paid|booked|sorted(?: out)?|organised|organized) "
        r"(?:my (?:own )?|for my (?:own )?|our )funeral(?: plans?)?\b"
        # (told as prudence, "so the kids won't have to", it is an idiom class: idioms._WILLS)
        r"|\b(?:given|gave|left|handed) the (?:dog|cat|pets?|"
        r"budgie|parrot|horse) (?:to|over to)\b",
    ),
    (
        # "I've had enough now" is weariness (low); "had enough of life" is ideation.
        "ideation.had_enough_of_life",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:i'?ve|i have|i'?m|i am) (?:just |really |truly )?(?:had enough|done|finished) (?:of|with) "
        r"(?:life|living|being alive|this life|it all|existing|everything)\b",
    ),
    (
        "hopelessness.had_enough_now",
        "hopelessness",
        "low",
        "distress",
        r"\bi'?ve (?:just |really )?had enough(?: now)?(?= ?(?:[.!,]|$| now))",
    ),
    (
        # Someone else's goodbye, then silence: a third-party crisis (guide: high).
        "third-party.goodbye_then_silence",
        "third-party",
        "high",
        "plan",
        r"\b(?:posted|texted|sent|messaged|wrote|put up|said)\b[^\n]{0,60}\b(?:love (?:you|u) all|sorry "
        r"for everything|goodbye|bye (?:everyone|all|guys)|gonna miss (?:you|u)(?: guys| all)?|will miss "
        r"(?:you|u) all|take care of (?:mum|mom|dad|the kids)|it'?s not your fault)\b[^\n]{0,100}\b(?:"
        r"(?:phone|mobile)(?:'s| is) (?:off|dead|going to voicemail)|not (?:answering|replying|picking "
        r"up)|(?:isn'?t|won'?t|hasn'?t|doesn'?t) (?:answering|answer|replied|reply|picking up|pick up)|"
        r"no (?:answer|reply)|can'?t (?:reach|get hold of)|deleted it|nobody knows where)\b",
    ),
    (
        # Very low blood sugar with symptoms, or alone: a medical emergency now.
        "medical.hypoglycaemia",
        "medical",
        "imminent",
        "act",
        r"\b(?:blood )?(?:sugar|glucose|bgl|bm|bs)\b[^.!?\n]{0,15}\b(?:is |at |of |reading |down to )?"
        r"(?:[1-4]\d|5[0-4]|[12](?:\.\d)?)\b(?! ?(?:%|years|yrs|kg|lbs|mins?|minutes|hours|am|pm))"
        r"[^\n]{0,80}\b(?:shak\w+|trembl\w+|sweat\w*|confus\w*|can'?t see|blurry|dizzy|faint\w*|on my own|"
        r"alone|can'?t think|slurr\w+)\b",
    ),
    (
        # A farewell visit the other person does not know is one: "she doesn't know it's the last".
        "preparatory.secret_last_time",
        "preparatory",
        "high",
        "plan",
        r"\b(?:he|she|mum|mom|dad|nan|nana|gran|grandma|grandad|grandpa|(?:my|the) (?:mum|mom|dad|nan|"
        r"gran\w*|sister|brother|son|daughter|kids|children|wife|husband|partner|friends?|family|"
        r"parents|best friend|dog|cat)) (?:doesn'?t|don'?t|didn'?t|does not|did not) know (?:that )?"
        r"(?:it'?s|it was|it is|it will "
        r"be|this is|that was) (?:the|my) last(?: time| visit| goodbye| one)?\b",
    ),
    (
        # A wave goodbye beside a bridge, railway or tower emoji (🌉 and 🪢 are read as words by
        # the normaliser); "now" makes it an act.
        "ideation.emoji_goodbye_place",
        "ideation",
        "high",
        "plan",
        r"(?:👋|🫡|✌️)[^\n\w]{0,6}"
        + _EMOJI_PLACE
        + r"|"
        + _EMOJI_PLACE
        + r"[^\n\w]{0,6}(?:👋|🫡|✌️)",
    ),
    (
        "ideation.emoji_goodbye_place_now",
        "ideation",
        "imminent",
        "act",
        r"(?:👋|🫡|✌️)[^\n\w]{0,6}" + _EMOJI_PLACE + r"[^\n\w]{0,6}\b(?:now|rn|tonight|ya|ahora)\b",
    ),
    (
        # A wound that will not stop bleeding: an emergency now.
        "self-harm.bleeding_wont_stop",
        "self-harm",
        "imminent",
        "act",
        # A wound named beside it, so a nosebleed or a period is not read as one.
        r"\b"
        + _WOUND
        + r"\b[^.!?\n]{0,60}\b"
        + _BLEEDING_ON
        + r"\b|\b"
        + _BLEEDING_ON
        + r"\b[^.!?\n]{0,60}\b"
        + _WOUND
        + r"\b",
    ),
    (
        # Someone found unconscious: a medical emergency now.
        "medical.found_unconscious",
        "medical",
        "imminent",
        "act",
        r"\b(?:found|find) (?:him|her|them|my \w+|\w+) (?:unconscious|unresponsive|not breathing)\b|"
        r"\b(?:he'?s|she'?s|they'?re|he is|she is) (?:unconscious|unresponsive)\b",
    ),
]
