"""English sign classes, fourth round: from held-back set 11."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind, words

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
# Broadcast media that ideas of reference are about. Each rule below names its list once and uses
# it both in the cheap lookahead and in the match (see tests/safety/test_rule_patterns.py).
_SHOWS = r"(?:radio|tv|telly|news|morning show|breakfast show)"
_MEDIA = (
    r"(?:radio|tv|telly|television|news|newsreader|news ?anchor|presenter|dj|"
    r"weather (?:lady|man|girl|guy|forecaster)|songs?|adverts?|ads|commercials|billboards?|"
    r"playlists?|spotify)"
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
        r"(?=\b(?:the )?"
        + _SHOWS
        + r")"
        + r"(?![^\n]*\b(?:rang in|phoned in|called in|competition|interview|shout-?out|request|"
        r"birthday|dedicat\w*|meet and greet|signing|at the gig|on stage|read out)\b)\b(?:the )?"
        + _SHOWS
        + r" ?(?:presenter|host|newsreader|dj|"
        r"announcer|reader)?(?: on the [\w ]{1,25}?)? (?:has started |is |keeps |started |has been "
        r"|was )?(?:talking|speaking|sending (?:me )?(?:messages|signals)|speaking) (?:directly |"
        r"straight )?to me(?: directly)?\b",
    ),
    (
        # Ideas of reference from broadcast media: the radio, the news, songs or adverts saying
        # one's name, talking about one, or carrying signals meant for one. Not a name read out
        # for a competition, a request or a dedication.
        "gen4.media_about_me",
        "psychosis",
        "moderate",
        "expression",
        r"(?=\b(?:the )?" + _MEDIA + r")"
        r"(?![^\n]*\b(?:rang in|phoned in|called in|competitions?|won|winner|prize|giveaway|"
        r"raffle|request\w*|dedicat\w*|shout-?out|interview\w*|birthday|read out|on air with)\b)"
        r"\b(?:the )?" + _MEDIA + r"\b[^.!?\n]{0,40}?\b(?:(?:keeps? |kept |is |are |was |were )?"
        r"(?:saying|says|said|repeating|whispering) my (?:name|thoughts)|(?:talking|speaking|"
        r"going on) about me\b|(?:picked|chosen|played|made|meant|put on) (?:just )?(?:to send|for|"
        r"to warn|to tell) me\b|(?:sending|send|sends|sent) me (?:signals|signs|messages|codes|"
        r"instructions)|(?:signals|signs|messages|codes|instructions) (?:meant |just |only )?for me\b"
        r"|(?:i )?(?:knew|know|could tell) (?:it|they|she|he) (?:was|were|is|are)(?: meant| aimed| "
        r"directed)? (?:about|for|at) me\b)",
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
