"""Spanish rules for crises told through the situation rather than risk words (normalised text).

Each row names a *class* of situation (a goodbye with a clock time, the last thing sorted, a
site watched, a train that does not stop, an abuser due back with a threat...), not a sentence,
and carries its own guards for the ordinary look-alikes of that class (a shift, a trip, a
commute, an illness, a therapy exercise). Guards sit after the first literal words of each
pattern (see tests/safety/test_rule_patterns.py).
"""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind, words
from tandem.safety.rules.es.lexicon import DIAS

# A time the writer names: a clock time, "a esta hora", a day, tonight, tomorrow.
_HORA = (
    r"(?:a las \d{1,2}(?:[:.]\d{2})?|a esta hora|(?<!la )(?<!esta )manana|pasado manana|esta noche|"
    r"esta tarde|esta madrugada|el " + DIAS + r"|este " + DIAS + r"|para (?:el|la) \w+)"
)
# Ordinary reasons to be away at a time: a shift, a trip, a holiday, a move, hospital, an office.
_AUSENCIA_CORRIENTE = (
    r"(?![^.!?\n]{0,60}\b(?:viaje|vuelo|avion|turno|guardia|vacaciones|mudanza|me mudo|oficina|"
    r"trabajo|curro|reunion|hospital|operacion|opero|cita|clase|examen|congreso|boda|excursion|"
    r"campamento|fuera de la ciudad|de baja|conexion|cobertura|wifi)\b)"
)
# An abuser named by the relation (not a bare "el"/"ella": too many other people).
_AGRESOR = words(
    r"(?:mi|su) (?:ex(?:pareja|novio|novia|marido)?|novio|novia|marido|esposo|esposa|pareja|"
    r"padre|padrastro|madrastra|tio|suegro|hermano|hermanastro|chulo|proxeneta)",
)
# What an abuser says before he hurts: knowing where the victim lives, "showing her", paying back.
_AMENAZA = words(
    r"sabe donde (?:vivo|vivimos|estoy|estamos|trabajo|duermo|esta el colegio)",
    r"me va a (?:ensenar|demostrar) lo que pasa",
    r"me va a (?:matar|dar una paliza|partir la cara|reventar|hacer pagar|arrepentir)",
    r"me las va a pagar",
    r"me voy a enterar",
    r"ya vere(?:s|mos)? lo que (?:pasa|te pasa|me pasa)",
    r"lo que (?:me )?pasa cuando (?:le )?(?:desobedezco|contesto|llevo la contraria|no (?:le )?obedezco|no le hago caso)",
    r"que me (?:prepare|atenga a las consecuencias)",
    r"va a venir a por (?:mi|nosotros|los ninos)",
)


def _sin(guard: str) -> str:
    """From the start of the line, only when ``guard`` is nowhere in it (either side of the
    match): for the look-alikes whose ordinary reason is told first ("tiene cáncer, será la
    última navidad..."). Anchored at the start, so the guard runs once per message."""
    return r"\A(?![^\n]*\b(?:" + guard + r")\b)[^\n]*?"


# Dangerous places people go back to, to watch.
_SITIO_ALTO = words(
    r"mirador",
    r"puente",
    r"viaducto",
    r"acantilado",
    r"azotea",
    r"terrado",
    r"presa",
    r"pantano",
    r"espigon",
    r"puerto",
    r"vias",
    r"paso a nivel",
    r"torre",
    r"parking",
    r"ultimo piso",
)
# Household chemicals and poisons people swallow.
_CAUSTICO = words(
    r"lejia",
    r"lavandina",
    r"cloro",
    r"amoniaco",
    r"salfuman",
    r"agua fuerte",
    r"desatascador",
    r"sosa caustica",
    r"detergente",
    r"friegasuelos",
    r"limpiador",
    r"quitagrasas",
    r"lavavajillas",
    r"anticongelante",
    r"raticida",
    r"matarratas",
    r"insecticida",
    r"herbicida",
    r"veneno",
    r"algo del armario de (?:la )?limpieza",
    r"algo (?:de|con) (?:los|la) (?:productos? de )?limpieza",
    r"un producto de limpieza",
)

# Round 2: one's own distress in the same message as a method question.
_MALESTAR = (
    r"(?:(?:el|mi) peor dia de mi vida|nadie (?:me|la|lo) va a echar de menos|nadie me echaria de menos|"
    r"ya no (?:aguanto|puedo mas)|no puedo mas|no le importo a nadie|a nadie le importo|estoy hart[oa] "
    r"de (?:todo|vivir)|quiero desaparecer|me quiero morir|todo me sale mal|no tiene sentido nada|"
    r"nada tiene sentido)"
)
# "No reacciona bien a los cambios", "no responde a los mensajes": not unresponsive.
_NO_A_ALGO = (
    r"(?! (?:bien|mal|igual)\b| (?:a|al|a los|a las|a mis|a sus|el|los) (?:telefono|movil|mensajes|"
    r"llamadas|whatsapp|correos?|cambios|tratamiento|medicacion|estimulos|antibiotico|preguntas))"
)
# A heart that fails: racing, skipping, chest pain, a numb left arm.
_CORAZON = (
    r"(?:(?:el )?corazon (?:me )?(?:da saltos|a mil|se me sale|me va (?:muy )?(?:rapido|a mil)|"
    r"late (?:muy )?(?:rapido|fuerte|raro)|me duele)|dolor (?:en el|de) pecho|me duele el pecho|"
    r"presion en el pecho|brazo izquierdo (?:dormido|entumecido|adormecido))"
)

