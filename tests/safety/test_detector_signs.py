"""Risk read from situations rather than from the word "suicide", and the look-alikes that must
stay calm. Every sentence here was written for these tests (not taken from the corpus), so they
check that the word classes generalise rather than that particular lines are remembered."""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess, assess_conversation, benign_frame
from tandem.safety.normalize import normalize, segment

HIGH_OR_WORSE = [
    # a question about a place and certainty, with distress in the same message
    ("en", "honestly i can't go on like this. which car park in town do most jumpers use"),
    ("en", "from what floor would a fall be certain? i'm so done with everything"),
    # a goodbye dressed as thanks
    ("en", "this is my last text. tell my sister it wasn't her fault"),
    # loose ends with a date
    ("en", "tying up loose ends this week, said goodbye to my old teammates, it's nearly time"),
    # lying in wait with a weapon
    ("en", "gonna wait for him with a hammer when his shift ends"),
    ("es", "ya no puedo más. cuánto tarda en hacer efecto el gas del coche"),
    ("es", "este es mi último mensaje, dile a mi madre que no fue su culpa"),
    ("es", "lo voy a esperar con la navaja a la salida del trabajo"),
    # a stockpile with a date
    ("en", "my sleeping pills are saved up for saturday when the house is empty"),
    ("es", "ya tengo los somníferos guardados para el sábado"),
    ("en", "booked a room at a b&b out of town so nobody finds me"),
    # messages left for afterwards
    ("en", "recorded a voice note for my daughter to hear after i'm gone"),
    ("es", "dejé un audio para mi hermana para que lo escuche cuando ya no esté"),
    ("es", "le pedí perdón a mi madre por todo, así me voy en paz"),
    # a story whose character feels what the writer feels, and a method question
    ("es", "mi personaje quiere matarse igual que yo, ¿qué veneno casero sería mortal?"),
    # means turned on oneself
    ("en", "some nights i want to turn my dad's shotgun on myself"),
]
IMMINENT = [
    ("en", "ok i did it, swallowed the tablets, just wanted to say thanks"),
    ("en", "sliced my arm and it's deep, blood is pouring through the towel"),
    ("en", "walked in on my brother on the floor and he's not breathing properly"),
    ("en", "i think i just had a seizure, three days off the booze"),
    ("es", "me corté la pierna y sale a chorros"),
    ("es", "encontré a mi primo en el suelo y no reacciona"),
    ("es", "tengo el bote de pastillas abierto en la mano"),
    ("en", "ate some slug pellets about an hour ago, feel ok so far"),
    ("en", "my dad's slumped in his chair and i can't wake him"),
    ("es", "me tomé todas las pastillas de mi tratamiento hace una hora pero estoy bien"),
    ("es", "mi prima dice que se tomó todas y que la deje dormir"),
    # an overdose of a medicine named, not "pills"
    ("en", "got home and swallowed the whole packet of quetiapine, feeling floaty"),
    ("es", "me tomé toda la caja de sertralina hace rato"),
    # a child who swallowed something
    ("en", "my 2 year old got into the cupboard and ate some button batteries"),
    ("es", "la nena se tragó unas cápsulas de detergente, está tosiendo"),
    # any poison, a blade at the wrist, an engine in a closed garage, violence at the door
    ("es", "me bebí un vaso de matarratas disuelto en agua"),
    ("es", "tengo la cuchilla apoyada contra la muñeca"),
    ("es", "el motor del auto está encendido y cerré el garaje"),
    ("es", "está pateando la puerta del baño para entrar y grita que me mata"),
    ("es", "estoy encima del puente del río, ya del otro lado de la baranda"),
    # up high, and what is done there is the act itself
    ("en", "i'm on the multistorey roof working up the nerve to jump"),
]
MODERATE_OR_WORSE = [
    ("en", "w a n n a d i e"),
    ("en", "ɪ ᴡᴀɴᴛ ᴛᴏ ᴅɪᴇ ᴛᴏɴɪɢʜᴛ"),
    ("en", "nobody would notice if i was gone tbh"),
    ("en", "banged my head on the wall till it went fuzzy, only thing that helps"),
    ("es", "Q U I E R O M O R I R M E"),
    ("es", "prefiero estar muerto que seguir así"),
    # "no paro de pensar" is not a negation; "ni de broma" is not a joke
    ("es", "no paro de pensar en tirarme por el balcón, no lo voy a hacer pero ahí está"),
    ("es", "me quiero matar, y no, ni de broma lo digo"),
    ("es", "mi familia estaría mejor si me muero"),
    # categories rarely said in jest: the classifier does not overrule the rule
    ("en", "woke up on the bathroom floor, can't remember getting home, again"),
    ("en", "my ex says he'll kill me if i leave, he's asleep now"),
    ("en", "some nights i wish god would just take me in my sleep"),
    ("es", "bebo todas las noches para olvidar, ya no sé parar"),
]
CALM = [
    # an ordinary reason for goodbyes
    ("en", "relocating to Canada next month so giving away my bikes and saying bye to friends"),
    ("es", "me mudo a Chile en enero, me estoy despidiendo de todos y regalando los muebles"),
    # idioms a rule lexicon also uses
    ("en", "my laptop is about to die and the charger is at home"),
    ("en", "we're going to shoot some hoops after class"),
    ("en", "my nan says she'll be dead and buried before the bus is on time"),
    ("es", "me voy a morir de viejo esperando el autobús"),
    ("es", "me desvivo por mis alumnos, pero me encanta mi trabajo"),
    # safety-promoting
    ("en", "what is the safest way to dispose of my mum's old morphine patches?"),
    ("en", "what should I do if someone near me is having a seizure?"),
    ("en", "this is my last message before the camping trip, back on Sunday!"),
    # a sports team that choked
    ("en", "our keeper choked in the shootout again, gutted"),
    # up high for an ordinary reason; a note for the babysitter; the last message of the night
    ("en", "up on the roof replacing a few slates before the rain comes"),
    ("es", "estoy en el tejado limpiando las canaletas, luego bajo"),
    ("en", "left my note for the babysitter on the fridge"),
    ("en", "this is my last message tonight, off to bed"),
    ("es", "me voy a tirar en el sofá toda la tarde con una peli"),
    ("en", "the voices in my head say i should book that holiday"),
    ("en", "i can't breathe lol this meme about cats"),
    ("en", "i literally can't wake my son up for school, teenagers"),
    ("en", "fasting for my surgery tomorrow so nothing after midnight, wish me luck"),
    # at a high place doing something ordinary, or with company
    ("es", "estoy en la azotea colgando la ropa con mi hermana"),
    ("es", "estoy en el balcón regando las plantas"),
    # medicines kept to hand back; the evening dose; a tool named like a weapon
    ("en", "saving up dad's old tablets to return to the chemist on friday"),
    ("es", "estoy juntando los medicamentos caducados para devolverlos a la farmacia"),
    ("es", "ya me tomé las pastillas de la presión, buenas noches"),
    ("es", "con la pistola de silicona en la mano arreglando la silla"),
    # effort and drinks said with death words; a viewpoint that is the highest in town
    ("es", "nos vamos a matar entrenando para la maratón"),
    ("es", "esta noche me voy a tomar todas las chelas que pueda, ganamos la copa"),
    ("es", "fuimos a la torre más alta de la ciudad a ver el atardecer"),
    # a keepsake knife; a first-aid question
    ("es", "tengo el cuchillo de caza de mi abuelo en una vitrina"),
    ("es", "qué hago si encuentro a alguien inconsciente en la calle"),
    ("en", "this is the end of the season for our netball team, sad times"),
    ("en", "i'm on the bridge waiting for my dad to pick me up, he's late again"),
    ("en", "this podcast episode explains everything about the fall of Rome"),
    ("es", "me voy de vacaciones, así me voy tranquila sabiendo que el gato queda cuidado"),
]


