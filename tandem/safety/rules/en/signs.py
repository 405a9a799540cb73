"""English signs read from situations rather than from the word "suicide"."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind, either_order, words
from tandem.safety.rules.en.lexicon import WEAPON

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
    # "not deep" is the opposite: the wound named as shallow.
    r"(?:(?<!not )(?<!n't )(?<!not that )(?<!not very )(?<!not too )(?<!never )deep(?:er)?|a lot of blood|lots of blood|so much blood|blood everywhere|won't stop|"
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
    (
        # Purging to undo a meal ("threw up dinner to make up for lunch"): compensation, an
        # eating-disorder behaviour even told once and calmly.
        "eating.purging_compensation",
        "eating",
        "moderate",
        "expression",
        r"\b(?:threw up|throw(?:ing)? up|vomit\w*|made myself sick|brought (?:it|dinner|lunch) "
        r"back up)\b[^.!?\n]{0,30}\b(?:to (?:make up for|cancel(?: out)?|compensate for|undo|"
        r"burn off|get rid of (?:the )?calories)|so (?:it|the calories) (?:doesn'?t|don'?t) count)\b",
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

# Mania by class (the twins of the Spanish classes in es/signs.py): sleep cut to almost nothing
# with energy to spare, a large sum spent or borrowed told with euphoric certainty, a
# world-changing idea with a rash act. Each pattern crosses two word classes; neither alone
# ("slept 2 hours, the baby was up", "spent 3k on the car") is enough.
# An ordinary reason for little sleep, read after the sleep words.
_ORDINARY_SLEEPLESS = (
    r"(?![^.!?\n]{0,60}\b(?:baby|newborn|toddler|exams?|revision|deadline|shift|on call|flight|"
    r"jet ?lag|moving|party|wedding|gig|concert|heat|noise|neighbou?rs|cough|fever|pain|colic|"
    r"feeds?|teething|insomnia|worried|anxious|stress\w*|wrecked|exhausted|knackered|shattered|"
    r"tired|dead on my feet)\b)"
)
_SLEEP_HOURS = r"(?:slept|sleeping|sleep|kip|kipped|getting|got|had|on)(?: only| just| like| about| maybe| barely)* "
_LITTLE_SLEEP = (
    r"(?:"
    + _SLEEP_HOURS
    + r"(?:[0-2]|one|two|an|half an)(?: hours?| hrs?| h)\b|(?:haven'?t|have not|"
    r"not|don'?t|didn'?t) (?:even )?(?:needed|need|bothered with|bothered) (?:to )?sleep\w*|no sleep (?:needed|"
    r"required)|who needs sleep|sleep is (?:for the weak|overrated|a waste)|(?:haven'?t|not) slept (?:at "
    r"all|a wink)|up all night (?:again )?(?:every night|for (?:days|nights)))"
)
_SHORT_SLEEP = r"(?:" + _SLEEP_HOURS + r"(?:[3-5]|three|four|five)(?: hours?| hrs?| h)\b)"
_ENERGY = words(
    r"(?:so much|loads of|tons of|endless|unlimited|infinite|crazy|insane) energy",
    r"energy (?:to spare|for days|through the roof)",
    r"buzzing",
    r"electric",
    r"wired",
    r"unstoppable",
    r"invincible",
    r"on fire",
    r"on a roll",
    r"never felt (?:better|so good|this good|so alive)",
    r"best i'?ve ever felt",
    r"feel (?:amazing|incredible|brilliant|fantastic|unreal|like a god|limitless|so alive)",
    r"(?:not|don'?t feel|never) (?:even |at all )?(?:tired|sleepy)",
    r"(?:writing|building|starting|started|launching|working on) (?:a |an |my |three |two |five |several )?"
    r"(?:novel|app|business|company|album|projects?)\b[^.!?\n]{0,20}\b(?:and|&) ",
)
_SPENT = (
    r"(?:spent|blew|dropped|splurged|maxed out|maxed|put|charged|booked|bought|ordered|invested|"
    r"took out|borrowed|remortgaged)"
)
_BIG_MONEY = (
    r"(?:\d{1,3},\d{3}|\d{4,}|\d+k|\d+ grand|(?:thousands|a fortune|a small fortune|my savings|all my "
    r"savings|my whole (?:pay(?:check|cheque)?|salary|wage|overdraft)|the rent money|(?:two|three|all "
    r"my|my|the) credit cards?|(?:a|the|my) credit card|(?:a|another) loan|loans|payday loans?|"
    r"on finance|on credit))"
)
_EUPHORIC_CERTAINTY = words(
    r"(?:i'?ll|i will|gonna|going to) (?:make|earn|win|get) it (?:all )?back",
    r"(?:i'?ll|i will) (?:work out|sort out|figure out|deal with) the money (?:later|tomorrow|after)",
    r"money (?:doesn'?t|does not|won'?t) matter",
    r"money comes back",
    r"can'?t (?:fail|lose|go wrong)",
    r"(?:it'?s|it is|this is) (?:going to|gonna) be (?:huge|massive|enormous|historic|life-?changing)",
    r"(?:i'?ll|i will|gonna|going to) be (?:a )?(?:rich|millionaire|billionaire|famous)",
    r"on a roll",
    r"no brainer",
    r"worth every penny",
    r"sure thing",
)
_WORLD_CHANGING = (
    r"(?:(?:idea|plan|invention|app|theory|business|company|book|discovery|formula|project)s?\b"
    r"[^.!?\n]{0,30}\b(?:is |will |'?ll |going to |gonna |could |that'?s going to |that will )?"
    r"(?:change|revolutionise|revolutionize|save|fix|cure) (?:the world|humanity|history|medicine|"
    r"science|the economy|the planet|everything|cancer)|(?:make|making) me (?:a )?(?:millionaire|"
    r"billionaire|rich|famous))"
)
_RASH_ACT = (
    r"(?:quit|quitting|resigned|resigning|walked out of) (?:my |the )?(?:job|work|degree|course|"
    r"uni)|handed in my notice|(?:took out|taking out|got) (?:a |another )?loan|(?:all|my) savings|"
    r"remortgag\w+|sell(?:ing)? (?:my|the|our) (?:house|flat|car)|haven'?t slept|no sleep|"
    r"(?:invest|investing|put) everything"
)

_SIGNS.extend(
    [
        (
            # Sleep cut to almost nothing and energy to spare: a mania sign, not tiredness.
            "mania.no_sleep_energy",
            "mania",
            "moderate",
            "expression",
            either_order(_LITTLE_SLEEP + _ORDINARY_SLEEPLESS, _ENERGY),
        ),
        (
            # Three to five hours and energy to spare: a mild hypomania sign.
            "mania.short_sleep_energy",
            "mania",
            "low",
            "distress",
            either_order(_SHORT_SLEEP + _ORDINARY_SLEEPLESS, _ENERGY),
        ),
        (
            # A large sum spent or borrowed, told with euphoric certainty.
            "mania.reckless_spending",
            "mania",
            "moderate",
            "expression",
            r"\b"
            + _SPENT
            + r"\b[^.!?\n]{0,60}?\b"
            + _BIG_MONEY
            + r"\b[^\n]{0,80}?\b"
            + _EUPHORIC_CERTAINTY
            + r"\b",
        ),
        (
            # A world-changing idea with a rash act: a job quit, a loan, no sleep.
            "mania.grand_idea_rash_act",
            "mania",
            "moderate",
            "expression",
            r"\b"
            + _WORLD_CHANGING
            + r"\b[^\n]{0,100}?\b(?:"
            + _RASH_ACT
            + r")\b"
            + r"|\b(?:"
            + _RASH_ACT
            + r")\b[^\n]{0,100}?\b"
            + _WORLD_CHANGING
            + r"\b",
        ),
    ]
)

_SIGNS.append(
    (
        # A reckless speed told with a protective belief or the lights off: under way now.
        "mania.reckless_speed",
        "mania",
        "imminent",
        "act",
        either_order(
            r"(?:doing|driving at|going|hitting|clocking) (?:over )?1\d{2}\b",
            r"(?:lights off|eyes (?:closed|shut)|no hands|nothing can (?:touch|hurt|stop) me|"
            r"invincible|i'?m (?:god|immortal|untouchable))",
            gap=60,
        ),
    )
)
