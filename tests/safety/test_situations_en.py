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


# -- round 2: classes from training sets 9 and 10 -------------------------------------------------

RISKY_2: list[tuple[str, RiskLevel, str | None]] = [
    # The height a local structure would need to be, beside flat hopelessness.
    (
        "how tall does a car park need to be to be sure? there's one behind the station. it's never going to get better",
        HIGH,
        "method-seeking",
    ),
    (
        "how tall does a tower block have to be, he's left me and I can't see a way out",
        HIGH,
        "method-seeking",
    ),
    (
        "how high would the bridge on the bypass have to be, nothing's ever getting any better",
        HIGH,
        "method-seeking",
    ),
    # How many of one's own prescription it would take, story or not.
    (
        "how many of my quetiapine would it take, asking for a poem. been a horrible few months",
        HIGH,
        "method-seeking",
    ),
    ("how many of my own tablets would be enough to not wake up, hypothetically", HIGH, None),
    # A trip out alone with no return, or wondered about.
    ("kayaking out alone at dawn. not planning on paddling back in", HIGH, "ideation"),
    ("sailing the dinghy out by myself, not intending to come back to shore", HIGH, "ideation"),
    ("maybe I just never come back from the hike up the mountain this weekend", MOD, "ideation"),
    ("I wonder what would happen if I didn't come back from the hike", MOD, "ideation"),
    # Going to a drop "and that'd be that".
    ("maybe I'd just walk into the sea and that'd be that", HIGH, "ideation"),
    ("I'd just walk out into the loch and that would be that", HIGH, None),
    # A pet rehomed under a cover story the writer says is false, or "easier for everyone".
    ("gave away my dog to a farm, said I'm emigrating. I'm not going anywhere", HIGH, None),
    ("dropped the cat at my aunt's, easier this way, for everyone", HIGH, None),
    # A room booked alone, secretly or "when it happens".
    ("booked a travelodge for friday just me, not telling anyone where", HIGH, "preparatory"),
    ("booked a caravan alone for the weekend, nobody will know where", HIGH, "preparatory"),
    # How long a body lies unfound.
    ("how long until someone who lives alone is found, roughly", MOD, "method-seeking"),
    ("how long before a body is discovered in a flat", MOD, "method-seeking"),
    # Fumes asked as a time, gas first.
    ("how fast does exhaust take to knock someone out in a garage", MOD, "method-seeking"),
    ("how long would charcoal fumes take to kill you", MOD, "method-seeking"),
    # Through trains at a crossing and "doesn't matter anymore".
    (
        "what time do the freight trains pass over the viaduct, not that it matters anymore",
        HIGH,
        None,
    ),
    (
        "what time does the first express go through the crossing at Elm Lane? doesn't really matter any more",
        HIGH,
        None,
    ),
    # A spot nobody goes and a day "best for it".
    ("found a place in the woods where no one goes. saturday is best for it", HIGH, None),
    ("found a spot by the reservoir where nobody goes. sunday morning is best for it", HIGH, None),
    # Laxatives at many times the dose with a target weight.
    ("my laxatives, 30 a day now, need to get down to 45 kg", HIGH, "eating"),
    ("taking fifteen laxatives a night till I'm under 7 stone", HIGH, "eating"),
    # A coded wish said to be no joke.
    ("wanna unalive lol not a joke", MOD, "ideation"),
    ("want to ctb lol, I'm serious", MOD, "ideation"),
    # Self-harm again after a gap.
    ("I cut on tuesday, first time since I started uni, gutted", MOD, "self-harm"),
    ("i cut on tuesday, first time in 18 months", MOD, "self-harm"),
    # Broadcasts read as aimed at oneself.
    ("the weatherman talks about me personally every night", MOD, "psychosis"),
    (
        "the news presenter keeps pausing when I pass the tv, she's aiming the headlines at me",
        MOD,
        "psychosis",
    ),
    # Drinking every night to sleep since a loss.
    (
        "half a bottle of vodka every night, it's the only way I can switch off since she left",
        MOD,
        "substance",
    ),
    ("6 cans each night since the funeral, can't sleep without", MOD, "substance"),
    # Sleepless, spending and grand.
    (
        "5 nights no sleep, maxed my overdraft on synths, I'll be the biggest dj in europe",
        MOD,
        "mania",
    ),
    (
        "three days without any sleep, blew my rent on paintings, gonna be a legend",
        MOD,
        "mania",
    ),
    # Someone who "sorted things" gave his things away and went quiet.
    (
        "my flatmate gave away all his records, said he'd sorted the situation, never came in today",
        HIGH,
        "third-party",
    ),
    (
        "she gave away her guitar and her bike, said she's sorted her problems, not answering today",
        HIGH,
        "third-party",
    ),
]