@pytest.mark.parametrize(("locale", "text"), HIGH_OR_WORSE)
def test_situations_that_show_a_plan_are_high(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level >= RiskLevel.HIGH, text


@pytest.mark.parametrize(("locale", "text"), IMMINENT)
def test_acts_told_in_passing_are_imminent(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level == RiskLevel.IMMINENT, text


@pytest.mark.parametrize(("locale", "text"), MODERATE_OR_WORSE)
def test_obfuscated_and_veiled_ideation_is_at_least_moderate(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level >= RiskLevel.MODERATE, text


@pytest.mark.parametrize(("locale", "text"), CALM)
def test_look_alikes_are_not_a_crisis(locale: str, text: str) -> None:
    assert assess(text, locale=locale).level < RiskLevel.MODERATE, text


def test_letter_spaced_text_is_split_back_into_words() -> None:
    assert segment("iwanttodie") == "i want to die"
    assert normalize("s o t i r e d", lang="en").text == "so tired"
    # a run with no known words stays as it was
    assert segment("qzxqzx") == "qzxqzx"


def test_unalive_without_an_object_reads_as_of_oneself_but_not_when_talked_about() -> None:
    spelled_out = normalize("gonna u n a l i v e tonight", lang="en").text
    assert spelled_out == "going to kill myself tonight"
    assert normalize("i'd unalive my printer", lang="en").text == "i'd kill my printer"
    assert "myself" not in normalize("my kid says 'unalive' all day", lang="en").text
    assert normalize("a veces quiero unalivearme", lang="es").text == "a veces quiero suicidarme"
    assert normalize("tengo ganas de unalive", lang="es").text == "tengo ganas de suicidarme"
    # the Spanish rules also read English text: an English object keeps it out of Spanish
    assert "suicidar" not in normalize("gonna unalive my phone", lang="es").text
    assert assess("unalive on sunday. made up my mind", locale="en").level >= RiskLevel.MODERATE
    assert assess("what does 'unalive' mean on tiktok?", locale="en").level < RiskLevel.MODERATE


def test_a_passive_wish_with_a_day_is_not_a_plan() -> None:
    # Ideation words with a day are a plan; a passive wish with a day is not (it is often just
    # tiredness), so the combination stops short of high.
    assert assess("wish i could sleep forever this weekend", locale="en").level < RiskLevel.HIGH
    assert assess("i want to kill myself this weekend", locale="en").level >= RiskLevel.HIGH


def test_a_move_abroad_earlier_in_the_conversation_explains_later_goodbyes() -> None:
    turns = [
        "we got the visa, moving to Australia in March!",
        "been giving my records to my nephew and my bike to a neighbour",
        "had a leaving do with work today, lots of hugs",
    ]
    assert max(a.level for a in assess_conversation(turns, locale="en")) < RiskLevel.MODERATE


def test_the_same_goodbyes_after_hopelessness_are_high() -> None:
    turns = [
        "i don't see the point of anything anymore",
        "been giving my records to my nephew and my bike to a neighbour",
        "said goodbye to everyone at work today, they won't have to put up with me",
    ]
    assert assess_conversation(turns, locale="en")[-1].level >= RiskLevel.HIGH


def test_asking_where_the_gun_is_after_a_veiled_goodbye_is_high() -> None:
    turns = [
        "my brother hasn't left his room since the divorce",
        "last night he told me we'd all be better off without him",
        "now he wants to know where the key for the gun safe is",
    ]
    assert assess_conversation(turns, locale="en")[-1].level >= RiskLevel.HIGH


def test_self_harm_done_again_stays_current_among_cheerful_news() -> None:
    # The classifier reads the turns together as calm news; an act the rules see still counts.
    turns = [
        "morning!",
        "quick catch-up",
        "exams went fine, mum's visiting, I've been burning myself again, and we got a puppy",
    ]
    assert assess_conversation(turns, locale="en")[-1].level >= RiskLevel.MODERATE


def test_symptoms_after_something_taken_in_a_high_episode_are_an_emergency() -> None:
    turns = [
        "someone at the rave handed me something and i took it, didn't care what it did to me",
        "hours later my heart's pounding and i keep throwing up",
    ]
    levels = [a.level for a in assess_conversation(turns, locale="en")]
    assert levels[0] >= RiskLevel.HIGH
    assert levels[-1] == RiskLevel.IMMINENT
    spanish = [
        "me tragué unas pastillas de mi tía para no pensar",
        "ahora estoy adormilada y con el corazón a mil",
    ]
    assert assess_conversation(spanish, locale="es")[-1].level == RiskLevel.IMMINENT


def test_an_ordinary_tablet_then_feeling_sleepy_stays_calm() -> None:
    turns = [
        "took an antihistamine for my hay fever this morning",
        "now i'm a bit sleepy at my desk, is that normal?",
    ]
    assert assess_conversation(turns, locale="en")[-1].level < RiskLevel.MODERATE


def test_unalive_keeps_its_tense_when_it_reads_as_kill() -> None:
    assert normalize("the game unalived my character", lang="en").text.startswith("the game killed")
    assert normalize("in the end he unalived", lang="en").text == "in the end he killed"


def test_a_spaced_out_sentence_keeps_its_word_breaks() -> None:
    # Wider gaps mark the words when a whole sentence is spaced out letter by letter.
    assert normalize("y a   n o   p u e d o", lang="es").text == "ya no puedo"
    assert normalize("t o n i g h t   i   e n d   i t", lang="en").text == "tonight i end it"
    assert assess("q u i e r o   m o r i r m e", locale="es").level >= RiskLevel.MODERATE


def test_unalive_before_a_noun_is_the_adjective() -> None:
    adjective = normalize("the unalive urges came back", lang="en").text
    assert adjective == "the suicidal urges came back"
    assert assess("unalive thoughts again since friday", locale="en").level >= RiskLevel.MODERATE


def test_a_laugh_colours_only_its_own_clause_in_a_long_message() -> None:
    buried = (
        "catching you up: the cat knocked my plant over lol, i still want to kill myself most "
        "days, and my sister passed her driving test"
    )
    assert assess(buried, locale="en").level >= RiskLevel.MODERATE
    # next to the words it softens, or standing alone after them, it still reads as hyperbole
    assert assess("this revision is killing me lol", locale="en").level < RiskLevel.MODERATE
    assert assess("my boss is going to kill me, haha", locale="en").level < RiskLevel.MODERATE


def test_a_count_told_after_something_swallowed_is_an_overdose() -> None:
    turns = [
        "everything went wrong today, i can't cope",
        "so i took some of my sleeping tablets",
        "ok it was more like 20 of them, with a bottle of wine",
    ]
    assert assess_conversation(turns, locale="en")[-1].level == RiskLevel.IMMINENT
    spanish = [
        "no aguanto más a nadie en esta casa",
        "me tomé unas pastillas de mi abuela",
        "bueno, fueron como doce, con cerveza",
    ]
    assert assess_conversation(spanish, locale="es")[-1].level == RiskLevel.IMMINENT


def test_a_count_of_hours_or_milligrams_after_an_ordinary_tablet_stays_calm() -> None:
    turns = [
        "took one ibuprofen for my back",
        "slept like 10 hours after that, then 400 mg again at lunch",
    ]
    assert assess_conversation(turns, locale="en")[-1].level < RiskLevel.MODERATE


def test_a_move_abroad_told_after_the_giving_away_settles_the_conversation() -> None:
    turns = [
        "giving away most of my stuff this week",
        "said goodbye to the lads at five-a-side last night",
        "we're moving to Canada on sunday, my wife got the job!",
    ]
    assert assess_conversation(turns, locale="en")[-1].level < RiskLevel.MODERATE
    # ideation disclosed before the same news is not explained by it
    darker = ["i want to kill myself, giving away most of my stuff this week", *turns[1:]]
    assert assess_conversation(darker, locale="en")[-1].level >= RiskLevel.MODERATE


def test_dying_on_a_hill_is_an_opinion() -> None:
    text = "I will die on the hill that pineapple belongs on pizza"
    assert assess(text, locale="en").level < RiskLevel.MODERATE


def test_a_flight_and_a_new_job_explain_the_goodbyes() -> None:
    turns = [
        "gave my bike and my records to my nephew this week",
        "said goodbye to everyone at the pub, gonna miss them",
        "our flight to Manila is on tuesday, new job, new life!",
    ]
    assert assess_conversation(turns, locale="en")[-1].level < RiskLevel.MODERATE


def test_english_kms_is_left_to_the_english_rules_and_spanish_kms_is_read_in_spanish() -> None:
    assert "matarme" not in normalize("kms this queue is endless", lang="es").text
    assert normalize("kms ya no puedo más", lang="es").text.startswith("matarme")
    assert assess("kms ya no puedo más con nada", locale="es").level >= RiskLevel.MODERATE


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # an injury intended is not a kitchen accident
        ("en", "gonna burn myself with the hair straighteners when everyone's asleep"),
        # dying slowly on purpose is not "me muero de hambre"
        ("es", "dejé de tomar mis pastillas del corazón a ver si así me muero de a poco"),
        # a boss at work is not a video-game boss
        ("es", "si el jefe me vuelve a gritar le rompo la cabeza con el martillo que tengo aquí"),
        # a leg over the balcony rail is where the body is, not company
        ("es", "estoy sentada en el balcón del piso 9 con las piernas colgando hacia afuera"),
        ("en", "on the roof of the multi-storey with my legs over the edge"),
    ],
)
def test_a_frame_word_inside_a_risk_sentence_is_not_a_benign_frame(locale: str, text: str) -> None:
    assert not benign_frame(text), text
    assert assess(text, locale=locale).level >= RiskLevel.HIGH, text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "burnt myself with the iron this morning, ouch"),
        ("es", "me muero de hambre, no he comido nada desde las siete"),
        ("es", "el jefe final de este juego me mató veinte veces"),
        ("en", "on the bridge with my friends taking photos of the sunset"),
    ],
)
def test_ordinary_frames_still_frame(locale: str, text: str) -> None:
    assert benign_frame(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ya lo decidí, este fin de semana me mato y nadie me va a convencer",
        "mi padrastro dice que me va a matar si cuento lo que me hizo",
        "dejé la carta para mis hijos dentro del libro de recetas",
    ],
)
def test_spanish_frame_words_inside_a_disclosure_do_not_frame_it(text: str) -> None:
    assert not benign_frame(text), text
    assert assess(text, locale="es").level >= RiskLevel.MODERATE, text


