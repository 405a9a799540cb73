"""Spanish general class rules per category (_GENERALES), built from word-class lexicons."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words
from tandem.safety.rules.es.lexicon import _CASTIGO

# Lexicones generales por categoría (intención x verbo violento x momento/arma; fuerza en el
# cuello; restricción o purga x signos físicos; sin dormir x acto temerario; sustancia tomada x
# signos de peligro). Hechos con clases de palabras, nunca con frases concretas.
_VIOLENTO = words(
    "matar",
    "apunalar",
    "clavar",
    "disparar",
    "pegar un tiro",
    "reventar",
    "golpear",
    "pegarle",
    "rajar",
    "acuchillar",
    "hacer pagar",
)
_CUANDO_O_ARMA = words(
    "manana",
    "hoy",
    "esta noche",
    "ahora",
    "a la salida",
    "cuando (?:llegue|vuelva|salga)",
    "navaja",
    "cuchillo",
    "pistola",
    "arma",
    "machete",
    "escopeta",
    "bate",
    "martillo",
)
_SIN_COMER = (
    r"(?:sin comer|no como|no he comido|no comi|dejo de comer|deje de comer|vomit\w*|vomito|"
    r"provoco el vomito|purg(?!\w* (?:de|del) (?:armario|ropa|closet|cajon|cajones|contactos|fotos|mails|correos))\w*|solo (?:como|comi)|\d+ ?(?:kg|kilos|calorias)\b)"
)
_PELIGRO_FISICO = (
    r"(?:desmay\w*|mare\w*|no me puedo (?:parar|levantar)|corazon (?:me )?(?:va|late)|pulso|calambres|hormigueo|"
    r"vomito sangre|dolor de pecho|potasio|se me nublo la vista|vista nublada|casi me caigo)"
)
_SIN_DORMIR = r"(?:no duermo|sin dormir|no he dormido|no dormi)"
_TEMERARIO = (
    r"(?:conduc\w+|manej\w+|invencible\w*|volar|escalar|subirme|ahorros|todo mi dinero|"
    r"autopista|a toda velocidad|tarjetas)"
)
_TOME = r"(?:me tome|tome|me meti|consumi|me pase con|mezcle|bebi|me bebi)"
_SIGNOS_TOXICOS = (
    r"(?:no siento|no puedo respirar|vomitando|temblando|no me puedo (?:parar|mover)|"
    r"(?:el )?corazon (?:me )?va a mil|me estoy desmayando|confundid\w+|morad\w+)"
)

_SUSTANCIA_O_CUERPO = words(
    r"pastillas?",
    r"medicamentos?",
    r"antidepresivos?",
    r"productos?",
    r"quimicos?",
    "lejia",
    "cloro",
    r"munecas?",
    r"blister\w*",
    "dosis",
    "paracetamol",
    r"calmantes?",
    r"venas?",
)
_LETAL = words(
    "matan",
    r"letal\w*",
    r"mortal\w*",
    "sobredosis",
    r"hacen? efecto",
    "no despertar",
    r"desangra\w*",
    r"mas peligros\w*",
    "te mueres",
    "se muere",
)
_PREGUNTA = r"(?:cuant[oa]s?|cual(?:es)?|que|en cuant[oa]s?)"

_GENERALES: list[tuple[str, str, str, Kind, str]] = [
    (
        "general.pregunta_metodo",
        "method-seeking",
        "moderate",
        "method",
        r"\b"
        + _PREGUNTA
        + r"\b[^.!]{0,80}\b"
        + _SUSTANCIA_O_CUERPO
        + r"\b[^.!]{0,80}\b"
        + _LETAL
        + r"\b|\b"
        + _SUSTANCIA_O_CUERPO
        + r"\b[^.!]{0,80}\b"
        + _PREGUNTA
        + r"\b[^.!]{0,40}\b"
        + _LETAL
        + r"\b",
    ),
    (
        "general.dano_intencion_momento_o_arma",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:voy a|vamos a|le voy a|lo voy a|la voy a|se la voy a|los voy a)\s(?:\w+\s){0,2}"
        + _VIOLENTO
        + r"\w*\b[^.!?]{0,60}\b"
        + _CUANDO_O_ARMA
        + r"\b|\b(?:llevo|llevar|voy a llevar) (?:la|el|una|un) (?:navaja|cuchillo|pistola|arma)"
        r"\b[^.!?]{0,40}\b(?:insti|instituto|cole|colegio|escuela|trabajo|clase)\b",
    ),
    (
        "general.abuso_cuello",
        "abuse",
        "high",
        "plan",
        r"\b(?:me|la|nos) (?:ahorc\w+|estrangul\w+|apret\w+ el cuello)|\bme apreto el cuello\b",
    ),
    (
        "general.abuso_ahora",
        "abuse",
        "imminent",
        "act",
        r"\b(?:me esta|nos esta|esta) (?:pegando|golpeando|ahorcando|estrangulando|dando golpes|"
        r"pateando)\b(?! (?:a|en|contra) (?:la|el|las|los) (?:pared|clavo|clavos|muro|mueble|madera|"
        r"tabla|techo|piso|puerta para (?:arreglar|ajustar)|balon|pelota|bolsa|costal)\b)|\besta golpeando la puerta\b|\b(?:patea|revienta|golpea|empuja)\w* (?:la puerta|"
        r"para entrar)\b[^.!?]{0,40}\b(?:entrar|me mata|matarme|nos mata)\b|\bgritando que (?:me|nos) "
        r"(?:mata|va a matar)\b",
    ),
    (
        "general.abuso_encierro",
        "abuse",
        "high",
        "plan",
        r"\bme (?:encierra|encerro|tiene encerrad\w+)\b(?![^\n]{0,60}\b(?:de broma|jugando|ya me "
        r"(?:saco|abrio|sacaron|abrieron)|ya sali))|\bme (?:quito|quita) el (?:movil|celular|"
        r"telefono|pasaporte)\b" + _CASTIGO + r"|\bno me deja (?:salir|comer)\b",
    ),
    (
        "general.alimentacion_peligro",
        "eating",
        "high",
        "plan",
        _SIN_COMER
        + r"[^\n]{0,120}"
        + _PELIGRO_FISICO
        + r"|"
        + _PELIGRO_FISICO
        + r"[^\n]{0,120}"
        + _SIN_COMER,
    ),
    (
        "general.mania_peligro",
        "mania",
        "high",
        "plan",
        _SIN_DORMIR
        + r"[^\n]{0,120}\b"
        + _TEMERARIO
        + r"|\b"
        + _TEMERARIO
        + r"[^\n]{0,120}"
        + _SIN_DORMIR,
    ),
    (
        "general.sustancia_peligro",
        "medical",
        "high",
        "act",
        r"\b" + _TOME + r"\b[^\n]{0,80}" + _SIGNOS_TOXICOS,
    ),
]
