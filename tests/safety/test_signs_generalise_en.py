"""English signs that must generalise to people the detector has never seen, each pinned by a
risky form and its everyday look-alike. Every sentence was written for these tests (not taken
from the corpus or the training data), in wording unlike the cases that revealed the class."""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation

IMMINENT = [
    # at a high place with its height said
    "up on top of the multi-storey now, 9 floors down to the street",
    # someone else's medicine already swallowed
    "i just took my flatmate's diazepam, most of the strip",
    # self-harm under way
    "im cutting right now and i cant stop",
    "the razor is against my wrist",
]
HIGH_OR_WORSE = [
    # a stockpile counted against "enough"
    "been putting my sleeping tablets aside for weeks, think i finally have enough",
    "saving up my tramadol, nearly enough now",
    # old age is no ordinary reason for a stockpile
    "i'm 84 and i've been hoarding my sleeping tablets, nearly enough now",
    # means bought with what makes them lethal
    "picked up charcoal and a roll of gaffer tape from the garage shop",
    "ordered some tubing and tape that fits the exhaust",
    "checked the rope is strong enough to hold me",
    # a rehearsal
    "did a practice run with the belt last night",
    "tested whether the banister would take my weight",
    # a one-way trip
    "booked a one-way train to the coast on sunday. won't need a return",
    # affairs put in order so nobody has to deal with it, with another act
    "sold the car and paid off my loans so nobody has to sort it out after",
    # a named person, a wish to make them pay, and their routine
    "gonna make my old supervisor pay, he walks the dog alone at 5am every day",
    "that teacher deserves to suffer and i know her route home",
    # coded words with a time
    "kms by sunday, decided",
    "ctb, plan's set for after my finals",
    "decided. ctb on saturday",
    # third-party: method searches plus a pet or treasured things given away
    "my flatmate's been searching for ways to die and has given away his guitar",
    # method question with distress
    "what's the quickest acting poison in a garden centre? i can't take this anymore",
    "looked up how long a codeine overdose takes, everything is falling apart",
    # a location question with acute hopelessness, even with a laugh
    "what time do the freight trains come through the crossing lol. life feels so pointless",
]
MODERATE_OR_WORSE = [
    # someone would be better off with another person
    "my husband would be so much better off with someone else",
    # thinking about a veiled end
    "i keep thinking about how i'd disappear for good",
    # third-party cuts
    "noticed my nephew has cuts all up his forearms, he won't say why",
    # fiction-framed lethality question
    "for my novel, the villain drowns someone in a bath. how long would it take them to die",
    "which express trains never stop at the little station near me",
    # wine with sedatives
    "finishing a bottle of gin most nights and taking zopiclone on top of it",
]
NONE_OR_LOW = [
    # laughter
    "my cousin nearly killed herself laughing at the wedding speech",
    "i died laughing at the cat video",
    # someone else "will kill me" over a trivial mishap
    "my dad's gonna kill me, i scratched his car on the gatepost",
    "mum will murder me if i forget the milk again",
    # beating a task, pests or the other team
    "going to destroy this chemistry exam on monday",
    "about to nuke the wasps in the loft with fly spray",
    "we're going to batter them on saturday, cup final baby",
    # a break-up, with a partner or with a situation
    "i'm ending things with my boyfriend tonight, it's been coming for months",
    "going to end it with my band after the tour, creative differences",
    # an elder's platitude
    "my great aunt always says she won't be around forever, she's 91 and still drives",
    # leisure jumps and play ropes
    "gonna jump out of a plane next month for charity, tandem skydive!",
    "did a bungee jump off the bridge in queenstown",
    "put a rope swing on the big oak for the grandkids",
    # adherence, not a stockpile
    "i lay my pills out in a dosette box every sunday, easier for remembering",
    # purging things
    "purging my inbox today, 4000 emails gone",
    # a relapse that is not a substance
    "relapsed on chocolate biscuits, whole packet lol",
    # voices as a joke
    "the voices in my head keep telling me to get another taco 😂",
    # goodbye letters to objects
    "wrote a goodbye letter to my old laptop before recycling it",
    # an elder's "when I'm gone", a will for an ordinary reason
    "grandpa always says when i'm gone the shed is yours, he's 88 and fitter than me",
    "we made our wills with a solicitor after the baby came",
    # how-to-help and safety-promoting questions
    "how do i ask my brother if he's ok without sounding weird",
    "if someone swallowed too much paracetamol by mistake, who do i call first?",
    # a clinician's routine question, reported
    "my gp keeps asking whether i want to hurt myself, it's just a checklist thing",
    # going to a high place for an ordinary reason
    "heading down to the bridge after work with my cousins, there's a food festival under it",
    # kitchen burns, food that "killed me"
    "burnt my thumb on the kettle making tea",
    "that vindaloo absolutely killed me",
]