def test_an_overdose_told_with_the_count_after_the_pills_is_an_emergency() -> None:
    text = "me he tomado varias de las pastillas de mi abuelo, como 18, con ron"
    assert assess(text, locale="es").level == RiskLevel.IMMINENT
    assert assess("swallowed my mum's tablets earlier, about 25 of them", locale="en").level == (
        RiskLevel.IMMINENT
    )
    # a daily habit or long ago is not
    assert assess("I take 12 tablets a day for my heart", locale="en").level < RiskLevel.HIGH
    assert assess("hace años me tomé 20 pastillas, hoy estoy bien", locale="es").level < (
        RiskLevel.HIGH
    )


def test_a_job_abroad_told_first_frames_the_giving_away_that_follows() -> None:
    turns = [
        "¡me salió el trabajo en Lisboa, me voy en tres semanas!",
        "estoy regalando los muebles y las plantas, y la perra se queda con mi hermana",
        "el sábado es la despedida con los del equipo, les escribí una notita a cada uno",
    ]
    assert max(a.level for a in assess_conversation(turns, locale="es")) < RiskLevel.MODERATE
    # the same news does not explain a wish to die
    darker = [*turns[:2], "después de la despedida ya no quiero vivir, ya lo tengo decidido"]
    assert assess_conversation(darker, locale="es")[-1].level >= RiskLevel.HIGH


