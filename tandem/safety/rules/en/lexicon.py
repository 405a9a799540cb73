"""English lexicons shared by the rule tables and the modifiers (regex fragments)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, words

# -- lexicons -----------------------------------------------------------------------------------

DAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SELF_DEATH = words(
    r"kill(?:ing)? my ?self",
    r"end(?:ing)? (?:it all|it|my life|my own life|things|everything|this)",
    r"tak(?:e|ing) my (?:own )?life",
    r"die",
    r"be dead",
    r"commit suicide",
    r"suicide",
    r"not (?:be )?(?:here|alive|around)(?: anymore)?",
    r"not exist",
    r"stop existing",
    r"hang myself",
    r"overdose",
    # Veiled forms: the same wish said softly.
    r"disappear (?:forever|for good|for ever)",
    r"be gone(?: for good| forever)?",
    r"(?:go to sleep and )?(?:not|never) wake up(?: again)?",
    r"end my own life",
    r"jump (?:off|from|in front of)(?: \w+){0,3}",
    r"throw myself (?:off|from|in front of|under)(?: \w+){0,3}",
)
OTHER_PERSON = words(
    r"she",
    r"he",
    r"they",
    r"(?:my|our|a|this) (?:best )?(?:friend|mate|bestie|sister|brother|son|daughter|girlfriend|"
    r"boyfriend|partner|wife|husband|mum|mom|dad|cousin|roommate|flatmate|housemate|classmate|"
    r"colleague|coworker|student|kid|child|teen|teenager|niece|nephew|uncle|aunt|guy|girl)s?",
)
ABUSER = words(
    r"he",
    r"she",
    r"(?:my|her|his) (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|mother|"
    r"stepdad|step-dad|stepfather|stepmum|stepmom|uncle|ex|carer|caregiver|brother|sister|"
    r"boss|coach|grandad|grandpa|(?:mums?|moms?) boyfriend|(?:mum|mom)'s boyfriend|son|daughter|"
    r"grandson|granddaughter|nephew|niece|landlord)",
)
MEANS = words(
    r"pills",
    r"tablets",
    r"meds",
    r"medication",
    r"paracetamol",
    r"tylenol",
    r"insulin",
    r"(?<!skipping )(?<!jump )(?<!climbing )(?<!tow )rope(?! ?(?:swings?|ladders?|course|bridge|lights?))",
    r"noose",
    r"belt",
    r"gun",
    r"rifle",
    r"shotgun",
    r"pistol",
    r"blades?",
    r"razors?",
    r"knife",
    r"fent\w*",
    r"heroin",
    r"bleach",
    r"poison",
    r"charcoal",
    r"painkillers",
    r"sleeping (?:pills|tablets)",
    r"antidepressants",
    r"cord",
    r"ligature",
    MEDICINES,
)
WEAPON = words(
    r"knife",
    r"gun",
    r"rifle",
    r"shotgun",
    r"pistol",
    r"bat",
    r"hammer",
    r"machete",
    r"axe",
    r"blade",
)
# Being up high for an ordinary reason: doing something there (any -ing word but those of the
# act itself: "waiting for my girlfriend", "having a beer", "fixing the gutter") or with
# company ("with my brother"). A means named after "with" is not company ("with the rope").
# Where someone stands to fall: the place rule and the ordinary-stay frame read the same list.
HIGH_PLACES = words(
    "bridge", "roof", "rooftop", "ledge", "cliff", "tracks", "railway", "platform edge", "balcony"
)
_ORDINARY_ACTIVITY = (
    r"[^.!?]{0,25}\b(?:(?!thinking|deciding|saying|crying|sobbing|shaking|shivering|trembling|"
    r"counting|getting|going|gonna|looking (?:down|over)|staring|drinking|praying|holding|writing|"
    r"jumping|falling|ending|dying|killing|hanging|leaping|stepping|climbing|building|timing|"
    r"checking|measuring|planning|calculating|testing|"
    r"waiting (?:for (?:the (?:train|right|courage)|it)|to)|nothing|anything|something|everything|"
    r"thing|king|bring)\w+ing|with (?:my|a|the|some|our) (?!rope|pills|tablets|knife|gun|bottle|"
    # "with my legs over the side" is where the body is, not company or an errand.
    r"blade|belt|cord|legs?|feet|foot|arms?|hands?|body)\w+|for (?:a|the) (?:photo|picnic|party|view|gig|concert|match))\b"
)
_ORDINARY_STAY = r"(?!" + _ORDINARY_ACTIVITY + r")"
QUANTITY = words(
    r"all(?: of)?",
    r"the (?:whole|entire)",
    r"a (?:whole|full)",
    r"handful",
    r"packet",
    r"bottle",
    r"box",
    r"too (?:many|much)",
    r"(?:a )?(?:load|lot|bunch|ton)s? of",
    r"\d{2,}",
    r"(?:like|about|around) \d+",
    r"them all",
    r"enough",
    r"everything",
)
