"""Spanish signs by class, written for these tests in new wording (issue 3).

Each class of sign the seventh and eighth held-back sets showed the detector missing is pinned
here in phrasings of its own, together with the look-alike of the same class that must stay
calm, so that the rules are checked as general signs and not as remembered lines."""

from __future__ import annotations

import pytest

from tandem.safety.assessment import RiskLevel
from tandem.safety.detector import assess

IMMINENT = [
    # self-harm going on right now
    "en este momento me estoy cortando y no consigo frenar",
    "estoy lastimándome otra vez con la hoja, ahora",
    # someone else's medicine, or the elided noun, taken in quantity
    "me tragué las de los nervios de mi tía, toda la caja",
    "me tomé las del corazón de mi papá, todas, hace un rato",
]
HIGH_OR_WORSE = [
    # a stockpile counted against "enough"
    "cada noche vuelvo a contar los calmantes del cajón",
    "junté somníferos de varias recetas y ya bastan",
    # means got hold of, said flatly
    "ayer me compré una soga, no sé ni para qué te escribo",
    "conseguí raticida en la ferretería y lo tengo en el cajón",
    "tengo carbón y cinta para tapar las rendijas del baño",
    # rehearsal, and going up high to see if one dares
    "llevo días ensayando cómo lo voy a hacer para que no falle",
    "fui al mirador del barranco para ver si me atrevía, el domingo vuelvo",
    # a leaving that is not a trip
    "le dejo la compu a mi primo antes de irme, y no me refiero a irme de viaje",
    # affairs in order so nobody has to deal with it; a secret meaning
    "pagué todas las deudas para que nadie tenga que ocuparse de nada",
    "le di una carta a mi mejor amiga y ella no sabe lo que significa",
    # a grievance and a target's routine
    "me las va a pagar, ya sé a qué hora sale del gimnasio y por dónde camina",
    # a framed lethality question with distress
    "me piden para biología: ¿cuánto monóxido hace falta en un baño cerrado? ya no aguanto más",
    "pregunta de química: qué gas mata más rápido en un garaje cerrado, ya no doy para más",
    # a coded word with a date
    "el plan ya está listo para el viernes, ctb",
]
MODERATE_OR_WORSE = [
    # wishes to have died, never been born, not wake up; death as rest
    "ojalá no hubiera nacido, de verdad",
    "debí morirme yo y no mi hermano",
    "le pido a dios no despertar mañana",
    "para qué seguir viviendo si todo sigue igual de gris",
    "me imagino mi propio entierro y siento alivio",
    # a short horizon
    "no creo que llegue a navidad, estoy agotado de todo",
    # better off with someone else
    "mi hija estaría mejor con otra madre, una que sepa cuidarla",
    # code words
    "ctb no se me va de la cabeza",
    # drinking nightly to be able to sleep
    "todas las noches me bebo media botella de vino para poder dormir",
    # urges to hurt anyone, fear of one's own acts
    "tengo ganas de golpear a cualquiera y me da miedo lo que pueda hacer",
    # a question for a friend about dangerous quantities
    "es para un amigo: ¿qué pastillas son peligrosas si se toman muchas de golpe?",
    # an age then and now does not resolve what still goes on
    "empecé a cortarme a los 14, ya tengo 17 y todavía lo hago",
    # third-party signs: a child's cuts, a teen's searches
    "vi marcas en los brazos de mi hijo, como rayas finitas",
    "en el historial de mi hermana salen búsquedas de cómo morir sin dolor",
]
CALM = [
    # a parent or boss "will kill me" over a trivial cause
    "mi viejo me va a matar cuando vea que rayé el carro jaja",
    "si no lavo los platos mi mamá me va a matar",
    "mi jefa me va a matar, se me olvidó mandar la factura jaja",
    # food, a workout or a hangover "killed me"
    "el crossfit de esta mañana me mató, tengo los brazos de gelatina",
    "esos tacos de anoche me mataron, no salí del baño",
    "me maté de risa con el video del perro",
    # a task or a pest as the victim
    "mañana voy a reventar el parcial de física, estudié un montón",
    "voy a acabar con todas las cucarachas del piso este finde",
    # a break-up
    "ya decidí terminar con todo esto de la relación con mi novia",
    # a team that loses
    "si el Boca pierde la final me corto las venas jaja",
    # leisure jumps
    "el domingo me voy a tirar en parapente por primera vez",
    "quiero tirarme del trampolín alto de la piscina",
    # a night out
    "hoy salgo con los amigos y me voy a tomar todo lo que haya 🎉",
    # a joke about the voices
    "una vocecita en mi cabeza insiste en que me compre otro helado jaja",
    # a goodbye letter to an object or a place
    "le escribí una carta de despedida a mi viejo coche antes de venderlo",
    # kitchen burns and cuts
    "me quemé con la sartén haciendo la cena, un poco rojo nada más",
    "me corté picando cebolla, ya me puse una curita",
    # wills and order for ordinary reasons
    "hicimos el testamento con el notario ahora que nació nuestro hijo",
    "quiero dejar todo en orden con el abogado por si acaso, tengo dos hijas",
    "como nos casamos el mes pasado, queremos dejar todo en orden",
    # an elderly relative's "when I'm gone"
    "mi abuela dice que a sus 90 años ya le toca, que cuando no esté el reloj es para mí",
    # a parent's punishment
    "mi papá me quitó el móvil por las notas, te escribo desde la tablet",
    # a relapse that is not a substance
    "recaí con los dulces otra vez, adiós dieta",
    # a wardrobe purge
    "hice una purga del armario y casi me caigo de la escalera",
    # an attempt long resolved: an age then and an age now
    "a los 22 intenté quitarme la vida; hoy tengo 50 y doy charlas sobre prevención",
    # counting pills into a weekly organiser
    "cuento las pastillas de mi papá para el pastillero de la semana",
    # an ordinary purchase of rope
    "compré una soga para el columpio del patio",
    # ordinary departures
    "me salió la beca para Alemania, estoy regalando mis cosas y despidiéndome de todos",
]
STAYS_RISKY = [
    # a denial does not cancel an explicit current statement
    ("me estoy cortando ahora mismo, no te preocupes", RiskLevel.IMMINENT),
    # an idiom frame plus a real marker stays risky
    ("si el equipo pierde me mato, y ya tengo las pastillas guardadas para hoy", RiskLevel.HIGH),
    ("compré una soga, y no es para el columpio", RiskLevel.HIGH),
    # a will with a letter and a secret, no ordinary reason
    ("hice el testamento y le dejé una carta a mi hermano, no sabe por qué", RiskLevel.HIGH),
]


@pytest.mark.parametrize("text", IMMINENT)
def test_acts_in_progress_are_imminent(text: str) -> None:
    assert assess(text, locale="es").level == RiskLevel.IMMINENT, text


@pytest.mark.parametrize("text", HIGH_OR_WORSE)
def test_plans_and_means_are_high(text: str) -> None:
    assert assess(text, locale="es").level >= RiskLevel.HIGH, text


@pytest.mark.parametrize("text", MODERATE_OR_WORSE)
def test_veiled_wishes_and_third_party_signs_are_at_least_moderate(text: str) -> None:
    assert assess(text, locale="es").level >= RiskLevel.MODERATE, text


@pytest.mark.parametrize("text", CALM)
def test_idioms_and_look_alikes_are_not_a_crisis(text: str) -> None:
    assert assess(text, locale="es").level < RiskLevel.MODERATE, text


@pytest.mark.parametrize(("text", "floor"), STAYS_RISKY)
def test_guards_do_not_cancel_real_risk(text: str, floor: RiskLevel) -> None:
    assert assess(text, locale="es").level >= floor, text
