"""English situational crises (rules/en/situations.py): each class read from new phrasings, and
the ordinary look-alikes of each class kept below moderate.

The sentences are written for these tests; none comes from the corpus or the training sets.
"""
# ruff: noqa: E501 - test sentences read better unbroken

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation

MOD, HIGH, IMM = RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

# (message, least level, category that must be among the categories or None)
RISKY: list[tuple[str, RiskLevel, str | None]] = [
    # Resignation beside a lethality question: method-seeking with distress.
    ("what height of fall is fatal for sure, my life is a mess anyway", HIGH, "method-seeking"),
    ("how many co-codamol stop your heart? not like I've got anything to lose", HIGH, None),
    # A note being written for someone, now.
    ("finishing my letter to my husband now, it has to explain why", HIGH, "preparatory"),
    ("started my letter to the kids tonight, it's taking ages to find the right words", HIGH, None),
    # An overdose told as "had" or "necked" a count.
    ("I've had about 30 paracetamol since lunch and my stomach hurts", IMM, "medical"),
    ("so I had maybe 20 sleeping tablets with wine, my ears are buzzing", IMM, "medical"),
    # Stepping into the story.
    (
        "for a screenplay, how would someone make an overdose look accidental? she's basically me",
        HIGH,
        None,
    ),
    (
        "writing a poem about a girl who jumps off a bridge. the narrator is kind of me tbh",
        HIGH,
        None,
    ),
    # Household chemicals, or a soft word for dying, in a method question.
    (
        "what cleaning products could a person combine to die in their sleep, it's for a play",
        MOD,
        None,
    ),
    ("what would she need to take to go peacefully, it's for my novel", MOD, "method-seeking"),
    # Carbon monoxide asked as a time.
    ("how quickly would you pass out from car exhaust in a closed garage", MOD, "method-seeking"),
    ("how long until someone would die from a charcoal bbq in a tent", MOD, "method-seeking"),
    # The pet handed over and the last thing sorted.
    (
        "got my brother to take Pickle for good. that's the last thing ticked off",
        HIGH,
        "preparatory",
    ),
    ("my neighbour's agreed to have the cat indefinitely, that's the last job done", HIGH, None),
    # A spot nobody goes to and a day that feels right.
    (
        "checked out a good spot on the moors, nobody is around for miles. saturday sounds right",
        HIGH,
        None,
    ),
    (
        "scouted a secluded spot past the golf course, nobody comes there. friday feels right",
        HIGH,
        None,
    ),
    # Alone by the railway and the through trains timed.
    ("swapped to lates so I'd be alone near the line. I know the fast train times now", HIGH, None),
    (
        "took the yard job so I can be on my own by the railway, looked up when the freight trains come through",
        HIGH,
        None,
    ),
    # Insulin left off on purpose; with ketoacidosis signs, an emergency.
    (
        "been skipping my insulin to drop weight and now I'm throwing up and so thirsty, vomiting all night",
        IMM,
        "medical",
    ),
    ("missing my insulin on purpose so I stay thin, it's working", MOD, "eating"),
    # Skin injured till it bleeds when anxious or angry.
    ("I dig my nails into my arms till they bleed when I'm stressed", MOD, "self-harm"),
    ("punched the wall till my knuckles bled because I was so angry at myself", MOD, "self-harm"),
    # A self-harm urge at full strength now.
    ("sh urges are screaming, sitting on my hands and watching tv til it passes", MOD, "self-harm"),
    ("my sh urges are really strong, squeezing ice and waiting it out", MOD, "self-harm"),
    # Coded ideation with a shrug and no trivial cause.
    ("ngl wanna unalive myself lol anyway how was ur day", MOD, "ideation"),
    ("honestly just want to commit sewerslide haha whatever", MOD, "ideation"),
    # Never having been born, wished now and more than before.
    ("wish I had never been born, feel it more and more lately", MOD, "ideation"),
    ("I wish I was never born, worse than ever right now", MOD, "ideation"),
    # Confined, or money and home taken, by the person who hurts you.
    ("my stepdad shuts me in my room for whole weekends", HIGH, "abuse"),
    ("she keeps locking me inside when she goes to work", HIGH, "abuse"),
    ("my husband takes all my wages and gives me twenty quid a week", MOD, "abuse"),
    ("she would shut me out in the garden all night when I cried", MOD, "abuse"),
    # Someone else: a child in distress asking how high a building is.
    (
        "my daughter's being picked on at school and last night she asked how high the bridge over the bypass is",
        HIGH,
        "third-party",
    ),
    (
        "he's been so withdrawn since the divorce and he keeps asking whether you'd survive a fall",
        HIGH,
        "third-party",
    ),
    # Someone's searches for how to write a note.
    (
        "my brother's browser history: how to write a last letter to your family",
        HIGH,
        "third-party",
    ),
    ("her search history is full of 'what to put in a goodbye note'", HIGH, "third-party"),
    # Someone else locked in, or their money taken.
    ("my aunt's husband locks her in the bedroom when he goes to the pub", HIGH, "abuse"),
    ("her carer has been locking her inside all day and nobody visits", HIGH, "abuse"),
    ("his carer keeps taking his pension and he's scared to say anything", MOD, "abuse"),
    # Someone else restricting, and collapsing with it.
    ("my sister's been living on black coffee and one cracker a day for a month", MOD, "eating"),
    ("my girlfriend has hardly eaten for weeks and hides food in her room", MOD, "eating"),
    (
        "my sister barely eats for months now and tonight she can't stand up and her heart is racing",
        IMM,
        "medical",
    ),
    (
        "my son's been living on rice cakes for weeks and now he's confused and slurring",
        IMM,
        "medical",
    ),
    # Someone unresponsive or with blue lips after drugs.
    ("his lips are going grey, we'd only had a bit of the new batch", IMM, "medical"),
    (
        "my mate's passed out, we were only doing a little bit of the stuff from Dan, what do I do",
        IMM,
        "medical",
    ),
    # Someone behind a locked door with a smell of fumes.
    ("my brother's locked himself in the garage and I can smell exhaust", IMM, "third-party"),
    (
        "she's not answering and there's a smell of gas coming from under her door",
        IMM,
        "third-party",
    ),
    # A low friend gives away a favourite thing.
    (
        "my cousin's been withdrawn lately and just gave me her most prized ring",
        HIGH,
        "third-party",
    ),
    (
        "he handed me his lucky coin yesterday and says he's given up on everything",
        HIGH,
        "third-party",
    ),
    # An old person "ready to be with" the one who died.
    (
        "since my nan died my grandad keeps telling me he's ready to be with her again",
        MOD,
        "third-party",
    ),
    (
        "my great-uncle lost his wife in march and now says he wants to join her soon",
        MOD,
        "third-party",
    ),
    # Someone posting a veiled goodbye.
    ("our bassist posted 'soon none of it will matter' last night", MOD, "third-party"),
    ("a girl in my class wrote 'soon none of it will matter' on her story", MOD, "third-party"),
]

