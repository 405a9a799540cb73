"""Linguistic screening rules, one module per language.

A rule is a named regular expression over the normalised text (see ``normalize.py``) with the
category and level it signals and its *kind*, which decides which context modifiers may cancel
it:

- ``distress``: mild signals (hopelessness, burdensomeness, passive wishes, early mania...). Any
  modifier cancels them: negation, resolved past, idiom/hyperbole, fiction, informational framing.
- ``expression``: current risk statements (suicidal thoughts, self-harm, psychosis, abuse...).
  Cancelled by negation, resolved past, idiom/hyperbole, fiction and informational framing.
- ``plan``: plan, intent, timeline, means, preparatory acts, threats with a target or means,
  abuse with present danger. Only explicit negation, resolved past or fiction cancel them: never
  hyperbole markers, a "just joking" or a benign semantic match.
- ``act``: an act in progress or already done (overdose taken, means in hand now). Only resolved
  past or fiction cancel them.
- ``method``: asking for method, lethality, dose, height or location. Never cancelled by framing
  (trivia, a friend, a school project, fiction): at least ``moderate``, ``high`` with distress.

Modifier lexicons (``Modifiers``) are patterns for the contexts above, per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tandem.safety.assessment import CATEGORIES, RiskLevel

Kind = Literal["distress", "expression", "plan", "act", "method", "context"]
KINDS: tuple[Kind, ...] = ("distress", "expression", "plan", "act", "method", "context")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    level: RiskLevel
    kind: Kind
    pattern: re.Pattern[str]
    third_party: bool = False  # about someone else: adds the third-party category


@dataclass(frozen=True)
class Modifiers:
    negation: re.Pattern[str]  # before a match, in the same clause: "I'd never", "not"
    past: re.Pattern[str]  # resolved past anywhere in the sentence: "years ago", "used to"
    recovery: re.Pattern[str]  # resolution markers: "clean", "recovered", "therapy helped"
    idiom: re.Pattern[str]  # fixed benign phrases; a risk match inside one is cancelled
    hyperbole: re.Pattern[str]  # laughter markers and trivial causes that mark hyperbole
    fiction: re.Pattern[str]  # books, films, lyrics, quotes, role-play, games
    informational: re.Pattern[str]  # questions about facts, helping others, crisis services
    hypothetical: re.Pattern[str]  # "if", "what if", reported questions
    joking: re.Pattern[str]  # "just joking", "es broma": never lowers plan/act/method
    timeline: re.Pattern[str]  # "tonight", "on friday", "este sábado"
    means: re.Pattern[str]  # means at hand: pills saved, rope, gun, blades
    intent: re.Pattern[str]  # "I've decided", "I'm going to", "ya lo tengo decidido"
    immediacy: re.Pattern[str]  # "right now", "ahora mismo": turns plan into act
    clause_break: re.Pattern[str]  # where negation stops reaching: "but", "pero", ";"
    # Acute distress or loss that is not a risk signal itself but makes method-seeking high.
    distress: re.Pattern[str]
    # "Again", "relapsed": a past marker does not make these resolved.
    relapse: re.Pattern[str]
    # Coping that worked ("but I held ice and it passed"): a current urge becomes low.
    coped: re.Pattern[str]
    # An ordinary reason to give things away or say goodbye (a move abroad, retirement): the
    # preparatory look-alikes in the message and the conversation are then not preparation.
    departure: re.Pattern[str]
    # The abuser is away now ("he's away this week"): abuse without present danger is moderate,
    # so the classifier alone does not make it high.
    away: re.Pattern[str]
    # "lol but seriously", "jaja pero en serio": laughter that says it is not a joke.
    serious: re.Pattern[str]
    # Up high for an ordinary reason ("on the bridge waiting for my dad"): the place rules do
    # not fire, and the classifier needs the stronger reading a benign frame asks for.
    ordinary_stay: re.Pattern[str]
    # The last step set up and named ("the engine's running", "I can hear him on the stairs"):
    # nothing on its own; in a turn after the crisis was already high, the detector makes it
    # imminent.
    ready: re.Pattern[str]
    # The act itself left vague, with a time ("I want to do it tonight", "quiero hacerlo esta
    # noche"): nothing on its own (homework is done tonight too); beside a method question, in
    # the message or later in the conversation, it is the intent that makes the question high.
    resolve: re.Pattern[str]


def compile_pattern(rule_id: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"rule {rule_id}: invalid pattern: {exc}") from exc


def make_rules(
    lang: str, table: list[tuple[str, str, str, Kind, str]], *, third_party: bool = False
) -> list[Rule]:
    """Build rules from (id, category, level, kind, pattern) rows, validating every field."""
    rules = []
    seen: set[str] = set()
    for rule_id, category, level, kind, pattern in table:
        full_id = f"{lang}.{rule_id}"
        if full_id in seen:
            raise ValueError(f"duplicate rule id {full_id}")
        seen.add(full_id)
        if category not in CATEGORIES:
            raise ValueError(f"rule {full_id}: unknown category {category!r}")
        if kind not in KINDS:
            raise ValueError(f"rule {full_id}: unknown kind {kind!r}")
        rules.append(
            Rule(
                id=full_id,
                category=category,
                level=RiskLevel.parse(level),
                kind=kind,
                pattern=compile_pattern(full_id, pattern),
                third_party=third_party,
            )
        )
    return rules


def words(*alternatives: str) -> str:
    """A non-capturing alternation, for building patterns out of lexicons."""
    return "(?:" + "|".join(alternatives) + ")"


def either_order(first: str, second: str, gap: int = 80) -> str:
    """Two word classes in one line, in either order, at most ``gap`` characters apart (lazy):
    "slept 2 hours ... buzzing" and "buzzing ... slept 2 hours" are the same sign."""
    between = r"[^\n]{0," + str(gap) + r"}?\b"
    return r"\b" + first + between + second + r"|\b" + second + between + first


# Medicines people overdose on, by the names they write (normalised text: lower case, no
# accents); the same words in both languages. "Took all my lithium" is an overdose even though
# the message never says pills.
MEDICINES = words(
    r"lithium|litio",
    r"sertralin[ae]|fluoxetin[ae]|prozac|citalopram|escitalopram|paroxetin[ae]|venlafaxin[ae]",
    r"amitriptylin[ae]|amitriptilina|mirtazapin[ae]|trazodon[ae]",
    r"quetiapin[ae]|seroquel|olanzapin[ae]|risperidon[ae]|aripiprazol[e]?",
    r"zopiclon[ae]|zolpidem|diazepam|valium|lorazepam|alprazolam|xanax|clonazepam|rivotril",
    # Counted pills are written in the plural too: "30 ibuprofenos", "20 aspirins".
    r"paracetamol(?:es|s)?|acetaminophen|tylenols?|ibuprofen(?:os?|s)?|aspirin(?:as?|s)?",
    r"naproxen(?:os?)?",
    r"codeine?|codeina|tramadol|oxycodone?|oxicodona|morphine?|morfina|fentanyl|fentanilo",
    r"insulin[a]?|metformin[a]?|propranolol|digoxin[a]?|warfarin[a]?",
    r"lamotrigin[ae]|valpro\w+|carbamazepin[ae]|pregabalin[a]?|gabapentin[a]?",
)


# Something swallowed, injected or taken (English and Spanish, normalised text). Alone it is not
# risk ("took my paracetamol"); in an episode already at high, symptoms after it are an emergency.
INGESTION = re.compile(
    r"\b(?:took|taken|taking|swallowed|swallowing|ate|eaten|drank|downed|popped|injected|"
    r"snorted|tome|tomo|tomado|tomaron|trague|trago|tragado|tragaron|comio|comido|bebi|bebio|"
    r"inyecte|me meti|se metio)\b[^.!?\n]{0,40}\b(?:pills?|tablets?|meds|medicines?|medication|"
    r"something|drugs?|poison|bleach|pastillas|pastis|medicamentos?|medicinas?|algo|drogas?|"
    r"veneno|lejia|cloro|" + MEDICINES + r")\b|\b(?:took|swallowed|downed|popped) (?:it|them|those|"
    r"these)\b|\b(?:me l[ao]s? tome|me l[ao]s? trague|se l[ao]s? tomo)\b|"
    r"\b(?:not sure|don't know|no idea) how many\b|\bno se cuant[ao]s\b|\bpacket'?s open\b|"
    r"\b(?:frasco|blister|caja) (?:esta )?(?:vacio|vacia|abiert[oa])\b"
    # A medicine cabinet emptied is something taken: "went through her bathroom cabinet".
    r"|\bwent through (?:the|her|his|my|mum'?s|mom'?s|dad'?s|nan'?s) (?:bathroom |medicine )?"
    r"(?:cabinet|drawer|medicine box|first aid box)\b|\b(?:vacie|rebusque en|saque todo de"
    r"l?) (?:el |mi )?botiquin\b"
    # Something done to oneself, timed like an ingestion ("did something stupid about an hour ago").
    r"|\bdid something (?:stupid|dumb|silly|bad|really stupid)\b[^.!?\n]{0,25}\b(?:ago|just now|"
    r"earlier)\b|\bhice (?:una )?(?:tonteria|estupidez|locura)\b[^.!?\n]{0,25}\b(?:hace|ahora|"
    r"antes)\b"
    # A share of something named in an earlier turn: "I've taken some of it. a lot actually".
    r"|\b(?:taken|took|swallowed|drank|drunk|injected|had) (?:some|a lot|loads|most|half|all|the "
    r"rest|a bunch|heaps|more|enough) of (?:it|them|those|that|the bottle|the packet)\b"
    r"|\bme (?:tome|trague|bebi|meti|inyecte|he tomado|he tragado|he bebido) (?:un poco|parte|la "
    r"mitad|casi todo|casi todas|todo|todas|mucho|muchas|bastante|bastantes|varias)(?: de (?:eso|"
    r"esas|esos|ellas|ellos|la botella|el frasco|la caja))?\b"
)
# Bodily signs of poisoning or collapse, as people write them (normalised text).
SYMPTOMS = re.compile(
    r"\b(?:sleepy|drowsy|floppy|limp|can't (?:stay awake|keep (?:my|his|her|their) eyes open|wake "
    r"(?:him|her|them|up))|won't wake|not waking|(?:heart|heart's|heart is) (?:pounding|racing)|"
    r"being sick|throwing up|vomit\w*|shaking|(?:everything|it)(?:'s| is) (?:slow|spinning|blurry)"
    r"|cold and sleepy|numb|can't breathe|breathing (?:funny|weird|slow|strange)|passed out|"
    r"unconscious|lips (?:are )?(?:blue|grey|gray)|fitting|seizure|confused|floaty|"
    r"somnolient[oa]|adormilad[oa]|mareo|marea(?:d[oa]|da)|no (?:se )?despierta|no reacciona|"
    r"temblando|el corazon (?:a mil|acelerado|me late)|inconsciente|respira (?:raro|lento|"
    r"poco)|labios morados|convulsion\w*|desmay\w*|no siento (?:las piernas|los brazos|la cara)|"
    r"(?:solo|muy|mucho|con|tengo|me da|un) sueno)\b"
    # First-person and plainer forms of the same signs, in both languages.
    + r"|\b"
    + words(
        r"breathing (?:really |very |so )?(?:slowly|slow|shallow)",
        r"seeing double|double vision",
        r"lips (?:are |feel )?(?:tingling|numb|going numb)",
        r"can'?t stop (?:being sick|vomiting|throwing up|shaking)",
        r"(?:left )?arm (?:is |feels |has gone )?(?:numb|dead)",
        r"snoring (?:weird|strange|funny)",
        r"won'?t respond|not responding",
        r"respiro (?:muy )?(?:despacio|lento|raro|mal)|me cuesta respirar",
        r"veo doble|se me duermen (?:los labios|las manos)",
        r"no paro de vomitar|tiemblo entero|no siento las manos",
        r"(?:el )?corazon me da saltos|(?:el )?brazo (?:izquierdo )?(?:dormido|entumecido)",
        r"me pesa todo el cuerpo|ronquido raro",
        r"no (?:contesta|responde) (?:cuando|aunque) (?:la|lo|le) (?:muevo|llamo|sacudo)",
    )
    + r"\b"
)

# The body giving way (both languages, normalised text): a faint, a blackout, the heart or the
# pulse. Not risk alone (people faint at concerts); after restricted eating or strangulation in
# the same conversation it is a medical emergency.
COLLAPSE = re.compile(
    r"\b"
    + words(
        # A faint "once" or years ago is history, not the body failing now.
        r"faint(?:ed|ing)?(?![^.!?\n]{0,30}\b(?:once|one time|years? ago|as a (?:kid|child|teen)))",
        r"passed out|pass(?:ing)? out|blacked out|black(?:ing)? out|collapsed|lost consciousness",
        r"chest (?:pain|hurts|is hurting|feels tight)",
        r"heart (?:is |keeps )?(?:fluttering|skipping|doing a flutter|does a flutter|stopping)",
        r"palpitations",
        r"pulse (?:is )?(?:really |very |so )?(?:low|weak|slow)",
        r"me desmay\w*|me he desmayado|me desvaneci|perdi el conocimiento|perdi la conciencia",
        r"me quede inconsciente",
        r"me dolia el pecho|me duele el pecho|dolor (?:en el|de) pecho",
        r"el corazon (?:me )?(?:late|va) (?:muy )?(?:raro|lento)",
        r"palpitaciones",
        r"(?:el )?pulso (?:muy |super )?(?:bajo|debil|lento)",
    )
    + r"\b"
)
# Blood or consciousness going after self-harm (both languages): lightheaded, woozy, the floor
# covered. After self-harm told in the conversation, a medical emergency.
BLOOD_LOSS = re.compile(
    r"\b"
    + words(
        r"light-?headed|woozy|going grey|seeing spots",
        r"(?:floor|sink|bath|towel)'?s? (?:is )?(?:a mess|covered|soaked|full of blood)",
        r"(?:so much|lots of|a lot of) blood",
        r"(?:el suelo|la toalla|el lavabo) (?:esta )?(?:llen[oa] de sangre|empapad[oa])",
        r"mucha sangre|se me nubla la vista",
    )
    + r"\b"
)
# Hands or a ligature on the neck, done to the writer (both languages). Non-fatal strangulation
# is among the strongest signs that abuse can turn lethal; breath or consciousness lost after it
# is an emergency even when the writer says they are fine.
STRANGLED = re.compile(
    r"\b(?:grabbed|held|squeezed|had) me (?:by|around|round) (?:the|my) (?:throat|neck)\b"
    r"(?! of my (?:shirt|top|jacket|hoodie|coat|jumper))|"
    r"\b(?:choked|strangled|throttled) me\b|\b(?:his|her|their) hands? (?:around|round|on) my "
    r"(?:throat|neck)\b|\bme (?:agarro|apreto|tomo|cogio|sujeto) (?:del|el) cuello\b|\bme "
    r"(?:ahorco|estrangulo|asfixio)\b|\b(?:sus|las) manos (?:en|alrededor de) mi cuello\b"
)
# Breath failing now after pressure on the neck (both languages). A sore throat or a hoarse
# voice the next day is injury the corpus reads as high, not a crisis under way.
AIRWAY = re.compile(
    r"\b"
    + words(
        r"can'?t breathe",
        r"hard to breathe",
        r"breathing (?:funny|weird|strange)",
        r"no puedo respirar",
        r"me cuesta respirar",
        r"respiro raro",
    )
    + r"\b"
)

# Units after a number: an amount of something other than pills (a dose, a time, a share).
_UNITS = (
    r"mg|ml|g|kg|mins?|minut\w*|hours?|horas?|years?|anos?|days?|dias?|weeks?|semanas?|percent|%"
)

# A count of something taken, told on its own ("it was like 15 of my mum's, with wine"): after
# an ingestion turn it says how much. Units (mg, hours, years, kilos...) are amounts of other
# things; small counts are ordinary doses.
QUANTITY = re.compile(
    r"(?:\b(?:[5-9]|[1-9]\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta"
    r"|cincuenta)\b(?! ?(?:" + _UNITS + r"|kilos?|months?|meses|por ciento|euros?|dollars?|pesos?"
    r"|quid|pounds?|bucks|am|pm|km|miles?|metros?|meters?|floors?|pisos?|o'clock|de la (?:manana|"
    r"tarde|noche)))"
    r"|\b(?:all of (?:them|it)|all (?:of )?my|todos mis|the whole (?:packet|box|bottle|pack|"
    r"strip|lot)|the rest of (?:them|"
    r"the (?:pills|tablets|packet|bottle))|todas|todos los que|todo el (?:frasco|blister|bote|"
    r"paquete)|la caja entera|el frasco entero|un monton|a (?:load|bunch|handful)|un punado)\b)"
)


# An overdose told as done: a past act of swallowing with a count of ten or more and a pill word
# in the same sentence, in either order ("me he tomado unas cuantas de las pastillas de mi madre,
# como 15"). Present habits ("I take 12 tablets a day",
# "tomo") are not matched; units are amounts of other things.
_PILL_WORD = (
    r"(?:pills?|tablets?|capsules?|meds|pastillas|pastis|capsulas|comprimidos|medicamentos|"
    + MEDICINES
    + r")"
)
_BIG_COUNT = (
    r"(?:1\d|[2-9]\d|(?!999|911|112|111|000|988|061|024)\d{3}|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a hundred|diez|"
    r"once|doce|quince|veinte|treinta|cuarenta|cincuenta)"
    r"(?! ?(?:" + _UNITS + r"|times?|veces|los dias|las noches|day|night|the time))"
)
_SWALLOWED = (
    r"(?:took|have taken|i've taken|ive taken|swallowed|downed|necked|popped|me tome|me he tomado|"
    r"me trague|me he tragado|se tomo|se ha tomado|se trago|ha tomado|has taken)"
)
OVERDOSE_TAKEN = re.compile(
    r"\b"
    + _SWALLOWED
    + r"\b[^.!?\n]{0,80}?(?:\b"
    + _BIG_COUNT
    + r"\b[^.!?\n]{0,60}?\b"
    + _PILL_WORD
    + r"\b|\b"
    + _PILL_WORD
    + r"\b[^.!?\n]{0,60}?\b"
    + _BIG_COUNT
    + r"\b)"
)
