"""Spanish sign classes, third round: from held-back sets 9 and 10 (_GENERALIZA3)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind
from tandem.safety.rules.es.generalise2 import _PASTILLAS

# Third round (issue 3, h9/h10 misses): signs by class, with their look-alikes guarded.
_BENZO_U_OPIOIDE = (
    r"(?:clonazepam|rivotril|alprazolam|xanax|diazepam|valium|lorazepam|bromazepam|lexotan|"
    r"zolpidem|zopiclona|pastillas para dormir|somniferos|ansioliticos|calmantes|tranquilizantes|"
    r"benzos?|tramadol|codeina|morfina|oxicodona|fentanilo|pregabalina|lyrica)"
)
_BEBIDA = (
    r"(?:alcohol|vino|cervezas?|chelas?|birras?|tequila|ron|vodka|whisky|pisco|guaro|aguardiente|"
    r"mezcal|tragos?|copas?|caguamas?)"
)
_ADORNO = (
    r"\b(?:tender|la ropa|pinata|adornos?|guirnaldas?|luces|foco|bombilla|focos|cortinas?|columpio|"
    r"hamaca|tendedero|saco de boxeo|banderin\w*|decora\w*|globos)\b"
)
_GENERALIZA3: list[tuple[str, str, str, Kind, str]] = [
    (
        # A ligature hung or tied and the writer up on the chair under it: an attempt under way.
        # Decorations, a swing, the washing line or a bulb being changed are not this.
        "generaliza.soga_y_silla",
        "self-harm",
        "imminent",
        "act",
        r"\b(?:colgue|ate|amarre|puse|fije|asegure) (?:la|una|el|mi) (?:cuerda|soga|cinturon|cable|"
        r"sabana|corbata|bufanda|lazo)\b(?:(?!"
        + _ADORNO
        + r")[^.!?\n]){0,60}\b(?:estoy|me subi|me "
        r"trepe|ya estoy|parad[oa]|subid[oa]) (?:arriba de|encima de|en|sobre|a) (?:la|el|una|un) "
        r"(?:silla|banco|banquito|taburete|cubeta|balde|escalera|banqueta|mesa)\b(?![^.!?\n]{0,40}"
        + _ADORNO
        + r")",
    ),
    (
        # Killing oneself with a day on it, said flatly and closing the clause: "hoy me mato",
        # "esta noche me cuelgo". "Hoy me mato estudiando / de risa / en el gym" goes on.
        "generaliza.hoy_me_mato",
        "ideation",
        "high",
        "plan",
        r"\b(?:hoy|esta noche|manana|ahora|ya) (?:si )?me (?:mato|suicido|cuelgo|ahorco|quito la "
        r"vida)\b(?=\s*(?:$|[.,;!?\n]|y (?:ya|listo|se acabo)|de verdad|en serio|lo juro|ya no))",
    ),
    (
        # Death that "sounds better and better": the wish weighed and leaning one way.
        "generaliza.muerte_suena_bien",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:morir(?:me)?|matarme|suicidarme|no despertar(?:me)?|la muerte|dejar de existir|"
        r"desaparecer(?: para siempre)?)\b (?:me )?(?:suena|se ve|parece|me parece) (?:cada vez |"
        r"cada dia )?(?:mas )?(?:mejor|bien|tentador\w*|buena idea|atractiv\w*|la (?:unica )?salida|"
        r"una opcion)\b",
    ),
    (
        # "Disappear" said to mean dying: marked as literal, or set against a holiday.
        "generaliza.desaparecer_literal",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:quiero|quisiera|me gustaria|ganas de) desaparecer\b[^.!?\n]{0,30}\b(?:literal(?:mente)?"
        r"|no (?:de|en plan|me refiero a|como) (?:vacaciones|viaje|irme de viaje|un rato|unos dias|un "
        r"tiempo))\b",
    ),
    (
        # Better off dead, said of oneself.
        "generaliza.mejor_muerto",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:estaria|estaba|estaria yo) mejor muert[oa]\b|\bmejor (?:estaria|estar) muert[oa]\b",
    ),
    (
        # The family resting or better off after the writer's death.
        "generaliza.descansan_si_muero",
        "ideation",
        "moderate",
        "expression",
        r"\bsi (?:yo )?(?:me muero|me muriera|me mato|me matara|desaparezco|desapareciera|ya no "
        r"estoy|ya no estuviera)\b[^.!?\n]{0,40}\b(?:descansa\w*|estarian mejor|estaran mejor|"
        r"serian mas felices|seran mas felices|se liberan?|vivirian mejor|vivirian tranquil\w*)\b",
    ),
    (
        # Ceasing to be a burden soon: burdensomeness with a horizon. Moving out or a new job
        # ("pronto dejo de ser una carga, empiezo a trabajar") is the ordinary reading.
        "generaliza.pronto_dejo_de_ser_carga",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:pronto|ya pronto|dentro de poco|en poco tiempo|muy pronto|ya casi|ya no (?:voy a|vas a"
        r"|van a tener que))\b[^.!?\n]{0,10}\b(?:dejo|dejare|voy a dejar|dejar) de (?:ser (?:un |una "
        r"|el |la )?(?:problema|carga|estorbo|molestia)|molestar\w*|estorbar\w*|darles (?:lata|"
        r"problemas|guerra))\b(?![^.!?\n]{0,50}\b(?:me mudo|me independizo|consegui|trabajo|empiezo "
        r"a trabajar|me caso|me voy a vivir|cobro|sueldo|beca|me pagan))",
    ),
    (
        # What sense in staying alive: the question that is the wish.
        "generaliza.sentido_seguir_vivo",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:que|para que) sentido tiene (?:seguir )?(?:viv[oa]|vivir|viviendo|estar viv[oa]|"
        r"seguir aqui)\b",
    ),
    (
        # How much of a drug would be "too much", "dangerous", "harmful": a toxicity threshold,
        # unless it is about a daily dose for pain or fever.
        "generaliza.cuanto_es_demasiado",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:cuant[oa]s?|que cantidad de)\b[^?.!\n]{0,15}\b(?:pastillas|pastis|mg|miligramos|gramos|"
        r"comprimidos|capsulas|tabletas|gotas|" + _PASTILLAS + r")\b[^?.!\n]{0,40}\b(?:serian|son|"
        r"seria|es|hacen|harian|harian falta)? ?(?:demasiad[oa]s?|peligros[oa]s?|danin[oa]s?|"
        r"toxic[oa]s?|una sobredosis|sobredosis|dan(?:a|an|aria|arian) (?:el|los) (?:higado|"
        r"rinones|corazon))\b(?![^?.!\n]{0,40}\b(?:al dia|por dia|diari\w*|cada \d+ horas|me duele"
        r"|dolor|fiebre|la muela|la regla|mi hij[oa]|el bebe|el nene|la nena|el perro|la gata|el "
        r"gato|la perra))",
    ),
    (
        # Height asked so a fall "does not fail": certainty of death from a fall.
        "generaliza.altura_que_no_falle",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:a|desde) que altura\b[^?.!\n]{0,60}\b(?:no falle|no fall\w+|no sobreviv\w*|sea "
        r"mortal|mueres seguro|para morir|matarse|matarme|no haya vuelta)\b|\bpara que (?:una |la "
        r"|el )?(?:caida|salto|dosis|sobredosis) no falle\b",
    ),
    (
        # The "most painless way", in either language, with nothing ordinary after it.
        "generaliza.forma_indolora",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:the )?(?:most )?painless way\b(?! to (?:remove|wax|get|pull|take out|do))|\b(?:la )?"
        r"(?:forma|manera) (?:mas )?(?:indolora|sin dolor|que menos duel\w+)\b(?! (?:de|para) "
        r"(?:depilar\w*|quitar\w*|sacar\w*|tatuar\w*|hacer\w*|perforar\w*|desparasitar\w*))",
    ),
    (
        # A sedative or opioid mixed with drink to get to sleep or switch off, going on now.
        "generaliza.benzo_con_alcohol",
        "substance",
        "moderate",
        "expression",
        r"\b(?:estoy mezclando|mezclo|mezcle|sigo mezclando|me tomo|tomo|me estoy tomando|me meto)\b"
        r"[^.!?\n]{0,25}\b"
        + _BENZO_U_OPIOIDE
        + r"\b[^.!?\n]{0,20}\b(?:con|y|mas) (?:el |la |un |una |"
        r"unas |unos )?" + _BEBIDA + r"\b(?![^.!?\n]*\?)",
    ),
    (
        # Driving drunk into a blackout: a danger already run, drinking to not think.
        "generaliza.manejar_borracho_laguna",
        "substance",
        "moderate",
        "expression",
        r"\b(?:pedo|peda|borrach\w*|ebri\w*|tomad[oa]|pasad[oa] de copas|hasta atras|bien tomad[oa])"
        r"\b[^\n]{0,80}\b(?:manej\w*|conduj\w*|conduci\w*|agarre el (?:carro|coche|auto))\b[^.!?\n]"
        r"{0,50}\b(?:ni me acuerdo|no me acuerdo|no recuerdo|ni recuerdo|laguna|en blanco)\b|\b(?:"
        r"manej\w*|conduj\w*|conduci\w*) (?:borrach\w*|pedo|ebri\w*|tomad[oa])\b[^.!?\n]{0,50}\b(?:ni "
        r"me acuerdo|no me acuerdo|no recuerdo|ni recuerdo|laguna|en blanco)\b",
    ),
]
_NINO3 = (
    r"(?:nin[oa]s?|nenes?|nenas?|hij[oa]s?|hijit[oa]s?|sobrin\w*|niet[oa]s?|bebes?|chiquit[oa]s?|"
    r"pequen[oa]s|peques?|criaturas|hermanit[oa]s?)"
)
_GENERALIZA3_TERCEROS: list[tuple[str, str, str, Kind, str]] = [
    (
        # Small children left alone for a day or a night: neglect with present danger. Older
        # children home after school ("desde las 3, tienen 15") are not this.
        "generaliza.ninos_solos_dias",
        "abuse",
        "high",
        "plan",
        r"(?:\b(?:dej\w+|estan?|quedaron|quedo|se quedaron|se quedo|siguen?|llevan?)\b[^.!?\n]{0,25}\b"
        + _NINO3
        + r"\b[^.!?\n]{0,20}|\b"
        + _NINO3
        + r"\b[^.!?\n]{0,20}\b(?:estan?|se quedaron|se quedo|siguen?|llevan?) )"
        r"\bsol[oa]s?\b[^.!?\n]{0,30}\b(?:desde (?:ayer|anoche|antier|anteayer|hace "
        r"(?:dos|tres|\d+) dias)|(?:todo el|dos|tres|\d+) dias?|toda la noche|dias? enteros?)\b"
        r"(?![^.!?\n]{0,40}\b(?:tienen 1[2-9]|ya son grandes|adolescentes|con (?:su|la|el|mi) "
        r"(?:abuel[oa]|tia|tio|nana|ninera)))",
    ),
]