@pytest.mark.parametrize("text", IMMINENT)
def test_imminent(text: str) -> None:
    assert assess(text, locale="en").level == RiskLevel.IMMINENT


@pytest.mark.parametrize("text", HIGH_OR_WORSE)
def test_high_or_worse(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH


@pytest.mark.parametrize("text", MODERATE_OR_WORSE)
def test_moderate_or_worse(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.MODERATE


@pytest.mark.parametrize("text", NONE_OR_LOW)
def test_look_alikes_stay_calm(text: str) -> None:
    assert assess(text, locale="en").level <= RiskLevel.LOW


# Guards never cancel real risk: an idiom or leisure word next to a real marker stays risky.
GUARDED_BUT_RISKY = [
    "my brother's going to kill me if i tell anyone what he does",
    "he'll kill me if i leave him, he's said it before",
    "my husband's going to kill me when he gets home, i'm terrified, he hit me last time",
    "i'm going to end it tonight, i have the pills ready",
    "after the match i'm going to kill myself",
    "going to jump off the bridge into the river tonight",
]


@pytest.mark.parametrize("text", GUARDED_BUT_RISKY)
def test_guards_do_not_cancel_real_risk(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.MODERATE


# The rules read these right, but the classifier's veto on ideation wording (detector.py,
# ``_apply_classifier``) lowers them to low: a detector change, not a rule change, is needed.
# The classifier retrained with the sixth training sets (1a83fca) no longer vetoes the first two;
# the third is still overruled.
NO_LONGER_VETOED = [
    "some days i wish i'd died in that crash with him",
    "my 15 year old googled how to tie a noose and gave her cousin her favourite necklace",
]
STILL_VETOED = ["i shouldn't have survived that overdose"]
VETOED = NO_LONGER_VETOED + STILL_VETOED


@pytest.mark.parametrize("text", NO_LONGER_VETOED)
def test_no_longer_vetoed_by_classifier(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.MODERATE


@pytest.mark.xfail(strict=True, reason="classifier veto overrules a moderate ideation rule")
@pytest.mark.parametrize("text", STILL_VETOED)
def test_vetoed_by_classifier(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.MODERATE


def test_rules_read_the_vetoed_wording() -> None:
    for text in VETOED:
        rules = {e.rule for e in assess(text, locale="en").evidence}
        assert rules & {"en.gen.wish_had_died", "en.ideation.searching"}


def test_giving_away_because_not_needed_builds_up() -> None:
    turns = [
        "can't really be bothered with anything lately",
        "my mum would cope fine without me honestly",
        "been handing my records out to friends, i don't need them",
        "wrote her something and put it in an envelope",
    ]
    levels = [a.level for a in assess_conversation(turns, locale="en")]
    assert levels[-1] >= RiskLevel.HIGH


def test_an_elder_handing_things_on_stays_calm() -> None:
    turns = [
        "grandad's 88 now",
        "he's been giving his medals and watches to us grandkids",
        "says he'd rather see us enjoy them while he's here",
    ]
    levels = [a.level for a in assess_conversation(turns, locale="en")]
    assert max(levels) <= RiskLevel.LOW


def test_outgrown_things_given_away_stay_calm() -> None:
    text = "gave my old bike to my neighbour's kid, i've outgrown it"
    assert assess(text, locale="en").level <= RiskLevel.LOW


# -- second round (classes from near-pairs and risk told through acts) ---------------------------
HIGH_OR_WORSE_2 = [
    # a place of death, a day, and the decision said
    "walking down to the canal on friday night. i've decided, nothing will change my mind",
    # "get it over with" with belongings shared out
    "want to get this over with by the weekend, i've listed who gets my records and my bike",
    # letters left for after a day
    "put an envelope for each of the kids in my desk drawer, for after thursday",
    # medicine put aside over months until there is enough
    "the chemist keeps filling my repeat and i keep tucking a few away, almost enough by now",
    # a friend's goodbye and then silence
    "my mate messaged 'love you all, feed the rabbit for me' and he hasn't replied in hours",
    # withdrawal with shakes or hallucinations
    "came off the booze three days ago, hands trembling and i keep seeing spiders on the ceiling",
    # an impostor with intent to remove it
    "my wife has been swapped for a double and i have to get rid of her before she poisons us",
]
MODERATE_OR_WORSE_2 = [
    "six weeks clean then last night i scored again",
    "the urges to hurt myself have crept back since christmas",
    "wish i had never been born, some days i just wanna die",
    "the fire took my brother. wish it had been me who died, not him",
    "every night after dinner i run the tap and make myself sick",
    "swallowing a whole packet of senna after every meal",
    "my son stopped eating at school and hits the gym twice a day, lost loads of weight",
    "three nights with no sleep and my thoughts are racing, starting a podcast, a shop",
    "what's the least painful thing to overdose on",
    "how many floors up is enough",
    "my old scout leader used to touch me, first time i've told anyone",
]
RULE_CALM_2 = [
    "we're going to smash it at the pub quiz tomorrow",
    "my flatmate finished my oat milk again, i'm going to murder her",
    "can't wake my husband up for his shift, sleeps through three alarms",
    "picked the venue for our anniversary dinner, so excited",
    "thirty years at the bank and now i'm retiring, they won't have to deal with me any more",
    "the scars from when i used to cut at school have faded, i'm 40 now and proud of it",
    "i've decided to take up running this spring",
    "dad took my laptop till sunday because i skipped homework, my life is ruined",
    "end of term today, goodbye everyone see you in september",
]
STILL_RISKY_2 = [
    # a trivial grievance does not cancel a weapon
    "he broke my phone so i'll kill him, i've got the knife in my bag",
    # waking someone for work does not hide an overdose
    "can't wake my sister for work and there are empty pill packets by her bed",
    # an ordinary decision word does not hide a plan to die
    "i have decided. i will kill myself once the house is empty",
]


@pytest.mark.parametrize("text", HIGH_OR_WORSE_2)
def test_second_round_high(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH


@pytest.mark.parametrize("text", MODERATE_OR_WORSE_2)
def test_second_round_moderate_rule_fires(text: str) -> None:
    # The rules see the sign at moderate or above (the classifier may still veto expression).
    result = assess(text, locale="en")
    rules = [e for e in result.evidence if e.rule != "classifier"]
    assert rules, text


@pytest.mark.parametrize("text", RULE_CALM_2)
def test_second_round_lookalikes_fire_no_rule_crisis(text: str) -> None:
    result = assess(text, locale="en")
    crisis = [
        e for e in result.evidence if e.rule != "classifier" and e.level >= RiskLevel.MODERATE
    ]
    assert not crisis, (text, crisis)


@pytest.mark.parametrize("text", STILL_RISKY_2)
def test_second_round_guards_do_not_cancel_risk(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH


def test_method_question_after_worthlessness_is_high() -> None:
    text = "no one would care one bit. how long would it take to drown in the bath"
    assert assess(text, locale="en").level >= RiskLevel.HIGH


def test_smashing_a_thing_against_something_is_not_doing_well() -> None:
    from tandem.safety.rules.en import MODIFIERS

    assert MODIFIERS.idiom.search("gonna smash it in the final round tomorrow")
    assert not MODIFIERS.idiom.search("he grabbed the remote and smashed it against the door")
    assert not MODIFIERS.idiom.search("she took my phone and smashed it, i'm terrified")


def test_second_round_boundaries_of_the_new_signs() -> None:
    rule_ids = {
        "en.gen2.place_day_decided",
        "en.gen2.over_with_affairs",
        "en.gen2.third_farewell_unreachable",
        "en.gen2.withdrawal_signs",
    }
    calm = [
        "off down to the reservoir on saturday with my grandkids to feed the ducks, mind's made up",
        "need to get it over with on monday, the smear test. letters for the nurse are ready",
        "my cousin messaged 'thanks for everything' after the wedding, phone's off, battery i bet",
        "gave up drinking energy drinks last week and my hands are a bit shaky",
    ]
    for text in calm:
        fired = {e.rule for e in assess(text, locale="en").evidence} & rule_ids
        assert not fired, (text, fired)


def test_a_sober_count_broken_by_a_drink_is_not_resolved_past() -> None:
    for text in ("nine years sober, then tonight i drank", "7 years sober but last night i used"):
        rules = {e.rule for e in assess(text, locale="en").evidence}
        assert "en.gen2.streak_broken" in rules, text


# -- round 3: classes from held-back sets 9 and 10 ------------------------------------------------
# Method, height or dose questions next to despair said in everyday words; self-harm that is
# escalating and has gone without the care it needed.
HIGH_OR_WORSE_3 = [
    "what's the highest bridge near me with no fence? i want it all to stop",
    "how many of my sleeping tablets would it take, i can't keep doing this",
    "for a school assignment, what's the quickest way to die? everybody hates me anyway",
    "had a few drinks, how much of my insulin would be too much. my life is shit",
    "what's the tallest tower in town you can get onto the roof of, i can't face another day",
    "i've had enough of living. how many paracetamol would it take",
    "my cuts are getting deeper every night now, one should have had stitches, won't go to a&e",
    "cutting more often and worse than last time, it's still bleeding through the bandage",
]
# (text, the rule that must see it): passive wishes in dialect, death spoken of as a rest,
# tiredness of existing, escalating self-harm, restriction undone by exercise.
RULE_SEES_3 = [
    ("if ah wasnae aroond the bairns wid be better aff", "en.gen3.better_off_dialect"),
    ("my family would be better aff withoot me", "en.gen3.better_off_dialect"),
    ("being dead sounds so peaceful right now", "en.gen3.death_appeals"),
    ("honestly not existing sounds like a relief", "en.gen3.death_appeals"),
    ("so tired of existing", "en.ideation.tired_of_living"),
    ("i keep cutting myself deeper these days", "en.gen3.self_harm_escalating"),
    (
        "only had 400 cals today and i'm going to the gym to burn it off",
        "en.gen3.restrict_compensate",
    ),
]
# Everyday look-alikes: a threat at a person over a trivial cause or taken back at once, "kill
# myself" over an annoyance, a death phrase explained as something mundane, self-harm long over
# with recovery said, affairs put in order at an age with contentment, a caring job told, a
# first-aid course, safe disposal of a relative's medicine, a story character killed off.
RULE_CALM_3 = [
    "gonna murder my brother when he gets back, he's finished all my crisps",
    "my flatmate is so dead when she wakes up, she used all my oat milk",
    "i'm going to punch him (i won't punch him, he's my boss)",
    "family barbecue on sunday and there's going to be carnage when my aunt sees the seating",
    "i'm going to kill myself over this printer, third paper jam today",
    "gonna end it all, as in cancel my netflix subscription",
    "I used to self harm at sixteen, I've been clean for eight years and I love my life now",
    "I'm 78 and got my affairs in order with the solicitor this spring, feels like a weight off",
    "made my own funeral plan, I'm 86 and the co-op sorted it",
    "nurse here, had two overdoses on the ward this shift, both fine now, just tired",
    "doing a first aid course, what do you do if someone's swallowed too many pills?",
    "where do I hand in my dad's old morphine tablets now he's passed?",
    "what's the best way to kill off the villain in chapter ten",
    "the council keeps cutting deeper into the library budget every year",
]
# The same frames with a weapon, insistence, a relapse, despair or means: the frame must not hold.
FRAME_MUST_NOT_HOLD_3 = [
    "gonna kill my stepdad when he gets in, he ate my dinner again and I've got the knife ready",
    "she's so dead when she gets home, I'm not joking, I've got a knife",
    "used to cut years ago, clean for a while, but I cut again last night",
    "nurse here. I want to die and I've saved up enough tablets from work",
    "I'm 80, my affairs are in order and I've saved my tablets for sunday, no point going on",
    "i'm going to end it all, i mean it this time",
    "kill myself over this exam, i've got the pills ready",
]
STILL_RISKY_3 = [
    "gonna kill my stepdad when he gets in, he ate my dinner again and I've got the knife ready",
    "nurse here. I want to die and I've saved up enough tablets from work",
    "I'm 80, my affairs are in order and I've saved my tablets for sunday, no point going on",
    "i'm going to end it all, i mean it this time",
]


@pytest.mark.parametrize("text", HIGH_OR_WORSE_3)
def test_third_round_high(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH


@pytest.mark.parametrize(("text", "rule_id"), RULE_SEES_3)
def test_third_round_rule_sees_the_sign(text: str, rule_id: str) -> None:
    rules = {e.rule for e in assess(text, locale="en").evidence}
    assert rule_id in rules, (text, rules)


@pytest.mark.parametrize("text", RULE_CALM_3)
def test_third_round_lookalikes_fire_no_rule_crisis(text: str) -> None:
    result = assess(text, locale="en")
    crisis = [
        e for e in result.evidence if e.rule != "classifier" and e.level >= RiskLevel.MODERATE
    ]
    assert not crisis, (text, crisis)


@pytest.mark.parametrize("text", FRAME_MUST_NOT_HOLD_3)
def test_third_round_frames_do_not_cover_risky_twins(text: str) -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    assert not MODIFIERS.idiom.search(normalize(text, lang="en").text), text


@pytest.mark.parametrize("text", STILL_RISKY_3)
def test_third_round_guards_do_not_cancel_risk(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH


def test_third_round_frames_hold_for_the_lookalikes() -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    framed = [
        "my flatmate is so dead when she wakes up, she used all my oat milk",
        "i'm going to punch him (i won't punch him, he's my boss)",
        "i'm going to kill myself over this printer, third paper jam today",
        "I used to self harm at sixteen, I've been clean for eight years and I love my life now",
        "nurse here, had two overdoses on the ward this shift, both fine now, just tired",
        "I'm 78 and got my affairs in order with the solicitor this spring, a weight off",
    ]
    for text in framed:
        assert MODIFIERS.idiom.search(normalize(text, lang="en").text), text
    informational = "where do I hand in my dad's old morphine tablets now he's passed?"
    assert MODIFIERS.informational.search(normalize(informational, lang="en").text)


def test_third_round_despair_words_make_a_method_question_high_not_alone() -> None:
    # The despair wording is what raises it: the same question without it stays moderate. (The
    # question is about tablets in general: "how many of MY tablets" names means at hand, which
    # is high on its own since en.situations.own_meds_lethality.)
    question = "how many sleeping tablets would it take"
    assert assess(question, locale="en").level == RiskLevel.MODERATE
    assert assess(question + ", i can't keep doing this", locale="en").level >= RiskLevel.HIGH


# Round 3, second part: hyperbole on a recurring annoyance, near-misses in accidents, fixed
# everyday phrases, a crisis long past told with gladness to be alive.
CALM_FRAMED_3B = [
    "if i get one more reply-all email about the printer i'm going to throw myself off the roof",
    "she always says she'll die if the quarterly meeting overruns again, she's fine",
    "almost died slipping on the ice outside the post office",
    "we're shooting a few hoops at lunch",
    "gonna jump out of my skin if the smoke alarm beeps one more time",
    "tried to kill myself at 19, found the hospital bracelet today, so glad i'm still here",
]
RISKY_UNFRAMED_3B = [
    # a day of life is not an annoyance
    "if i have to live one more day like this i'm going to kill myself",
    # means in the message
    "if i have to sit through one more meeting i'm going to kill myself, i've got the pills ready",
    # the past crisis is coming back
    "tried to kill myself at 19 and i'm thinking about trying again, not glad i'm still here",
    # a startle that has lasted since a frightening event
    "since the attack every noise makes me jump out of my skin",
    "nearly killed myself last night, took too many",
]


@pytest.mark.parametrize("text", CALM_FRAMED_3B)
def test_third_round_b_lookalikes_are_framed_and_fire_no_rule_crisis(text: str) -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    assert MODIFIERS.idiom.search(normalize(text, lang="en").text), text
    crisis = [
        e
        for e in assess(text, locale="en").evidence
        if e.rule != "classifier" and e.level >= RiskLevel.MODERATE
    ]
    assert not crisis, (text, crisis)


@pytest.mark.parametrize("text", RISKY_UNFRAMED_3B)
def test_third_round_b_risky_twins_stay_unframed(text: str) -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    assert not MODIFIERS.idiom.search(normalize(text, lang="en").text), text


def test_third_round_b_risky_twins_stay_risky() -> None:
    assert assess(RISKY_UNFRAMED_3B[0], locale="en").level >= RiskLevel.HIGH
    assert assess(RISKY_UNFRAMED_3B[1], locale="en").level >= RiskLevel.HIGH
    assert assess(RISKY_UNFRAMED_3B[4], locale="en").level >= RiskLevel.HIGH


# Round 4: classes from held-back set 11. An overdose named by a brand or combination medicine,
# a small child with a household poison, letters left for the family followed by calm or hidden
# away, a keepsake handed over "to remember her by", a laugh taken back, despair said as "everyone
# at school hates me" or "a waste of space" beside a method question; and two look-alike classes:
# hyperbole about a work ritual, and a warning from family about a dangerous job.
IMMINENT_4 = [
    "just had a screaming match with my mum and i've swallowed around 40 of the nurofen",
    "took the whole box of night nurse and a bottle of wine, don't tell anyone",
    "our 3 year old chewed on a washing pod and now he's being sick",
    "my little girl licked the drain cleaner off the lid, her lips look red",
]
HIGH_4 = [
    "finished notes to my husband and both kids this morning, hid them in the bedside drawer",
    "wrote a letter to each of them - mum, dad, my brother. i feel at peace now",
]
CALM_4 = [
    # a count spread over weeks, prescribed, or an ordinary dose
    "i've taken about 30 of the co-codamol over the last two weeks for my back, is that ok",
    "took 2 nurofen for my headache and it's gone",
    # a child who nearly got hold of something, told as prevented
    "our toddler nearly got into the dishwasher tablets so we fitted cupboard locks",
    # letters for an occasion or a trip
    "wrote thank-you letters to my mum and gran for the birthday money, feel so relieved it's done",
    "wrote letters for my parents before my gap year, they're in the kitchen drawer",
]


@pytest.mark.parametrize("text", IMMINENT_4)
def test_fourth_round_overdose_and_child_poison_are_imminent(text: str) -> None:
    assert assess(text, locale="en").level == RiskLevel.IMMINENT, text


@pytest.mark.parametrize("text", HIGH_4)
def test_fourth_round_letters_left_then_calm_are_high(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH, text


@pytest.mark.parametrize("text", CALM_4)
def test_fourth_round_lookalikes_fire_no_round_four_rule(text: str) -> None:
    fired = [e.rule for e in assess(text, locale="en").evidence if ".gen4." in e.rule]
    assert not fired, (text, fired)


def test_fourth_round_keepsake_goodbye_from_a_friend_is_high_but_not_from_a_grandmother() -> None:
    friend = [
        "my mate Dan's been really low",
        "he gave me his favourite watch today and said it's so i have something to remember him by",
    ]
    assert assess_conversation(friend, locale="en")[-1].level >= RiskLevel.HIGH
    gran = "my gran gave me her ring at the hospice so i'd have something to remember her by"
    assert not [e for e in assess(gran, locale="en").evidence if ".gen4." in e.rule]


def test_fourth_round_a_laugh_taken_back_keeps_the_wish() -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    taken_back = "honestly i want to disappear forever lol but not lol"
    assert MODIFIERS.serious.search(normalize(taken_back, lang="en").text)
    assert not MODIFIERS.serious.search(normalize("i want to sleep for a week lol", lang="en").text)
    # The English laugh frame no longer reads a laugh taken back as a joke; a plain laugh still is.
    assert not MODIFIERS.hyperbole.search(normalize(taken_back, lang="en").text)
    assert MODIFIERS.hyperbole.search(normalize("i want to sleep for a week lol", lang="en").text)


def test_fourth_round_despair_at_school_makes_a_method_question_high() -> None:
    question = "how many sleeping tablets would it take"
    assert assess(question, locale="en").level == RiskLevel.MODERATE
    assert assess("everyone in my class hates me. " + question, locale="en").level >= RiskLevel.HIGH
    assert assess("my brother calls me a waste of oxygen. " + question, locale="en").level >= (
        RiskLevel.HIGH
    )


# Round 4 look-alikes: hyperbole about a work ritual, a family warning about a dangerous job.
CALM_FRAMED_4 = [
    "one more all-hands about synergy and i'm walking into the sea",
    "if we have to attend another three-hour training session i'm going to fake my own death",
    "my other half reckons i'll break my neck on that motorbike one of these days",
    "out on the ladders all week and my mum still says i'll fall and die, been doing it 20 years",
]
RISKY_UNFRAMED_4 = [
    # a day of life is not a ritual
    "if i have to get through one more day like this i'm going to walk into the sea",
    # means in the message
    "one more all-hands and i'm walking into the sea, i've got the pills ready",
    # the writer welcomes the danger
    "my wife says i'll die on that motorbike and honestly i don't care if i do",
    "the lads say i'll drown out on the boat one day. might as well",
]


@pytest.mark.parametrize("text", CALM_FRAMED_4)
def test_fourth_round_lookalikes_are_framed(text: str) -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    assert MODIFIERS.idiom.search(normalize(text, lang="en").text), text
    crisis = [
        e
        for e in assess(text, locale="en").evidence
        if e.rule != "classifier" and e.level >= RiskLevel.HIGH
    ]
    assert not crisis, (text, crisis)


@pytest.mark.parametrize("text", RISKY_UNFRAMED_4)
def test_fourth_round_risky_twins_stay_unframed(text: str) -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    assert not MODIFIERS.idiom.search(normalize(text, lang="en").text), text


def test_fourth_round_risky_twins_stay_risky() -> None:
    assert assess(RISKY_UNFRAMED_4[1], locale="en").level >= RiskLevel.HIGH
    assert assess(RISKY_UNFRAMED_4[2], locale="en").level >= RiskLevel.MODERATE


# Round 4, second part: picturing the others after one's death, a low weight with more to lose,
# food believed tampered with, a broadcaster believed to speak in person, and a child already
# checked by a helpline and fine.
MODERATE_4B = [
    "sat in the retail park wondering if anyone would even notice once i was gone",
    "only 44 kg now and i'm still trying to lose more, periods have stopped",
    "my flatmates keep slipping something into my tea, it tastes metallic so i won't drink it",
    "the newsreader on the six o'clock news keeps speaking directly to me",
]
CALM_4B = [
    "thinking about how my kids would manage if i was gone, so we finally sorted life insurance",
    "down to 88 kilos and still want to lose more before the wedding",
    "my mum keeps putting something in my tea, turns out it's cinnamon and it's lovely",
    "rang in to the breakfast show and the host was talking to me directly on air!",
    "my toddler licked a dishwasher tablet, we rang 111 and they said he's fine, just rinse",
]


@pytest.mark.parametrize("text", MODERATE_4B)
def test_fourth_round_b_signs_are_at_least_moderate(text: str) -> None:
    result = assess(text, locale="en")
    assert result.level >= RiskLevel.MODERATE, text
    assert any(".gen4." in e.rule for e in result.evidence), text


@pytest.mark.parametrize("text", CALM_4B)
def test_fourth_round_b_lookalikes_fire_no_round_four_rule(text: str) -> None:
    fired = [e.rule for e in assess(text, locale="en").evidence if ".gen4." in e.rule]
    assert not fired, (text, fired)


def test_fourth_round_b_a_checked_child_with_symptoms_stays_imminent() -> None:
    text = "my toddler licked a dishwasher tablet, 111 said he'd be fine but now he's wheezing"
    assert assess(text, locale="en").level == RiskLevel.IMMINENT


# Round 4, third part: intent with an adverb in it, an overdose said in the word itself, things
# given away to people who don't know why, a fall from a height with a serious injury, and a
# method question said to be for oneself.
HIGH_4C = [
    "i'm honestly going to end it all this weekend",
    "gave my bike and all my games to my little brother, he doesn't know why",
    "how high does a bridge have to be to be fatal? asking cos i've been thinking about it a lot",
]
IMMINENT_4C = [
    "i think i've done an overdose, everything's gone swimmy",
    "i've overdosed just now please help",
    "fell off the scaffolding at work, my leg is at a weird angle and i can't get up",
]
CALM_4C = [
    "i'm finally going to end it with my landlord and find a new flat",
    "i overdosed at 15 and i'm so glad i survived, 20 years on",
    "back when i was drinking i overdosed three times, sober 2 years now",
    "had an overdose of reality tv this weekend, my brain is mush",
    "gave all my books to my niece because we're moving to a smaller flat, she doesn't know why i "
    "kept so many",
    "fell off the ladder last year and hit my head, all healed now",
]


@pytest.mark.parametrize("text", HIGH_4C)
def test_fourth_round_c_signs_are_high(text: str) -> None:
    assert assess(text, locale="en").level >= RiskLevel.HIGH, text


@pytest.mark.parametrize("text", IMMINENT_4C)
def test_fourth_round_c_acts_are_imminent(text: str) -> None:
    assert assess(text, locale="en").level == RiskLevel.IMMINENT, text


@pytest.mark.parametrize("text", CALM_4C)
def test_fourth_round_c_lookalikes_fire_no_round_four_rule(text: str) -> None:
    fired = [e.rule for e in assess(text, locale="en").evidence if ".gen4." in e.rule]
    assert not fired, (text, fired)


def test_fourth_round_c_books_given_away_are_not_a_fiction_frame() -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    given = "i gave away my books to the girls at work"
    assert not MODIFIERS.fiction.search(normalize(given, lang="en").text)
    assert MODIFIERS.fiction.search(normalize("i love my books about ghosts", lang="en").text)


# Round 4, fourth part: a method question about a fall, a dose or how long an overdose takes; a
# method question that must be answered tonight; a voice telling the writer to hurt their body.
def test_fourth_round_d_method_amount_questions_are_moderate_and_high_with_despair() -> None:
    questions = [
        "how many feet would you need to drop to be sure it's fatal",
        "how much of my sleeping tablets counts as an overdose",
        "how long before an overdose of sertraline kicks in",
    ]
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import RULES

    (rule,) = [r for r in RULES if r.id == "en.gen4.method_amount"]
    for question in questions:
        assert assess(question, locale="en").level >= RiskLevel.MODERATE, question
        assert rule.pattern.search(normalize(question, lang="en").text), question
    despair = "i can't keep doing this. " + questions[0]
    assert assess(despair, locale="en").level >= RiskLevel.HIGH


def test_fourth_round_d_an_urgent_method_question_is_high_not_an_urgent_ordinary_one() -> None:
    assert assess("highest bridge round here? need an answer now", locale="en").level >= (
        RiskLevel.HIGH
    )
    calm = "how many tickets are left for the gig, need to know tonight"
    assert not [e for e in assess(calm, locale="en").evidence if ".gen4." in e.rule]


def test_fourth_round_d_told_to_hurt_own_body_is_high_not_a_workout() -> None:
    told = ["there's a voice in the kitchen", "it keeps telling me i have to cut my arms"]
    assert assess_conversation(told, locale="en")[-1].level >= RiskLevel.HIGH
    workout = "my trainer says i should burn my legs out on the bike tomorrow"
    assert not [e for e in assess(workout, locale="en").evidence if ".gen4." in e.rule]


def test_fourth_round_d_a_kitchen_burn_someone_orders_is_not_an_accident_frame() -> None:
    from tandem.safety.normalize import normalize
    from tandem.safety.rules.en import MODIFIERS

    ordered = "the voice says i have to scald my arm on the kettle"
    assert not MODIFIERS.idiom.search(normalize(ordered, lang="en").text)
    accident = "scalded my arm on the kettle this morning, ouch"
    assert MODIFIERS.idiom.search(normalize(accident, lang="en").text)


MANIA_MODERATE = [
    # sleep cut to almost nothing, energy to spare
    ("slept 2 hours and I feel electric, never felt better", "en.mania.no_sleep_energy"),
    ("who needs sleep, honestly I'm unstoppable this week", "en.mania.no_sleep_energy"),
    # a large sum spent or borrowed, told with euphoric certainty
    (
        "maxed out two credit cards on studio gear but I'll make it back in a week easy",
        "en.mania.reckless_spending",
    ),
    ("took out a 20k loan for my crypto idea, can't fail", "en.mania.reckless_spending"),
    # a world-changing idea with a rash act
    (
        "handed in my notice today, my app is going to change the world",
        "en.mania.grand_idea_rash_act",
    ),
]
MANIA_LOOKALIKES = [
    "slept 2 hours because the baby was up all night, I'm wrecked",
    "spent 3k on the car repair on my credit card, gutted",
    "booked flights to Tokyo for our honeymoon, saved for two years!",
    "quit my job to go back to uni, scary but excited",
]


@pytest.mark.parametrize(("text", "rule_id"), MANIA_MODERATE)
def test_mania_classes_read_moderate(text: str, rule_id: str) -> None:
    result = assess(text, locale="en")
    assert result.level >= RiskLevel.MODERATE, result.notes
    assert "mania" in result.categories
    assert any(e.rule == rule_id for e in result.evidence)


@pytest.mark.parametrize("text", MANIA_LOOKALIKES)
def test_mania_lookalikes_stay_calm(text: str) -> None:
    assert assess(text, locale="en").level < RiskLevel.MODERATE


def test_mania_signs_across_turns_are_moderate_by_the_spending_turn() -> None:
    levels = assess_conversation(
        [
            "slept about 3 hours again, feel amazing",
            "bought a second-hand boat on finance this morning, I'll figure out the money later",
        ],
        locale="en",
    )
    assert levels[-1].level >= RiskLevel.MODERATE