BENIGN: list[str] = [
    "my life's a mess anyway, might as well get a takeaway lol",
    "not like I've got anything to lose by applying for the job",
    "writing my note for the milkman so he leaves two pints",
    "writing my note to mum saying I'll be late back from football",
    "I had 20 aspirin in the cupboard, is that too many to keep at home?",
    "I've had 12 paracetamol over four days for my tooth, is that ok?",
    "my main character is basically me, a clumsy barista who loves cats",
    "the victim dies in chapter two and the detective is basically me but braver",
    "which cleaning products should you never mix because of the fumes?",
    "how do I get the twins to go quietly to bed",
    "how fast do you lose consciousness in a closed car on a hot day? want to keep my kids safe",
    "how quickly would a dog pass out in a closed car on a hot day",
    "asked my sister to take Biscuit for a bit while I'm in hospital for my knee. that's the last thing sorted before the op",
    "that's the last thing sorted for the wedding, so relieved",
    "found a great spot at the lake for stargazing, nobody goes there so it's properly dark. saturday feels right",
    "found a quiet spot for our picnic, no one around. sunday sounds right",
    "checked the freight times so I can get photos of the class 66 for my spotting blog",
    "moved to nights so I'd be on my own by the river for fishing",
    "forgot my insulin this morning, took it at lunch instead",
    "my cat's vet said to cut back on his insulin",
    "scratching my midge bites till they bleed, Scotland in August lol",
    "my kitten scratched me till it bled when I tried to bath him",
    "no sh urges this week, proud of myself",
    "lowkey want to kms if this lecture runs over lol",
    "ngl wanna unalive myself every time the wifi drops lmao",
    "nearly died laughing at that crash compilation",
    "my sister locked me out of the bathroom again lol",
    "my ex used to lock me in the flat, we split five years ago and therapy really helped",
    "my partner takes my card to the bank for me because I can't get there",
    "my son asked me how tall the Shard is on the train to London",
    "my daughter wanted to know how many floors the hotel had, she loves lifts",
    "my son googled how to write a note to the teacher about missing homework",
    "his browser history: how to write a letter of complaint to the council",
    "he locked her in the car by accident with the keys, the AA came",
    "her son takes her to the bank every friday",
    "my son is living on pizza and chips at uni lol",
    "grandad's barely eaten for weeks since his chemo and the nurse says the confusion is expected",
    "my brother passed out on the sofa after the rugby, snoring his head off",
    "his lips went blue after swimming in the sea at new year",
    "his door's locked and I can smell his incense again, so annoying",
    "grandad isn't answering, he's at bingo, and the flat smells of gas because the boiler man is here",
    "my best friend gave me her favourite dress for my birthday",
    "my sister gave me her favourite mug because she's moving to Leeds",
    "my grandad is ready to go and see nan at the care home on sunday",
    "my dad can't wait to see mum at the airport",
    "our teacher keeps saying none of this will matter in 10 years, to calm us before exams",
    "my mate's been posting 'goodbye all' stuff because he's off travelling for a gap year",
]


@pytest.mark.parametrize(("text", "least", "category"), RISKY)
def test_situations_are_read_at_their_level(
    text: str, least: RiskLevel, category: str | None
) -> None:
    a = assess(text, locale="en")
    assert a.level >= least, (a.level, a.categories, [e.rule for e in a.evidence])
    if category is not None:
        assert category in a.categories, a.categories


@pytest.mark.parametrize("text", BENIGN)
def test_look_alikes_stay_below_moderate(text: str) -> None:
    a = assess(text, locale="en")
    assert a.level < RiskLevel.MODERATE, (a.level, a.categories, [e.rule for e in a.evidence])


@pytest.mark.parametrize(
    "turns",
    [
        ["had a couple of my mum's tramadol", "actually more than two. most of the box"],
        ["had some of my tablets earlier", "actually more than two, like half the box"],
    ],
)
def test_an_overdose_revised_upwards_is_imminent(turns: list[str]) -> None:
    assert assess_conversation(turns, locale="en")[-1].level == RiskLevel.IMMINENT


def test_the_rest_of_a_packet_of_biscuits_is_not_an_overdose() -> None:
    turns = [
        "stress eating again",
        "had more than a couple, basically the rest of the packet of hobnobs",
    ]
    assert assess_conversation(turns, locale="en")[-1].level < RiskLevel.MODERATE