BENIGN_2: list[str] = [
    "how tall does the bridge need to be to clear the barges, for my model railway",
    "how high does a balcony need to be by law before it needs a railing",
    "nothing is getting better with the team this season honestly",
    "been a rubbish year for the garden, slugs ate everything",
    "how many of my paracetamol can I take in 24 hours for a migraine",
    "how many of my vitamin tablets can I take a day?",
    "not planning on coming back to that restaurant, the service was awful",
    "I never came back from that hike the same person, it changed me",
    "rehomed the rabbits because my son is allergic, so sad",
    "left the dog with my mum while we're on holiday in Spain",
    "booked a hotel room just me for a spa weekend, nobody knows where lol",
    "booked an airbnb on my own for the conference, not telling anyone at work where I'm staying",
    "how long before someone is found guilty in a crown court trial",
    "how long until someone lost in the mountains is found by mountain rescue",
    "what time does the last train go through Hadley? the barrier noise keeps me up",
    "saturday is best for it, the weather's meant to be good for the bbq",
    "laxatives, the doctor said take 2 a day for constipation",
    "u ever just wanna die when the wifi cuts out lol",
    "want to die of embarrassment, not joking",
    "cut my hair on saturday, first time in a year, love it",
    "cut my finger on saturday chopping onions, first time in a year I've done that",
    "the radio dj gave me a shout out for my birthday this morning, said my name",
    "the news presenter is talking about the election, I think they're biased",
    "a bottle of wine every night at the weekend with friends, it's fun",
    "two glasses of red each night since my breakup to help me nod off, should I cut down?",
    "3 nights no sleep because of the baby, bought a white noise machine, best purchase ever",
    "my mate gave me his PS5 because he got a new one, didn't turn up to work today cos he's sick",
    "my brother gave me his old bike since he's moving to Leeds, hasn't answered since though, busy",
    "my sister's taking the dog on holiday with her kids, she's better with him anyway",
    "I want my kids to know it wasn't their fault when we split, how do I say it",
    "scheduled some texts for friday to remind the team about the rota",
    "I'd go up the hill and that'd be that for the day's training",
]


# Both rounds' lists are read by the same two checks.
@pytest.mark.parametrize(("text", "least", "category"), RISKY + RISKY_2)
def test_situations_are_read_at_their_level(
    text: str, least: RiskLevel, category: str | None
) -> None:
    a = assess(text, locale="en")
    assert a.level >= least, (a.level, a.categories, [e.rule for e in a.evidence])
    if category is not None:
        assert category in a.categories, a.categories


@pytest.mark.parametrize("text", BENIGN + BENIGN_2)
def test_look_alikes_stay_below_moderate(text: str) -> None:
    a = assess(text, locale="en")
    assert a.level < RiskLevel.MODERATE, (a.level, a.categories, [e.rule for e in a.evidence])


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        # Distress, then a pet taken by someone "better with him anyway".
        (
            [
                "can't face anything lately",
                "my brother's having the cat, he's better with her anyway",
            ],
            HIGH,
        ),
        # Distress, messages scheduled for a day, then the absolution a note carries.
        (
            [
                "so tired of everything",
                "scheduled a few messages for thursday morning",
                "I need them to know it wasn't anything they did",
            ],
            HIGH,
        ),
    ],
)
def test_round2_goodbyes_across_turns(turns: list[str], least: RiskLevel) -> None:
    assert assess_conversation(turns, locale="en")[-1].level >= least
