"""Spanish rules for what turns a thought into a plan (the twins of ``en/plans.py``): a dangerous
place asked about or visited, passwords left for someone, affairs put in order, and an abuser
released and on the way. Patterns run on normalised text (no accents).

The place questions are ``none``-level method rules: a qué hora pasan los trenes que no paran,
qué azotea está abierta, si el puente tiene valla are ordinary questions on their own; beside
distress in the message, or after distress earlier in the conversation, the detector reads any
method rule as method-seeking with distress: high.
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind, words
from tandem.safety.rules.es.lexicon import ARMA

# Where someone could fall from, as people name it in a question.
_ALTURA = words(
    r"azoteas?",
    r"tejados?",
    r"cornisas?",
    r"balcon(?:es)?",
    r"viaductos?",
    r"puentes?",
    r"acantilados?",
    r"parkings?",
    r"estacionamientos?",
    r"torres?",
    r"ultimo piso",
)
_SUBIR = r"(?:(?:se )?pued(?:e|a|o|es) (?:subir|acceder|salir)|con acceso libre)"
_BARRERA = r"(?:vallas?|barandillas?|barandas?|rejas?|redes|red|camaras|seguridad|proteccion)"
_PREGUNTA = r"(?:que|cual|cuales|donde|hay|sabes|sabeis|saben|alguien sabe|como)"
_ABUSO = (
    r"(?:me violo|me violaron|me abuso|abuso de mi|me maltrat\w*|me pegaba|me pego|me agredio|"
    r"orden de alejamiento|lo denuncie|la denuncie|me acosa\w*|me amenaz\w*|miedo|aterrad[oa]|"
    r"pavor|panico)"
)
_LIBERADO = (
    r"(?:sale|salio|saldra|salga|lo sueltan|lo soltaron|la sueltan|la soltaron|sale en libertad|"
    r"lo dejan salir|la dejan salir|esta libre|queda libre|quedo libre|le dieron la condicional)"
)
_VIENE_A_MI = (
    r"(?:viene a (?:verme|buscarme|por mi|mi casa|casa)|vendra a (?:verme|buscarme|por mi)|va a "
    r"venir|sabe donde (?:vivo|estoy|trabajo)|me va a buscar|me buscara|me va a encontrar|que "
    r"viene)"
)

_PLANES: list[tuple[str, str, str, Kind, str]] = [
    (
        # Subir a un sitio alto, o pasar su valla, preguntado: corriente por sí solo.
        "planes.acceso_altura",
        "method-seeking",
        "none",
        "method",
        r"\b"
        + _PREGUNTA
        + r"\b[^.!?\n]{0,60}\b"
        + _ALTURA
        + r"\b[^.!?\n]{0,30}\b"
        + _SUBIR
        + r"|\b"
        + _PREGUNTA
        + r"\b[^.!?\n]{0,40}\b(?:azotea|cornisa|tejado)s? (?:esta |estan |queda |siempre )?(?:abiertas?|abiertos?|sin cerrar)\b"
        + r"|\bcomo (?:se )?(?:sube|subo|subir|accede|accedo|acceder) (?:a|al) (?:la |el )?(?:azotea|"
        r"tejado|techo|cornisa|ultimo piso) de(?!l? (?:mi|nuestra|la) (?:casa|caseta|garaje))"
        + r"|\b"
        + _ALTURA
        + r"\b[^.!?\n]{0,25}\b(?:sin|que no tenga|que no tienen?) (?:ninguna )?"
        + _BARRERA
        + r"\b"
        + r"|\b(?:tiene|hay|tienen|ponen) (?:alguna |algun |una )?"
        + _BARRERA
        + r"\b[^.!?\n]{0,20}\b(?:en|por) (?:el|la|los|las) (?:\w+ )?(?:puente|acantilado|azotea|"
        r"viaducto|vias|anden|parking)\b"
        + r"|\b(?:azotea|cornisa|puente|acantilado|tejado)\b[^.!?\n]{0,40}\by (?:que|cuanta|cuanto) "
        r"(?:altura|alto|metros)\b",
    ),
    (
        # Trenes que pasan sin parar, o cuándo pasan menos: corriente por sí solo.
        "planes.pregunta_trenes",
        "method-seeking",
        "none",
        "method",
        r"\b(?:que|cuales) trenes (?:no paran|pasan sin parar|pasan de largo)\b"
        r"|\b(?:a que hora|cuando|cada cuanto|cada cuanto tiempo)\b[^.!?\n]{0,30}\b(?:pasa|pasan|"
        r"cruza|cruzan)\b[^.!?\n]{0,25}\btren(?:es)?\b[^.!?\n]{0,40}\b(?:por (?:la estacion|las vias|"
        r"el paso a nivel|el anden|el puente)|sin parar|de largo|que no para\w*|rapidos?|de "
        r"mercancias|de carga)\b"
        r"|\b(?:a que hora|cuando)\b[^.!?\n]{0,20}\b(?:pasan|hay) (?:menos|mas) trenes\b",
    ),
    (
        # Un sitio alto o las vías buscados y después visitados "solo para ver": reconocimiento.
        "planes.lugar_visitado",
        "preparatory",
        "high",
        "plan",
        r"\b(?:busque|mire|averigue|googlee|investigue|ya se)\b[^.!?\n]{0,50}\b(?:mas alt[oa]|puentes?|"
        r"acantilados?|viaductos?|azoteas?|edificios?|parkings?|vias|paso a nivel)\b[^\n]{0,60}\b"
        r"(?:fui a (?:verl[oa]|mirarl[oa]|mirar|ver)|lo fui a ver|la fui a ver|fui (?:hasta )?(?:alli|ahi|alla)|"
        r"estuve (?:alli|ahi|alla|arriba)|subi (?:a verl[oa]|arriba|hasta arriba)|me acerque)"
        r"|\bfui (?:hasta |al |a la |a las )?(?:puente|acantilado|viaducto|azotea|vias|paso a nivel)\b"
        r"[^.!?\n]{0,40}\b(?:a ver (?:que|cuanta|si|como)|(?:solo )?para (?:ver|saber|mirar)\b[^.!?\n]{0,20}"
        r"\b(?:altura|alto|valla|facil|borde))"
        r"|\b(?:fui|he ido|estuve|me acerque)\b[^.!?\n]{0,30}\b(?:a las vias|al paso a nivel|al anden|"
        r"al puente|a la azotea)\b[^.!?\n]{0,20}\b(?:a |para )?(?:ver|mirar|saber|contar) (?:cuando|a "
        r"que hora|cada cuanto|cuantos|si) (?:pasa|pasan|hay|tiene)",
    ),
    (
        # Contraseñas, claves o datos del banco dejados apuntados para alguien.
        "planes.claves_dejadas",
        "preparatory",
        "low",
        "distress",
        r"\b(?:deje|dejo|he dejado|apunte|anote|escribi|he apuntado|he escrito)\b(?![^\n]*\b(?:viaje|"
        r"vacaciones|me voy (?:a|de)|retiro|operacion|hospital|por si (?:las pierdo|se me olvidan)|por si acaso me roban))"
        r"[^.!?\n]{0,25}\b(?:(?:las |mis )?contrasenas|(?:las |mis )?claves|(?:los |mis )?pines?|"
        r"(?:los |mis )?codigos|los datos del banco|las cuentas)\b(?! del (?:wifi|router|portal|garaje))(?! de la (?:wifi|alarma))[^.!?\n]{0,30}\bpara (?:mi|mis|el|la|los|las)\b",
    ),
    (
        # Papeles y cuentas puestos en orden, bajas de todo: cerrar asuntos.
        "planes.asuntos_en_orden",
        "preparatory",
        "low",
        "distress",
        r"\b(?:ordene|organice|he ordenado|he organizado|puse en orden|deje en orden)\b(?![^\n]*\b(?:"
        r"mudanza|me mudo|ahorrar|hacienda|declaracion|impuestos|la renta|gestor\w*|el piso nuevo|"
        r"negocio|vend\w+|jubil\w*|me retiro)\b)"
        r"[^.!?\n]{0,15}\b(?:(?:los |mis |todos los |todos mis )?(?:papeles|documentos|asuntos|"
        r"papeleo)|(?:las |mis )?cuentas)\b(?! del (?:coche|trabajo|cole))"
        r"|\bme (?:di|he dado) de baja (?:de|del|en) (?:todo|el gimnasio|gimnasio|gym|todas?)\b"
        r"(?![^\n]*\b(?:mudanza|me mudo|ahorrar|me cambio|otro gimnasio|mas barato)\b)",
    ),
    (
        # Qué es más tóxico si se traga, preguntado como curiosidad o trabajo: método.
        "planes.mas_toxico_tragado",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:que|cual|cuales)\b[^.!?\n]{0,40}\b(?:productos?|quimicos?|pastillas?|medicamentos?|"
        r"lejia)\b[^.!?\n]{0,40}\bmas (?:toxic[oa]s?|venenos[oa]s?|mortal(?:es)?|peligros[oa]s?|"
        r"letal(?:es)?)\b[^.!?\n]{0,30}\b(?:si (?:te|me|se) (?:lo|la|los|las) (?:tomas|bebes|tragas|"
        r"tomo|bebo|trago|toma|bebe|traga)|tomad[oa]s?|tragad[oa]s?|ingerid[oa]s?|para tragar)\b",
    ),
    (
        # Un ensayo del acto, del que se echó atrás "esta vez".
        "planes.ensayo",
        "preparatory",
        "high",
        "plan",
        r"\bhice (?:un|una) (?:ensayo|prueba|simulacro)\b[^\n]{0,80}\b(?:si (?:era|soy) capaz|la "
        r"proxima|ultimo momento|me eche (?:para )?atras|me arrepenti)",
    ),
    (
        # Esperando frente a la casa de alguien con un arma a mano: el daño está por pasar.
        "planes.esperando_con_arma",
        "harm-to-others",
        "imminent",
        "act",
        r"\b(?:estoy )?(?:parad[oa]|sentad[oa]|esperando|aparcad[oa]|plantad[oa]) (?:frente a|fuera de|"
        r"en la puerta de|delante de) (?:la )?casa de\b[^\n]{0,60}\bcon (?:el|la|un|una|mi) (?:"
        + ARMA
        + r"|barra|palo|hacha)\b",
    ),
    (
        # Nada que arreglar ya: lo que se dice con los cabos atados.
        "planes.nada_que_arreglar",
        "preparatory",
        "low",
        "distress",
        r"\b(?:ya )?(?:casi )?no me queda (?:nada|casi nada|mucho) (?:que|por) (?:arreglar|resolver|"
        r"dejar (?:listo|arreglado|en orden)|organizar|regalar|decir)\b(?! (?:antes de|para) (?:la "
        r"mudanza|el viaje|la boda|los examenes|irme de viaje))",
    ),
    (
        # El agresor liberado y de camino: peligro presente.
        "planes.agresor_liberado",
        "abuse",
        "high",
        "plan",
        r"\b"
        + _ABUSO
        + r"\b[^\n]{0,120}\b"
        + _LIBERADO
        + r"\b[^\n]{0,80}\b"
        + _VIENE_A_MI
        + r"|\b"
        + _LIBERADO
        + r"\b[^\n]{0,80}\b"
        + _VIENE_A_MI
        + r"\b[^\n]{0,80}\b"
        + _ABUSO
        + r"\b",
    ),
]