_SITUACIONES: list[tuple[str, str, str, Kind, str]] = [
    # --- Despedidas con hora: "a las 7 ya no estaré", "el jueves a esta hora ya no estaré". ---
    (
        "situations.despedida_con_hora",
        "ideation",
        "high",
        "plan",
        r"\b" + _HORA + r"\b[^.!?\n]{0,25}\bya no (?:estare|voy a estar|existire|me vas a leer|"
        r"me vais a (?:ver|leer)|sabras (?:mas )?de mi)(?= *(?:[.,;:!?\n]|$|y\b|gracias|aqui\b(?! para)|en este "
        r"mundo|entre (?:vosotros|ustedes)|con (?:vosotros|ustedes|nadie)|para nadie|para "
        r"(?:molestar|dar guerra)|nunca mas|para siempre))" + _AUSENCIA_CORRIENTE,
    ),
    (
        # La última ocasión con alguien, dicha como propia: "será el último cumple que pase con
        # ella". Con una enfermedad, una mudanza o un final corriente nombrados, no.
        "situations.ultima_ocasion",
        "ideation",
        "high",
        "plan",
        _sin(
            r"enferm\w*|terminal|cancer|paliativ\w*|le quedan?|desahuci\w*|hospital\w*|residencia|"
            r"alzheimer|demencia|se muda|me mudo|nos mudamos|se va a vivir|me voy a vivir|emigr\w*|"
            r"erasmus|de soltera?o?|en esta casa|en el (?:cole|colegio|instituto|piso|barrio)|antes de "
            r"(?:irme|mudarme|que se vaya|la mudanza)|se jubila|me jubilo|divorci\w*|se va (?:a|al)"
        )
        + r"\b(?:sera|va a ser|es) (?:el|la) ultim[oa] (?:\w+ ){0,2}que (?:pase|pasemos|celebre|"
        r"celebremos|vea|veamos|comparta|compartamos|este|estemos) (?:con|junto a|contigo|juntos)\b",
    ),
    # --- Dar lo que uno aprecia, con la razón de quien se va. ---
    (
        # "Le di mis botas a mi sobrino, que a él le harán más ilusión que a mí".
        "situations.regalo_mas_que_a_mi",
        "preparatory",
        "high",
        "plan",
        _sin(
            r"me (?:queda|quedan|quedaba|quedaban) (?:pequen|chic|grande|corto)\w*|mudanza|me mudo|emigr\w*|cumple\w*|navidad|reyes|regalo de|se lo merece|ya tengo otr[oa]s?|me compre otr[oa]s?|me jubil\w*"
        )
        + r"\b(?:le |les )?(?:he dado|di|regale|he regalado|deje|he dejado|estoy regalando|estoy "
        r"dando|doy|regalo)\b[^.!?\n]{0,80}\b(?:mas (?:ilusion|uso|falta|provecho|partido) que a "
        r"mi|(?:yo )?ya no (?:l[oa]s? )?(?:voy a necesitar|necesitare)|a donde "
        r"voy no (?:l[oa]s? )?(?:necesito|voy a necesitar))\b"
        r"(?![^\n]*\b(?:me (?:queda|quedan|quedaba|quedaban) (?:pequen|chic|grande|corto)\w*|"
        r"mudanza|me mudo|emigr\w*|cumple\w*|navidad|reyes|regalo de|se lo merece|ya tengo otr[oa]s?|"
        r"me compre otr[oa]s?|me jubil\w*|sin espacio|no me cabe)\b)",
    ),
    (
        # "... ya no me queda mucho más que dar": lo último regalado (idea velada de irse).
        "situations.nada_mas_que_dar",
        "ideation",
        "high",
        "plan",
        r"\b(?:regale|he regalado|di|he dado|reparti|he repartido|deje|he dejado)\b[^\n]{0,120}\bya "
        r"no me queda(?:n)? (?:mucho |nada |casi nada |poco )?(?:mas )?(?:que|por) (?:dar|regalar|"
        r"repartir|dejar|resolver)\b",
    ),
    (
        # Lo último por resolver: "era lo último que me quedaba por resolver/dejar atado".
        "situations.lo_ultimo_resuelto",
        "preparatory",
        "high",
        "plan",
        r"\b(?:era|es|fue|ya esta) lo ultimo que me quedaba (?:por|de|que) (?:resolver|arreglar|"
        r"dejar (?:list[oa]|atad[oa]|resuelt[oa]|hech[oa]|en orden)|organizar|solucionar|atar|"
        r"hacer|cerrar)\b(?![^\n]*\b(?:antes de (?:las vacaciones|irme|la mudanza|mudarme|la boda|"
        r"el viaje|entregar|navidad|fin de ano)|del (?:trabajo|proyecto|curro|tfg|tfm|master|piso)|"
        r"de la (?:mudanza|boda|lista|oficina|tesis)|vacaciones|mudanza|papeleo|tramites?|"
        r"oposicion\w*|examen\w*)\b)",
    ),
    (
        # Una mascota dejada con una excusa: "le dejé el gato a mi prima, le dije que era por un
        # viaje". La mentira es la señal; una mascota dejada por un viaje dicho sin más, no.
        "situations.mascota_con_excusa",
        "preparatory",
        "high",
        "plan",
        r"\b(?:le |les )?(?:deje|he dejado|di|he dado|entregue|he entregado|regale|he regalado)\b"
        r"[^.!?\n]{0,40}\b(?:a|con) (?:mi |una |un )?(?:prim[oa]|herman[oa]|amig[oa]|vecin[oa]|"
        r"madre|padre|mama|papa|tia|tio|abuel[oa]|cunad[oa]|novi[oa]|companer[oa])\b[^\n]{0,60}\b"
        r"(?:le (?:dije|conte|explique) que (?:era|es) (?:solo |sol[oa]mente )?(?:por|para|un ratito|"
        r"un tiempo|unos dias)|con la excusa de|le invente (?:que|una excusa)|(?:le dije|le conte) "
        r"una mentira)",
    ),
    (
        # "Para que no quede nada raro cuando me encuentren": quien escribe se imagina hallado.
        "situations.cuando_me_encuentren",
        "ideation",
        "high",
        "plan",
        _sin(
            r"escondite|jugando|juego|perdid[oa]|rescate|rescatistas|bomberos|guardia civil|excursion|senderis\w*|sorpresa"
        )
        + r"(?:\b(?:no quiero que|para que no|que no) [^.!?\n]{0,40})?\b(?:cuando|antes de que|para cuando|el dia que) me (?:encuentren|hallen|encuentre "
        r"(?:mi|alguien|la policia)|descubran)\b(?! (?:un|una|el|la|los|las|trabajo|piso|casa|"
        r"sitio|plaza|hueco|donante|compatible|cita|tiempo|algo|solucion|novi[oa]|pareja))"
        r"(?![^\n]*\b(?:escondite|jugando|juego|perdid[oa]|rescate|rescatistas|bomberos|guardia "
        r"civil|excursion|ruta|monte|senderis\w*|fiesta sorpresa|sorpresa)\b)",
    ),
    (
        # Todo en orden para que nadie tenga que ocuparse de nada (deudas, piso, bajas).
        "situations.nadie_tendra_que_ocuparse",
        "preparatory",
        "high",
        "plan",
        _sin(
            r"mientras|durante|cuando vuelva|hasta que vuelva|ausencia|viaje|vacaciones|operacion|me operan|hospital|ingreso|mudanza|me mudo|testamento|notari\w*|abogad\w*|seguro de vida|herencia|parto|baja maternal"
        )
        + r"(?:\b(?:nadie|mi \w+|mis \w+) no (?:va|van) a tener que (?:ocuparse|encargarse|hacerse "
        r"cargo|preocuparse|pagar) de nada\b|\bpara que (?:nadie|mi \w+|mis \w+) (?:no )?tenga(?:n)? "
        r"que (?:ocuparse|encargarse|hacerse cargo) de nada\b)"
        r"(?![^\n]*\b(?:mientras|durante|cuando vuelva|hasta que vuelva|ausencia|viaje|vacaciones|"
        r"operacion|me operan|hospital|ingreso|mudanza|me mudo|testamento|notari\w*|abogad\w*|seguro "
        r"de vida|a mi edad|[6-9]\d anos|herencia|parto|baja maternal|baja de maternidad)\b)",
    ),
    (
        # Mensajes programados o cartas para que lleguen cuando uno ya no pueda despedirse.
        "situations.mensajes_programados",
        "preparatory",
        "high",
        "plan",
        r"\b(?:programe|he programado|deje programad\w*|dejo programad\w*|estoy programando|"
        r"programando)\b[^.!?\n]{0,60}\b(?:correos?|mensajes?|mails?|e-?mails?|whatsapps?|cartas?|"
        r"audios?|videos?|publicaciones|posts?)\b(?![^\n]*\b(?:cumple\w*|felicit\w*|vacaciones|"
        r"clientes?|campana|newsletter|boletin|recordatorio|trabajo|curro|oficina|fuera de la "
        r"oficina|aniversario|san valentin|sorpresa)\b)[^\n]{0,120}\b(?:despedirme|despedida|"
        r"despida|adios|ya no este|no este aqui|cuando no este|para cuando me vaya)\b",
    ),
    (
        # Lo que uno quiere en su funeral, escrito y mandado: una nota de despedida con otro nombre.
        "situations.funeral_escrito",
        "preparatory",
        "high",
        "plan",
        _sin(
            r"ejercicio|taller|terapeuta|psicolog\w*|notari\w*|abogad\w*|testamento|seguro de vida|"
            r"a mi edad|[6-9]\d anos|sanisim[oa]|cuando me toque|cuando (?:sea|me haga) viej[oa]|"
            r"de viej[oa]|no (?:se )?(?:discutan|discuten|peleen|pelean)|sin (?:lios|peleas|discusiones)"
        )
        + r"\b(?:escribi|he escrito|deje escrito|apunte|he apuntado|redacte|mande|he mandado|envie)\b"
        r"[^.!?\n]{0,40}\b(?:(?:lo )?que quiero que (?:pongan|suene|digan|lean|hagan|pase) en mi "
        r"(?:funeral|entierro|velorio|lapida|esquela|despedida)|como quiero (?:que sea )?mi (?:funeral|"
        r"entierro|velorio)|mi (?:esquela|epitafio|obituario))\b(?![^\n]*\b(?:ejercicio|taller|"
        r"clase|curso|terapeuta|psicolog\w*|tarea|notari\w*|abogad\w*|testamento|seguro|a mi edad|"
        r"[6-9]\d anos|me operan|operacion)\b)",
    ),
    (
        # "Mañana es el día. Me siento más tranquilo que en meses": un día fijado y la calma de
        # quien ya ha decidido. Un día con nombre (boda, examen, juicio...) no.
        "situations.el_dia_y_calma",
        "ideation",
        "high",
        "plan",
        r"\b(?:manana|hoy|esta noche|pasado manana|el " + DIAS + r"|este " + DIAS + r") es el dia\b"
        r"(?! (?:de|del|d|en que|que|grande|libre|\d))(?![^\n]*\b(?:examen|entrevista|boda|"
        r"operacion|partido|carrera|maraton|juicio|viaje|vuelo|cita|parto|cesarea|mudanza|estreno|"
        r"oposicion\w*|graduacion|presentacion|concierto|cumple\w*|vacaciones|competicion|final|"
        r"firma|defensa|tfg|tesis|primer dia|trabajo nuevo|nervios\w*)\b)[^\n]{0,80}\b(?:(?:mas )?"
        r"tranquil[oa]|en paz|calma|aliviad[oa]|sereno|serena|ligera?o?|ya no tengo miedo|por fin)\b",
    ),
    # --- En el sitio, con el medio llegando: imminent. ---
    (
        "situations.sentado_en_la_via",
        "ideation",
        "imminent",
        "act",
        r"\b(?:me sente|me he sentado|estoy sentad[oa]|me tumbe|me he tumbado|estoy tumbad[oa]|"
        r"estoy acostad[oa]|me acoste|estoy de pie|estoy parad[oa]|me quede|estoy en medio de|estoy "
        r"encima de) (?:en (?:medio de )?|sobre |entre )?(?:la|las) vias?\b(?! \d| (?:verde|muerta|"
        r"abandonada|publica|de servicio))(?![^\n]*\b(?:abandonad\w*|en desuso|sin uso|fotos?|"
        r"sesion|ya no pasa\w*|no pasan? (?:trenes|el tren)|maqueta|tren de juguete|museo|anden|"
        r"estacion|esperando)\b)[^\n]{0,80}\b(?:pasa|pasara|viene|"
        r"llega|se acerca|oigo|escucho)\b[^.!?\n]{0,20}\b(?:tren|mercancias|cercanias|ave|metro|"
        r"regional|expreso)\b",
    ),
    (
        # Horarios mirados de un tren que no para: el estudio del sitio y de la hora.
        "situations.horario_tren_sin_parada",
        "preparatory",
        "high",
        "plan",
        r"\b(?:mire|he mirado|busque|he buscado|apunte|me se|me aprendi|comprobe)\b[^.!?\n]{0,30}\b"
        r"(?:los )?horarios?\b[^\n]{0,60}\b(?:que |q )?no para (?:en|por)\b[^\n]{0,50}\bpasa a las "
        r"\d(?![^\n]*\b(?:cojo|coger|pillo|pillar|bajarme|me bajo|llego|llegar|trabajo|curro|clase|"
        r"transbordo|perdi|pierdo|retraso|andando|caminando|me toca|tengo que ir)\b)",
    ),
    (
        # La velocidad o la hora del tren que no para, preguntadas: method-seeking (lugar y
        # momento); junto a malestar, alto.
        "situations.tren_velocidad",
        "method-seeking",
        "none",
        "method",
        r"\b(?:el |un |los )?(?:mercancias|tren(?:es)? (?:de mercancias|que no para\w*|q no para\w*|"
        r"directos?|sin parada)|ave|expreso)\b[^.!?\n]{0,50}\b(?:va(?:n)? (?:muy |mas |tan )?rapido|"
        r"a que velocidad|que velocidad|cuanto (?:corre|tarda en frenar)|(?:puede|le da tiempo a) "
        r"frenar|frena a tiempo|a que hora pasa)|\b(?:a que velocidad|que velocidad lleva|como de rapido|"
        r"cuanto de rapido) (?:va|pasa|circula|lleva|corre) (?:el |un |los )?(?:mercancias|tren(?:es)? "
        r"(?:de mercancias|que no para\w*|directos?|sin parada|que pasa por))\b",
    ),
    (
        # Idas repetidas al mismo sitio alto, a la misma hora, a mirar quién pasa: un ensayo.
        "situations.sitio_vigilado",
        "preparatory",
        "high",
        "plan",
        r"\b(?:he ido|fui|voy|he vuelto|volvi|vuelvo|subi|he subido|subo|llevo)\b[^.!?\n]{0,40}\b"
        r"(?:al|a la|a las|el|la|las) " + _SITIO_ALTO + r"\b(?![^\n]*\b(?:fotos?|atardecer|"
        r"amanecer|correr|entren\w*|pasear al perro|con el perro|pajaros|aves|estrellas|pescar|"
        r"trabajo|curro|turno|vigilante|guardia|encuesta|trafico|censo|estudio de|tender|ropa|"
        r"regar|yoga|gimnasia|pasear|paseo|barco|ferry|pesca)\b)[^\n]{0,80}\b"
        r"(?:cuanta gente pasa|si pasa (?:gente|alguien)|quien pasa|cuando no (?:hay|pasa) nadie|"
        r"a que hora no (?:hay|pasa) nadie|que nadie (?:me ve|me veria|pasa|sube))\b",
    ),
    (
        # Un sitio encontrado donde no va nadie, y un día que "parece el día".
        "situations.sitio_y_dia",
        "preparatory",
        "high",
        "plan",
        r"\b(?:encontre|he encontrado|ya tengo|tengo|conozco|descubri) (?:un|el) (?:sitio|lugar|"
        r"rincon|punto|sitito)\b(?![^\n]*\b(?:leer|picnic|fotos?|estudiar|acampar|pescar|pasear|"
        r"correr|banar\w*|nadar|meditar|escalar|perr\w*|besar\w*|tomar el sol|pajaros|aves|"
        r"estrellas|cenar|comer|aparcar|fiesta|bailar|barbacoa|musica|tocar)\b)[^\n]{0,60}\b(?:donde|"
        r"al que|adonde|que) (?:no (?:va|sube|pasa|baja) nadie|nadie (?:va|sube|pasa|me (?:ve|veria|"
        r"encontraria|molestaria)))\b[^\n]{0,100}\b(?:(?:parece|me parece|se siente|siento que es|"
        r"sera|va a ser) (?:el|un buen) dia|(?:el|este) (?:" + DIAS[3:-1] + r"|finde) (?:parece|me "
        r"parece|se siente|sera|va a ser) (?:el|bueno|buen))\b",
    ),
    # --- Actos temerarios: en plena manía, la prueba de que uno es inmortal. ---
    (
        "situations.temeridad_en_marcha",
        "mania",
        "imminent",
        "act",
        r"\b(?:voy|vamos|estoy yendo|estoy conduciendo|conduzco|voy conduciendo|iba) a "
        r"(?:1[6-9]\d|2\d\d|3\d\d)(?: ?km\/?h| por hora| kilometros por hora)?\b(?=[^.!?\n]{0,25}\b(?:por "
        r"la (?:autopista|autovia|carretera|nacional|ronda|circunvalacion|ciudad)|en (?:el|la|mi) "
        r"(?:coche|moto|carro)|con (?:el|la|mi) (?:coche|moto|carro)|conduciendo|manejando)\b)(?![^\n]*\b(?:simulador|videojuego|gran turismo|forza|play|"
        r"consola|circuito|karting|pelicula|peli|sonando)\b)[^.!?\n]{0,60}\b(?:con los ojos "
        r"cerrados|sin mirar|a ciegas|sin manos|soltando el volante|sin luces|en direccion "
        r"contraria|te escribo|escribiendo|con el movil)\b",
    ),
    (
        "situations.prueba_de_inmortal",
        "mania",
        "high",
        "plan",
        r"\b(?:para )?(?:demostrar|comprobar|probar|ver) que (?:soy|somos) (?:inmortal|inmortales|"
        r"invencible|invencibles|indestructible|indestructibles|de otro planeta)\b",
    ),
    (
        # Subirse de noche a una grúa, una torre eléctrica o un tejado para grabarlo.
        "situations.subir_a_la_grua",
        "mania",
        "high",
        "plan",
        r"\b(?:me subo|me voy a subir|voy a subir|me subire|subire|me subi|escalo|voy a escalar) "
        r"(?:a|en|por) (?:la|lo alto de la|una|el|un|lo alto del) (?:grua|torre (?:electrica|de "
        r"alta tension|de la luz)|poste|antena|chimenea|cornisa|tejado de la obra|andamio)\b"
        r"(?![^\n]*\b(?:trabajo|curro|turno|gruista|operario|con arnes y|mi jefe|la empresa|"
        r"revision|reparar|arreglar)\b)",
    ),
    # --- Llevarse a alguien por delante, y a uno mismo. ---
    (
        "situations.llevarse_por_delante",
        "harm-to-others",
        "high",
        "plan",
        r"\bme (?:llevo|llevare|voy a llevar|l[oa]s? llevo|l[oa]s? llevare|l[oa]s? voy a llevar)\b"
        r"[^.!?\n]{0,30}\bpor delante\b[^.!?\n]{0,40}\b(?:a (?:el|ella|ellos|ellas) y a mi|y a mi "
        r"(?:tambien|misma?o?)?|conmigo|y luego (?:yo|a mi|me mato)|y despues (?:yo|a mi|me mato))\b",
    ),
    # --- Un agresor con hora: vuelve, sale, llega; y una amenaza. ---
    (
        "situations.agresor_vuelve_con_amenaza",
        "abuse",
        "high",
        "plan",
        _sin(
            r"notas|suspens\w*|examen\w*|boletin|jaja\w*|jeje\w*|lol|el movil|la factura|la multa|"
            r"llegar tarde|la fiesta|me comi|se entere de que|broma"
        )
        + r"\b"
        + _AGRESOR
        + r"\b[^.!?\n]{0,15}\b(?:sale|vuelve|llega|regresa|viene|le sueltan|le "
        r"dan la libertad|salio|salio ayer)\b[^\n]{0,160}\b" + _AMENAZA + r"\b",
    ),
    (
        # Acoso con cita: "si lo cuento me esperan mañana a la salida".
        "situations.amenaza_si_lo_cuento",
        "abuse",
        "high",
        "plan",
        r"\bsi (?:lo cuento|lo digo|se lo (?:cuento|digo) (?:a|al|a la|a los|a mi) \w+|digo algo|me "
        r"chivo|hablo|abro la boca|me quejo)\b[^.!?\n]{0,20}\bme (?:esperan|espera|van a esperar|buscan|van a buscar|"
        r"pillan|van a pillar|pegan|van a pegar|rompen|parten|matan)\b[^.!?\n]{0,30}\b(?:manana|"
        r"esta tarde|hoy|a la salida|en la salida|el " + DIAS + r"|en el recreo|en el patio|en el "
        r"bus|en la parada)\b",
    ),
    # --- Ayuno largo con la comida tirada. ---
    (
        "situations.ayuno_hasta_fecha",
        "eating",
        "high",
        "plan",
        r"\bno (?:voy a|pienso|quiero) (?:comer|probar bocado|tomar nada solido)(?: nada)? hasta "
        r"(?!la cena|la comida|el almuerzo|mediodia|la noche|manana)(?:la|el|mi|que) \w+\b"
        r"(?![^\n]*\b(?:analisis|colonoscopia|operacion|anestesia|ramadan|ayuno religioso|"
        r"cuaresma)\b)[^\n]{0,60}\b(?:\d+ "
        r"semanas|(?:dos|tres|cuatro|cinco|seis|varias) semanas|un mes|\d+ dias|tirado toda la "
        r"comida|tire toda la comida|vacie la nevera|sin comida en casa)\b",
    ),
    # --- Tragado: productos de limpieza y venenos (imminent). ---
    (
        "situations.trago_caustico",
        "medical",
        "imminent",
        "act",
        r"\b(?:me (?:he )?(?:bebido|bebi|tome|he tomado|trague|he tragado)|bebi|tome|trague)\b"
        r"[^.!?\n,]{0,25}\b"
        + _CAUSTICO
        + r"\b(?![^.!?\n]{0,30}\b(?:y (?:limpi|fregu|frot|lave)\w*|"
        r"para (?:limpiar|fregar|lavar|desinfectar)|piscina|pileta)\b)",
    ),
    # --- Preguntas de método con otro nombre. ---
    (
        "situations.metodo_el_cuerpo",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:que le pasa|que le ocurre|que pasa) (?:al|con el) cuerpo (?:cuando|si) (?:alguien |"
        r"uno |una persona |te )?(?:se )?(?:ahorca|cuelga|tira|corta las venas|envenena|desangra|"
        r"ahoga|asfixia|tira de un|tira a las vias|toma \d+)\b",
    ),
    (
        "situations.metodo_corte",
        "method-seeking",
        "moderate",
        "method",
        r"\bcortar(?:se|me|te) (?:las venas |la muneca |el brazo )?(?:en )?(?:vertical|horizontal|a "
        r"lo largo|a lo ancho|hacia arriba|en cruz)\b(?![^\n]*\b(?:pelo|flequillo|tela|papel|"
        r"madera|verdura|cebolla|zanahoria|pan|carne|tarta|patron|receta|baldosa|tablero)\b)",
    ),
    (
        "situations.metodo_altura",
        "method-seeking",
        "moderate",
        "method",
        r"\bdesde (?:un|una|el|la) (?:\d+|primer|segund|tercer|cuart|quint|sext|septim|octav|noven|"
        r"decim)\w* (?:piso |planta )?(?:se sobrevive|sobrevive\w*|te mueres|se muere|es mortal|"
        r"mata|te matas|se mata)\b",
    ),
    (
        "situations.metodo_mas_rapido",
        "method-seeking",
        "moderate",
        "method",
        r"\bque (?:metodo|forma|manera) es (?:el |la )?mas (?:rapid[oa]|efectiv[oa]|segur[oa]|"
        r"indolor[oa]|eficaz)\b(?![^.!?\n]{0,40}\b(?:estudiar|aprender|adelgazar|dieta|ingles|"
        r"idioma\w*|memorizar|ahorrar|pagar|cocinar|limpiar|pintar|planchar|enviar|viajar|llegar|"
        r"dormir al bebe|anticonceptiv\w*|de pago|de estudio|para (?:el|la|los|las) \w+)\b)",
    ),
    (
        # Una pregunta de método con prisa: "¿cortarse en vertical es peor? necesito saberlo hoy".
        "situations.metodo_con_prisa",
        "method-seeking",
        "high",
        "plan",
        r"\b(?:cortar(?:se|me)(?: las venas)?|ahorcar(?:se|me)|colgar(?:se|me)|tirar(?:se|me) (?:de|desde|"
        r"por|a|al)|que piso|desde que altura)\b[^\n]{0,80}"
        r"\b(?:necesito saberlo|tengo que saberlo|dimelo) (?:hoy|ya|ahora|esta noche|cuanto antes)\b",
    ),
    # --- Malestar que vuelve alta una pregunta de método: la tapadera retirada. ---
    (
        "situations.tapadera_retirada",
        "ideation",
        "low",
        "distress",
        r"\blo (?:de (?:clase|la clase|el trabajo|la tarea|el cole|la uni|mi amig[oa]|la novela|"
        r"el libro)|del trabajo de clase) es (?:medio |un poco |casi |todo |)mentira\b",
    ),
    (
        "situations.me_da_igual_hace_meses",
        "hopelessness",
        "low",
        "distress",
        r"\b(?:todo|nada) me (?:da igual|importa) (?:ya )?desde hace (?:meses|semanas|anos|mucho)\b",
    ),
    (
        "situations.estoy_muy_mal",
        "hopelessness",
        "low",
        "distress",
        r"\bestoy (?:muy|super|realmente|fatal de) mal\b(?! (?:de|del|con|por) (?:la |el |los |las )?"
        r"(?:gripe|garganta|estomago|tripa|espalda|muela|regla|resfriado|covid|catarro|dinero|pasta|"
        r"cabeza|pie|rodilla|tobillo|ojo|oido))",
    ),
    # --- Ideas dichas sin palabras de riesgo (moderate). ---
    (
        # Low on its own; beside "mañana" the detector's timeline pairing reads it as moderate
        # (a passive wish with a date). A moderate row here would be paired up to high.
        "situations.si_no_despierto",
        "ideation",
        "low",
        "distress",
        r"\bsi (?:manana |un dia |algun dia )?no (?:me )?despi?ert\w*\b(?! (?:a tiempo|temprano|pronto|"
        r"con la alarma|para|a las|antes))[^.!?\n]{0,40}\b(?:no pasaria nada|mejor|lo prefiero|lo "
        r"preferiria|me daria igual|daria igual|tampoco pasaria nada|seria un alivio)\b",
    ),
    (
        "situations.deseo_muerte_natural",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:deseo|ojala|quisiera|me gustaria|pido) (?:que )?me (?:de|diera|pille|pillara|atropelle|"
        r"atropellara|caiga|cayera|mate|matara) (?:un|una|el|la) (?:infarto|coche|camion|tren|bus|"
        r"autobus|cancer|ictus|rayo|accidente|enfermedad|derrame)\b[^.!?\n]{0,40}\b(?:y ya|asi "
        r"nadie|y se acab\w*|y listo|y fin|nadie tendria la culpa|no seria culpa de nadie|que "
        r"parezca un accidente|y no despertar)\b",
    ),
    (
        "situations.muerte_como_descanso",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:(?:la muerte|morir(?:me)?|estar muert[oa]) (?:seria|debe ser|sera)|(?:morirme|estar "
        r"muert[oa]) es) (?:un|una) (?:descanso|alivio|liberacion|paz)\b(?![^.!?\n]{0,30}\bpara "
        r"(?:ella|el|mi (?:abuel|madre|padre|perr|gat)|su|sus|los|las|quien|quienes|alguien|la gente|"
        r"much[oa]s|un enfermo|una enferma|enfermos)\w*)",
    ),
    (
        "situations.codigo_unalive",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:quiero|kiero|qiero|quisiera|ganas de|necesito) (?:hacer(?:me)? )?(?:unalive|kill|"
        r"unalivearme|unalivirme|unalivear|desvivirme|sewerslide|ctb)\b",
    ),
    (
        "situations.violencia_sin_blanco",
        "harm-to-others",
        "moderate",
        "expression",
        r"\bganas de (?:darle|pegarle|partirle|reventarle|romperle|meterle|zurrarle)\b[^.!?\n]{0,25}"
        r"\ba (?:cualquiera|cualquier persona|todo el mundo|quien sea|el primero que|la primera "
        r"persona que)\b",
    ),
    (
        "situations.pastillas_ajenas",
        "substance",
        "moderate",
        "expression",
        # Repeated use, not one swallow: a habitual verb, or a plain one with a habit named.
        r"\b(?:he vuelto a tomar|vuelvo a tomar|sigo tomando|llevo \w+ \w+ tomando|(?:tomo|tomando|me "
        r"tomo|estoy tomando)(?=[^.!?\n]{0,120}\b(?:sin receta|que (?:le )?sobraron|para (?:dormir|los "
        r"nervios|calmarme|la ansiedad)|cada (?:noche|dia)|todas las noches|todos los dias|desde hace|"
        r"ya van)\b))\b"
        r"(?! (?:todas|todos|todo|el frasco|la caja|el bote|un monton|como \d+|\d+))[^.!?\n]{0,30}\b(?:"
        + MEDICINES
        + r"|pastillas|calmantes|somniferos|"
        r"benzos?|tranquilizantes|orfidal|trankimazin)\b[^.!?\n]{0,40}\b(?:de mi (?:madre|padre|"
        r"abuel[oa]|herman[oa]|pareja|novi[oa]|ex|amig[oa]|mama|papa)|que (?:le )?sobraron|sin "
        r"receta|que no son mias)\b(?![^\n]*\b(?:me (?:lo|la|las|los) (?:receto|recetaron|dijo)|"
        r"el medico me|con receta|mi medic[oa] (?:me|de cabecera)|la farmaceutica|farmacia|recog\w*|"
        r"darselas|se las (?:doy|di|llevo|lleve)|pastillero|organiz\w*|para (?:ella|el))\b)",
    ),
    (
        # Quien escribe, diabético, confuso o a punto de desmayarse: hipoglucemia ahora.
        "situations.hipoglucemia_propia",
        "medical",
        "imminent",
        "act",
        r"\b(?:soy diabetic[oa]|mi insulina|me (?:he )?puesto (?:la )?insulina|me pongo (?:la )?"
        r"insulina)\b[^\n]{0,80}\b(?:estoy (?:muy |super )?(?:confus[oa]|desorientad[oa])|no veo "
        r"bien|me voy a desmayar|me estoy desmayando|no me tengo en pie|no puedo pensar)\b",
    ),
    (
        "situations.despedirse_del_mundo",
        "ideation",
        "high",
        "plan",
        r"\b(?:me voy a|voy a|quiero|pienso|me quiero) ['\"]?despedir(?:me)? del mundo\b"
        r"(?! (?:de|del|laboral|artistico|literario|profesional|rural|digital|academico))",
    ),
    # === Ronda 2 (conjuntos 9 y 10): clases de situación nuevas. ===
    # --- Pregunta de altura o de dosis con el malestar propio en el mismo mensaje: "cuál es el
    # edificio más alto al que se puede subir... hoy fue el peor día de mi vida". El marco (una
    # novela, "pregunto nomás") no la vuelve benigna: kind method. ---
    (
        "situations.altura_con_malestar",
        "method-seeking",
        "high",
        "method",
        r"\b(?:(?:edificio|puente|torre|azotea|mirador|viaducto|acantilado|parking)s? mas alt[oa]s?|cuantos "
        r"(?:metros|pisos)|desde (?:que|cuanta) altura|a que altura)\b(?=[^\n]{0,200}\b"
        + _MALESTAR
        + r"\b)"
        r"(?![^\n]*\b(?:vistas|foto\w*|turis\w*|visita\w*|mirar la ciudad|paracaid\w*|puenting|escalad\w*|arquitect\w*)\b)",
    ),
    (
        # Lo mismo con el malestar contado antes de la pregunta.
        "situations.malestar_y_altura",
        "method-seeking",
        "high",
        "method",
        r"\b" + _MALESTAR + r"\b[^\n]{0,160}\b(?:(?:edificio|puente|torre|azotea|mirador|viaducto|"
        r"acantilado|parking)s? mas alt[oa]s?|cuantos (?:metros|pisos)|desde (?:que|cuanta) altura)\b"
        r"[^\n]{0,80}\b(?:subir|entrar|salt\w*|tir\w*|ca[ei]\w*|no haya vuelta atras|no se sobrevive|sin "
        r"que|sin credencial)\b",
    ),
    (
        # Una pregunta de método en un marco de ficción donde quien escribe se reconoce: "el
        # personaje soy un poco yo", "en realidad hablo de mí".
        "situations.ficcion_soy_yo",
        "method-seeking",
        "high",
        "method",
        r"\b(?:cuant[oa]s|que dosis|cuanta cantidad|como se|que altura|cuantos metros|que (?:pastillas|"
        r"medicamento))\b[^\n]{0,160}\b(?:(?:el|la) (?:personaje|protagonista|narrador[a]?) (?:soy|es|"
        r"seria) (?:un poco |basicamente |bastante |en realidad |casi |)(?:yo|como yo)|en realidad "
        r"(?:hablo|escribo) de mi|(?:es|soy) yo (?:en realidad|la verdad|de verdad))\b",
    ),
    # --- Un agresor con hora + "vamos a hablar" + una lesión de la vez anterior. ---
    (
        "situations.agresor_cuando_llegue_lesion",
        "abuse",
        "high",
        "plan",
        r"\b(?:sale de trabajar|sale del (?:curro|trabajo)|llega|vuelve|viene|regresa)\b[^\n]{0,120}"
        r"\b(?:vamos a hablar|hablamos|hablaremos|tenemos que hablar|ya hablaremos|me voy a enterar|"
        r"ya veras)\b[^\n]{0,120}\b(?:acabe en (?:urgencias|el hospital|el medico|el centro de salud)|"
        r"me (?:rompio|partio|dejo (?:morad|marcad|el ojo)|abrio la ceja)\w*|me dieron puntos|me tuvieron que "
        r"(?:coser|escayolar)|los golpes)\b",
    ),
    # --- Dar lo que uno aprecia con una tapadera que uno mismo desmiente: "les dije que me
    # mudo, pero no me mudo a ningún sitio". Categoría ideation: como preparatory, la mudanza
    # nombrada (la tapadera misma) la anularía. ---
    (
        "situations.tapadera_desmentida",
        "ideation",
        "high",
        "plan",
        r"\b(?:regale|he regalado|di|he dado|reparti|he repartido|vendi|he vendido|me deshice|me he "
        r"deshecho|deje|he dejado)\b[^\n]{0,160}\b(?:les? (?:dije|he dicho|conte|he contado)|piensan|"
        r"creen|cree)\b[^.!?\n]{0,40}\bque me (?:mudo|voy|marcho|cambio de (?:ciudad|piso|pais))\b"
        r"[^\n]{0,40}\b(?:pero no me (?:mudo|voy|marcho)|no me (?:mudo|voy|marcho) a ningun (?:sitio|"
        r"lado|parte)|(?:es|era) mentira|no es (?:verdad|cierto))\b",
    ),
    # --- Ir a por un arma con un plazo: "la escopeta de mi padre, este finde voy a buscarla".
    # Cazar, vender, entregarla o limpiarla son lo corriente. ---
    (
        "situations.ir_a_por_el_arma",
        "harm-to-others",
        "high",
        "plan",
        _sin(
            r"ir de caza|vamos de caza|cazar|cacer\w*|temporada|coto|batida|tiro al plato|licencia|"
            r"armer\w*|vender\w*|venta|tasar\w*|entregar\w*|inutiliz\w*|guardia civil|museo|limpiar\w*|"
            r"decorac\w*|colecci\w*|pelicula|serie|juego"
        )
        + r"\b(?:escopeta|pistola|rifle|revolver|carabina|arma de fuego|arma)\b[^\n]{0,100}\b(?:voy a "
        r"(?:buscarla|buscarlo|por ella|por el|cogerla|cogerlo|sacarla|traerla|traermela)|la voy a "
        r"(?:buscar|coger|sacar|traer)|(?:me )?la (?:llevo|traigo|cojo))\b",
    ),
    # --- Estimulantes y un corazón que falla: rayas, speed, tusi + saltos, pecho, brazo. ---
    (
        "situations.estimulante_y_corazon",
        "medical",
        "imminent",
        "act",
        r"\b(?:rayas?|coca|cocaina|farlopa|perico|speed|anfetas?|anfetamina\w*|cristal|tusi|mdma|"
        r"extasis|pastis|metanfetamina|crack)\b(?=[^\n]{0,160}\b" + _CORAZON + r"\b)"
        r"|\b" + _CORAZON + r"\b(?=[^\n]{0,160}\b(?:rayas?|coca|cocaina|farlopa|perico|speed|"
        r"anfetas?|anfetamina\w*|cristal|tusi|mdma|extasis|pastis|metanfetamina|crack)\b)",
    ),
    (
        # Signos de infarto contados como una molestia: brazo izquierdo dormido con sudor o pecho.
        "situations.senales_de_infarto",
        "medical",
        "high",
        "act",
        _sin(
            r"dormi encima|me dormi sobre|postura|me lo golpee|me di un golpe|gimnasio|pesas|"
            r"tunel carpiano|cervical\w*"
        )
        + r"\bbrazo izquierdo (?:dormido|entumecido|adormecido|que no lo siento|me duele|me pesa)\b"
        r"(?=[^\n]{0,80}\b(?:sudo|sudando|sudor|pecho|me ahogo|nauseas|mareo|me falta el aire)\b)",
    ),
    # --- Un bebé sacudido: el acto, y el bebé adormilado después (urgencia). ---
    (
        "situations.bebe_sacudido",
        "harm-to-others",
        "high",
        "act",
        r"\b(?:lo|la|le) (?:he )?(?:sacudi|sacudido|zarandee|zarandeado|meneado fuerte)\b[^.!?\n]{0,40}"
        r"\b(?:para que (?:se callara|se calle|dejara de llorar|deje de llorar|parara de llorar|se "
        r"durmiera)|no paraba de llorar)\b",
    ),
    (
        "situations.bebe_sacudido_adormilado",
        "medical",
        "imminent",
        "act",
        r"\b(?:sacudi|sacudido|zarandee|zarandeado)\b[^\n]{0,120}\b(?:flojit[oa]|no reacciona|no "
        r"responde|duerme mucho|mas de lo normal|no abre los ojos|le cuesta despertar\w*|vomit\w*|no "
        r"se despierta)\b",
    ),
    # --- Querer apagarse "de verdad": la aclaración que quita el sentido corriente. ---
    (
        "situations.apagarme_de_verdad",
        "ideation",
        "moderate",
        "plan",
        # Only the bare verb with its intensifier: "desaparecer de la oficina para siempre" names
        # what one leaves, and is not this class.
        _sin(
            r"redes|instagram|tiktok|internet|whatsapp|grupo|oficina|trabajo|curro|clase|loteria|"
            r"unos dias|un finde|una semana|vacaciones|del mapa un rato|movil|telefono|jaja\w*"
        )
        + r"\b(?:apagarme|desaparecer|esfumarme|dejar de existir|borrarme)(?:,? (?:ya|yo))?,? (?:de "
        r"verdad|para siempre|del todo)\b",
    ),
    # --- Restricción con duración: "llevo dos semanas con una manzana al día". ---
    (
        "situations.restriccion_con_duracion",
        "eating",
        "moderate",
        "expression",
        r"\bllevo (?:\w+ )?(?:dias|semanas|meses|una semana|un mes)\b[^.!?\n]{0,10}\b(?:con|a|comiendo "
        r"solo|sin comer mas que|tomando solo)\b (?:solo )?(?:una manzana|un yogur|cafe y agua|agua y "
        r"cafe|agua|cafe|caldo|una pieza de fruta|\d+ calorias|una comida cada dos dias|chicle)\b"
        r"(?: al dia| diari\w*| y ya| y nada mas|[.,!?\n]|$)(?![^\n]*\b(?:de merienda|de postre|ademas "
        r"de|aparte de|y la comida normal|por la manana y luego|dieta del medico|me lo (?:mando|puso) "
        r"(?:el|la) (?:medic[oa]|nutricionista|endocrin\w*)|gastroenteritis|colonoscopia|operacion)\b)",
    ),
    # --- Imaginarse pegando a cualquiera, con rabia. ---
    (
        "situations.imagino_golpear_a_cualquiera",
        "harm-to-others",
        "moderate",
        "expression",
        r"\bme imagino (?:reventando|pegando|matando|apunalando|partiendo|dando una paliza|rajando|"
        r"estampando)\b[^.!?\n]{0,25}\ba (?:cualquiera|cualquier persona|la gente|todo el mundo|quien "
        r"sea|el primero que|la primera persona|cualquier)\b",
    ),
]

_SITUACIONES_TERCEROS: list[tuple[str, str, str, Kind, str]] = [
    (
        # Un delirio con blanco y un medio conseguido: "dice que los vecinos la envenenan y ha
        # comprado gasolina".
        "situations.delirio_con_medio",
        "psychosis",
        "high",
        "plan",
        r"\b(?:dice|cree|piensa|esta convencid[oa]|jura) que (?:los vecinos|el vecino|la vecina|"
        r"alguien|la gente|su \w+|mi \w+|le|la|lo|les|nos)\b[^.!?\n]{0,40}\b(?:envenen\w*|"
        r"persigu\w*|espian?|vigilan?|quieren? matar\w*|controlan?|meten cosas|echan algo)\b"
        r"[^\n]{0,80}\b(?:ha comprado|compro|tiene|guarda|consiguio|ha conseguido|lleva|afilo|ha "
        r"afilado|ha llenado)\b[^.!?\n]{0,20}\b(?:gasolina|un bidon|cuchillos?|un arma|una "
        r"pistola|una escopeta|un hacha|un machete|acido|mechero|un bate|una barra)\b",
    ),
    (
        # Una persona mayor que se despide y reparte sus cosas; con un arma en casa, más.
        "situations.tercero_reparte_y_se_despide",
        "preparatory",
        "high",
        "plan",
        _sin(
            r"se muda|mudanza|residencia|jubil\w*|se va a vivir|emigr\w*|viaje|vacaciones|"
            r"hospital|operacion|herencia|notari\w*|testamento"
        )
        + r"\b(?:ha regalado|regalo|ha repartido|repartio|ha dado|dio|ha vendido|vendio)\b[^.!?\n]{0,40}"
        r"\b(?:sus|todas sus|todos sus) \w+[^\n]{0,100}\b(?:['\"]?despedirse|se ha despedido|se "
        r"despidio|para despedirse|decir adios)\b(?![^\n]*\b(?:se muda|mudanza|residencia|jubil\w*|"
        r"se va a vivir|emigr\w*|se va (?:a|al) (?:extranjero|otro pais|el pueblo)|viaje|vacaciones|"
        r"hospital|operacion|herencia|notari\w*|testamento)\b)",
    ),
    (
        "situations.tercero_despedida_con_hora",
        "ideation",
        "high",
        "plan",
        r"\b(?:se va a|va a|quiere|piensa|dice que se va a|dijo que se iba a)\s['\"]?despedir(?:se)? "
        r"del mundo\b(?! (?:de|del|laboral|artistico|literario|profesional|rural|digital|academico))"
        r"|\bha (?:mandado|enviado|compartido|puesto) (?:la|su) ubicacion (?:del|de la|de un|de una|"
        r"en el|en la) (?:puerto|puente|acantilado|vias|azotea|presa|mirador|viaducto|pantano)\b"
        r"(?=[^\n]{0,80}\b(?:despedi\w*|adios|perdon|os quiero|lo siento|no puedo mas)\b)",
    ),
    (
        # Un dibujo o un texto de sí mismo muerto que alguien enseña, con "pronto" o un adiós.
        # La duda de quien lo ve ("no sé si es un juego") no es un marco de ficción: es un acto
        # ya hecho, que solo el pasado resuelto cancela.
        "situations.dibujo_de_su_muerte",
        "ideation",
        "high",
        "act",
        r"\b(?:(?:me )?(?:ha )?(?:ensenado|mostrado|dado|entregado|dejado)|(?:ha )?(?:hecho|hizo|"
        r"dibujado|dibujo))\b[^.!?\n]{0,40}\b(?:dibujo|dibujos|redaccion|poema|carta)\b[^.!?\n]{0,20}"
        r"\b(?:de (?:ella|el|si mism[oa]|ella misma|el mismo)) (?:colgad[oa]|ahorcad[oa]|muert[oa]|"
        r"en un ataud|sangrando|en una tumba|saltando|cayendo)\b[^\n]{0,60}\b(?:pronto|adios|"
        r"ya falta poco|hasta nunca|se acabo|lo siento)\b",
    ),
    (
        # Un diabético confuso, que no reconoce o no responde: hipoglucemia, urgencia ahora.
        "situations.tercero_hipoglucemia",
        "medical",
        "imminent",
        "act",
        _sin(
            r"soy diabetic\w*|mi insulina|me (?:he )?puesto (?:la )?insulina|me pongo (?:la )?insulina"
        )
        + r"\b(?:diabetic[oa]|insulina)\b[^\n]{0,80}\b(?:no (?:me |nos |le )?reconoce|confus[oa]|"
        r"desorientad[oa]|no responde|no reacciona|no se despierta|inconsciente|convulsion\w*|"
        r"habla raro|no se tiene en pie)\b",
    ),
    # === Ronda 2 (conjuntos 9 y 10): terceros. ===
    (
        # Un adiós en un chat con un día y "por fin descansa": "se despide de sus amigas y dice
        # que el viernes por fin descansa". Descansar de exámenes, del curro o irse de viaje no.
        "situations.tercero_adios_por_fin_descansa",
        "ideation",
        "high",
        "plan",
        r"\b(?:se (?:despide|despedia|despidio|esta despidiendo)|despidiendose)\b[^\n]{0,160}\bpor fin (?:descansa|descanso|"
        r"va a descansar|podra descansar|se acaba|deja de sufrir)\b(?![^\n]*\b(?:de (?:examenes|clase|"
        r"clases|estudiar|trabajar|curro|trabajo|la uni|selectividad|entrenar)|vacaciones|viaje|"
        r"campamento|se va (?:a|de)|se muda|erasmus|jubil\w*)\b)",
    ),
    (
        # Dibujos o frases de tumbas con "pronto" ya publicados (un acto hecho): preocupante,
        # sin plan a la vista.
        "situations.tercero_tumbas_y_pronto",
        "ideation",
        "moderate",
        "act",
        _sin(
            r"halloween|dia de muertos|todos los santos|clase de arte|disfraz\w*|videojuego|serie|pelicula"
        )
        + r"\b(?:dibuj\w*|frases?|fotos?|publica|sube|postea|historias|estados?)\b[^\n]{0,40}\b(?:tumbas?|"
        r"lapidas?|ataud\w*|cementerios?|sogas?|cruces)\b[^\n]{0,60}\b(?:pronto|ya falta poco|hasta "
        r"nunca|me voy pronto|adios para siempre|nos vemos en el otro lado)\b(?![^\n]*\b(?:halloween|"
        r"dia de muertos|todos los santos|clase de arte|disfraz|videojuego|serie|pelicula)\b)",
    ),
    (
        # Niños o un bebé encerrados en un coche con calor: urgencia.
        "situations.tercero_ninos_en_coche_calor",
        "medical",
        "imminent",
        "act",
        _sin(
            r"con el aire|aire acondicionado|con el motor|estoy con ellos|estoy dentro|en marcha|"
            r"viajando|de viaje|en la carretera|con su (?:padre|madre|abuel[oa]) dentro"
        )
        + r"\b(?:los (?:ninos|nenes|chicos|crios|peques|chiquitos)|el (?:bebe|nene|crio|peque)|la (?:bebe|"
        r"nena|cria|peque)|mis hijos|sus hijos|los bebes)\b[^\n]{0,40}\b(?:en el (?:auto|coche|carro)|"
        r"dentro del (?:auto|coche|carro))\b[^\n]{0,80}\b(?:con este calor|al sol|a pleno sol|calor|"
        r"\d+ grados|sofoca\w*|se asan|asfixi\w*)\b",
    ),
    (
        # Alguien que no reacciona tras tomar algo, o que no contesta y respira raro.
        "situations.tercero_no_reacciona_tras_consumo",
        "medical",
        "imminent",
        "act",
        r"\b(?:no reacciona|no responde|no se despierta|no (?:la|lo) (?:puedo|consigo) despertar|no abre "
        r"los ojos)\b"
        + _NO_A_ALGO
        + r"(?=[^\n]{0,160}\b(?:le subio|se tomo|tomo|se metio|pastillas|blisters?|keta|droga|"
        r"alcohol|bebio|pastis|tusi|coca|heroina|fentanilo|extasis|mdma|chute)\b)"
        r"|\b(?:se tomo|tomo|se metio|pastillas|blisters?|keta|droga|bebio|pastis|tusi|heroina|fentanilo|"
        r"extasis|mdma|chute)\b[^\n]{0,160}\b(?:no reacciona|no responde|no se despierta|no (?:la|lo) "
        r"(?:puedo|consigo) despertar|no abre los ojos)\b"
        + _NO_A_ALGO
        + r"|\bno (?:contesta|abre|responde)\b"
        + _NO_A_ALGO
        + r"[^\n]{0,60}\b(?:se (?:le )?oye|oigo|se escucha|"
        r"escucho)\b[^\n]{0,20}\b(?:ronquido (?:raro|extrano)|ronca (?:raro|"
        r"extrano)|respira (?:raro|muy lento|con ruido)|ruido raro al respirar|gorgoteo)\b",
    ),
]
