"""Spanish rules for what turns distress into a crisis (the twins of ``en/escalation.py``): an
act under way with a farewell, a method chosen, means beside "la salida más fácil", a swallowed
stash with alcohol and symptoms, a dangerous act resting on a delusion, an abuser on the way,
and things given away "porque le va a sacar más provecho". Patterns run on normalised text.
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words

_DESPEDIDA = (
    r"(?:adios|chao|chau|bye|perdon(?:en|ame|enme|adme|ad)?|lo siento(?: por todo)?|los quiero|las quiero|te "
    r"quiero|cuiden (?:a|de)|diganle a \w+ que (?:la|lo|los) quiero)"
)
_HASTA_LUEGO = (
    r"(?:hasta luego|luego (?:hablamos|te cuento|te escribo)|nos vemos|hasta manana|manana te|"
    r"ahorita vuelvo|ahora vuelvo|al rato|despues te cuento|te aviso)"
)
# El acto, vago a propósito ("lo"): en curso o a punto.
_ACTO_YA = (
    r"(?:(?:ya )?(?:lo|la) estoy haciendo(?: ya| ahora(?: mismo)?| ahorita)?"
    r"|(?:lo|la) (?:voy a|vo a) hacer (?:ya|ahora(?: mismo)?|ahorita)|(?:lo|la) hago (?:ya|ahora(?: mismo)?|ahorita))"
)
_MEDIO = words(
    r"pastillas|cuerda|soga|escopeta|pistola|arma|cuchillo|navaja|cuchillas|veneno|herbicida|"
    r"glifosato|paraquat|pesticida|plaguicida|matarratas|raticida|insulina|morfina|el coche|el carro"
)
_SALIDA = (
    r"(?:la salida (?:mas )?(?:facil|rapida|sencilla)|la unica salida|una salida facil|la solucion|"
    r"lo mas facil seria|acabar con todo|terminar con todo|acabar con esto|seria tan facil)"
)
_SINTOMAS = (
    r"(?:borroso|borrosa|doble|mareo|mareada|mareado|no siento|me late (?:muy )?(?:fuerte|rapido)|"
    r"vomit\w*|devolviendo|me da vueltas|todo da vueltas|mucho sueno|no puedo abrir los ojos|"
    r"arrastro las palabras)"
)
_ALCOHOL = (
    r"(?:vino|vodka|whisky|alcohol|cervezas?|ron|ginebra|tequila|pisco|aguardiente|chelas?|copas?)"
)
_PROTEGIDO = (
    r"(?:(?:las calles|la carretera|los coches|los carros|el trafico|el mar|las olas|la gente)\b"
    r"[^.!?\n]{0,20}\bse (?:van a |va a )?(?:apartar|abrir|detener|parar|mover)\w* (?:para|por) mi"
    r"|(?:nada|nadie|ningun coche|las balas) (?:me )?(?:puede|pueden|va a|van a) (?:hacer dano|"
    r"tocar|matar|parar)(?:me)?|no me (?:puede|va a) pasar nada|dios (?:me )?(?:va a )?(?:proteger|"
    r"protege|cuida|salvar|guia)(?:me)?|no (?:puedo|voy a) morir)"
)
_ACTO_RIESGO = (
    r"(?:manej\w*|conduc\w*|me voy en coche|me voy en carro|salt\w*|cruz\w*|camin\w* (?:por|hacia)|"
    r"nad\w*|escal\w*|volar|vuelo|acelera\w*)"
)
_HERIDA = (
    r"(?:corte|cortes|herida|brazo|muneca|pierna|muslo|hondo|profund\w*|cortad\w*|me corte|puntos)"
)
_SANGRADO = (
    r"(?:sigue sangrando|no (?:para|deja) de sangrar|no se (?:para|corta) la sangre|la sangre "
    r"(?:traspasa|atraviesa|empapa)|(?:traspasa|empapa|atraviesa) (?:la venda|la tirita|la curita|el "
    r"aposito|la gasa|la toalla))\b"
)
_ESTA_NOCHE = r"(?:esta noche|ahora mismo|ahorita|hoy mismo|en una hora|a medianoche|ya mismo)"

_ESCALADA: list[tuple[str, str, str, Kind, str]] = [
    (
        # Un acto en curso (o a punto) con una despedida: "lo estoy haciendo ya, adiós".
        "ideacion.acto_ya_despedida",
        "ideation",
        "imminent",
        "act",
        r"\b"
        + _ACTO_YA
        + r"\b(?=[^\n]{0,80}\b"
        + _DESPEDIDA
        + r"\b)(?![^\n]{0,80}\b"
        + _HASTA_LUEGO
        + r"\b)|\b"
        + _DESPEDIDA
        + r"\b[^\n]{0,60}\b"
        + _ACTO_YA
        + r"\b(?![^\n]{0,60}\b"
        + _HASTA_LUEGO
        + r"\b)",
    ),
    (
        # Un método elegido sin nombrarlo: "ya sé exactamente qué usaría".
        "ideacion.metodo_elegido",
        "ideation",
        "moderate",
        "plan",
        r"\b(?:ya )?(?:se|tengo (?:claro|pensado|decidido)|decidi) (?:exactamente |perfectamente |muy bien )?"
        r"(?:que usaria|que voy a usar|con que lo haria|con que lo voy a hacer|como lo haria|como lo "
        r"voy a hacer|donde lo haria|donde lo voy a hacer)\b"
        # "cómo lo haría yo en tu lugar", "qué usaría para la tarta": una tarea, no un método.
        r"(?! (?:para|en tu|si|de otra|mejor|con la receta|distinto)\b)",
    ),
    (
        # ...y los medios a mano: "ya sé qué usaría y lo tengo en casa".
        "ideacion.metodo_elegido_medios",
        "ideation",
        "high",
        "plan",
        r"\b(?:ya )?(?:se|tengo (?:claro|pensado|decidido)|decidi) (?:exactamente |perfectamente )?"
        r"(?:que usaria|que voy a usar|con que lo haria|con que lo voy a hacer|como lo haria|como lo "
        r"voy a hacer)\b[^\n]{0,80}\b(?:(?:lo|la|los|las) tengo|tengo acceso|tengo (?:de sobra|"
        r"suficientes?)|ya (?:lo|la|los|las) consegui|esta en (?:casa|el trabajo))\b",
    ),
    (
        # Medios a mano junto a "la salida más fácil": ideación con medios, un plan.
        "ideacion.medio_y_salida",
        "ideation",
        "high",
        "plan",
        r"\b(?:tengo|tenemos|hay|guardo|guarda|esta|estan)\b[^.!?\n]{0,30}\b"
        + _MEDIO
        + r"\b[^\n]{0,100}\b"
        + _SALIDA
        + r"\b|\b"
        + _SALIDA
        + r"\b[^\n]{0,60}\b(?:tengo|hay|"
        r"guardo)\b[^.!?\n]{0,30}\b" + _MEDIO + r"\b",
    ),
    (
        # Las pastillas tragadas con alcohol y los síntomas empezando: una sobredosis en curso.
        "ideacion.sobredosis_con_alcohol",
        "ideation",
        "imminent",
        "act",
        r"\b(?:me (?:tome|trague|bebi)|me he (?:tomado|tragado)|me acabo de tomar) (?:las|todas las|"
        r"esas|mis) (?:pastillas|pastis|capsulas|pildoras|medicinas)\b(?! de la (?:presion|tension|"
        r"tiroides|alergia|regla))[^\n]{0,60}\b(?:con|y)\b[^.!?\n]{0,30}\b"
        + _ALCOHOL
        + r"\b[^\n]{0,80}\b"
        + _SINTOMAS
        + r"\b",
    ),
    (
        # Un acto peligroso apoyado en un delirio de protección: "los coches se van a apartar".
        "mania.acto_protegido",
        "mania",
        "high",
        "plan",
        r"\b"
        + _ACTO_RIESGO
        + r"\b[^\n]{0,100}\b"
        + _PROTEGIDO
        + r"|\b"
        + _PROTEGIDO
        + r"\b[^\n]{0,60}\b"
        + _ACTO_RIESGO
        + r"\b",
    ),
    (
        # Noches sin dormir y una misión de arriba: la manía sobre la que construyen los turnos.
        "mania.sin_dormir_mision",
        "mania",
        "moderate",
        "expression",
        r"\b(?:\d+|dos|tres|cuatro|cinco|seis|varias) (?:noches|dias) (?:sin dormir|sin pegar ojo)\b|"
        r"\b(?:dios|el universo|los angeles) me (?:eligio|escogio|envio|mando|ha elegido|ha escogido)\b|"
        r"\bfui (?:elegid[oa]|escogid[oa]|enviad[oa]) (?:por dios|para (?:salvar|cambiar|arreglar|"
        r"guiar|sanar) (?:el mundo|a la humanidad|a todos))\b|\b(?:soy|me siento) (?:un |una |el |la )?"
        r"(?:profeta|mesias|elegid[oa] de dios)\b",
    ),
    (
        # Un viaje esta noche en plena racha maníaca: una pista sola; tras turnos maníacos o
        # psicóticos, el acto peligroso que la guía lleva a high (detector).
        "mania.acto_esta_noche",
        "mania",
        "low",
        "plan",
        r"\b" + _ESTA_NOCHE + r"\b[^.!?\n]{0,30}\b(?:me voy|voy|manejo|conduzco|salgo|me largo)\b"
        r"[^.!?\n]{0,30}\b(?:a hablar con el (?:presidente|rey|papa)|a ver al (?:presidente|rey|papa)|"
        r"hasta (?:madrid|la capital|mexico|bogota|buenos aires|lima|santiago)|sin parar|toda la noche)",
    ),
    (
        # El agresor de camino, borracho, furioso o con "tenemos que hablar": peligro inminente.
        "abuso.llega_pronto",
        "abuse",
        "moderate",
        "plan",
        r"\b(?:esta|lleva|viene)\b[^.!?\n]{0,30}\b(?:bebiendo|borracho|tomando|furioso|rabioso|"
        r"hecho una furia|enojadisimo|cabreadisimo)\b[^\n]{0,60}\b(?:viene (?:para|a) (?:casa|aca|"
        r"aqui)|viene de camino|esta de camino|va a llegar|llega (?:en|ya|pronto|enseguida))\b"
        r"(?![^\n]{0,40}\b(?:jaja|resaca|a recogerlo|a buscarlo))"
        r"|\b(?:viene|esta) de camino\b[^\n]{0,40}\b(?:tenemos que hablar|vamos a hablar|ya vas a ver|"
        r"te vas a enterar|me las vas a pagar)",
    ),
    (
        # Regalar algo querido "porque le va a sacar más provecho".
        "preparatorio.regalar_provecho",
        "preparatory",
        "low",
        "distress",
        r"\b(?:regale|regalando|le di|les di|le deje|deje)\b[^.!?\n]{0,50}\b(?:(?:le|les) (?:va|van) a "
        r"(?:sacar mas provecho|dar mas uso|servir mas)|(?:lo|la|los|las) (?:va|van) a (?:usar|"
        r"aprovechar|cuidar) mas|(?:lo|la|los|las) necesita mas que yo|mas provecho que yo)\b",
    ),
    (
        # Dejar el funeral pagado o el perro dado: prudente sola (low); con angustia, preparatorio.
        "preparatorio.funeral_pagado",
        "preparatory",
        "low",
        "distress",
        r"\b(?:pague|deje pagado|he pagado|organice|he organizado|contrate|deje listo|tengo pagado) "
        r"(?:mi (?:propio )?|el )?(?:funeral|entierro|sepelio|nicho)\b(?! de (?:mi|la|el) (?:madre|padre|"
        r"abuel\w+|tia|tio|herman\w+))"
        # (contado como prudencia es una clase de modismo: idioms._FUNERAL_PRUDENTE)
        r"|\b(?:le di|le deje|regale) (?:el perro|la perra|el gato|la gata|"
        r"las mascotas) a\b",
    ),
    (
        # La despedida de otra persona y luego silencio: crisis de un tercero (guía: high).
        "terceros.despedida_silencio",
        "third-party",
        "high",
        "plan",
        r"\b(?:publico|puso|subio|escribio|mando|dijo|posteo)\b[^\n]{0,60}\b(?:los quiero|las quiero|"
        r"perdon por todo|adios a todos|los voy a extranar|los extranare|cuiden a|no es culpa de nadie)\b"
        r"[^\n]{0,100}\b(?:no (?:contesta|responde|coge|atiende)|(?:tiene|esta) (?:el (?:movil|celular|"
        r"telefono) )?apagado|no (?:hay|tengo) respuesta|no (?:lo|la) (?:localizo|encuentro)|lo borro|"
        r"nadie sabe donde)\b",
    ),
    (
        # Azúcar muy bajo con síntomas: una emergencia médica ahora.
        "medico.hipoglucemia",
        "medical",
        "imminent",
        "act",
        r"\b(?:azucar|glucosa|glucemia|glicemia)\b[^.!?\n]{0,15}\b(?:en |de |a |esta en )?(?:[1-4]\d|5[0-4])"
        r"\b(?! ?(?:%|anos|kilos|minutos|horas))[^\n]{0,80}\b(?:tembl\w+|sud\w+|confundid\w+|no veo|"
        r"veo borroso|mare\w+|sol[oa] en casa|desmay\w*|no puedo pensar)\b",
    ),
    (
        # La caja o el frasco entero de un medicamento nombrado: una sobredosis tomada.
        "ideacion.caja_entera",
        "ideation",
        "imminent",
        "act",
        r"\b(?:me (?:he tomado|tome|trague|he tragado|acabo de tomar|meti)) (?:la|una) caja (?:de \w+ )?"
        r"entera\b|\bme (?:he tomado|tome|trague|he tragado|acabo de tomar|bebi) (?:el|un) (?:frasco|bote|"
        r"blister) (?:de \w+ )?entero\b",
    ),
    (
        # Dar o pasar cosas queridas a alguien cercano ("le pasé la moto a mi hermano"): sola, una
        # pista (low); tras retraimiento o desesperanza en otros turnos, preparatorio (detector).
        "preparatorio.pasar_cosas",
        "preparatory",
        "low",
        "distress",
        r"\b(?:le|les) (?:di|regale|deje|pase|heredé|herede) (?:mis |mi |la |el |las |los )(?:\w+ )?"
        r"(?:zapatillas|tenis|camisetas?|playeras?|herramientas|moto|bici(?:cleta)?|consola|juegos|ropa|"
        r"cosas|coleccion|balon|reloj|cadena|anillo|guitarra|libros|discos|tabla|patineta|equipo|"
        r"camara|compu\w*|portatil|laptop|celular|movil)\b(?: \w+)?[^.!?\n]{0,40}\b(?:a|al) (?:mi |la |el )?"
        r"(?:herman\w*|prim\w*|amig\w*|compadre|compa|vecin\w*|sobrin\w*|hij\w*|chaval\w*|chic[oa])\b"
        r"(?![^.!?\n]{0,60}\b(?:me (?:la|lo|las|los) devuelve|prestad\w*|por su cumple\w*|de cumple\w*|"
        r"le queda(?:n)? chic|ya no me (?:queda|sirve)|(?:me compre|me regalaron|ya tengo|tengo) (?:un|una|otr[oa])\b))",
    ),
    (
        # Una visita de despedida que el otro no sabe que lo es: "no sabe que es la última".
        "preparatorio.ultima_vez_secreta",
        "preparatory",
        "high",
        "plan",
        r"\b(?:no (?:sabe|saben|sabia|sabian)|ni sabe|ni saben) que (?:es|era|fue|sera) (?:la|el) "
        r"(?:ultim[oa]|ultima vez|despedida)\b(?!(?: vez)? que (?:compro|pido|como|pago|voy a (?:esa|ese|este|"
        r"esta)))",
    ),
    (
        # Colgarse en un sitio de la casa: ahorcarse ("me cuelgo en el garaje"), no colgar el teléfono.
        "ideacion.colgarme_en",
        "ideation",
        "moderate",
        "plan",
        r"\bme (?:cuelgo|voy a colgar|colgaria|ahorco|voy a ahorcar) (?:en|de|del|de la) (?:el |la )?"
        r"(?:garaje|cochera|viga|arbol|ventilador|bano|armario|techo|puerta|barra|escalera|balcon|"
        r"sotano|desvan|trastero|galpon|granero|nave)\b",
    ),
    (
        # Alguien encontrado inconsciente: una emergencia médica ahora.
        "medico.encontrado_inconsciente",
        "medical",
        "imminent",
        "act",
        r"\b(?:esta|sigue|quedo|l[oa] (?:encontr\w+|hall\w+)|l[oa] encontre)\b[^.!?\n]{0,40}\b(?:inconsciente|"
        r"sin conocimiento|sin sentido|desmayad[oa] y no (?:reacciona|despierta))\b",
    ),
    (
        # Una herida que no deja de sangrar: emergencia ahora.
        "autolesion.sangrado_no_para",
        "self-harm",
        "imminent",
        "act",
        # Con una herida nombrada cerca, para no leer así una hemorragia nasal o la regla.
        r"\b"
        + _HERIDA
        + r"\b[^.!?\n]{0,60}\b"
        + _SANGRADO
        + r"|\b"
        + _SANGRADO
        + r"[^.!?\n]{0,60}\b"
        + _HERIDA
        + r"\b",
    ),
    (
        # Unas pastillas y luego "varias", "muchas": una sobredosis contada a medias.
        "ideacion.pastillas_varias",
        "ideation",
        "imminent",
        "act",
        r"\bme (?:tome|trague|he tomado|he tragado) unas (?:pastillas|pastis|capsulas)\b[^.!?\n]{0,25},"
        r" ?(?:varias|muchas|bastantes|un monton|como (?:diez|quince|veinte|\d{2}))\b",
    ),
]