def test_a_lone_four_between_leetspeak_words_is_the_letter_a() -> None:
    assert normalize("y4 v0y 4 s4lt4r, l0 d3c1d1", lang="es").text == "ya voy a saltar, lo decidi"
    # a number among ordinary words stays a number
    assert normalize("tengo 4 hijos y 3 nietos", lang="es").text == "tengo 4 hijos y 3 nietos"


@pytest.mark.parametrize(
    "text",
    [
        "took 10 mg of melatonin so i'd actually sleep before the night shift",
        "i've taken 20 ml of the cough syrup like the bottle says",
    ],
)
def test_a_dose_with_its_unit_is_not_a_count_of_pills(text: str) -> None:
    assessment = assess(text, locale="en")
    assert not any(e.rule.endswith("overdose_taken") for e in assessment.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "i took 8000 mg of paracetamol about an hour ago",
        "i've taken 25 of the 50mg tablets from my mum's drawer",
    ],
)
def test_a_huge_dose_or_a_count_of_tablets_is_still_an_overdose(text: str) -> None:
    assert assess(text, locale="en").level == RiskLevel.IMMINENT


def test_english_text_is_not_read_by_the_spanish_rules_without_a_spanish_word() -> None:
    # "painless way" matched a Spanish lethality rule written for "forma indolora".
    grooming = assess("the most painless way to take off a waxing strip??", locale="en")
    assert not any(e.rule.startswith("es.") for e in grooming.evidence)
    assert grooming.level < RiskLevel.MODERATE
    mixed = assess("honestly no aguanto más, i just want to disappear forever", locale="en")
    assert mixed.level >= RiskLevel.MODERATE


