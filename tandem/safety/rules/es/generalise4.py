"""Spanish sign classes, fourth round: from held-back set 11 (_GENERALIZA4)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind
from tandem.safety.rules.es.generalise2 import _NINO, _PASTILLAS
from tandem.safety.rules.es.lexicon import _CURSO_TERMINADO

# Fourth round (issue 3, h11 misses): signs by class, with their look-alikes guarded.
_TOMADO = (
    r"(?:me he (?:tomado|tragado|metido|bebido|zampado)|he (?:tomado|tragado)|me (?:tome|trague|"
    r"meti|bebi|zampe)|me acabo de (?:tomar|tragar|meter|beber)|acabo de (?:tomarme|tragarme))"
)
# Five or more, or a vague many ("unas cuantas", "un montón"); not a unit of time or a dose.
_VARIAS = (
    r"(?:unas cuantas|unos cuantos|varias|varios|un monton|un punado|(?:como |unas |unos |mas de |"
    r"casi )?(?:[5-9]|[1-9]\d|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta))\b(?! ?(?:"
    r"mg|ml|gotas|dias|horas|anos|minutos|semanas|meses|veces))"
)
# Sweets and throat lozenges are called "pastillas" too.
_NO_CARAMELO = (
    r"(?! (?:de|para la) (?:menta|regaliz|eucalipto|miel|caramelo|jabon|freno|tos|garganta)\b)"
)
_CASERO = (
    r"(?:destapacanos|desatascador\w*|desengrasante|amoniaco|aguarras|thinner|disolvente|gasolina|"
    r"queroseno|kerosen\w*|lejia|cloro|lavandina|detergente|suavizante|lavavajillas|jabon de "
    r"(?:platos|lavar|ropa)|limpiador\w*|quitamanchas|salfuman|sosa|soda caustica|acido|insecticida|"
    r"raticida|matarratas|veneno|anticongelante|pilas?(?: de boton)?|imanes?|pastillas|"
    r"medicamentos|medicinas|remedios|quitaesmalte|acetona)"
)
# Who a psychotic command comes from, and acts that endanger the body.
_QUIEN_MANDA = (
    r"(?:dios|diosito|el senor|jesus|jesucristo|la virgen|un angel|los angeles|el universo|el "
    r"espiritu|los espiritus|una voz|la voz|las voces|el diablo|el demonio|una senal|las senales)"
)
_ACTO_PELIGROSO = (
    r"(?:autopista|carretera|panamericana|periferico|la ruta|las vias|la via del tren|el trafico|"
    r"entre los (?:carros|coches|autos)|(?:con los )?ojos (?:cerrados|vendados)|sin comer|sin "
    r"beber|deje de comer|no coma|ayune|me tire|salte|me lance|me queme|me corte|me arranque|me "
    r"saque (?:los ojos|el ojo)|me deje morir|me meta al (?:mar|rio|fuego)|camine sobre el fuego)"
)
# Medios de los que tratan las ideas de referencia: la lista se escribe una vez y sirve a la
# anticipación barata y a la coincidencia (ver tests/safety/test_rule_patterns.py).
_MEDIOS = (
    r"(?:radio|tele|television|noticias|noticiero|telediario|"
    r"presentador\w*|locutor\w*|canciones|cancion|anuncios?|comerciales|publicidad|spotify)"
)

_GENERALIZA4: list[tuple[str, str, str, Kind, str]] = [
    (
        # An overdose told in the perfect tense or with a vague many: "me he tomado unas cuantas
        # de las pastillas de mi madre, como 15". Lozenges, a course of treatment and a night told
        # after waking up are not it.
        "generaliza4.sobredosis_cantidad",
        "self-harm",
        "imminent",
        "act",
        r"(?:\b"
        + _TOMADO
        + r"\b[^.!?\n]{0,20}\b"
        + _VARIAS
        + r"(?: de)?[^.!?\n]{0,20}\b"
        + _PASTILLAS
        + r"\b"
        + _NO_CARAMELO
        + r"|\b"
        + _TOMADO
        + r"\b[^.!?\n]{0,40}\b"
        + _PASTILLAS
        + r"\b"
        + _NO_CARAMELO
        + r"[^.!?\n]{0,40}\b(?:como|unas|unos|mas de|casi) (?:[5-9]|[1-9]\d|cinco|seis|"
        r"siete|ocho|nueve|diez|doce|quince|veinte|treinta)\b(?! ?(?:mg|ml|gotas|dias|horas|anos|"
        r"minutos|semanas|meses|veces)))"
        + _CURSO_TERMINADO
        + r"(?![^.!?\n]{0,40}\b(?:en (?:la|el|toda la|todo el) (?:semana|mes|ano|tratamiento)|al dia|"
        r"por dia|durante|cada|vitamin\w*|probiotic\w*|como me (?:dijo|indico|receto)))"
        # Woken up afterwards, the next day: an episode told after it, not one under way.
        r"(?![^\n]{0,160}\b(?:me desperte|desperte|amaneci|al dia siguiente|al otro dia)\b)",
    ),
    (
        # A command from God, a voice or a sign to do something that endangers the body: walk on
        # a motorway with eyes closed, stop eating, jump. A command to order a pizza is a joke.
        "generaliza4.mandato_peligroso",
        "psychosis",
        "high",
        "plan",
        r"\b" + _QUIEN_MANDA + r" (?:me )?(?:pidio|pide|dijo|dice|ordeno|ordena|manda|mando|revelo|"
        r"exige|exigio|encomendo|dicen|piden|ordenan|mandan) (?:a mi )?que\b[^.!?\n]{0,80}\b"
        + _ACTO_PELIGROSO
        + r"\b|\bprobar mi fe\b[^.!?\n]{0,60}\b"
        + _ACTO_PELIGROSO
        + r"\b|\b"
        + _ACTO_PELIGROSO
        + r"\b[^.!?\n]{0,60}\bprobar mi fe\b",
    ),
    (
        # Ideas of reference from broadcast media: la radio, la tele, las canciones o los anuncios
        # que dicen su nombre, hablan de la persona o le mandan señales. No un nombre leído por un
        # sorteo, una dedicatoria o una llamada al programa.
        "generaliza4.medios_hablan_de_mi",
        "psychosis",
        "moderate",
        "expression",
        r"(?=\b(?:la |el |las |los )?" + _MEDIOS + r")"
        r"(?![^\n]*\b(?:llame|llamo|sorteo|concurso|gane|premio|dedicatoria|dedic\w*|saludo|"
        r"entrevista\w*|cumple\w*|ganador\w*)\b)"
        r"\b(?:la |el |las |los )?" + _MEDIOS + r"\b"
        r"[^.!?\n]{0,40}?\b(?:(?:dice|dicen|dijo|dijeron|repite|repiten|susurra\w*) mi nombre|"
        r"(?:habla|hablan|hablaba|hablaban|hablo|hablaron|va|van) (?:de|sobre) mi\b"
        # "de mí" lost its accent: "de mi barrio" is "my", so only an ending or a small word after.
        r"(?! (?!(?:todo|todos|cada|siempre|otra|y|en|a|cuando|porque|que|para|sin|con|ahora|hoy|"
        r"ayer|directamente|solo)\b)[a-z])|"
        r"(?:me )?(?:manda|mandan|mando|mandaron|envia|envian) (?:senales|mensajes|codigos|"
        r"instrucciones)|(?:senales|mensajes|codigos|instrucciones) (?:solo |justo )?para mi\b|"
        r"(?:elegid[oa]s?|puest[oa]s?|pensad[oa]s?) (?:solo )?para (?:mi|avisarme|decirme)\b)",
    ),
    (
        # Which drug or poison would make a death painless or certain, however it is framed
        # (a fanfic, a character). A toothache or an operation is not it.
        "generaliza4.sustancia_sin_dolor",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:que|cual|cuales|cuanto|cuantas|cuantos)\b (?:medicamento|medicina|pastillas?|droga|"
        r"veneno|dosis|sustancia|farmaco|remedio|quimico|producto)s?\b[^?.!\n]{0,40}\b(?:sin dolor|"
        r"sin sufrir|no sufra|indoloro|que no (?:duela|sufra)|se quit\w* la vida|quitarse la vida|"
        r"para (?:morir|morirse|matarse|suicidarse)|se (?:muera|mate|suicide))\b"
        r"(?![^\n]{0,60}\b(?:muela|la cabeza|dolor de|la regla|colicos|operacion|cirugia|perr[oa]|"
        r"gat[oa]|mascota|veterinari\w*|parto)\b)",
    ),
    (
        # Which household product is the most poisonous if someone drinks it. A child or a pet
        # in the question is a safety question for the home.
        "generaliza4.producto_mas_toxico",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:que|cual|cuales)\b (?:productos?|quimicos?|sustancias?|plantas?|cosas?|"
        r"medicamentos?|pastillas|liquidos?)\b[^?.!\n]{0,50}\b(?:son|es|seria|serian) (?:los |las |el "
        r"|la )?mas (?:venenos\w*|toxic\w*|mortal\w*|letal\w*)\b[^?.!\n]{0,10}\bsi (?:alguien|una "
        r"persona|uno|una|me|te|se|lo|los|las|la)\b(?: (?:los|las|lo|la|se los|se las|se lo))?"
        r" ?(?:toma|tomara|tomase|bebe|bebiera|traga|tragara|ingiere|ingiriera|come|comiera)\b",
    ),
]
_GENERALIZA4_TERCEROS: list[tuple[str, str, str, Kind, str]] = [
    (
        # A child who swallowed a household product: an emergency, whatever the tone. "Casi" or
        # taken from the child in time is not.
        "generaliza4.nino_ingirio",
        "medical",
        "imminent",
        "act",
        r"\b(?:mi|el|la|nuestr[oa]|su) "
        + _NINO
        + r"\b[^.!?\n]{0,30}(?<!casi )\b(?:se (?:tomo|trago|"
        r"bebio|comio|metio a la boca|llevo a la boca)|ingirio|trago|bebio)\b[^.!?\n]{0,40}\b"
        + _CASERO
        + r"\b(?![^\n]{0,80}\b(?:se (?:lo|la|los|las) quite|lo escupio|no llego a|antes de que|era "
        r"(?:de mentira|de juguete|agua)|no (?:le )?paso nada)\b)",
    ),
]