@pytest.mark.parametrize(
    "text",
    [
        "be honest with me, what's the most painless way? i'm worn down to nothing",
        "i keep reading about it at night. is there a peaceful way?",
        "for a debate in class, the quickest way people end their own lives, roughly?",
    ],
)
def test_a_painless_way_with_the_object_left_unsaid_is_method_seeking(text: str) -> None:
    assessment = assess(text, locale="en")
    assert "method-seeking" in assessment.categories
    assert assessment.level >= RiskLevel.MODERATE


@pytest.mark.parametrize(
    "text",
    [
        "most painless way to get a tick off the dog? she hates being held",
        "any painless way to pierce ears at home or should we go to the salon",
    ],
)
def test_a_painless_way_to_do_an_ordinary_task_is_not_method_seeking(text: str) -> None:
    assert "method-seeking" not in assess(text, locale="en").categories


def test_knife_and_blood_emoji_read_as_self_harm_in_spanish_too() -> None:
    # Spanish messages are no longer read by the English rules, which had the emoji rule.
    disclosure = assess("otra vez lo mismo esta noche 😔🔪🩸", locale="es")
    assert "self-harm" in disclosure.categories
    assert assess("la carne ya está lista 🔪🥩 a comer", locale="es").level == RiskLevel.NONE


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "the newsreader was talking about me again tonight, she used my exact words"),
        ("en", "the weather man said storm warning and i could tell it was meant for me"),
        ("es", "el locutor de la radio dijo mi nombre dos veces, sé que es por lo de ayer"),
        ("es", "los anuncios de la tele me mandan señales, ya entendí el mensaje"),
    ],
)
def test_broadcast_media_about_oneself_is_psychosis(locale: str, text: str) -> None:
    assessment = assess(text, locale=locale)
    assert "psychosis" in assessment.categories
    assert assessment.level >= RiskLevel.MODERATE


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "the radio dj said my name because i won the ticket giveaway!!"),
        ("en", "the news keeps going on about the strikes, so boring"),
        ("es", "dijeron mi nombre en la radio porque gané el concurso de la mañana"),
        ("es", "el presentador habla de mi barrio en el reportaje de hoy"),
    ],
)
def test_a_name_on_air_for_an_ordinary_reason_is_not_psychosis(locale: str, text: str) -> None:
    assert "psychosis" not in assess(text, locale=locale).categories


@pytest.mark.parametrize(
    "text",
    [
        # exasperation at an annoyance that keeps happening, or at a queue
        "si el profe vuelve a poner examen sorpresa me tiro por la ventana",
        "me aviento por la ventana si mi compañero vuelve a calentar pescado en el micro",
        # coffee to get through night shifts
        "me tomo tres cafés para aguantar las guardias, ¿es mucho?",
        # a move abroad told with its goodbyes
        "vendí la moto y regalé mis cosas, nueva vida en Lima desde el lunes",
        # a rap verse being written
        "escribí una barra pa mi tema: 'el barrio me mató y volví a nacer', ¿suena bien?",
    ],
)
def test_spanish_exasperation_help_questions_and_verses_stay_calm(text: str) -> None:
    assert assess(text, locale="es").level < RiskLevel.MODERATE


@pytest.mark.xfail(
    strict=True,
    reason="known defect: the rules read these as idiom / help question, but the classifier alone "
    "re-raises them to moderate through the framed bar (P(>=moderate) 0.78 and 0.90)",
)
@pytest.mark.parametrize(
    "text",
    [
        "que alguien me pegue un tiro, llevo tres horas en la cola del banco",
        "mi hija me preguntó qué tiene que hacer si una amiga le dice que se quiere morir",
    ],
)
def test_spanish_queue_exasperation_and_help_question_stay_calm(text: str) -> None:
    assert assess(text, locale="es").level < RiskLevel.MODERATE


@pytest.mark.parametrize(
    "text",
    [
        # the same words with a partner, or said in earnest, are not waved through
        "si mi ex vuelve a escribirme me mato",
        "me tiro por la ventana si esto sigue así, en serio ya no puedo más",
    ],
)
def test_spanish_exasperation_look_alikes_with_weight_still_alert(text: str) -> None:
    assert assess(text, locale="es").level >= RiskLevel.MODERATE
