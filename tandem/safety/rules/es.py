"""Spanish screening rules and context modifiers (patterns run on normalised text: no accents)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

import re

from tandem.safety.rules import MEDICINES, Kind, Modifiers, Rule, make_rules, words

DIAS = words("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
# An ordinary reason for a will or for "leaving everything in order": a notary or lawyer, a birth,
# a marriage, a house bought, an age, heirs who must not quarrel. Checked after the act, in the
# same sentence; a letter or a secret ("no sabe lo que significa") is a separate sign.
_MOTIVO = (
    r"(?:notari\w*|abogad\w*|escriban\w*|nacio|naciera|naci(?:miento|da)|"
    r"me case|nos casamos|boda|hipoteca|compr\w+ (?:la|una|el|un) (?:casa|piso|depa\w*|terreno)|"
    r"herencia|herederos|no (?:se )?peleen|sin (?:lios|problemas|peleas)|lo (?:mas )?responsable|"
    r"por si acaso|seguro de vida|a mi edad|mis nietos|jubil\w*|(?:[6-9]\d|1\d\d) anos|"
    r"me quede tranquil\w*|papeleo|tramites?)"
)
_MOTIVO_CORRIENTE = r"(?![^.!?\n]{0,80}\b" + _MOTIVO + r")"
# A punishment for school or house rules: a parent taking the phone for bad marks is not control.
_CASTIGO = (
    r"(?![^.!?\n]{0,50}\b(?:castig\w*|notas|calificaciones|examen|suspend\w*|reprob\w*|tarea|"
    r"deberes|llegar tarde|llegando tarde|portarme mal|contestar\w*|hasta que (?:termine|acabe|"
    r"haga|estudie|apruebe)|estudi\w*|la escuela|el cole\w*))"
)
# Jumping for sport or fun: a parachute, a bungee cord, a cliff into the sea, a pool, a slide.
_SALTO_OCIO = (
    r"(?![^.!?\n]{0,30}\b(?:paracaidas|parapente|puenting|bungee|banyi|tirolesa|tobogan|trampolin|"
    r"clavados?|piscina|alberca|pileta|al (?:rio|mar|lago|agua)|en (?:bici|patineta|trineo|"
    r"esqui|tabla)|skydiving|salto base|ala delta))"
)
MORIR_YO = words(
    r"morir(?:me)?",
    r"matarme",
    r"suicidarme",
    r"suicidarm?e?",
    r"quitarme la vida",
    r"acabar con (?:todo|mi vida|esto)",
    r"dejar de (?:existir|estar|vivir)",
    r"no (?:despertar(?:me)?|existir|estar aqui|seguir)",
    r"estar muert[oa]",
    r"irme de (?:este mundo|aqui para siempre)",
    # Formas veladas y medios: el mismo deseo dicho en voz baja.
    r"desaparecer para siempre",
    r"no volver a despertar(?:me)?",
    r"dormirme y no despertar",
    r"tirarme"
    + _SALTO_OCIO
    + r" (?:del|de la|de un|de una|desde|por|al|a las|bajo|delante)(?: \w+){0,3}",
    r"colgarme",
    r"ahorcarme",
    r"cortarme las venas",
    r"terminar con (?:todo|mi vida|esto)",
)
OTRA_PERSONA = words(
    r"(?:mi|una|un|el|la) (?:mejor )?(?:amig[oa]|herman[oa]|hij[oa]|novi[oa]|pareja|espos[oa]|"
    r"marido|mujer|prim[oa]|companer[oa]|vecin[oa]|alumn[oa]|madre|padre|mama|papa|roomie)s?",
    r"(?:el|ella)",
)
AGRESOR = words(
    r"(?:mi|su) (?:pareja|novio|novia|marido|esposo|esposa|padre|papa|padrastro|madrastra|madre|"
    r"mama|tio|ex|jefe|jevo|jeva|abuelo|hermano|suegro)",
    r"(?:el|ella)",
)
MEDIOS = words(
    r"pastillas",
    r"pastis",
    r"medicamentos",
    r"cuerda",
    r"soga",
    r"cinturon",
    r"pistola",
    r"escopeta",
    r"revolver",
    r"arma",
    r"cuchillas?",
    r"navaja",
    r"cuchillo",
    r"cuter",
    r"veneno",
    r"lejia",
    r"calmantes",
    r"somniferos",
    r"pastillas para dormir",
    r"antidepresivos",
    MEDICINES,
)
# A finished course of medicine ("las pastillas del antibiótico", "las de la tiroides") after an
# "I took them all": the course, not an overdose. "De mi tratamiento hace una hora" still is one.
_CURSO_TERMINADO = (
    r"(?![^.!?]{0,40}\b(?:antibiotico|del tratamiento|vitaminas|tiroides|anticonceptiv\w*)"
    r"|[^.!?]{0,25}\b(?:de hoy|del dia|de la (?:manana|noche|tarde))\b(?! de golpe| juntas| de mi| de su))"
)
# Being at a high place for an ordinary reason: doing something there (any gerund but the ones
# of the act itself: "tomando mate", "esperando a mi novio", "sacando fotos") or with company
# ("con mi viejo"). A means named after "con" is not company ("con la soga").
_ACTIVIDAD_CORRIENTE = (
    r"[^.!?]{0,25}\b(?:(?!pensando|decidiendo|despidiendo\w*|llorando|temblando|contando|"
    r"preparando\w*|mirando (?:hacia )?(?:abajo|el agua|el vacio|las vias)|bebiendo|sufriendo|"
    r"rezando|escribiendo (?:mi|una|la) (?:carta|nota)|esperando (?:el momento|el tren|a que)|"
    r"tomando (?:pastillas|las pastillas|alcohol|todo)|saltando|tirandome|aventandome|cuando|mando|"
    r"ando\b)\w+(?:ando|iendo|yendo)"
    r"|con (?:mi|mis|el|la|los|las|un|una|unos|unas) (?!soga|cuerda|pastillas|navaja|cuchill\w*|"
    # A leg over the edge is where the body is, not company or an errand.
    r"pistola|botella|veneno|piernas?|pies?|brazos?|manos?|cuerpo)\w+|hay (?:un )?(?:trancon|trafico|atasco|tranque)|de fiesta|es la "
    r"zona)\b"
)
_LUGAR_CORRIENTE = r"(?!" + _ACTIVIDAD_CORRIENTE + r")"
# Tools and toys named like a weapon: "la pistola de calor", "pistola de agua".
_NO_ARMA = r"(?! de (?:calor|agua|silicona|pegamento|clavos|grapas|pintura|aire|juguete|juguetes))"
ARMA = words(
    r"cuchillo",
    r"navaja",
    r"pistola",
    r"escopeta",
    r"arma",
    r"machete",
    r"martillo",
    r"bate",
    r"fierro",
    r"cuete",
)

_SELF: list[tuple[str, str, str, Kind, str]] = [
    (
        "ideacion.quiero_morir",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:me )?(?:quiero|quisiera|queria|deseo|ganas de|necesito) (?:ya )?" + MORIR_YO + r"\b|"
        r"\bme quiero (?:morir|matar|suicidar|ir de (?:este mundo|aqui))\b|\bme quiero ir\b[^.!?]"
        r"{0,30}\bmundo\b",
    ),
    (
        "ideacion.pienso_en",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:pienso|pensando|pense|pensar|imagino|imaginando) (?:mucho |cada vez mas |todo el dia |"
        r"a diario )?(?:en )?(?:el |la )?(?:suicid\w*|matarme|quitarme la vida|la muerte|morir(?:me)?"
        r"|desvivir\w*|acabar con (?:todo|mi vida)|tirarme|no estar)\b",
    ),
    (
        "ideacion.suicidarme",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:suicidarme|matarme|quitarme la vida|me mato|me suicido)\b|\bideas? (?:suicidas?|de "
        r"(?:suicidio|matarme|morir))\b|\bpensamientos suicidas\b",
    ),
    (
        "ideacion.no_quiero_vivir",
        "ideation",
        "moderate",
        "expression",
        r"\bno quiero (?:vivir|seguir(?: viviendo| aqui| asi)?|estar aqui|despertar(?:me)?|existir)"
        r"\b|\bya no quiero (?:estar|seguir)\b|\b(?:cansad[oa]|cansao|harto|harta) de vivir\b|\bno le "
        r"(?:encuentro|veo) (?:sentido|chiste) a (?:la vida|seguir|vivir)\b|\bsin ganas de vivir\b",
    ),
    (
        "ideacion.velada",
        "ideation",
        "moderate",
        "expression",
        r"\bestarian mejor sin mi\b|\bmejor (?:si )?(?:yo )?no (?:estuviera|existiera)\b(?! (?:encima|tan "
        r"(?:encima|pendiente)|todo el dia|siempre (?:encima|detras)|detras))|\b(?:que "
        r"pasaria|q pasaria) si (?:un dia )?(?:simplemente )?(?:ya )?no (?:estoy|estuviera)\b|\bya "
        r"no (?:van a tener que|tendran que) (?:aguantarme|soportarme|preocuparse)\b|\bno voy a "
        r"estar (?:mucho tiempo|por mucho)\b(?! (?:en|conectad|disponible))|\btumba\b[^.!?]{0,15}\b(?:quiero|me)\b",
    ),
    (
        "ideacion.pasiva",
        "ideation",
        "low",
        "distress",
        r"\b(?:no me despertara|no despertarme|no despertar)\b|\b(?:quisiera|quiero|me gustaria|ojala"
        r" pudiera) (?:desaparecer|no existir|dormir para siempre)\b|\bojala no (?:despertar|existir)",
    ),
    (
        "desesperanza.general",
        "hopelessness",
        "low",
        "distress",
        r"\bnada tiene sentido\b|\bno tengo futuro\b|\bno le veo (?:mucho )?(?:salida|sentido|futuro)\b|"
        r"\bno creo que cambie\b|\bme siento una mierda\b|\bda "
        r"igual lo que haga\b|\b(?:para|pa) que me esfuerzo\b|\bya no puedo mas\b|\bnada va a cambiar"
        r"\b|\bno creo que (?:vaya a|nada) cambi\w+\b|\bme siento vaci[oa]\b|\bnada me importa\b|\bsin"
        r" esperanza\b|\bcansad[oa] de todo\b|\bno sirvo para nada\b|\bhasta el mono de intentarlo\b"
        r"|\bya no aguanto\b|\btodo me sale mal\b|\bsin sentido\b",
    ),
    (
        "carga.estorbo",
        "burdensomeness",
        "low",
        "distress",
        r"\b(?:soy|me siento) (?:un|una) (?:estorbo|carga)\b|\bestorbo\b|\bles estoy arruinando la "
        r"vida\b|\b(?:arruinando|arruino) la vida\b|\bmejor sin (?:tener que aguantar|mi)\b|\bpor mi "
        r"culpa\b[^.!?]{0,30}\b(?:todos|todo el mundo)\b|\btodo el mundo tiene que\b[^.!?]{0,30}\bpor"
        r" mi\b",
    ),
    (
        "autolesion.acto",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:me (?:volvi a )?(?:corte|corto|cortaba|quema|queme|quemo|pegue|pego|golpe\w*|rasgu\w*)"
        r"|cortarme|quemarme|hacerme (?:dano|cortes)|autolesion\w*|me hago dano|me hice dano|volvi a "
        r"(?:cortar|quemar|pegar|lastimar)(?:me)?)\b",
    ),
    (
        "autolesion.plan",
        "self-harm",
        "high",
        "plan",
        r"\bcuchillas?\b[^.!?]{0,40}\b(?:usarlas|usar|esta noche|en cuanto)\b",
    ),
    (
        "ideacion.plan",
        "ideation",
        "high",
        "plan",
        r"\b(?:me voy a (?:suicidar|matar|quitar la vida|tirar|colgar|ahorcar)|voy a (?:suicidarme|"
        r"matarme|quitarme la vida|tirarme|colgarme|ahorcarme|tomar(?:me)? (?:todas|todo)))\b"
        + _SALTO_OCIO
        + r"(?! (?:(?:las|los|el|la) )?(?:cervez|birr|chel|copa|vino|cafe|mate|tequil|chupit|margarit|cubat|agua|jugo|refresc|helad|bombon|chocolat)\w*)(?! (?:en|"
        r"a|al) (?:el |la )?(?:sofa|cama|sillon|piscina|playa|pasto|cesped|hamaca|siesta|agua|mar)\b)|\bme "
        r"tiro (?:de|desde|por|a) (?:la|el|las) (?:terraza|puente|azotea|ventana|balcon|edificio|"
        r"tren|vias)\b|\besta decidido\b|\bestuve a punto de hacerlo\b|\bcasi lo hago\b|\b(?:cuerda|"
        r"soga|pastillas)\b[^.!?]{0,20}\b(?:preparad[ao]s?|lista|listas)\b|\bme (?:tiro|mato|suicido) (?:el|este|esta|manana|hoy)\b|\bya (?:lo )?(?:tengo|"
        r"esta) decidido\b|\bya (?:lo )?he pensado (?:todo|bien)\b|\bya lo pense bien\b|\bya se como "
        r"lo voy a hacer\b|\bme quito de en medio\b|\bya tengo todo (?:listo|preparado|pensado)\b|"
        r"\bnadie me va a parar\b|\bya lo tengo (?:pensado|decidido|planeado)\b|\bme (?:tomo|trago|bebo) "
        r"todas? (?:las|mis|el|la)\b|\bsolo me falta elegir\b|\bcuando no pueda mas me las tomo\b",
    ),
    (
        "preparatorio.despedida",
        "preparatory",
        "high",
        "plan",
        r"\b(?:le |les )?(?:deje|escribi|dejo) (?:una |la )?(?:nota|carta de despedida|cartas?)\b"
        r"[^.!?]{0,60}\b(?:explicando|todo|va a encontrar|despedida|cuando)\b|\besto es lo ultimo que "
        r"escribo\b|\bya no los? voy a necesitar\b|\bya no (?:lo|la|los|las) voy a necesitar\b|\bya no"
        r" importa lo demas\b|\bcreo que ya esta todo\b|\bme estoy despidiendo\b|\badios a todos\b|"
        r"\bperdon por todo\b|\bgracias por todo,? adios\b|\b(?:para|solo queria|quiero|ir a) despedirme"
        r"\b|\b(?:deje|dejo|escribi|tengo) (?:escrita |escritas )?(?:la |una |las )?cartas?\b[^.!?]{0,30}"
        r"\b(?:para (?:ella|el|mis|mi|cada)|de despedida)\b",
    ),
    (
        "preparatorio.regalar",
        "preparatory",
        "low",
        "distress",
        r"\b(?:regale|regalando|di|deje|le deje)\b[^.!?]{0,20}\b(?:mi|mis|la|el|los|las) (?:guitarra|gato|perro|mascota|"
        r"moto|coche|carro|truck|play|consola|collar|anillo|reloj|coleccion|discos|joyas|cosas)\b|\bpapeles del seguro\b|\bborre (?:todas )?mis redes\b|"
        r"\bdevolvi lo que me habian prestado\b|\ble pedi perdon a\b|\bhice (?:el|mi) testamento\b"
        + _MOTIVO_CORRIENTE,
    ),
    (
        "preparatorio.ensayo",
        "preparatory",
        "high",
        "plan",
        r"\b(?:fui|voy|vuelvo|he estado mirando|estuve mirando)\b[^.!?]{0,30}\b(?:al puente|vias del"
        r" tren|la azotea|el acantilado)\b[^.!?]{0,40}\b(?:mirar|como seria|a que hora|volvere)\b|"
        r"\bhe estado mirando vias\b|\bse a que hora pasa\b",
    ),
    (
        "ideacion.medios",
        "ideation",
        "high",
        "plan",
        r"\b(?:tengo|guarde|guardo|tengo guardadas?|compre|consegui)\b[^.!?]{0,30}\b(?:pastillas|"
        r"escopeta|pistola|cuerda|veneno)\b[^.!?]{0,60}\b(?:tomo|usarla|usarlas|contra mi|cuando|"
        r"todas)\b|\bme voy a meter todo\b",
    ),
    (
        "ideacion.sobredosis_tomada",
        "ideation",
        "imminent",
        "act",
        r"\bme (?:tome|trague|bebi|meti)\b[^.!?]{0,15}\b(?:todas|toda|todo el|el bote|la caja|el "
        r"blister|un monton|como \d+|\d{2,}|muchas|todo)\b"
        + _CURSO_TERMINADO
        + r"(?! (?:el |la |los |las |mi |yo )?(?:mate|cafes?|tes?|agua|jugos?|refrescos?|cervezas?|vinos?|"
        r"leche|licuados?|caldo|sopa|chelas?|tequilas?|cubas?|tragos?|copas?|chocolate|atole)\b)"
        + r"|\bme tome todas las pastillas\b"
        + _CURSO_TERMINADO
        + r"|\bme (?:bebi|trague|tome|comi)\b"
        r"[^.!?]{0,30}\b(?:lejia|veneno|cloro|raticida|matarratas|insecticida|anticongelante|"
        r"herbicida|glifosato|paraquat|soda caustica|destapacanos)\b|\bme (?:inyecte|puse|pinche) (?:toda|todas|todo) "
        r"(?:la|las|el) (?:insulina|dosis|ampollas?)\b",
    ),
    (
        "ideacion.en_el_borde",
        "ideation",
        "imminent",
        "act",
        r"\bestoy en (?:el puente|la azotea|el tejado|la cornisa|el borde|las vias|el balcon)\b"
        + _LUGAR_CORRIENTE
        + r"|\b"
        r"(?:ya )?ate la cuerda\b|\bel cinturon en la barra\b",
    ),
    (
        "ideacion.medio_en_mano",
        "ideation",
        "imminent",
        "act",
        r"\b(?:pistola"
        + _NO_ARMA
        + r"|cuchilla|cuchillo|navaja|cuter|pastillas|cuerda)\b[^.!?]{0,20}\ben la mano\b"
        r"(?![^\n]{0,80}\b(?:se me olvido si|no (?:se|recuerdo|me acuerdo) si (?:ya )?me (?:tome|la tome|"
        r"las tome)|la de la (?:manana|noche|tarde)|mi dosis|la dosis de|como cada (?:dia|manana|noche)))"
        r"(?! (?:porque estoy|para) (?:afeitar\w*|rasurar\w*|destaz\w*|cocinar|pelar|picar|deshuesar|"
        r"filetear|cortar (?:el|la|los|las) (?:carne|verdura|pavo|pollo|pan|pescado|cebolla)))|"
        r"\b(?:navaja|cuchilla|cuchillo|hoja|gillette|cuter)\b[^.!?]{0,30}\b(?:apoyad[oa]|puest[oa]|"
        r"pegad[oa]) (?:en|sobre|contra) (?:la |el |mi )?(?:muneca|cuello|garganta)\b|"
        r"\ben la mano\b[^.!?]{0,10}\b(?:pistola"
        + _NO_ARMA
        + r"|cuchilla|cuchillo|navaja|cuter)\b|\bcon el cuter\b"
        r"[^.!?]{0,20}\bya empece\b|\bya empece\b|\b(?:sacapuntas|cuchilla|gillette|hoja de afeitar|"
        r"cutter)\b[^.!?]{0,25}\ben la mano\b(?! (?:porque estoy|para) (?:afeitar\w*|rasurar\w*|sacar punta|"
        r"depilar\w*))|\bno (?:para|deja) de (?:salir )?sangr\w*|\b(?:frasco|"
        r"bote|blister|caja de pastillas|pastis)\b[^.!?]{0,20}\b(?:abiert[oa] )?en la mano\b"
        r"(?![^\n]{0,80}\b(?:se me olvido si|no (?:se|recuerdo|me acuerdo) si (?:ya )?me (?:tome|la tome|"
        r"las tome)|la de la (?:manana|noche|tarde)|mi dosis|la dosis de|como cada (?:dia|manana|noche)))",
    ),
    (
        "medico.emergencia",
        "medical",
        "imminent",
        "act",
        r"(?:\bdolor\b[^.!?]{0,20}\bpecho\b|\bme duele (?:muchisimo |mucho )?el pecho\b)(?![^\n]{0,80}"
        r"\b(?:fue un tiron|era un tiron|el medico (?:ya )?me (?:reviso|vio|dijo que no)|ya me revisaron|"
        r"no fue nada|(?:era|fue|es) (?:muscular|ansiedad|gases|acidez|agruras|reflujo|un tiron)|el "
        r"medico dijo que (?:era|fue|es) (?:muscular|ansiedad|gases|acidez|reflujo|nada)))"
        r"(?! de tanto (?:toser|reir\w*|correr|entrenar|cargar))|\bse me duerme "
        r"el brazo\b|\bme cuesta respirar\b|\bno puedo respirar\b(?! cuando)(?! ?jaja)|\bno (?:para|paro) de sangrar\b|"
        r"\bsangr\w+ muchisimo\b|\bme arde todo por dentro\b|\b(?:esta|se puso) azul\b|\bno respira\b"
        r"|\bcasi no responde\b|\bno responde\b|\bestoy caminando por la autopista\b",
    ),
    (
        "tca.restriccion",
        "eating",
        "moderate",
        "expression",
        r"\b(?:comiendo|como) solo una? \w+ al dia\b|\blaxantes\b|\bme provoco el vomito\b|\bvomito "
        r"(?:despues|todo lo que)\b|\bdejar de comer\b|\bno como nada\b|\bsin comer\b[^.!?]{0,20}\b"
        r"dias\b|\bpeso \d{2} kilos\b",
    ),
    (
        "tca.imagen",
        "eating",
        "low",
        "distress",
        r"\bpeso todo lo que como\b|\b\d{3,4} calorias\b|\bme veo (?:enorme|gorda|gordo)\b|\bodio mi "
        r"cuerpo\b|\bsigo viendome enorme\b",
    ),
    (
        "sustancias.danino",
        "substance",
        "moderate",
        "expression",
        r"\bno puedo pasar un dia sin\b|\brecai\w*\b(?! (?:con|en|de) (?:el |la |los |las |mi )?(?:azucar|dulces?|"
        r"chocolate|pan|harinas|cafe|refrescos?|series|netflix|tiktok|redes|videojuegos|dieta|comida|"
        r"chucherias|golosinas|helados?|gripe|resfriado|catarro|covid|lesion|rodilla|tobillo|espalda))|\bme gasto todo el sueldo en\b|\ble robe dinero"
        r"\b|\bse mete de todo\b|\bme meto \w+ (?:casi )?(?:todos los dias|cada dia)\b|\b(?:pastillas|"
        r"tranquilizantes|ansioliticos)\b[^.!?]{0,40}\bcon (?:whisky|alcohol|vino|ron|vodka)\b",
    ),
    (
        "sustancias.afrontamiento",
        "substance",
        "low",
        "distress",
        r"\bcada noche para (?:no pensar|dormir|poder dormir)\b|\b(?:porro|cervezas|copas|tragos) "
        r"cada noche\b|\bpara poder dormir\b",
    ),
    (
        "psicosis.voces",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:las |unas )?voces (?:me|que me)\b|\boigo (?:una )?voz\b|\boigo voces\b|\b(?:la gente|"
        r"todos|mis vecinos|mis companeros) (?:habla|hablan) de mi\b|\bme (?:estan|estaban) mandando "
        r"(?:un )?mensajes?\b|\brobarme los pensamientos\b|\bponen microfonos\b|\bme siento "
        r"observad[oa]\b",
    ),
    (
        "psicosis.voces_dano",
        "psychosis",
        "high",
        "plan",
        r"\bvoces\b[^.!?]{0,30}\b(?:ordenan|dicen|piden)\b[^.!?]{0,10}\bque me (?:corte|mate|tire|"
        r"haga dano|lastime)\b|\bme (?:dicen|dijeron|ordenan) que (?:tengo que|debo) (?:hacerle dano|"
        r"matar|lastimar|atacar)\b",
    ),
    (
        "psicosis.persecucion",
        "psychosis",
        "moderate",
        "expression",
        r"\bme (?:estan|estan) (?:vigilando|siguiendo|espiando|envenenando)\b|\bcamaras\b[^.!?]{0,30}"
        r"\b(?:enchufes|paredes)\b|\bes una? impostor[a]?\b|\bla cia\b|\bme leen el pensamiento\b",
    ),
    (
        "mania.grandiosa",
        "mania",
        "moderate",
        "expression",
        r"\b(?:llevo|van) \w+ (?:dias|noches) sin dormir\b|\bno he dormido en \w+ (?:dias|noches)\b|"
        r"\bpedi un prestamo de\b|\bno duermo desde\b|\bno necesito dormir"
        r"\b|\bsoy (?:el elegido|la elegida|invencible|un genio)\b|\btengo una mision\b|\bvoy a ser "
        r"millonari[oa]\b|\bme gaste (?:los|todos mis|todo el) (?:ahorros|sueldo)\b|\bvoy a montar "
        r"una empresa que va a cambiar el mundo\b|\bme llaman las estrellas\b",
    ),
    (
        "mania.peligro",
        "mania",
        "high",
        "plan",
        r"\ba \d{3} por hora\b|\bnada me puede pasar\b",
    ),
    (
        "mania.leve",
        "mania",
        "low",
        "distress",
        r"\b(?:super )?acelerad[oa]\b|\bhablo (?:rapidisimo|muy rapido)\b|\b(?:la cabeza )?a mil\b|"
        r"\bideas geniales\b|\bre manija\b|\bdormi (?:\w+|\d+) horas y\b",
    ),
    (
        "toc.intrusivo",
        "ocd",
        "low",
        "distress",
        r"\bpensamientos (?:horribles|intrusivos)\b|\brevis\w+ (?:el gas|la puerta|\w+) \d+ veces\b|"
        r"\b\d+ veces antes de salir\b|\bcomprobar\b[^.!?]{0,40}\bmuchas veces\b|\bsi me equivoco\b[^.!?]{0,30}\bempezar de cero\b|\bcinco "
        r"veces al dia\b",
    ),
    (
        "trauma.reexperimentar",
        "trauma",
        "low",
        "distress",
        r"\bvuelvo a aquella noche\b|\bpesadillas\b|\bflashbacks?\b|\bme vienen imagenes\b|\brevivo\b",
    ),
]

_SELF.append(
    (
        "trauma.intenso",
        "trauma",
        "moderate",
        "expression",
        r"\b(?:revivo|me vienen imagenes)\b[^.!?]{0,80}\b(?:cada noche|no puedo respirar|sin aire|"
        r"\w+ veces esta semana|sin poder parar)\b",
    )
)

_SELF.append(("tca.peso_critico", "eating", "high", "expression", r"\bpeso (?:2\d|3\d) kilos\b"))

_METHOD: list[tuple[str, str, str, Kind, str]] = [
    (
        "metodo.cantidad",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:cuant[oa]s?|que cantidad)\b[^?.!]{0,70}\b(?:mortal|letal|para (?:morir|no despertar|"
        r"matar|una persona)|hacen falta para no|haria falta para que|no despierte|matarte|para "
        r"matar)\b|\b(?:dosis|cantidad) (?:letal|mortal)\b|\bque (?:pastillas|medicamentos) son (?:las"
        r" |los )?mas peligros\w+\b|\bcon que medicamentos\b[^?.!]{0,30}\bsobredosis\b|\bpuede "
        r"matarte\b[^?.!]{0,20}\bcuant\w+\b|\bque pasa si me tomo todas\b|\bmezclar\b[^.!?]{0,50}\b(?:puede|pueden|podria) "
        r"matar\w*|\b(?:necesita|hace falta|hacen falta)\b[^?.!]{0,40}\bpara no despertar\b",
    ),
    (
        "metodo.forma",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:forma|manera|modo)s? (?:(?:mas|menos) \w+ )?(?:de|para) (?:morir|matarme|suicidarme|"
        r"quitarme la vida|matarse)\b|\b(?:forma|manera) que menos duele\b|\bque menos duele\b|\bque "
        r"se siente al (?:ahorcarse|ahogarse|morir)\b",
    ),
    (
        "metodo.altura",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:puente|edificio|azotea|piso)s?\b[^?.!]{0,40}\b(?:mas alto|imposible sobrevivir|"
        r"sobrevivir a una caida|mortal)\b|\bdesde que (?:puente|altura|piso)\b(?![^\n]{0,60}\b(?:es "
        r"seguro|clavad\w*|con el club|paracaid\w*|bungee|puenting|para (?:nadar|bucear)))|\b(?:cual|donde|que) (?:es |esta |son )?(?:el|la|los|"
        r"las)? ?(?:puente|edificio|torre|acantilado|azotea|mirador)s? mas alt[oa]s? de\b",
    ),
    (
        "metodo.corte",
        "method-seeking",
        "moderate",
        "method",
        r"\bdonde se corta\b|\bque tan (?:hondo|profundo)\b|\bpara que sangre mas\b",
    ),
]

_THIRD: list[tuple[str, str, str, Kind, str]] = [
    (
        "tercero.ideacion",
        "ideation",
        "moderate",
        "expression",
        r"\b" + OTRA_PERSONA + r"\b[^.!?]{0,50}\b(?:se quiere (?:morir|matar|suicidar)|quiere "
        r"(?:morirse|matarse|suicidarse)|piensa en (?:suicidarse|matarse)|se corta|se hace dano)\b",
    ),
    (
        "tercero.autolesion",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:cortes|quemaduras|cicatrices)\b[^.!?]{0,30}\b(?:brazos?|piernas|muslos|munecas)\b|\b"
        r"(?:brazos?|piernas|muslos)\b[^.!?]{0,20}\bllen[oa]s? de cortes\b",
    ),
    (
        "tercero.despedida",
        "preparatory",
        "high",
        "plan",
        r"\b(?:despidiendose|se despidio|pidiendo perdon a todos|subio un estado despidiendose)\b",
    ),
    (
        "tercero.emergencia",
        "medical",
        "imminent",
        "act",
        r"\bse (?:metio|tomo|trago)\b[^.!?]{0,30}\b(?:heroina|pastillas|todo)\b[^.!?]{0,30}\b(?:azul|"
        r"no respira|no responde|vomit\w+)\b|\bcasi no responde\b",
    ),
    (
        "tercero.abuso",
        "abuse",
        "moderate",
        "expression",
        r"\bsiempre tiene moretones\b|\b(?:moretones|golpes)\b[^.!?]{0,40}\b(?:grita|pega|llorar)\b",
    ),
    (
        "tercero.sustancias",
        "substance",
        "moderate",
        "expression",
        r"\bse mete de todo\b[^.!?]{0,60}\b(?:desmayo|desmayó)\b|\bse desmayo\b(?![^\n]{0,80}\b(?:ya "
        r"(?:comio|esta bien|se recupero|desperto)|el medico dijo que no es nada|no fue nada))",
    ),
]

_OTHERS: list[tuple[str, str, str, Kind, str]] = [
    (
        "dano.intencion",
        "harm-to-others",
        "moderate",
        "expression",
        r"\b(?:pienso en|quiero|voy a|ganas de) (?:hacerle dano|matarl[oa]s?|lastimarl[oa]s?|"
        r"pegarle|apunalarl[oa])\b|\blo mato\b|\bla mato\b|\bme las va(?:n)? a pagar\b|\bte voy a "
        r"matar\b|\blo arreglo\b|\bcobrarsela\b|\b(?:ya )?se (?:a que hora|donde) (?:sale|vive|esta|"
        r"trabaja|duerme)\b(?![^\n]{0,60}\b(?:paso por (?:el|ella)|(?:lo|la) (?:recojo|paso a buscar|"
        r"llevo)|a recoger\w*|pasar por (?:el|ella)|para llevarl[oa]|le llevo))",
    ),
    (
        "dano.plan",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:llevo|tengo|voy con) (?:el |la |un |una )?" + ARMA + r"\b[^.!?]{0,60}\b(?:colegio|"
        r"noche|pagar|lo arreglo|cobrar|manana|semana|espero)\b|\btengo con que\b|\bsé donde vive\b|"
        r"\bse donde vive\b[^.!?]{0,60}\b"
        + ARMA
        + r"\b|\b(?:lo|la|los) (?:espero|busco|encuentro)\b"
        r"[^.!?]{0,60}\b" + ARMA + r"\b",
    ),
    (
        "dano.acto",
        "harm-to-others",
        "imminent",
        "act",
        r"\b(?:encerrada|encerrado) en la cocina\b[^.!?]{0,60}\b(?:martillo|cuchillo)\b|\btengo el "
        r"(?:martillo|cuchillo) (?:en la mano|agarrado|listo|aqui conmigo)\b",
    ),
    (
        "abuso.revelacion",
        "abuse",
        "moderate",
        "expression",
        r"\b"
        + AGRESOR
        + r"\b[^.!?]{0,30}\b(?:me pega|me pegaba|le pego|le pega|me golpea|me toca|me"
        r" quita el (?:celular|telefono|dinero)|me va a dar|me jalo|me ha jalado|me grita|abusaba de "
        r"mi|me insulta|me amenaza|me controla|controla mi|me empujo|me empuja|me pegaba)\b|\babusaba de mi\b|\bme toca cuando\b",
    ),
    (
        "abuso.amenaza",
        "abuse",
        "high",
        "expression",
        r"\b(?:me va a matar|amenazar con matarme|amenaza con matarme|me acaba de amenazar)\b|\b(?:si|"
        r"cuando) (?:me voy|lo dejo|la dejo|hablo|se entera)\b[^.!?]{0,20}\bme (?:mata|va a matar)\b",
    ),
    (
        "abuso.peligro",
        "abuse",
        "high",
        "plan",
        r"\b(?:esta|estan) (?:afuera|fuera) de mi (?:cuarto|casa|puerta)\b|\bestoy encerrad[oa] en "
        r"el bano\b",
    ),
    (
        "abuso.en_curso",
        "abuse",
        "imminent",
        "act",
        r"\b(?:esta|estan) (?:rompiendo|tirando|pateando|forzando) la puerta\b",
    ),
]


# Reglas amplias por clase: intencion x deseo de morir, actos preparatorios, actos en curso.
_AMPLIAS: list[tuple[str, str, str, Kind, str]] = [
    (
        "plan.intencion_morir",
        "ideation",
        "high",
        "plan",
        r"\b(?:voy a|lo voy a|ya decidi|decidi|he decidido|esta decidido|pienso|estoy list[oa] para|"
        r"estoy a punto de|manana voy a|esta noche voy a)(?: por fin)? " + MORIR_YO + r"\b",
    ),
    (
        "plan.juntando_pastillas",
        "preparatory",
        "high",
        "plan",
        r"(?:\b(?:juntando|junte|he juntado|ahorrando|acumulando|acumule|guardando|guarde|he guardado|"
        r"escondiendo|escondi)\b[^.!?]{0,30}\b(?:pastillas|pastis|medicamentos|calmantes|somniferos)\b|"
        r"\b(?:pastillas|calmantes|somniferos|medicamentos)\b[^.!?]{0,25}\b(?:guardad[oa]s|escondid[oa]s|juntad[oa]s|"
        r"acumulad[oa]s)\b)"
        # Juntadas para devolverlas o tirarlas: "los medicamentos vencidos para el punto SIGRE".
        r"(?![^.!?]{0,60}\b(?:vencid[oa]s|caducad[oa]s|sigre|devolver\w*|tirar\w*|desechar\w*|"
        r"para (?:la|el) (?:farmacia|centro de salud|punto limpio)))",
    ),
    (
        "plan.tomarmelas",
        "self-harm",
        "high",
        "plan",
        r"\b(?:voy a|pienso|estoy por)\b[^.!?]{0,10}\b(?:tomarmelas|tomarme (?:todas|toda|la caja|el "
        r"bote|el blister)|tragarmelas)\b",
    ),
    (
        "acto.me_tome",
        "self-harm",
        "imminent",
        "act",
        r"\b(?:me (?:he )?tome|me trague|me he tragado|tome) (?:todas|toda|todo el|un monton de|"
        r"muchas|demasiadas|\d{2,}|veinte|treinta|cuarenta|cincuenta|la caja|el bote|el blister)\b"
        r"[^.!?]{0,25}\b(?:pastillas|pastis|medicamentos|calmantes|somniferos|caja|bote|blister|"
        r"que tenia|" + MEDICINES + r")\b" + _CURSO_TERMINADO + r"|\b(?:me (?:he )?tome|me trague|"
        r"me he tragado) las (?:pastillas|pastis|calmantes|somniferos)\b(?=[^.!?]{0,30}\b(?:que "
        r"(?:tenia|guarde|junte|habia|me quedaban)|guardadas|escondidas|de (?:mi|la|su) (?:mama|madre|"
        r"papa|padre|abuel[oa]|tia|pareja)|todas)\b)",
    ),
    (
        "acto.en_el_borde",
        "ideation",
        "imminent",
        "act",
        r"\bestoy (?:en|sobre|(?:arriba|al borde|encima) del?) (?:(?:el|la|un|una|las) )?(?:puente|azotea|tejado|"
        r"vias|via del tren|borde|cornisa|acantilado|balcon)\b" + _LUGAR_CORRIENTE,
    ),
    (
        "acto.motor_encerrado",
        "ideation",
        "imminent",
        "act",
        r"\bmotor\b[^.!?]{0,20}\b(?:andando|encendido|prendido|en marcha)\b[^\\n]{0,80}\b(?:cochera|"
        r"garaje|cerrad[oa]|estoy (?:dentro|adentro|en el (?:auto|coche|carro|asiento)))\b|\b(?:cochera|"
        r"garaje)\b[^\\n]{0,60}\bmotor\b[^.!?]{0,20}\b(?:andando|encendido|prendido|en marcha)\b",
    ),
    (
        "acto.sangrando",
        "self-harm",
        "imminent",
        "act",
        r"\b(?:estoy|sigo) sangrando\b|\bno (?:para|deja) de sangrar\b|\bno (?:se )?(?:me )?para la "
        r"sangre\b|\bno deja de salir sangre\b|\bme corte (?:muy )?hondo\b",
    ),
    (
        "preparatorio.carta_amplia",
        "preparatory",
        "moderate",
        "distress",
        r"\b(?:escribi|he escrito|estoy escribiendo|deje|termine) (?:una |mi |las |la )?(?:carta|"
        r"cartas|nota|notas) de despedida\b|\b(?:hice|he hecho|prepare|actualice) (?:mi|el) "
        r"testamento\b" + _MOTIVO_CORRIENTE,
    ),
    (
        "preparatorio.regalar_amplio",
        "preparatory",
        "moderate",
        "distress",
        r"\b(?:regale|regalando|regalar|he regalado|repartiendo|reparti) (?:todas )?(?:mis|todas mis) "
        r"(?:cosas|pertenencias|ropa|libros|juegos)\b|\bquien (?:cuidara|va a cuidar) (?:de )?mi "
        r"(?:gato|perro|mascota|hij[oa]s?)\b|\bdejar (?:todo|mis cosas) en orden\b"
        + _MOTIVO_CORRIENTE,
    ),
]

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

# Signs read from situations rather than from the word "suicidio": a question about where, how
# long or how high; an act told in passing; a goodbye dressed as thanks; someone found hurt.
# Each pattern is a class of wording (a place noun x a certainty word), not a sentence.
_LUGARES = words(
    r"puentes?",
    r"edificios?",
    r"acantilados?",
    r"torres?",
    r"azoteas?",
    r"techos?",
    r"pisos?",
    r"vias?",
    r"presas?",
    r"balcon(?:es)?",
    r"terrazas?",
    r"estacionamientos?",
    r"parkings?",
)
_SANGRADO_GRAVE = (
    r"(?:profund\w*|mucha sangre|un monton de sangre|sangre por todos lados|no para|no deja de|"
    r"a chorros|chorrea|brota|toque algo|se ve (?:el|la) (?:hueso|grasa|tendon)|una arteria)"
)
_NO_RESPONDE = (
    r"(?:no (?:se )?(?:despierta|reacciona|responde|contesta|respira|se mueve|abre)|respira raro|inconsciente|"
    r"temblando|convulsion\w*|convulsionando|morad[oa]|espuma|apenas (?:respira|habla))"
)

_SENALES: list[tuple[str, str, str, Kind, str]] = [
    (
        # Mensajes dejados para después: un video, un post o una carta para cuando no esté.
        "preparatorio.para_despues",
        "preparatory",
        "high",
        "plan",
        r"\bpara que (?:lo|la|los|las) (?:vea|vean|lea|lean|escuche|escuchen|encuentre|encuentren) "
        r"(?:despues|cuando (?:ya )?no este)\b|\b(?:post|carta|video|mensaje|audio|correo)\b"
        r"[^.!?]{0,40}\bque (?:lo )?explica todo(?= *(?:$|[.,!?;]))|\bdeje instrucciones para (?:el|mi) "
        r"(?:funeral|entierro|velorio)\b|\b(?:perdon|despedi\w*|deje todo (?:listo|en orden)|arregle "
        r"todo)\b[^.!?]{0,60}\basi me (?:voy|puedo ir) (?:tranquil[oa]|en paz)\b|\bensaye (?:como|el "
        r"momento|lo que voy a hacer)\b",
    ),
    (
        # Del otro lado de la baranda: el acto ya empezó.
        "acto.paso_la_baranda",
        "ideation",
        "imminent",
        "act",
        r"\b(?:cruce|pase|me pase|salte|me subi a|me subi en|trepe)(?: al otro lado de)? (?:la|el|las) "
        r"(?:baranda|barandal|barandilla|barandas|pretil)\b|\bdel otro lado de la (?:baranda|"
        r"barandilla|barandal)\b",
    ),
    (
        "metodo.lugar_certeza",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:cual|que|desde (?:que|cual))\b[^?.!]{0,40}\b" + _LUGARES + r"\b[^?.!]{0,50}\b(?:mas "
        r"suicidios|mas muertes|se (?:tira|avienta|lanza|mata) (?:la )?gente|seguro|segura|"
        r"asegurad\w*|no (?:se )?sobrevive|sin sobrevivir)\b|\b(?:metodo|forma|manera) de suicidio "
        r"mas (?:comun|usad\w*|efectiv\w*)\b|\bmas suicidios\b|\bcuantos pisos\b[^?.!]{0,40}\b"
        r"(?:morir|matar|seguro|sobrevivir|mortal)\b",
    ),
    (
        "metodo.sin_dolor",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:forma|manera|modo)\b[^?.!]{0,12}\bmas (?:rapida|facil|segura|tranquila)\b[^?.!]{0,20}"
        r"\b(?:sin dolor|sin sufrir|de irse|de morir|de acabar)\b|\b(?:forma|manera) mas rapida y "
        r"sin dolor\b|\b(?:irse|morir|morirse|acabar) sin (?:dolor|sufrir)\b|\bcuanto (?:tarda|"
        r"tardaria|demora)\b[^?.!]{0,30}\b(?:en )?(?:matar|morir|morirse|ahogarse|desangrarse|"
        r"asfixiarse|hacer efecto)\b(?![^\n]{0,80}\b(?:porque me duele|para el dolor|me duele (?:la|el)|"
        r"tengo (?:dolor|fiebre|gripa|gripe|migrana)|la muela|la fiebre|la resaca|la alergia|la regla|"
        r"los colicos))|\b(?:son|es) (?:mortal|mortales|letal|letales) si (?:te|me|lo|"
        r"la|los) (?:tomas|bebes|tragas)\b|\bparar(?:me|le)? el corazon\b",
    ),
    (
        "ideacion.lo_hice_pastillas",
        "ideation",
        "imminent",
        "act",
        r"\b(?:ya )?lo hice\b[^\n]{0,30}\b(?:me (?:tome|trague)|tome|trague)\b[^.!?]{0,30}\b"
        r"(?:pastillas|todo|todas|la caja)\b|\bme (?:tome|trague) (?:todas|toda la caja|el bote|"
        r"todo el blister)\b[^.!?]{0,20}\b(?:mis|las de|de mi|pastillas de (?:dormir|mi))\b[^.!?]"
        r"{0,40}\b(?:hace (?:una hora|un rato|\w+ minutos)|adios|gracias por todo|perdon)\b",
    ),
    (
        "autolesion.sangrado_grave",
        "medical",
        "imminent",
        "act",
        r"\bme (?:corte|raje|abri)\b[^\n]{0,40}\b" + _SANGRADO_GRAVE + r"|\b(?:sangre|sangrando|"
        r"sangra)\b(?! (?:del?|de la|de las|de los) (?:pollo|carne|pescado|res|cerdo|puerco|cordero|conejo|pavo|higado|"
        r"bistec|filete|animal|ave|aves|pato|patos|venado|jabali))[^.!?]{0,30}\b(?:no para|no deja "
        r"de|a chorros|chorrea|por todos lados)\b"
        # Blood at work, on someone the writer treated ("lo estabilizamos"), is not the writer's.
        r"(?![^\n]{0,100}\b(?:(?:lo|la|los|las) (?:estabilizamos|estabilizaron|salvamos|atendimos|"
        r"operamos|suturamos|cosimos|intubamos|trasladamos|reanimamos)|el paciente|la paciente|"
        r"amo mi trabajo)\b)|\bsale a chorros\b",
    ),
    (
        "medico.colapso",
        "medical",
        "imminent",
        "act",
        r"\b(?:creo que )?me (?:dio|esta dando|dieron) (?:una )?(?:convulsion|convulsiones|un "
        r"ataque)\b|\bme (?:desmaye|cai|desplome)\b[^.!?]{0,30}\b(?:no me puedo (?:levantar|"
        r"parar|mover)|me pegue en la cabeza)\b|\b(?:cuello|ahorco|estrangulo)\b[^\n]{0,60}\bme "
        r"desmaye\b|\bme desmaye un (?:momento|segundo|rato)\b",
    ),
    (
        "preparatorio.ultimas_palabras",
        "preparatory",
        "high",
        "plan",
        r"\b(?:este es|es) mi ultimo mensaje\b(?! (?:del|de|en|antes|hasta|por|para|a))|\bdile(?:s)? a"
        r"\b[^.!?]{0,30}\bque no (?:fue|es) (?:su|tu) culpa\b|\bno (?:fue|es) (?:tu|su) culpa\b"
        r"[^.!?]{0,20}\b(?:adios|perdon)\b",
    ),
    (
        "preparatorio.cabos_sueltos",
        "preparatory",
        "low",
        "distress",
        r"\bdejar (?:todo )?(?:atado|arreglado|en orden)\b"
        + _MOTIVO_CORRIENTE
        + r"|\b(?:atar|atando) cabos sueltos\b|\bme "
        r"despedi (?:de|del)\b|\bborre (?:todas )?mis (?:redes|cuentas)\b|\b(?:escribi|termine|deje)"
        r" (?:la|una) carta (?:para|a) mi\b|\b(?:claves|contrasenas|papeles del banco|la tarjeta)"
        r"\b[^.!?]{0,40}\b(?:sobre|en la mesa|donde (?:la|lo|los) (?:encuentre|vean))\b|\ble "
        r"(?:busque|buscando) casa a mi (?:perro|gato|perrita|gatita)\b",
    ),
    (
        "dano.lista",
        "harm-to-others",
        "moderate",
        "expression",
        r"\b(?:una|mi) lista de (?:los|las|gente|nombres|quienes)\b[^.!?]{0,40}\b(?:merecen|pagar|"
        r"van a ver)\b|\bse lo merecen\b",
    ),
    (
        "dano.esperar_con_arma",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:le|lo|la|los) (?:espero|voy a esperar|estare esperando|espere) con (?:el|la|un|una|mi)"
        r" "
        + ARMA
        + r"\b|\bse donde (?:aparca|vive|trabaja|estaciona)\b[^\n]{0,60}\b"
        + ARMA
        + r"\b",
    ),
    (
        "dano.bebe",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:sacudi|zarandee|le pegue|tire) (?:a )?(?:mi |el |la )?(?:bebe|recien nacid[oa])\b"
        r"[^.!?]{0,30}\b(?:fuerte|porque|para que)\b",
    ),
    (
        "mania.peligro_ahora",
        "mania",
        "high",
        "plan",
        r"\b(?:con los ojos cerrados|sin frenar|a \d{3})\b[^.!?]{0,40}\b(?:esta noche|hoy|ahora|"
        r"manana)\b|\b(?:esta noche|hoy|manana)\b[^.!?]{0,40}\b(?:con los ojos cerrados|sin frenar)"
        r"\b",
    ),
    (
        "ideacion.emoji_yo",
        "ideation",
        "moderate",
        "expression",
        r"^\W*(?:(?:pistola|cuchillo|tumba|ataud|cuerda|pastillas|sangre)\W*)+(?:yo|para mi|a mi|"
        r"me)\b(?: pronto| hoy| esta noche| ya)?\W*$",
    ),
    (
        "ideacion.mejor_si_muero",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:vivirian|estarian|estaria|viviria) mejor (?:si me muero|si me muriera|si no "
        r"estuviera|sin mi)\b(?! (?:encima|tan (?:encima|pendiente)|todo el dia|siempre (?:encima|"
        r"detras)|detras))|\bprefiero estar muert[oa]\b|\bnadie (?:se daria cuenta|lo notaria|me "
        r"extranaria) si (?:me muero|no estuviera|desaparezco)\b|\bnadie (?:se daria cuenta|lo notaria|"
        r"me extranaria) si (?:yo )?(?:dejara de existir|desapareciera|me muriera|no estuviera)\b",
    ),
    (
        "autolesion.cabezazos",
        "self-harm",
        "moderate",
        "expression",
        r"\bme (?:di|doy|daba) (?:de )?cabezazos\b|\bme (?:golpee|pegue|golpeo) la cabeza contra\b",
    ),
    (
        "sustancias.perderse",
        "substance",
        "moderate",
        "expression",
        r"\bbeb\w* hasta (?:perderme|perder el conocimiento|no acordarme|desmayarme|caerme)\b|\bsin "
        r"acordarme de nada\b[^\n]{0,60}\b(?:beb\w*|alcohol|borrach\w*)",
    ),
    (
        "alimentacion.purga_oculta",
        "eating",
        "moderate",
        "expression",
        r"\b(?:vomit\w*|devolv\w*)\b[^.!?]{0,25}\b(?:despues de|tras) (?:comer|cenar|la cena|cada "
        r"comida|comidas)\b[^\n]{0,60}\b(?:otra vez|de nuevo|nadie sabe|todos los dias|\w+ vez esta "
        r"semana)\b|\bsolo (?:con )?(?:cafe|agua|te|chicle)\b[^\n]{0,60}\b(?:gord[oa]|enorme|peso|"
        r"adelgazar)\b",
    ),
    (
        "senales.metodo_extra",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:no tienen?|sin|no hay) antidoto\b|\bbolsa de (?:salida|suicidio)\b|\bmetodo de "
        r"suicidio (?:es )?(?:el )?mas (?:rapido|efectivo|comun|facil|seguro|usado)\b|\b(?:monoxido|"
        r"gases del (?:coche|carro|auto)|helio|nitrogeno|carbon)\b[^?.!]{0,40}\b(?:funciona|sirve|"
        r"cuanto tarda|sin dolor|mata)\b|\b(?:eutanasia|muerte asistida|suicidio asistido)\b[^?.!]"
        r"{0,60}\b(?:que (?:medicamentos|farmacos|drogas)|cuanto|dosis)\b",
    ),
    (
        "senales.facil_seria",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:seria|que) (?:tan |muy )?facil (?:seria )?(?:dar un paso|tirarme|saltar|dejarme caer|"
        r"acabar|soltar el volante|desviar(?:me)?|estrellarme|meterme)\b|\b(?:el dia que me muera|"
        r"si me muero|cuando me muera) (?:les|le|te) (?:hago|haria|hare) un favor\b|\bno tengo "
        r"(?:para que|por que|razon para) vivir\b",
    ),
    (
        "senales.psicosis",
        "psychosis",
        "moderate",
        "expression",
        r"\bme (?:manda|mandan|envia|envian|hace|hacen) (?:mensajes|senales|senas)\b|\bmensajes "
        r"(?:para mi|dirigidos a mi)\b|\bchip en (?:mi|la) (?:muela|cabeza|diente|brazo|oreja|"
        r"cuello)\b|\b(?:me )?control(?:a|an) (?:los |mis )?pensamientos\b|\bme (?:espian|vigilan) "
        r"(?:a traves|por|desde)\b",
    ),
    (
        "senales.alimentacion",
        "eating",
        "moderate",
        "expression",
        r"\bno come (?:casi )?nada\b|\bse (?:le )?ven? (?:los|todos los) huesos\b|\b(?:va|se va|"
        r"corre) al bano (?:justo )?(?:despues de|tras) (?:comer|cada comida|cenar)\b",
    ),
    (
        "senales.alcohol_unico",
        "substance",
        "moderate",
        "expression",
        r"\b(?:ron|vino|cerveza|cervezas|alcohol|tequila|whisky|vodka|botella|beber|chupar|pisto)"
        r"\b[^\n]{0,60}\bes lo unico que me (?:calma|ayuda|sirve|deja dormir)\b",
    ),
    (
        "senales.abuso_revelado",
        "abuse",
        "moderate",
        "expression",
        r"\b(?:abuso|abusaba|abusaron|me violo|me violaron|me tocaba|me toco) de mi\b|\b(?:abuso|"
        r"abusaba) sexualmente de mi\b|\bme (?:violo|violaron|tocaba)\b",
    ),
    (
        "senales.amenaza_matar",
        "abuse",
        "high",
        # "act": the idiom "me va a matar si..." (a mother cross about a late night) must not
        # cancel a partner's threat to kill if the client leaves or reports them.
        "act",
        r"\b(?:me (?:dijo|dice|grito) que )?me va a matar si (?:lo|la|le) (?:dejo|denuncio)\b|"
        r"\bme amenaz\w+ con matarme\b",
    ),
    (
        "senales.abuso_ahora",
        "abuse",
        "imminent",
        "act",
        r"\bme acaba de (?:estrangular|ahorcar|pegar|golpear|apunalar|cortar|empujar por)\b|\b(?:casi|"
        r"hasta que casi) me desmayo\b"
        # Near-fainting is abuse when the sentence says what did it (a hand on the neck, blows),
        # not after burpees, heat or a blood test.
        r"(?![^.!?\n]{0,60}\b(?:pero lo termine|burpees?|sentadillas|wod|crossfit|gym|gimnasio|"
        r"entren\w*|rutina|spinning|carrera|maraton|calor|del sol|de hambre|ayun\w*|vacuna|aguja|"
        r"analisis|de la risa|del susto|de emocion)\b)",
    ),
    (
        "senales.dano_cuchillo",
        "harm-to-others",
        "high",
        "plan",
        r"\ble (?:meto|clavo|voy a meter|voy a clavar) (?:el|un|una) (?:cuchillo|navaja|tiro|plomazo"
        r"|machetazo|balazo)\b|\bvoy a (?:quemar|incendiar) (?:la casa|el depa\w*|el departamento|el "
        r"piso|el coche|el carro|el negocio) de\b",
    ),
    (
        "senales.ropa_encontrar",
        "preparatory",
        "high",
        "plan",
        r"\b(?:con la que|como|donde) me (?:van a encontrar|encuentren)\b",
    ),
    (
        "senales.despedida_suave",
        "preparatory",
        "low",
        "distress",
        r"\bya no (?:lo|la|los|las) voy a poder cuidar\b|\bcuida(?:le)? a \w+ cuando (?:yo )?no "
        r"(?:este|estemos)\b|\b(?:esta|anda|estoy|ando) regalando (?:todas )?(?:sus|mis) cosas\b|\b(?:he "
        r"repartido|reparti|repartiendo) (?:mis|los|las|todas? (?:mis|las|los))\b",
    ),
    (
        "senales.mas_metodos",
        "method-seeking",
        "moderate",
        "method",
        r"\bque veneno\b|\b(?:veneno|toxico|pastilla)\w*\b[^?.!]{0,30}\b(?:mas rapido|mas rapida|mas "
        r"letal)\b|\bque pasa(?:ria)? si (?:alguien|uno|una persona|me|te) (?:se |me |te )?(?:toma|tomo|"
        r"trag\w*|bebe|inyecta)\b[^?.!]{0,25}\b(?:una caja|todas|un frasco|un bote|toda|entera|\d{2,})",
    ),
    (
        "senales.mas_ideacion",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:pensamientos|ideas) (?:de suicidio|suicidas|de matarme|de quitarme la vida)\b|\b"
        r"(?:deberia haber(?:me)? muerto|ojala me hubiera muerto)\b",
    ),
    (
        "senales.sustancia_para_olvidar",
        "substance",
        "moderate",
        "expression",
        r"\b(?:tomo|bebo|chupo|me meto \w+|me estoy metiendo \w+)\b[^.!?]{0,70}\b(?:pa|para) "
        r"(?:olvidar|aguantar|no pensar|no sentir)\b",
    ),
    (
        "senales.psicosis_sombras",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:me )?susurr(?:an|a)\b|\b(?:escucho|oigo) voces\b(?! porque hablo sol[oa])(?![^.!?\n]{0,40}"
        r"\b(?:hablo sol[oa] (?:cuando|para|mientras)|para memorizar|cuando estudio))|\bveo (?:sombras|gente|personas|"
        r"figuras) que\b",
    ),
    (
        "senales.acopio_fecha",
        "preparatory",
        "high",
        "plan",
        r"\b(?:pastillas|pastis|medicamentos|somniferos|calmantes)\b[^.!?]{0,10}\b(?:juntadas|"
        r"guardadas|acumuladas|ahorradas|escondidas)\b[^.!?]{0,40}\b(?:para (?:el|esta|este|la|"
        r"cuando)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b|\bensay\w+ (?:como "
        r"lo haria|como hacerlo|el nudo)\b|\bme subi a (?:la|una) silla con (?:el|la|un|una) "
        r"(?:cinturon|cuerda|cable)\b",
    ),
    (
        "senales.bebe_sacudido",
        "harm-to-others",
        "high",
        "plan",
        r"\bbebe\b[^\n]{0,80}\b(?:lo|la) (?:sacudi|zarandee|golpee)\b",
    ),
    (
        "senales.mascotas_casa_nueva",
        "preparatory",
        "low",
        "distress",
        r"\b(?:mis|mi) (?:gatos?|perros?|mascotas?|perrit[oa]s?|gatit[oa]s?) ya (?:tienen?|tiene) "
        r"(?:casa|hogar|duen\w+) nuev\w*\b|\bdiciendo que me (?:iba|voy) de viaje\b",
    ),
    (
        "senales.ronda3_plan",
        "preparatory",
        "high",
        "plan",
        r"\bpara que nadie me encuentre\b|\bcuenta regresiva\b[^\n]{0,40}\b(?:se acab\w*|sufrimiento|"
        r"tumba|adios|fin)\b|\b(?:trae|va a traer|lleva|va a llevar) algo (?:al|a la) (?:colegio|"
        r"escuela|insti|instituto|facu|trabajo|clase)\b[^\n]{0,40}\b(?:se cuiden|cuidense|no vengan)"
        r"|\bvoy a esperar a\b[^\n]{0,60}\b(?:ya tengo|traigo|llevo) (?:el|la|un|una) "
        + ARMA
        + r"\b|\bsell[eo] (?:la puerta|las rendijas|las ventanas)\b|\btape (?:la puerta|las "
        r"rendijas)\b",
    ),
    (
        "senales.ronda3_ideacion",
        "ideation",
        "moderate",
        "expression",
        r"\bse acab(?:o|a|ara) el sufrimiento\b|\b(?:dejar de|dejo de) (?:ponerme|tomar(?:me)?) (?:la "
        r"insulina|mis pastillas|la medicacion|el tratamiento)\b[^\n]{0,40}\bme muer\w*|\ba ver si "
        r"(?:asi )?me muero\b|\bpienso en (?:volantear|tirarme|estrellarme|chocar|meterme debajo|"
        r"saltar)\b|\bya no pertenezco a este mundo\b|\b(?:vivirian|viviria|estarian|estaria) mas "
        r"(?:tranquil[oa]s?|feli(?:z|ces)) sin mi\b|\b(?:metodo|forma|manera) menos doloros[oa]\b",
    ),
    (
        "senales.ronda3_actos",
        "ideation",
        "imminent",
        "act",
        r"\bme (?:tome|trague|bebi) (?:el|un|todo el) (?:frasco|bote|blister|sobre)\b(?! de "
        r"(?:jarabe|vitaminas))",
    ),
    (
        "senales.ronda3_voz",
        "psychosis",
        "moderate",
        "expression",
        r"\b(?:hay )?una voz que me (?:dice|habla|grita|ordena)\b",
    ),
    (
        "senales.ronda3_amenaza",
        "abuse",
        "moderate",
        "expression",
        r"\bamenaz\w+ con (?:quitarme|hacerme|matarme|pegarme|llevarse)\b",
    ),
]

_SENALES_TERCEROS: list[tuple[str, str, str, Kind, str]] = [
    (
        # Un niño que se tragó algo tóxico: urgencia, sea cual sea el tono.
        "terceros.nino_trago",
        "medical",
        "imminent",
        "act",
        r"\b(?:mi|el|la) (?:bebe|nene|nena|hij[oa]|nin[oa]|chiquit[oa]|peque|sobrin[oa])\b"
        r"[^.!?]{0,20}\bse (?:trago|comio|tomo|bebio)\b[^.!?]{0,40}\b(?:capsulas?|lejia|cloro|pilas?|"
        r"detergente|pastillas|medicamentos|medicinas|veneno|raticida|imanes?|"
        + MEDICINES
        + r")\b",
    ),
    (
        "terceros.encontrado_herido",
        "medical",
        "imminent",
        "act",
        r"\b(?:encontre|(?<!si )(?<!cuando )encuentro|halle)\b[^.!?]{0,40}\b(?:cortes|sangre|"
        r"sangrando|colgad[oa]|inconsciente|sin respirar|pastillas|en el (?:suelo|piso)|frasco vacio|"
        r"no reacciona)\b|\bblister\w* (?:de pastillas )?vacios\b[^\n]{0,80}"
        r"\b(?:no (?:se )?(?:despierta|contesta|responde|reacciona)|respira raro)\b|\b(?:esta|sigue)\b[^.!?]{0,20}\b(?:en "
        r"el (?:piso|suelo))\b[^.!?]{0,40}\b" + _NO_RESPONDE + r"|\bun bote de pastillas vacio\b"
        r"[^\n]{0,60}\bno (?:me )?(?:abre|contesta|responde)\b",
    ),
    (
        "terceros.publicacion_velada",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:puso|publico|subio|posteo|escribio)\b[^.!?]{0,40}\b(?:ya falta poco|me despido|no "
        r"aguanto mas|adios a todos)\b",
    ),
    (
        "terceros.se_tomo_todas",
        "medical",
        "imminent",
        "act",
        r"\bse (?:tomo|trago|bebio) (?:todas|toda la caja|el frasco|el bote|todo el blister|todas "
        r"las pastillas)\b(?! (?:las )?(?:del antibiotico|del tratamiento|vitaminas))|\brespira raro\b",
    ),
]

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

# Signs that generalise past the wording the detector was built on (issue 3): each row is a
# class a clinician would name, built from word classes, with its look-alikes guarded.
_PARIENTE = (
    r"(?:mama|mami|madre|mom|papa|papi|padre|dad|abuel[oa]|tia|tio|herman[oa]|pareja|espos[oa]|"
    r"marido|mujer|novi[oa]|suegr[oa]|compa\w*|amig[oa]|vieja|viejo|hij[oa])"
)
_LUGAR_ALTO = (
    r"(?:azotea|tejado|techo|terraza|cornisa|puente|viaducto|acantilado|barranco|mirador|torre|"
    r"edificio|balcon|ventana|presa|las vias|estacionamiento|parking)(?:e?s)?"
)
_VENGANZA = (
    r"(?:me las (?:va|van) a pagar|lo va a pagar|la va a pagar|se va a arrepentir|se lo merece|"
    r"le voy a ensenar|vengar\w*|venganza|darle su merecido|ajustar cuentas|arreglar cuentas|"
    r"matarl[oa]|hacerle dano|lastimarl[oa]|reventarl[oa]|partirle la cara)"
)
_RUTINA = (
    r"(?:(?:ya )?(?:se|conozco|tengo (?:anotad|apuntad)\w*)\b[^.!?\n]{0,10}\b(?:a que hora|su "
    r"horario|su rutina|por donde|(?:el )?camino que|cuando) (?:sale|pasa|llega|entra|camina|"
    r"vuelve|hace|esta sol[oa]|toma|lo deja|la deja)|(?:todos los dias|cada (?:dia|noche|manana)"
    r"|siempre) (?:sale|pasa|llega|camina|vuelve|va) (?:sol[oa] )?(?:a las|por|del|de la))"
)
# A heavy amount (a bottle, a litre, five drinks or more: a binge every night), not two or three.
_MUCHO_ALCOHOL = (
    r"\b(?:(?:media )?botella|(?:medio )?litro|caguama|(?:[5-9]|\d{2}|cinco|seis|siete|ocho|diez) "
    r"(?:cervezas|copas|tragos|vasos|chupitos|latas))"
)
_GENERALIZA: list[tuple[str, str, str, Kind, str]] = [
    (
        # A stockpile counted against "enough": pills counted, or said to suffice.
        "generaliza.acopio_suficiente",
        "preparatory",
        "high",
        "plan",
        r"\b(?:cuento|conte|contando|contar|he contado)\b[^.!?\n]{0,25}\b(?:pastillas|pastis|"
        r"calmantes|somniferos|medicamentos|" + MEDICINES + r")\b(?![^.!?\n]{0,40}\b(?:pastillero|"
        r"para (?:la|el|las|los) (?:semana|mes|viaje|vacaciones|receta|farmacia|tratamiento)|"
        r"me (?:quedan|faltan) para)|[^\n]{0,60}\b(?:receta|resurtir|(?:alcanzan|duran|llego) hasta "
        r"(?:el|la|fin|manana)))|\b(?:pastillas|pastis|calmantes|somniferos|medicamentos)\b"
        r"[^.!?\n]{0,40}\b(?:ya (?:son|tengo) suficientes|con eso (?:alcanza|basta|me alcanza)|"
        r"(?:ya )?alcanzan|(?:ya )?bastan)\b(?! para (?:la|el|las|los|todo) (?:semana|mes|viaje|"
        r"vacaciones|tratamiento))(?! hasta\b)(?![^\n]{0,60}\b(?:receta|resurtir|la farmacia|el doctor|"
        r"la doctora|el medico|la medica))",
    ),
    (
        # Means bought or got hold of, said flatly: a rope, a noose, charcoal and tape, poison.
        # An ordinary purpose after it (a swing, the washing, a barbecue) is not means; "no es
        # pa asado" denies the ordinary purpose and keeps it.
        "generaliza.medio_adquirido",
        "preparatory",
        "high",
        "plan",
        r"\b(?:compre|consegui|me compre|fui a comprar|ya tengo|me hice con|pedi por internet)\b"
        r"[^.!?\n]{0,15}\b(?:una |la |un |el )?(?:soga|sogas|veneno|raticida|matarratas|cianuro|"
        r"arma|pistola|revolver)\b"
        r"(?![^.!?\n]{0,50}(?<!no es )(?<!no es pa )(?<!no es para )\b(?:(?:para|pa) (?:el|la|los|las|un|"
        r"una|mi|mis) (?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin|noche|"
        r"momento|final|cuello|viga|arbol|rama|techo|ventilador|garaje|cochera|sotano|desvan)\b)"
        r"\w+|estacas|lona|carpa|tienda de campana|mosqueton\w*|arnes|saco de dormir|velero|"
        r"barco|bote|lancha|kayak|nueva|nuevas))"
        r"(?![^.!?\n]{0,50}(?<!no es )(?<!no es pa )(?<!no es para )\b(?:para|pa) (?:el |la |los |las |un |una |mi |mis )?"
        r"(?:columpio|tendedero|tender|ropa|escalar|acampar|barco|lancha|caballo|ganado|vacas|"
        r"mudanza|gimnasio|gym|crossfit|saltar|amarrar|atar|ratas|ratones|plaga|cucarachas|jardin|"
        r"caza|cazar|club|tiro|defensa|trabajo|obra|disfraz|obra de teatro|halloween|proteger))",
    ),
    (
        "generaliza.carbon_sellado",
        "preparatory",
        "high",
        "plan",
        r"\bcarbon\b[^.!?\n]{0,40}\b(?:cinta|sellar|selle|tapar (?:las )?rendijas|encerrarme|cuarto "
        r"cerrado|bano cerrado|sin ventilacion)\b|\b(?:cinta|sellar|selle)\b[^.!?\n]{0,40}\bcarbon\b"
        r"|\bno es (?:pa|para) (?:el |un )?asado\b",
    ),
    (
        # Self-harm going on now: "me estoy cortando", "estoy haciéndome daño".
        "generaliza.autolesion_en_curso",
        "self-harm",
        "imminent",
        "act",
        r"(?<!no )(?<!ya no )\b(?:me estoy|estoy) (?:cortando|rajando|lastimando|haciendo dano|"
        r"haciendo cortes|quemando con (?:el |un )?(?:cigarro|encendedor|mechero))\b(?! (?:el|las|"
        r"los|la|mi|mis) (?:pelo|cabello|unas|flequillo|fleco|puntas|barba|unas)\b)(?! el pelo)"
        r"|(?<!no )\bestoy (?:cortandome|rajandome|lastimandome|haciendome dano|quemandome con)\b"
        r"(?! (?:el|las|los|la|mi|mis) (?:pelo|cabello|unas|flequillo|fleco|puntas|barba)\b)",
    ),
    (
        # Rehearsal: practising how, or going up a height to see if one dares.
        "generaliza.ensayo",
        "preparatory",
        "high",
        "plan",
        r"\b(?:practic|ensay)\w*\b[^.!?\n]{0,20}\bcomo (?:hacerlo|lo (?:voy a|haria|hare|haga) "
        r"hacer|seria)\b(?![^.!?\n]{0,30}\b(?:guitarra|piano|balon|pelota|patineta|bici|cocina|"
        r"receta|coreografia|truco|pase|examen|entrevista|presentacion|baile|clase))"
        r"|\b(?:me subi|subi|fui|estuve|me asome|me pare|me acerque)\b[^.!?\n]{0,30}\b"
        + _LUGAR_ALTO
        + r"\b[^.!?\n]{0,40}\b(?:a ver si|pa ver si|para ver si) (?:me animaba|me animo|me atrevia|"
        r"me atrevo|era capaz|soy capaz|tenia valor|podia hacerlo|lo hacia|me tiraba|saltaba)",
    ),
    (
        # Someone else's medicine taken, or the elided noun: "me tomé las de la presión, todas".
        "generaliza.medicina_ajena",
        "self-harm",
        "imminent",
        "act",
        r"\bme (?:tome|trague|meti|bebi)\b[^.!?\n]{0,10}\b(?:las|los) (?:pastillas |pastis |medicinas "
        r"|remedios |medicamentos |gotas )?(?:de|del|para) (?:la |el |los |las )?(?:presion|dormir|"
        r"tiroides|nervios|depresion|ansiedad|corazon|dolor|azucar|diabetes|epilepsia|colesterol|"
        r"la cabeza|los nervios)\b(?=[^.!?\n]{0,40}\b(?:todas|todos|toda la caja|el bote|el frasco|"
        r"de (?:mi|su) " + _PARIENTE + r"|hace (?:como )?(?:una|un|media|\w+) (?:hora|rato|minutos?"
        r"|horas))\b)(?![^.!?\n]{0,40}\b(?:de hoy|de la noche|de la manana|como siempre|a su hora|"
        r"como me dijo))"
        r"|\bme (?:tome|trague)\b[^.!?\n]{0,10}\b(?:todas|todos|la caja|el bote|el frasco) (?:las |los )?"
        r"(?:pastillas |medicinas |remedios |medicamentos )?(?:de|del) (?:mi|su) "
        + _PARIENTE
        + r"\b",
    ),
    (
        # Wishing to have died, never been born, not wake up; death as rest; "for what, living".
        "generaliza.deseo_de_no_estar",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:mejor|ojala|quisiera|preferiria|preferia|deberia|hubiera preferido)\b[^.!?\n]{0,20}"
        r"\b(?:hubiera|hubiese|haber) (?:muerto|nacido|quedado muert\w*|desaparecido)\b"
        r"|\b(?:ojala|quisiera|me gustaria|pido|rezo (?:para|por)|le pido a dios)\b[^.!?\n]{0,20}"
        r"\bno (?:despertar(?:me)?|volver a despertar|amanecer|abrir los ojos|haber nacido)\b"
        r"|\bpor que no me mori\b|\bdebi (?:haber )?morir(?:me)?\b|\b(?:deberia|debi) haber(?:me)? "
        r"muerto\b|\b(?:para|pa) que (?:seguir|sigo|voy a seguir) (?:vivo|viva|viviendo|aqui|"
        r"respirando|en este mundo)\b|\bme imagino (?:mi|mi propio) (?:funeral|entierro|velorio)\b"
        r"|\b(?:muert\w*|morir\w*|funeral|entierro|no estar|desaparec\w*)\b[^.!?\n]{0,60}\b(?:por fin|"
        r"al fin|asi) (?:descansaria|podria descansar|estaria en paz|dejaria de sufrir)\b"
        r"|\bdescansar (?:para siempre|eternamente)\b",
    ),
    (
        # "Won't make it to the end of the year", no strength left: a veiled horizon.
        "generaliza.horizonte_corto",
        "ideation",
        "moderate",
        "expression",
        r"\bno (?:creo que|se si|pienso) (?:llegue|llego|vaya a llegar|voy a llegar) (?:a|al|hasta) "
        r"(?:fin de ano|fin de mes|navidad|ano nuevo|mi cumple\w*|el (?:proximo )?(?:ano|verano|"
        r"invierno)|(?:los|mis) \d+)\b(?![^.!?\n]{0,30}\b(?:sueldo|presupuesto|plata|dinero|ahorr\w*|"
        r"paga|con este ritmo de gasto|la tarjeta|deudas))",
    ),
    (
        # "They'd be better off with another mum / with someone who isn't me".
        "generaliza.mejor_con_otro",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:estarian|estaria|vivirian|viviria|serian|seria) (?:mas )?(?:mejor|feli(?:z|ces)) con "
        r"(?:otra|otro) (?:mama|madre|papa|padre|pareja|novi[oa]|espos[oa]|mujer|marido|familia|"
        r"persona)\b|\bmejor con (?:otr[oa]|alguien|otra persona)\b[^.!?\n]{0,30}\bque no sea yo\b",
    ),
    (
        # A one-way trip, or "not going on a trip": a leaving that is not a journey.
        "generaliza.ida_sin_vuelta",
        "preparatory",
        "high",
        "plan",
        r"\bno (?:me refiero a|hablo de|es) (?:irme )?de viaje\b|\birme\b[^.!?\n]{0,15}\b(?:y no me "
        r"refiero|pero no de viaje|y no de viaje)\b|\b(?:boleto|billete|pasaje|bus|tren)\b[^.!?\n]"
        r"{0,20}\b(?:solo de ida|sin vuelta)\b[^.!?\n]{0,60}\b" + _LUGAR_ALTO + r"\b"
        r"|\b" + _LUGAR_ALTO + r"\b[^.!?\n]{0,60}\b(?:solo de ida|sin (?:boleto de )?vuelta)\b",
    ),
    (
        # Affairs put in order so nobody has to deal with it afterwards; a secret meaning.
        "generaliza.orden_para_nadie",
        "preparatory",
        "high",
        "plan",
        r"\bpara que nadie (?:tenga|tuviera) que (?:ocuparse|encargarse|lidiar|hacer nada|limpiar|"
        r"preocuparse|pagar|buscar)\b|\b(?:testamento|carta|cartas|nota|cosas|papeles|claves)\b"
        r"[^.!?\n]{0,60}\b(?:no sabe|no saben|nadie sabe|ni sospecha\w*) (?:lo que significa|por que|"
        r"para que|que es)\b",
    ),
    (
        # Drinking nightly to sleep or stop thinking: alcohol named, a habit, a reason.
        "generaliza.alcohol_para_aguantar",
        "substance",
        "moderate",
        "expression",
        r"\b(?:cada noche|todas las noches|cada dia|todos los dias|a diario)\b[^.!?\n]{0,50}"
        + _MUCHO_ALCOHOL
        + r"\b[^.!?\n]{0,50}\b(?:para|pa) (?:poder )?(?:dormir\w*|no pensar|olvidar|aguantar|no sentir|"
        r"apagar)\b|"
        + _MUCHO_ALCOHOL
        + r"\b[^.!?\n]{0,40}\b(?:cada noche|todas las noches|a diario)\b"
        r"[^.!?\n]{0,40}\b(?:para|pa) (?:poder )?(?:dormir\w*|no pensar|olvidar|aguantar|no sentir)\b",
    ),
    (
        # Urges to hurt whoever crosses one's path, and fear of one's own acts.
        "generaliza.impulso_violento",
        "harm-to-others",
        "moderate",
        "expression",
        r"\bganas de (?:golpear|pegarle|matar|lastimar|hacerle dano|apunalar|romperle la cara)\b"
        r"[^.!?\n]{0,15}\b(?:a )?(?:cualquiera|cualquier persona|todo el que|el primero que)\b|\bme da "
        r"(?:miedo|panico) lo que (?:pueda|podria|puedo) (?:hacer|hacerle)\b",
    ),
    (
        # A named target, a grievance and the person's routine: a plan to harm.
        "generaliza.objetivo_rutina",
        "harm-to-others",
        "high",
        "plan",
        r"\b"
        + _VENGANZA
        + r"\b[^\n]{0,100}\b"
        + _RUTINA
        + r"\b|\b"
        + _RUTINA
        + r"\b[^\n]{0,100}\b"
        + _VENGANZA
        + r"\b",
    ),
    (
        # Code words for suicide and the "plan is set" of someone who has decided.
        "generaliza.codigo",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:ctb|kms|unalive\w*|desvivirme|sewerslide|suicide)\b"
        r"(?=[^.!?\n]{0,40}\b(?:mente|cabeza|pienso|pensando|ronda|quiero|hoy|manana|viernes|"
        r"semana|noche|plan|ganas|otra vez|siempre)\b)|\b(?:pienso|pensando|ganas de|quiero)\b"
        r"[^.!?\n]{0,10}\b(?:ctb|kms|unalive\w*|suicide)\b",
    ),
    (
        "generaliza.plan_fijado",
        "ideation",
        "high",
        "plan",
        r"\b(?:el|mi) plan (?:ya )?(?:esta|sigue) (?:listo|hecho|en marcha|decidido|fijo|armado|en pie)"
        r"\b(?=[^\n]{0,80}\b(?:ctb|kms|irme|no estar|adios|despedi\w*|final|fin|morir|muerte|"
        r"pastillas|soga|puente|viernes|examenes|fecha)\b)",
    ),
    (
        # A lethality question dressed as homework or for a friend is still a method question.
        "generaliza.letalidad_enmarcada",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:que|cuales|cual)\b[^?.!\n]{0,15}\b(?:medicamentos|pastillas|farmacos|remedios|gas|gases|"
        r"venenos?|quimicos|productos)\b[^?.!\n]{0,30}\b(?:peligros\w*|mortal\w*|letal\w*|mata\w*|mas "
        r"rapido|mas rapida)\b[^?.!\n]{0,40}\b(?:si se toman|si te tomas|si uno se toma|tomad[oa]s? "
        r"juntos|muchos|muchas|demasiad\w*|de golpe|una caja|todo el bote|en un (?:cuarto|lugar|"
        r"espacio|coche|carro|auto) cerrado|cerrado|encerrad\w*|sin ventilacion)\b|\bque gas\b"
        r"[^?.!\n]{0,40}\b(?:mas rapido|mata|letal|mortal|cuarto cerrado|espacio cerrado)\b",
    ),
]

_GENERALIZA_TERCEROS: list[tuple[str, str, str, Kind, str]] = [
    (
        # A young person's searches about dying, seen by someone else: a method question asked
        # by proxy (moderate; high with distress such as things given away).
        "generaliza.busquedas",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:busco|busca|buscaba|buscado|busquedas?|historial|googleo|googleaba)\b[^.!?\n]{0,40}"
        r"\b(?:como (?:suicidarse|matarse|morir|ahorcarse|cortarse)|suicid\w+|dosis letal|"
        r"sobredosis|cuantas pastillas|formas de morir|sin dolor)\b",
    ),
    (
        "generaliza.cortes_de_nino",
        "self-harm",
        "moderate",
        "expression",
        r"\b(?:cortes|cortadas|cortaduras|rayas|marcas|heridas|cicatrices|quemaduras)\b[^.!?\n]{0,30}"
        r"\b(?:en )?(?:los |sus |el |su )?(?:brazos?|munecas?|piernas|muslos|antebrazos?|tobillos?)\b"
        r"[^.!?\n]{0,40}\b(?:mi|su|el|la) (?:hij[oa]|nin[oa]|nene|nena|alumn[oa]|sobrin[oa]|peque)\b"
        r"|\b(?:mi|su) (?:hij[oa]|nin[oa]|nene|nena|alumn[oa]|sobrin[oa]|peque)\b[^.!?\n]{0,40}\b"
        r"(?:cortes|cortadas|cortaduras|rayas|marcas|heridas|cicatrices|quemaduras)\b[^.!?\n]{0,20}"
        r"\b(?:brazos?|munecas?|piernas|muslos|antebrazos?)\b",
    ),
]


# Second round (issue 3, t6 misses): classes of sign told through acts, and their look-alikes.
_PASTILLAS = (
    r"(?:pastillas|pastis|capsulas|comprimidos|pildoras|somniferos|calmantes|ansioliticos|"
    r"antidepresivos|medicamentos|medicinas|remedios|grageas|" + MEDICINES + r")"
)
_VENENO = (
    r"(?:veneno|raticida|matarratas|cianuro|lejia|cloro|anticongelante|insecticida|herbicida|"
    r"paraquat|arsenico|estricnina|pesticida|plaguicida|sosa caustica|acido)"
)
_ANTES_DE_IRME = r"(?:cuando (?:yo )?(?:ya )?no (?:este|estemos)|cuando me (?:muera|vaya)|despues de que me (?:muera|vaya))"
_NINO = (
    r"(?:hij[oa]|hijit[oa]|sobrin[oa]|niet[oa]|nin[oa]|nena|nene|alumn[oa]|prim[oa]|hermanit[oa]|"
    r"peque|bebe|chiquit[oa])"
)
_GENERALIZA2: list[tuple[str, str, str, Kind, str]] = [
    (
        # An overdose already taken: a stockpile swallowed, or a quantity word on the pills.
        "generaliza.sobredosis_tomada",
        "self-harm",
        "imminent",
        "act",
        r"\bme (?:trague|tome|meti|bebi|empine|zampe|termine|acabe|acabo de (?:tomar|tragar|meter|beber))\b[^.!?\n]{0,25}\b"
        + _PASTILLAS
        + r"\b[^.!?\n]{0,12}"
        r"\bque (?:juntaba|guardaba|acumulaba|escondia|ahorraba|tenia guardad\w*|(?:fui|venia|habia|he)"
        r" (?:juntando|guardando|acumulando|juntado|guardado|acumulado))\b"
        r"|\bme (?:trague|tome|meti|bebi|empine|zampe|termine|acabe|acabo de (?:tomar|tragar|meter|beber))\b (?:como |unas |unos )?(?:(?:dos|tres|cuatro|cinco|\d+) (?:blisters|cajas|frascos|botes|tiras)|un punado|un monton|una "
        r"caja(?: entera)?|la caja entera|el frasco(?: entero)?|el bote(?: entero)?|el blister(?: "
        r"entero)?|(?:[2-9]\d|1\d|\d{3}|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|todas? (?:las|"
        r"los|mis)|todos (?:los|mis)))(?: de)? (?:\w+ )?"
        + _PASTILLAS
        + r"\b"
        # a course of treatment finished as prescribed is not an overdose
        + _CURSO_TERMINADO
        + r"(?! del? (?:antibiotico|tratamiento|la receta)\b(?![^.!?\n]{0,20}\b(?:de (?:mi|su)|ajen)))"
        r"(?![^.!?\n]{0,50}\b(?:como (?:me )?(?:dijo|indico|receto|mando)|ya se me quito|la infeccion))"
        r"(?![^.!?\n]{0,30}\b(?:en (?:la|el|toda la|todo el) (?:semana|mes|ano|tratamiento)|al dia|"
        r"por dia|durante|vitamin\w*|probiotic\w*))",
    ),
    (
        # An attempt before and another now: "lo volví a intentar", "voy a intentarlo otra vez hoy".
        "generaliza.intento_repetido",
        "self-harm",
        "imminent",
        "act",
        r"\b(?:me (?:colgue|ahorque|corte las venas|tire|tome las pastillas|envenene)|lo intente|"
        r"intente (?:matarme|suicidarme|quitarme la vida|hacerlo|colgarme|ahorcarme))\b[^\n]{0,80}"
        r"\b(?:(?:intentarlo|hacerlo|intentar|lo intento|lo hago|lo vuelvo a intentar|volver a "
        r"intentarlo) (?:otra vez|de nuevo|una vez mas)\b[^.!?\n]{0,20}\b(?:ahora|hoy|esta noche|ya "
        r"mismo|en un rato)|(?:ahora|hoy|esta noche|ya mismo|en un rato)\b[^.!?\n]{0,20}\b(?:intentarlo|"
        r"hacerlo|intentar|lo intento|lo hago|lo vuelvo a intentar|volver a intentarlo) (?:otra vez|de "
        r"nuevo|una vez mas))\b",
    ),
    (
        # Goodbyes scheduled to go out later: messages, videos, letters set for a day or a time.
        "generaliza.despedida_programada",
        "preparatory",
        "high",
        "plan",
        r"(?:(?:\b(?:a|para) (?:cada uno de |cada un[oa] de |todos )?(?:mis|mi|todos)\b[^.!?\n]{0,40}\b"
        r"(?:mensajes?|correos?|mails?|videos?|cartas?|audios?)\b|\b(?:mensajes?|correos?|mails?|videos?"
        r"|cartas?|audios?) (?:\w+ )?(?:a|para) (?:cada uno de |cada un[oa] de |todos )?(?:mis|mi|todos)\b)"
        r"[^.!?\n]{0,50}\bprogramad[oa]s?\b|(?<!\w)program(?:e|o|are|ando)\b[^.!?\n]{0,20}\b(?:mensajes?|"
        r"correos?|mails?|videos?|cartas?|audios?)\b (?:\w+ )?(?:a|para) (?:cada uno de )?(?:mis|mi|"
        r"todos)\b)"
        r"(?![^.!?\n]{0,40}\b(?:cumple\w*|felicit\w*|aniversario de (?:bodas?|novios)|navidad|ano "
        r"nuevo|recordatorio|clientes?|reunion|promo\w*|campana|oferta|sorteo|boletin|tienda)\b)",
    ),
    (
        # Life insurance whose waiting period has passed, or asked about a death that looks
        # like an accident: a plan built around the payout.
        "generaliza.seguro_de_vida",
        "preparatory",
        "high",
        "plan",
        r"\bseguro de vida\b[^\n]{0,100}\b(?:carencia|cubre (?:el )?suicidio|paga (?:si|aunque) "
        r"(?:me (?:mato|suicido|quito la vida)|uno se (?:mata|suicida))|(?:parece|parezca|pareciera"
        r"|como si fuera) (?:un )?accidente)\b|\b(?:carencia|(?:parece|parezca|pareciera) (?:un )?"
        r"accidente)\b[^\n]{0,100}\bseguro de vida\b|\bseguro\b[^.!?\n]{0,40}\b(?:cubre|paga)\b"
        r"[^.!?\n]{0,20}\b(?:aunque sea |en caso de |si es |por )?suicidio\b",
    ),
    (
        # A day chosen to end it, or the ending timed so it harms nobody else's plans.
        "generaliza.fecha_final",
        "ideation",
        "high",
        "plan",
        r"\b(?:elegi|escogi|decidi|ya tengo|ya puse)\b (?:el |la )?(?:dia|fecha|\d{1,2}|"
        + DIAS[3:-1]
        + r")\b[^\n]{0,80}\b(?:termino|acabo|terminare|acabare) (?:con )?todo\b(?=\s*(?:[.!?,;\n]|$))"
        r"|\b(?:ese dia|esa fecha|esa noche|ese "
        + DIAS[3:-1]
        + r")\b[^.!?\n]{0,15}\b(?:termino|acabo"
        r"|terminare|acabare) (?:con )?(?:todo|mi vida)\b(?=\s*(?:[.!?,;\n]|$))"
        r"|\b(?:lo hago|lo hare|lo voy a hacer|me voy|me ire)\b[^.!?\n]{0,60}\b(?:cuando (?:termine|"
        r"acabe|pase)|despues de|antes de|el " + DIAS + r"|manana|esta noche|ese dia)\b[^\n]{0,60}"
        r"\b(?:asi|para) (?:que )?no (?:afect|molest|arruin|perjudi|estorb|le caus|les caus)\w* "
        r"(?:\w+ )?(?:a )?nadie\b"
        r"|\b(?:el |este |para el )?"
        + DIAS
        + r"\b[^\n]{0,60}\bya no (?:necesito|tengo que|hace falta "
        r"que|voy a tener que) (?:estar|seguir)(?: aqui| viv[oa]| en este mundo)?\b(?=\s*(?:[.!?,;\n]|"
        r"$|y\b|asi\b))",
    ),
    (
        # "Ya no necesito estar (aquí)": a veiled ending said flatly.
        "generaliza.ya_no_estar",
        "ideation",
        "moderate",
        "expression",
        r"\bya no (?:necesito|tengo que|hace falta que|voy a tener que) (?:estar|seguir)(?: aqui| "
        r"viv[oa]| en este mundo)?\b(?=\s*(?:[.!?,;\n]|$|y\b|asi\b))",
    ),
    (
        # Arson with fuel in hand against a person or their place.
        "generaliza.incendio",
        "harm-to-others",
        "high",
        "plan",
        r"\b(?:gasolina|nafta|combustible|queroseno|keroseno|thinner|diesel|bidon)\b[^\n]{0,80}\b(?:(?:le |"
        r"la |lo |les )?(?:prendo|prendere|voy a prender|prenderle|quemo|quemare|voy a quemar|"
        r"quemarle|quemarla|quemarlo|incendio|incendiare|voy a incendiar|incendiarle)|(?:la|lo|les?) "
        r"(?:va|van) a (?:quemar|prender|incendiar))\b"
        r"|\b(?:(?:le |la |lo |les )?(?:prendo|prendere|voy a prender|prenderle|quemo|quemare|voy a "
        r"quemar|quemarle|quemarla|quemarlo|incendio|incendiare|voy a incendiar|incendiarle)|(?:la|lo"
        r"|les?) (?:va|van) a (?:quemar|prender|incendiar))\b[^\n]{0,80}\b(?:gasolina|nafta|"
        r"combustible|queroseno|keroseno|thinner|bidon)\b"
        r"(?![^\n]{0,40}\b(?:carbon|asador|parrilla|chimenea|fogata|hoguera|estufa|boiler|"
        r"calentador|motor|podadora|cortacesped|generador|hojas|basura|rastrojo|ramas|maleza)\b)",
    ),
    (
        # A partner's coercive control: two or more of phone checked, money or card taken,
        # kept from friends or family.
        "generaliza.control_pareja",
        "abuse",
        "moderate",
        "expression",
        r"\b(?:mi |el )?(?:novi[oa]|pareja|espos[oa]|marido|mujer)\b[^\n]{0,30}\b(?:revisa|me revisa|"
        r"me quito|me quita|me esconde|no me deja|me prohibe|me prohibio|controla)\b[^\n]{0,120}\b"
        r"(?:me (?:quito|quita|esconde|escondio|controla) (?:la tarjeta|el dinero|la plata|mi sueldo|"
        r"mi dinero|el celular|mi celular|los papeles|el pasaporte|las llaves)|no me deja (?:ver|salir|"
        r"hablar|trabajar|estudiar|tener|usar|ir)|revisa mi (?:celular|telefono|movil|whats\w*|correo)"
        r"|me (?:prohibe|prohibio) (?:ver|salir|hablar|trabajar))\b",
    ),
    (
        # A lethality question in any framing: how much of a medicine harms, how fast a poison
        # works on a given body, which knot hanging uses.
        "generaliza.letalidad_pregunta",
        "method-seeking",
        "moderate",
        "method",
        r"\bcuant[oa]s?\b[^?.!\n]{0,10}\b" + _PASTILLAS + r"\b[^?.!\n]{0,30}\b(?:hace(?:n)? dano|"
        r"dana(?:n)? (?:el|al) higado|es toxic\w*|son toxic\w*|es mortal|son mortales|es letal|son "
        r"letales|mata|matan|hacen falta para (?:morir|matar)|causa(?:n)? (?:la muerte|dano))\b"
        r"|\b(?:cuanto|en cuanto tiempo|que tan rapido|cuanto tarda)\b[^?.!\n]{0,30}\b(?:hacer? efecto|"
        r"actua|mata|en matar|en morir)\b[^?.!\n]{0,30}\b" + _VENENO + r"\b"
        r"(?![^?.!\n]{0,60}\b(?:perro|perrit\w*|gato|gatit\w*|mascota|veterinari\w*))"
        r"|\b(?:cuanto|en cuanto tiempo|que tan rapido|cuanto tarda)\b[^?.!\n]{0,20}\b"
        + _VENENO
        + r"\b[^?.!\n]{0,30}\b(?:hacer? efecto|actuar?|matar?|en morir)\b"
        r"(?![^?.!\n]{0,60}\b(?:perro|perrit\w*|gato|gatit\w*|mascota|veterinari\w*))"
        r"|\b" + _VENENO + r"\b[^?.!\n]{0,40}\ben (?:alguien|una persona|un adulto|un hombre|una "
        r"mujer) de \d+ (?:kilos|kg)\b"
        r"|\bnudos?\b[^?.!\n]{0,30}\b(?:ahorca(?:n|rse|rme)?|se ahorcan|se cuelgan|colgarse|horca)\b"
        r"|\b(?:ahorcarse|ahorcarme|colgarse|colgarme|se ahorcan|se cuelgan)\b[^?.!\n]{0,30}\bnudos?\b"
        r"|\b(?:como|forma de|manera de) (?:hacer que )?(?:parezca|pareciera) (?:un )?accidente\b",
    ),
    (
        # A method researched and kept secret.
        "generaliza.metodo_secreto",
        "preparatory",
        "high",
        "plan",
        r"\b(?:"
        + _VENENO
        + r"|dosis letal|sobredosis|como (?:morir|matarme|ahorcarme|colgarme)|que "
        r"se siente (?:al )?morir|hace efecto)\b[^\n]{0,100}\b(?:no (?:le |se lo )?(?:digan|digas|"
        r"cuentes|cuenten) (?:a nadie|nada)|que nadie (?:se entere|sepa))\b",
    ),
    (
        # Passive wishes to die in other wording: God asked to take one, indifference to living,
        # imagining not existing or one's own funeral, wishing for the courage to do it, risk
        # taken on purpose hoping something happens, imagining the jump on a daily route.
        "generaliza.deseo_pasivo",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:pido|rezo|ruego|ojala|que)\b[^.!?\n]{0,15}\b(?:dios|diosito|el senor|al senor|la virgen|"
        r"el de arriba|al de arriba|tatita)\b[^.!?\n]{0,10}\bque me (?:lleve|recoja|llame)\b(?=\s*(?:pronto|ya|de una "
        r"vez|con (?:el|ella|mi \w+)|consigo|contigo)\b|\s*(?:[.!?,;\n]|$))"
        r"|\bme da (?:igual|lo mismo) (?:vivir o morir|si vivo o (?:si )?muero|morir(?:me)?|si me "
        r"muero|estar viv[oa] o muert[oa]|despertar o no)\b"
        r"|\b(?:pienso|pensando|imagino|imaginando|me pregunto)\b[^.!?\n]{0,25}\b(?:como seria|que se "
        r"sentiria|que pasaria si)\b[^.!?\n]{0,5}\b(?:no existir|dejar de existir|no estar|"
        r"desaparecer|morir(?:me)?|estar muert[oa])\b"
        r"|\b(?:imagino|imaginando|pienso en|pensando en|fantaseo con|fantaseando con)\b[^.!?\n]{0,10}"
        r"\b(?:mi|mi propio) (?:funeral|entierro|velorio)\b"
        r"|\b(?:ojala|quisiera|si tan solo)\b[^.!?\n]{0,10}\b(?:fuera|tuviera|tuviese|fuese|tener) (?:lo "
        r"(?:suficientemente )?)?(?:valiente|(?:el )?valor|(?:el )?coraje|(?:las )?agallas)\b"
        r"[^.!?\n]{0,6}\b(?:para|pa|de) hacerlo\b(?=\s*(?:[.!?;\n]|$|de una vez|ya\b))"
        r"|\b(?:a proposito|aproposito|adrede)\b[^.!?\n]{0,40}\b(?:esperando|a ver si|ojala|con la "
        r"esperanza de) (?:que )?(?:pase algo|me pase algo|choque|me choquen|me atropell\w*|me (?:mate|"
        r"maten)|me estrelle)\b"
        r"|\b(?:manejo|conduzco|cruzo|camino|voy)\b[^.!?\n]{0,40}\b(?:esperando|a ver si|ojala|con la "
        r"esperanza de) (?:que )?(?:me pase algo|choque|me choquen|me atropell\w*|me (?:mate|maten)|"
        r"me estrelle)\b"
        r"|\bme (?:imagino|veo)\b[^.!?\n]{0,10}\b(?:saltando|tirandome|cayendo|lanzandome|"
        r"aventandome)\b[^.!?\n]{0,40}\b(?:" + _LUGAR_ALTO + r"|vias|tren|metro)"
        r"(?![^.!?\n]{0,30}\b(?:paracaidas|bungee|puenting|piscina|clavado|tirolesa|alberca))",
    ),
    (
        # Watching or searching content about people who kill themselves, said in a euphemism
        # ("gente que se va") as often as in plain words.
        "generaliza.contenido_suicida",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:buscando|busco|busque|viendo|veo|vi|miro|mirando|leyendo|leo)\b[^.!?\n]{0,15}\b(?:videos?|"
        r"fotos|historias|foros?|paginas|notas|cartas|relatos|testimonios)\b (?:de|sobre) (?:gente|"
        r"personas|chicos|chicas|alguien) que se (?:mata|matan|mato|mataron|suicida|suicidan|suicido|"
        r"quita la vida|quitan la vida|tira|tiran|cuelga|cuelgan|va|van|fue|fueron)\b"
        r"(?!\s*(?:a|al|de|del|para|con|en|lejos|fuera|sol[oa]s?|de viaje|a vivir)\b)",
    ),
    (
        # Joining someone who died: "lo voy a acompañar", "me voy con ella" after a death.
        "generaliza.reunirse_con_muerto",
        "ideation",
        "high",
        "plan",
        r"\b(?:muerte|murio|fallecio|aniversario|se fue al cielo|en el cielo|difunt\w*|tumba|perdi a)"
        r"\b[^\n]{0,100}\b(?:(?:lo|la|los) voy a (?:acompanar|seguir|alcanzar)|voy a (?:ir|irme|"
        r"reunirme|estar) con (?:el|ella|ellos)|me voy (?:con|a reunir con) (?:el|ella|ellos))\b"
        r"(?!\s*(?:a|al|en|con|hasta|para|de|del)\b)",
    ),
    (
        # Pills gathered on the quiet: several pharmacies, "so nobody suspects".
        "generaliza.acopio_secreto",
        "preparatory",
        "high",
        "plan",
        r"\b(?:junt\w*|acumul\w*|guard\w*|consegu\w*|compr\w*|ahorr\w*)\b[^.!?\n]{0,40}\b"
        + _PASTILLAS
        + r"\b[^.!?\n]{0,40}\b(?:sin que|para que nadie|para que no) (?:(?:nadie|me|se|lo|la) )?(?:sospech\w*|se den? cuenta|de cuenta|se "
        r"entere\w*|sepa\w*|pregunte\w*|noten?)\b"
        r"|\b(?:(?:distintas|diferentes|varias|tres|cuatro|cinco|\d) farmacias|farmacias (?:distintas|"
        r"diferentes))\b[^.!?\n]{0,60}\b(?:juntar|acumular|reunir|guardar)\b",
    ),
    (
        # Throwing oneself into a canal, under a train, off a viaduct: said as a plan.
        "generaliza.lanzarse",
        "ideation",
        "high",
        "plan",
        r"\bme (?:aviento|avento|tiro|lanzo|arrojo|echo)\b (?:al|del|desde el|desde la|a la|a las|por "
        r"el|por la|de la|de el|bajo el|debajo del) (?:canal|puente|viaducto|metro|tren|vias|presa|"
        r"acantilado|barranco|barranca|autopista|periferico|segundo piso|vacio)\b"
        r"(?![^.!?\n]{0,40}\b(?:nadar|clavado|chapuzon|refrescarme|con el club|salvavidas|a pescar))",
    ),
    (
        # Delusions: thoughts stolen or read, a double, a chip implanted, persecution by a
        # powerful group.
        "generaliza.delirio",
        "psychosis",
        "moderate",
        "expression",
        r"\bme (?:roba|roban|lee|leen|mete|meten|controla|controlan|escucha|escuchan|quita|quitan) "
        r"(?:los|mis) pensamientos\b|\b(?:(?:fue|ha sido|lo|la|los|las) (?:reemplazad|sustituid|cambiad)"
        r"[oa]s?|(?:lo|la|los|las) (?:reemplazaron|sustituyeron|cambiaron)) por (?:un |una )?(?:doble|impostor\w*|clon|robot|extraterrestre)\b|\bes (?:un|una) "
        r"impostor\w*\b(?=[^\n]{0,40}\b(?:igual|identic\w*|no es (?:el|ella)))|\b(?:chip|microchip|"
        r"implante|rastreador|dispositivo)s? que me (?:pusieron|metieron|implantaron|instalaron)\b|\bme "
        r"(?:implantaron|pusieron|metieron|instalaron) un (?:chip|microchip|implante|dispositivo|"
        r"rastreador)\b(?! (?:dental|anticonceptivo|en el diente))|\bme (?:persigue|persiguen|vigila|"
        r"vigilan) (?:el gobierno|la cia|la mafia|el cartel|los del cartel|la policia secreta|los "
        r"extraterrestres|los satelites|los masones)\b",
    ),
    (
        # A blade taken to one's own body to pull something out, or a weapon to someone's head.
        "generaliza.acto_con_arma",
        "self-harm",
        "high",
        "plan",
        r"\b(?:voy a (?:sacarme|sacarmelo|sacarmela|quitarme|quitarmelo|quitarmela|arrancarme|"
        r"arrancarmelo|abrirme)|me voy a (?:abrir|sacar|arrancar))\b(?:(?!astilla|espina|pelo|ceja|puntos|callo|grano|garrapata|cuticula|"
        r"padrastro)[^.!?\n]){0,30}\bcon (?:la|el|un|una|unas) (?:navaja|cuchillo|cuchilla|tijeras|"
        r"cuter|gillette|hoja de afeitar)\b",
    ),
    (
        "generaliza.golpe_con_arma",
        "harm-to-others",
        "high",
        "plan",
        r"\ble (?:voy a (?:dar|pegar|partir|abrir|reventar|romper)|doy|pego|parto|abro|reviento|rompo)\b"
        r"[^.!?\n]{0,20}\bcon (?:el|la|un|una) "
        r"(?:martillo|bate|machete|cuchillo|navaja|fierro|tubo|palo|hacha|piedra|ladrillo|llave "
        r"inglesa)\b(?![^.!?\n]{0,20}\b(?:al clavo|a la pared|a la madera|a la tabla|al mueble|a la "
        r"pinata|a la pelota|a la bola|al tronco))",
    ),
    (
        # Mania: no sleep with grandiosity, or a spree of spending with no sleep.
        "generaliza.mania",
        "mania",
        "moderate",
        "expression",
        _SIN_DORMIR
        + r"\b[^\n]{0,80}\b(?:soy (?:un genio|invencible|el elegido|la elegida|dios)|me "
        r"siento (?:un genio|invencible|dios|el elegido|la elegida|imparable|todopoderos\w*)|siento que "
        r"soy (?:un genio|dios|invencible|el elegido|la elegida))\b|\b(?:soy (?:un genio|invencible|"
        r"el elegido|la elegida)|me siento (?:un genio|invencible|imparable))\b[^\n]{0,80}"
        + _SIN_DORMIR
        + r"|\bgaste (?:toda la quincena|todo el sueldo|todos mis ahorros|todo mi sueldo|todo el "
        r"aguinaldo|toda la tarjeta|todo lo que tenia)\b[^\n]{0,60}" + _SIN_DORMIR,
    ),
    (
        # Fasting or purging tied to the scale.
        "generaliza.peso_compensacion",
        "eating",
        "moderate",
        "expression",
        r"\b(?:bascula|me peso|pesarme|engord\w*|subo (?:de peso|un kilo|\d+ gramos)|marca \d+ "
        r"(?:gramos|kilos|g)|gramos mas|kilo mas)\b[^\n]{0,60}\b(?:ayuno|no como (?:nada|en todo el dia|"
        r"hasta)|me salto (?:la|las) comidas?|vomito|me provoco el vomito|me castigo sin comer|no "
        r"ceno|no desayuno)\b(?![^\n]{0,40}\b(?:intermitente|analisis|ramadan|cuaresma))",
    ),
    (
        # Self-injury other than cutting, to the point of a mark: biting, pinching, hitting.
        "generaliza.autolesion_marca",
        "self-harm",
        "moderate",
        "expression",
        r"\bme (?:muerdo|mordi|mordia|pellizco|pellizque|rasguno|arano|golpeo|golpee|pego|pegue) "
        r"(?:las|los|la|el|mis|mi) (?:manos?|brazos?|piernas?|muslos?|cabeza|cara|dedos?|munecas?|"
        r"pecho|panza|estomago)\b[^.!?\n]{0,30}\bhasta (?:que )?(?:sangr\w*|me sale sangre|se (?:ponen|"
        r"pone|quedan|queda) (?:morad\w*|negr\w*|verdes?)|dejar(?:me)? (?:marca|moreton)|hacerme "
        r"(?:sangre|herida|moreton)|quedar (?:morad\w*|marcad\w*)|me (?:quedan|salen) (?:moretones|"
        r"marcas|heridas))",
    ),
    (
        # Stroke signs: half the face dropping, speech slurred all of a sudden, one side weak.
        "generaliza.ictus",
        "medical",
        "imminent",
        "act",
        r"\bse (?:le|me) (?:cayo|cae|torcio|tuerce|durmio|duerme|paralizo|paraliza|chueco|chuequeo) "
        r"(?:la mitad de (?:la|su|mi) cara|media cara|un lado de la cara|medio cuerpo|la boca|el lado "
        r"(?:izquierdo|derecho))\b|\b(?:no (?:puede|podia|puedo) mover|no siente|no siento) (?:el "
        r"brazo|la pierna|un lado|medio cuerpo|la mitad del cuerpo)\b(?=[^\n]{0,60}\b(?:de repente|"
        r"de golpe|habla|la cara|la boca))|\b(?:habla|hablaba|hablo) (?:raro|arrastrando\w*|enredad\w*"
        r"|sin sentido|trabad\w*)\b[^.!?\n]{0,60}\b(?:de repente|de golpe|la cara|la boca|no puede "
        r"mover)\b",
    ),
    (
        # Height counted against "enough", or a high place reached unseen.
        "generaliza.altura_suficiente",
        "method-seeking",
        "high",
        "method",
        r"\b(?:pisos|altura)\b[^?\n]{0,60}\b(?:alcanza|alcanzan|basta|bastan|es suficiente|son "
        r"suficientes|sera suficiente|seran suficientes)\b[^\n]{0,10}(?:\?|\bo no\b)",
    ),
    (
        "generaliza.acceso_altura",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:subir|entrar|llegar|acceder|pasar)\b[^?\n]{0,20}\b" + _LUGAR_ALTO + r"\b[^?\n]{0,30}"
        r"\bsin que (?:te|me|nos|lo|la)? ?(?:vean|vea|descubran|noten|detengan|paren)\b"
        r"(?![^?\n]{0,40}\b(?:fumar|besar|fiesta|fotos?|graffiti|grafiti|pintar))",
    ),
    (
        # Things paid or left ready "so they lack nothing when I'm no longer here".
        "generaliza.dejar_provisto",
        "preparatory",
        "high",
        "plan",
        r"\b(?:para que|asi) (?:no (?:le|les) falte nada|(?:tenga|tengan) (?:de todo|todo|lo "
        r"necesario|con que))\b[^.!?\n]{0,40}\b"
        + _ANTES_DE_IRME
        + r"\b|\b"
        + _ANTES_DE_IRME
        + r"\b[^.!?\n]{0,40}\b(?:no (?:le|les) falte nada|(?:deje|dejo) (?:todo )?pagad\w*)\b",
    ),
]

_GENERALIZA2_TERCEROS: list[tuple[str, str, str, Kind, str]] = [
    (
        # A child touched, or left today with the one who touches them.
        "generaliza.nino_abuso",
        "abuse",
        "high",
        "plan",
        r"\b" + _NINO + r"\b[^\n]{0,60}\b(?:(?:la|lo) (?:toca|toco|tocaba|manosea|manoseo|toquetea|"
        r"toqueteo|toquetea)|abusa de (?:ella|el)|le toca (?:sus|las|el|la) (?:partes|pechos|cola|"
        r"parte intima|vagina|pene)|le mete la mano)\b(?!\s+(?:la guitarra|el piano|la bateria|el "
        r"timbre|\w+(?:ar|er|ir)\b))",
    ),
    (
        # A child chained, tied or locked out in the cold or overnight.
        "generaliza.nino_expuesto",
        "abuse",
        "high",
        "plan",
        r"\b(?:encadena|encadenan|encadeno|amarra|amarran|amarro|ata|atan|encierra|encierran)\b "
        r"(?:a )?(?:su |mi |el |la |los |las )?"
        + _NINO
        + r"s?\b[^\n]{0,60}\b(?:toda la noche|en el "
        r"patio|afuera|sin comer|sin comida|bajo la lluvia|\d+ grados|bajo cero|en el frio|helando|en "
        r"la calle|con una cadena)\b|\b(?:deja|dejan)\b (?:a )?(?:su |mi |el |la |los |las )?"
        + _NINO
        + r"s?\b[^\n]{0,60}\b(?:sin comer|sin comida|bajo la lluvia|\d+ grados|bajo cero|helando)\b"
        r"|\b(?:deja|dejan|dejo|dejaron)\b (?:a |al )?(?:su |mi |el |la |los |las )?"
        + _NINO
        + r"s?\b"
        r"(?: sol[oa]s?| encerrad[oa]s?)? en el (?:coche|carro|auto)\b(?=[^\n]{0,40}\b(?:calor|sol|"
        r"horas|todo el dia|\d+ grados))",
    ),
    (
        # An elder's pension taken or food withheld by a relative.
        "generaliza.maltrato_mayor",
        "abuse",
        "moderate",
        "expression",
        r"\b(?:abuel[oa]s?|vecin[oa] de [6-9]\d|ancian[oa]|viejit[oa]|senora mayor|senor mayor|de "
        r"[6-9]\d anos)\b[^\n]{0,80}\b(?:le (?:quita|quitan|roba|roban|saca|sacan|esconde|gasta)\w* (?:la "
        r"|su |toda la )?(?:pension|jubilacion|dinero|plata|tarjeta|ahorros)|(?:la|lo) deja\w* sin "
        r"(?:comer|comida|medicinas)|no le da\w* de comer|(?:la|lo) (?:encierra|encierran|amarra|"
        r"amarran|golpea|golpean))\b",
    ),
    (
        # Someone else saying they will kill a named person.
        "generaliza.amenaza_ajena",
        "harm-to-others",
        "moderate",
        "expression",
        r"\b(?:dice|dijo|anda diciendo|amenaza con|amenazo con|jura|juro) (?:que )?(?:va a |lo va a |la "
        r"va a )?(?:matar|matarl[oa]|apunalar\w*|balear\w*|quemar\w*|lastimar\w*|hacerle dano) (?:a )?"
        r"(?:su|mi|el|la|los|las|al)\b(?! (?:gallo|gallina|pollo|puerco|cerdo|marrano|chivo|borrego|cordero|"
        r"pavo|guajolote|conejo|pez|pescado|mosca|mosquito|cucaracha|rata|raton|bicho|plaga|tiempo|"
        r"hambre|aburrimiento|examen|jefe final|monstruos?|fantasmas?|zombis?|zombies?|dragon|"
        r"villanos?|malo del \w+)\b)",
    ),
    (
        # A young person's list of who gets their things.
        "generaliza.reparte_cosas",
        "preparatory",
        "high",
        "plan",
        r"\b(?:lista|plan|nota)\b[^.!?\n]{0,40}\b(?:regalar|repartir|dar|heredar)\b[^.!?\n]{0,10}"
        r"\b(?:sus|mis) cosas\b[^.!?\n]{0,10}\ba quien\b",
    ),
]


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


# Fourth round (issue 3, h11 misses): signs by class, with their look-alikes guarded.
_TOMADO = (
    r"(?:me he (?:tomado|tragado|metido|bebido|zampado)|he (?:tomado|tragado)|me (?:tome|trague|"
    r"meti|bebi|zampe))"
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


RULES: tuple[Rule, ...] = tuple(
    make_rules(
        "es",
        _SELF
        + _METHOD
        + _OTHERS
        + _AMPLIAS
        + _GENERALES
        + _SENALES
        + _GENERALIZA
        + _GENERALIZA2
        + _GENERALIZA3
        + _GENERALIZA4,
    )
    + make_rules(
        "es",
        _THIRD
        + _SENALES_TERCEROS
        + _GENERALIZA_TERCEROS
        + _GENERALIZA2_TERCEROS
        + _GENERALIZA3_TERCEROS
        + _GENERALIZA4_TERCEROS,
        third_party=True,
    )
)
# Idioms by class (issue 3). Each is a death or violence word with what makes it ordinary: a
# trivial cause ("mi mamá me va a matar si llego tarde"), a thing that "killed" the writer (food,
# a workout), a task or a pest as the victim ("voy a reventar el examen"), a break-up, a team that
# loses, a night out, a joke about the voices, a farewell to an object, an accident in the kitchen.
_CAUSA_TRIVIAL = (
    r"(?:llego tarde|llegar tarde|llegando tarde|notas|calificaciones|suspend\w*|reprob\w*|"
    r"examen|tarea|deberes|el cuarto|mi cuarto|el desorden|rompi|romper|la tele|el control|"
    r"la factura|la cuenta|gaste|gastar|el coche|el carro|el auto|la moto|raye|choque|la fiesta|"
    r"se entera de (?:que )?(?:rompi|perdi|gaste|choque|suspend\w*|reprob\w*)|perdi (?:las llaves|"
    r"el celular|el movil|la cartera)|el pelo|tatuaje|piercing|el partido|la dieta|la boda|"
    r"no (?:lavo|lave|limpio|limpie|saco|saque|friego|fregue|recojo|recogi)|los platos)"
)
_AUTORIDAD = (
    r"(?:mi|mis|la|el) (?:mama|mami|madre|mom|papa|papi|padre|dad|viejos|viejo|vieja|papas|padres|"
    r"jefe|jefa|profe\w*|maestr[oa]|entrenador\w*|abuel[oa]|tia|tio|suegr[oa]|esposa|marido|"
    r"herman[oa]|novi[oa])"
)
_LO_QUE_MATA = (
    r"(?:comida|ceviche|tacos?|picante|chile|aji|salsa|pizza|hamburguesa|burrito|empanadas?|"
    r"mariscos|guiso|sushi|resaca|cruda|guayabo|guaro|tequila|mezcal|alcohol|copas|gym|gimnasio|"
    r"entrenamiento|entreno|rutina|spinning|crossfit|pierna|clase|caminata|subida|cuesta|calor|"
    r"frio|trafico|viaje|vuelo|madrugon|turno|(?<!este fin de )(?<!esta )semana|examen|parcial|final|jefe|curro|laburo|"
    r"chamba|pega|bebe|ninos|peque|reunion|mudanza|partido|serie|capitulo|final de temporada)"
)
_TAREA_O_PLAGA = (
    r"(?:examen|examenes|parcial|parciales|final|finales|prueba|entrevista|presentacion|"
    r"partido|torneo|carrera|maraton|karaoke|pista|escenario|concierto|jefe final|nivel|juego|"
    r"competencia|audicion|tarea|proyecto|exposicion|clasico|cucarachas?|mosquitos?|moscas?|"
    r"hormigas?|ratones|ratas?|pulgas?|piojos|chinches|termitas|bichos|plaga|polillas?|avispas?|"
    r"aranas?|caracoles|malas hierbas|hierbajos|maleza|zancudos|virus del ordenador)"
)
_DEPORTE = (
    r"(?:pierde|pierden|perdemos|empata|empatan|descende\w*|desciende|baja a segunda|no clasifica|"
    r"eliminad\w*|gol|goles|penal|penalti|minuto 90|arbitro|el clasico|la final|la liga|la copa|"
    r"el partido|el mundial|la champions|la libertadores)"
)
_FIESTA = (
    r"(?:salir|fiesta|boliche|antro|farra|carrete|parranda|rumba|peda|joda|bar|discoteca|disco|"
    r"cumple\w*|despedida de soltera?|con las (?:pibas|chicas|amigas|nenas)|con los (?:pibes|"
    r"chicos|amigos|panas|cuates|compas)|🍻|🍺|🥂|🍷|🍹|🍸|🥳|🎉)"
)
_COCINA = (
    r"(?:comal|sarten|plancha|horno|olla|aceite|estufa|vapor|agua hirviendo|cafe|te caliente|"
    r"tostadora|fogon|parrilla|asador|brasas?|freidora|microondas|tetera|cacerola|el sol|la "
    r"puerta del horno|la cafetera|el rizador|la plancha del pelo|la secadora|la mandolina|el "
    r"rallador|un abrelatas|la lata|papel)"
)
_IDIOMA_CLASES = (
    r"\b(?:si|cuando|porque|por)\b[^.!?\n]{0,50}\b" + _CAUSA_TRIVIAL + r"\b[^.!?\n]{0,40}\bme "
    r"(?:va|van) a (?:matar|asesinar|colgar|enterrar)\b|\b" + _AUTORIDAD + r"\b[^.!?\n]{0,40}\bme "
    r"(?:va|van) a (?:matar|asesinar)\b[^.!?\n]{0,50}\b" + _CAUSA_TRIVIAL + r"\b|\bme (?:va|van) a "
    r"(?:matar|asesinar)\b[^.!?\n]{0,10}(?:jaja\w*|lol|xd|😂|🤣|🙄)"
    r"|\b(?:el|la|los|las|ese|esa|este|esta|esos|esas|mi|tu|lo que)\b[^.!?\n]{0,25}\b"
    + _LO_QUE_MATA
    + r"\b[^.!?\n]{0,25}\bme (?:mato|mataron|esta matando|estan matando|dejo muert\w*)\b"
    r"|\bme (?:mate|mato|mataba|estoy matando|mori|muero) (?:de|de la) risa\b|\bmatarme de (?:la )?risa\b"
    r"|\b(?:voy a|vamos a|le voy a|los voy a|las voy a|lo voy a|la voy a|hay que)\s(?:\w+\s){0,2}"
    r"(?:matar|reventar|destrozar|aplastar|arrasar|exterminar|liquidar|romper|petar|acabar con|"
    r"cargar(?:me|nos)?)\w*\s(?:a\s)?(?:el|la|los|las|este|esta|ese|esa|esos|esas|mi|mis|todos? "
    r"(?:los|las)|todas las)?\s?(?:\w+\s)?" + _TAREA_O_PLAGA + r"\b"
    r"|\b(?:terminar|acabar|cortar|romper) con (?:esto|todo|el|ella|mi novi[oa]|mi pareja|\w+)\b"
    r"[^.!?\n]{0,40}\b(?:relacion|noviazgo|de novios|de pareja|mi novi[oa]|mi pareja|mi ex|me "
    r"engano|me pone los cuernos|ya no (?:lo|la) quiero)\b|\b(?:relacion|noviazgo|mi novi[oa]|mi "
    r"pareja)\b[^.!?\n]{0,40}\b(?:terminar|acabar|cortar) con (?:esto|todo|el|ella)\b"
    r"|\bsi\b[^.!?\n]{0,50}\b" + _DEPORTE + r"\b[^.!?\n]{0,50}\bme (?:tiro|mato|muero|corto las "
    r"venas|pego un tiro|ahorco|cuelgo|suicido)\b[^.!?\n]{0,30}|\bme (?:tiro|mato|muero|corto las "
    r"venas|pego un tiro|ahorco|cuelgo|suicido)\b[^.!?\n]{0,40}\bsi\b[^.!?\n]{0,40}\b"
    + _DEPORTE
    + r"\b"
    r"|"
    + _FIESTA
    + r"[^.!?\n]{0,60}\bme voy a tomar (?:todo|todas)\b(?![^.!?\n]{0,30}\b(?:pastillas|"
    r"pastis|medicamentos|calmantes|somniferos|el bote|la caja))|\bme voy a tomar (?:todo|todas)\b"
    r"(?![^.!?\n]{0,30}\b(?:pastillas|pastis|medicamentos|calmantes|somniferos|el bote|la caja))"
    r"[^.!?\n]{0,40}"
    + _FIESTA
    + r"|\b(?:las |la )?(?:voces|vocecitas?|voz) (?:de|en|dentro de) mi cabeza\b[^.!?\n]{0,60}(?:jaja\w*|"
    r"lol|xd|😂|🤣|\b(?:compre|comprar|pida|pedir|coma|comer|duerma|dormir|netflix|pizza|helado|"
    r"chocolate|tacos|otra serie|otro capitulo|zapatos|ropa|cafe)\b)"
    r"|\bcartas? de (?:despedida|adios) (?:a|para) (?:mi|mis|la|el|los|las|este|esta) (?:\w+ )?"
    r"(?:coche|carro|auto|moto|bici|celular|movil|portatil|laptop|compu\w*|casa|piso|departamento|"
    r"depa|cuarto|ciudad|barrio|pueblo|trabajo|oficina|escuela|colegio|uni\w*|sofa|colchon|cama|"
    r"ropa|pelo|melena|juventud|veintes|treintas|soltería|solteria|ex|equipo|club|gimnasio)\b"
    r"|\bme (?:queme|corte|quemo|corto|pegue|golpee)\b (?:la \w+ |el \w+ |un \w+ )?(?:con (?:el|la|"
    r"los|las|un|una) " + _COCINA + r"|cocinando|planchando|friendo|horneando|pelando|picando|"
    r"cortando (?:cebolla|verdura|pan|carne|tomate)|sacando (?:la|el) \w+ del horno|en la cocina)\b"
    r"(?![^\n]{0,80}\b(?:a proposito|aproposito|adrede|queriendo|para sentir|para castigarme|"
    r"ampolla\w*|piel blanca|supura|carne viva|grado|mucha sangre|no para|hondo|profund\w*))"
    r"|\b(?:concierto|fiesta|viaje|boda|vacaciones|cumple\w*|partido|mudanza|maleta|paseo|excursion|"
    r"cena|evento|show|festival|graduacion|bautizo|carne asada|asado|examen)\b[^.!?\n]{0,60}\bya "
    r"tengo todo (?:listo|preparado)\b|\bya tengo todo (?:listo|preparado)\b[^.!?\n]{0,40}\b(?:la maleta|"
    r"las maletas|el pasaporte|los boletos|el vuelo|el disfraz|el vestido|el traje|los regalos)\b"
    r"|\b(?:soga|cuerda|comba)s?\b[^.!?\n]{0,20}\blistas?\b[^.!?\n]"
    r"{0,40}(?<!no es para )(?<!no es pa )\b(?:saltar|brincar|gym|gimnasio|ejercicio|box|crossfit|escalar|tendedero|columpio)\b"
    r"|\b(?:a mi edad|ley de vida|mis nietos|bisnietos|(?:[7-9]\d|1\d\d) anos)\b[^\n]{0,80}\bcuando "
    r"(?:yo )?(?:ya )?(?:no este|me muera|me vaya)\b|\bcuando (?:yo )?(?:ya )?(?:no este|me muera|me "
    r"vaya)\b[^\n]{0,80}\b(?:a mi edad|ley de vida|mis nietos|bisnietos|(?:[7-9]\d|1\d\d) anos)\b"
    r"|\b"
    + _MOTIVO
    + r"\b[^.!?\n]{0,80}\b(?:dejar (?:todo |las cosas )?(?:en orden|arreglado|atado|"
    r"claro)|(?:el|mi) testamento)\b"
)


# Third round (h9/h10): ordinary stories told with crisis words. A trivial mishap laughed off
# ("se me cayó el helado, me voy a unalive jaja"), someone warning the writer about an accident
# ("mi mujer dice que un día me voy a matar con mis inventos"), a "killer" workout, a job whose
# stories are about other people (a bouncer, an ER shift), a pet back from the vet, a will made
# for an ordinary reason told after the act. Each pattern lets a stated day, means or "en serio"
# through.
_PERCANCE = (
    r"(?:se me (?:cayo|cayeron|quemo|quemaron|olvido|olvidaron|rompio|rompieron|derramo|fue|"
    r"escapo|murio el (?:celular|movil)|acabo la bateria)|deje (?:las llaves|el celular|el movil|la "
    r"cartera|el cargador)|perdi (?:el (?:bus|camion|metro|tren|micro|colectivo|vuelo)|la guagua|"
    r"las llaves)|me quede (?:fuera|afuera) de (?:la )?casa|me (?:equivoque|confundi) de)"
)
_MUERTE_BROMA = (
    r"(?:me (?:voy a |quiero |vas a )?(?:matar|morir|suicidar)(?:me)?|me voy a suicidarme|me mato|"
    r"me muero)"
)
_RISA_O_MALA_SUERTE = r"(?:jaja\w*|lol|xd|🤦|🙄|no puede ser|(?:que|mi) (?:mala )?suerte|otra vez)"
_EN_SERIO_O_MEDIOS = (
    r"(?![^.!?\n]{0,40}\b(?:en serio|de verdad|no es broma|esta noche|hoy mismo|pastillas|soga|"
    r"cuerda|ya lo decidi)\b)"
)
_IDIOMA_CLASES3 = (
    r"\b"
    + _PERCANCE
    + r"\b[^.!?\n]{0,60}\b"
    + _MUERTE_BROMA
    + r"\b(?=[^.!?\n]{0,40}"
    + _RISA_O_MALA_SUERTE
    + r")"
    + _EN_SERIO_O_MEDIOS
    + r"|\b"
    + _MUERTE_BROMA
    + r"\b[^.!?\n]{0,50}\b"
    + _PERCANCE
    + r"\b(?=[^.!?\n]{0,60}"
    + _RISA_O_MALA_SUERTE
    + r")"
    + _EN_SERIO_O_MEDIOS
    + r"|\b(?:dice|dicen|decia|dijo|me dice|me dijo|siempre dice|me regana|me advierte) que (?:un dia "
    r"(?:de estos )?|algun dia |cualquier dia )?me voy a (?:matar|morir|desnucar)\b (?:con|en|subiendo|"
    r"bajando|haciendo|manejando|por)\b(?! (?:las |unas |mis |esas |estas )?(?:pastillas|soga|cuerda|"
    r"pistola|veneno|navaja|cuchill\w*))"
    r"|\bun dia (?:de estos )?me voy a matar (?:con|en|subiendo|bajando|manejando) (?:esa|esta|ese|"
    r"este|el|la|los|las|mis|tanta|tanto)\b(?! (?:pastillas|soga|cuerda|navaja|pistola|veneno))"
    r"|\b(?:wod|entreno|entrenamiento|rutina|clase|sesion|circuito|spinning|crossfit)\b[^.!?\n]"
    r"{0,25}\b(?:fue|estuvo|esta|es|era) (?:un |una )?(?:asesin[oa]|mortal|criminal|matador[a]?|"
    r"una masacre)\b"
    r"|\b(?:trabajo|trabaje|laburo|chambeo) (?:de|como|en) (?:seguridad|guardia de seguridad|"
    r"portero|cadenero|paramedic\w*|enfermer\w*|urgencias|la guardia|emergencias|bomber\w*|"
    r"rescatista|socorrista|salvavidas)\b|\ben (?:la guardia|urgencias|emergencias|el quirofano|la "
    r"ambulancia)\b[^.!?\n]{0,60}\b(?:paciente|motociclista|herid[oa]|accidentad[oa]|"
    r"politraumatizad[oa])\b"
    r"|\b(?:a )?(?:mi|mis|el|la|nuestr[oa]) (?:gat[oa]|gatit[oa]|perr[oa]|perrit[oa]|mascota|"
    r"cachorr[oa]|conej[oa]|hamster|loro|perico|tortuga|caballo)s?\b[^.!?\n]{0,60}\b(?:veterinari"
    r"[oa]|(?:le|les) dieron el alta|se (?:trago|comio) (?:un|una|el|la))\b"
    r"|\bpoder notarial\b(?=[^.!?\n]{0,60}\bpara que\b[^.!?\n]{0,30}\b(?:venda|cobre|firme|haga (?:los "
    r")?tramites|maneje|administre|alquile|rente)\b)(?![^.!?\n]{0,120}\bcuando (?:ya )?no (?:este|"
    r"exista)\b)"
    r"|\b(?:dej\w+ (?:todo |las cosas |mis cosas |sus cosas )?(?:en orden|arreglad[oa]|atad[oa])|"
    r"(?:hice|hizo|firme|firmo|hicimos|firmamos|actualice|actualizo) (?:el |mi |su |nuestro )?"
    r"testamento)\b(?=[^.!?\n]{0,60}\b" + _MOTIVO + r"\b)(?![^.!?\n]{0,120}\b(?:ya no (?:quiero|"
    r"aguanto|puedo)|no quiero (?:seguir|vivir)|para cuando me (?:mate|vaya)|me despido|adios|"
    r"perdon)\b)"
)


MODIFIERS = Modifiers(
    negation=re.compile(
        r"\b(?:nunca|jamas|no(?! (?:paro|dejo|puedo dejar|me quito) de)|ni|tampoco|ningun\w*|nada de)\b"
    ),
    past=re.compile(
        r"\b(?:a los \d+\b[^.!?\n]{0,20}\b(?:hoy|ahora|ya) tengo \d+(?![^.!?\n]{0,30}\b(?:sigo|todavia|aun|otra vez))|(?<!desde )hace (?:como |unos |unas |mas de |casi |ya )?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|varios|"
        r"unos) (?:anos|anos)|hace anos|hace anos|de (?:nino|nina|chic[oa]|pequen[oa]|adolescente)|"
        r"cuando (?:era|tenia) (?:\d+|nin[oa]|chic[oa]|pequen[oa]|joven|chav[oa]|morr[oa]|pib[ea]|"
        r"cri[oa]|escuincl[ea]|adolescente|chiquit[oa])|antes (?:tomaba|me|decia|pensaba|era)|ya no (?:pienso|me(?! (?:queda|quedan|importa|importan|sale|salen|da|dan|sirve|aguanto|puedo|"
        r"siento|levanto|alcanza|interesa|hace|funciona)\b)|lo(?! (?:soporto|aguanto|resisto|puedo)\b))|en el pasado|hace tiempo|fue hace|llevo \d+ (?:anos|"
        r"anos|meses) (?:sobri[oa]|limpi[oa]|sin))\b"
    ),
    recovery=re.compile(
        r"\b(?:sobri[oa]|limpi[oa]|recuperad[oa]|la terapia me (?:esta )?(?:sirviendo|ayudo|ayudando)"
        r"|sigo aqui|orden de alejamiento|vivo tranquila|ya estoy mejor|pedi ayuda|ya paso|le va (?:super |muy )?bien|"
        r"esta en tratamiento|hace (?:meses|anos|semanas) que no (?:pienso|me corto|me hago|bebo)|deje de "
        r"beber|estoy sanisim[oa]|esta (?:bien de salud|sanisim[oa])|cuando (?:me|le) "
        r"llegue la hora|llevo (?:mucho tiempo|meses|anos|\d+ (?:anos|meses)) bien)\b"
    ),
    idiom=re.compile(
        r"\b(?:me voy a |nos vamos a |me |nos )?mat(?:ar|o|e|ando)(?:me|nos)? (?:estudiando|trabajando|"
        r"entrenando|corriendo|limpiando|bailando|a estudiar|a trabajar)\b|"
        r"\bme muero (?:de|por|si)\b(?! a poco)|\bme estoy muriendo de\b|\bmuriendo de (?:risa|frio|calor|"
        r"hambre|sueno|aburrimiento|ganas|verguenza)\b|\bmuero (?:de|por)\b(?! a poco)|\bme quiero morir de "
        r"(?:la )?(?:verguenza|risa)\b|\bme (?:matas|mataste|estan matando|esta matando)\b|\bme mata(?:n)? (?:el|la|los|las|con|de)"
        r"\b|\bme (?:va|van) a (?:matar|enterrar) (?:con|si|cuando)\b"
        # ...not a threat from someone who hurt them or frightens them.
        r"(?![^.!?\n]{0,60}\b(?:lo que me hizo|me (?:pega|golpea|viola|toca|hizo)|abus\w*|miedo|"
        r"amenaz\w*|cuchillo|pistola|navaja|arma)\b)|\bnos van a matar\b|\bmato por"
        r"\b|\bmatar el tiempo\b|\bes para morirse\b|\bmuerto de hambre\b|\bme dejo muert[oa]\b|\b"
        r"(?:ando|volvi|quede|estoy) muert[oa]\b|\bde muerte\b|\bme corta la cabeza\b|\bme voy a "
        r"pegar un tiro (?:como|si)\b|\bme quiero matar (?:estudiando|trabajando)\b|\bun suicidio del"
        r"\b|\bcasi me muero\b|\bte mueres\b|(?<!si )(?<!asi )(?<!cuando )(?<!que )\bme muero\b(?! de a poco)|\bque te mueres\b|\bme corte (?:cocinando|"
        r"con el papel|pelando|afeitandome)\b|\bnada grave\b|\bcortes? de papel\b|\bme va a matar,? "
        r"pero\b|\beste (?:trabajo|job) me (?:mata|va a matar)\b|\bse colgo\.\.\.|\bmate a \w+ y "
        r"quede\b|\bcarta de despedida a (?:mis )?(?:alumnos|companeros|clientes|equipo)\b|\bdespedir"
        r"\w* de (?:mis )?(?:alumnos|companeros)\b|\bpara escalar\b|\bvoy a quemar todo\.\.\.|\bme vole la barda\b|\bcasi me da algo\b|\bme "
        r"quiero morir\b[^.!?]{0,40}\b(?:jaja|me cai|crush|fifa|pierdo)\b|\bmorir(?:me)? de viej[oa]\b|"
        r"\bno voy a estar aqui para siempre\b|\bmatar(?:me)? del susto\b|\bme voy a morir del? (?:aburrimiento|"
        r"hambre|calor|frio|risa|sueno|verguenza|picor|asco)\b|"
        + _IDIOMA_CLASES
        + r"|"
        + _IDIOMA_CLASES3
        # Fourth round: a team or a scare that "will kill me" of a heart attack or of nerves, and
        # work that will bury the writer ("me voy a morir enterrado en facturas").
        + r"|\b(?:me|nos) (?:va|van) a matar de (?:un |una |los |la )?(?:infarto|disgusto|susto|"
        r"ataque\w*|patatus|soponcio|nervios|coraje|emocion|angustia|risa|intriga|sufrimiento)\b"
        r"|\b(?:me|nos) (?:voy|vamos) a morir (?:enterrad[oa]s?|ahogad[oa]s?|sepultad[oa]s?) (?:en|"
        r"entre|bajo) (?:\w+ ){0,2}(?:facturas|papeles|papeleo|trabajo|deberes|tareas|pendientes|"
        r"correos|mails|examenes|expedientes|clientes|informes|reuniones|apuntes|platos|ropa)\b"
    ),
    hyperbole=re.compile(r"\bjaja\b|\blol\b"),
    fiction=re.compile(
        # Watching the evening soap ("y después vi la novela") is a day told, not a story framed.
        r"\b(?:novela(?<!vi la novela)(?<!veo la novela)(?<!ver la novela)(?<!mire la novela)"
        r"(?<!miro la novela)(?<!vimos la novela)(?<!pasan la novela)(?<!empieza la novela)|"
        r"(?:pelicula|peli|serie)(?<!vi una pelicula)(?<!vi una peli)(?<!vi una serie)"
        r"(?<!vimos una pelicula)(?<!vimos una peli)(?<!vimos una serie)|(?:vi|vimos) una (?:pelicula|peli|"
        r"serie)(?= (?:donde|en (?:la )?que|que|sobre|de|con|en)\b)|obra de teatro|(?<!de la )(?<!en la )(?<!a la )obra|cancion|poema|poeta|poetas|verso|(?:un|el|mi|este|ese|del|al|tu|su) cuento|cuentos"
        r"|cantando|canto|estribillo|letra de|el (?:mismo )?jefe (?:final|de (?:la mazmorra|nivel|la zona))|partida|dark souls|elden "
        r"ring|minecraft|gta|zelda|roblox|valorant|mario kart|pokemon"
        r"|(?<!en su )(?<!en el )(?<!en mi )(?<!dentro del )libro|personaje|villano|hamlet|romeo y julieta|shakespeare|fortnite|fifa|videojuego|"
        r"juego|monologo|detective)\b"
    ),
    informational=re.compile(
        r"\b(?:como (?:ayudo|ayudar|acompano|acompanar|le respondo|le explico|hablo con)|que hago si"
        r"|que (?:senales|signos)|senales de alerta|prevencion|factores de proteccion|linea de la "
        r"vida|024|988|linea de ayuda|telefono de la esperanza|que es la|cual es la diferencia|que hago "
        r"con (?:las|los) (?:pastillas|medicamentos|jeringas|remedios)|pastillero|punto de recogida|"
        r"como guardo|ley olimpia|para tenerla apuntada|consejo para"
        # Preparing to help someone, a myth checked, expired medicine to dispose of.
        r"|que (?:deberia|debo|debemos|puedo|podria|se debe|se puede|tendria que|tengo que) hacer si"
        r"(?=[^.!?\n]{0,40}\b(?:un|una|mi|algun|alguien|amig\w*|familiar|herman\w*|hij\w*|pareja)\b)"
        r"|que se hace si(?=[^.!?\n]{0,40}\b(?:un|una|mi|algun|alguien|amig\w*|familiar|herman\w*|"
        r"hij\w*|pareja)\b)|quiero estar preparad[oa](?! para (?:cuando|el dia) (?:me|lo))"
        r"|(?:pastillas|medicamentos|remedios|medicinas) (?:vencid|caducad)\w*[^.!?\n]{0,60}\b(?:botar|"
        r"tirar|desechar|reciclar|deshacerme|llevar)|(?:botar|tirar|desechar|reciclar|deshacerme de) "
        r"(?:las |los |unas |unos )?(?:pastillas|medicamentos|remedios|medicinas) (?:vencid|caducad)\w*)\b"
        # The myth that asking about suicide plants the idea.
        r"|¿ ?es (?:verdad|cierto|un mito) que (?:preguntar|hablar|mencionar|sacar el tema)\w*\b"
    ),
    hypothetical=re.compile(
        r"\b(?:si alguien|que pasaria si alguien|hipoteticamente|(?:me|le|te) pregunt\w* si|como "
        r"(?:le )?pregunto|preguntarle si)\b"
    ),
    joking=re.compile(
        r"(?<!no )(?<!ni )\b(?:es broma|era broma|de broma|bromeando|no es en serio|no era en serio)\b"
    ),
    timeline=re.compile(
        r"\b(?:esta noche|(?<!la )(?<!esta )manana|este (?:fin de semana|finde|"
        + DIAS[3:-1]
        + r")|el "
        + DIAS
        + r"|el fin de semana|cuando (?:mis|mi|todos|se vayan|cobre|no pueda)\b[^.!?]{0,30}|ahora "
        r"mismo|esta tarde|hoy mismo|en unas horas|a medianoche|esta semana|despues de (?:los|mis) "
        r"(?:examenes|finales|parciales)|antes de (?:fin de (?:mes|ano)|navidad|mi cumple\w*)|"
        r"para el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves|finde|fin de semana)|cuando (?:los ninos|"
        r"los chicos|todos) (?:se duerman|duerman|esten dormidos))\b"
    ),
    means=re.compile(
        r"\b(?:tengo|guarde|guardo|guardadas|compre|consegui|escondidas|escondi)\b[^.!?]{0,40}\b"
        + MEDIOS
        + r"\b"
    ),
    intent=re.compile(
        r"\b(?:voy a hacerlo|lo voy a hacer|ya (?:lo )?(?:tengo|esta) decidido|ya lo pense|pienso "
        r"usar\w*|lo hare|ya lo decidi|lo decidi|he decidido|esta decidido|estoy decidid[oa]|"
        r"voy a hacerlo|no hay vuelta atras)\b"
    ),
    immediacy=re.compile(r"\b(?:ahora mismo|ya empece|en este momento|esto es lo ultimo|adios)\b"),
    clause_break=re.compile(r"[.;!?\n]|\bpero\b|\baunque\b|,"),
    distress=re.compile(
        # "La protagonista quiere morirse como yo": el personaje dice lo que siente quien escribe.
        r"\b(?:quiere|quiera|quiso|queria) (?:morir\w*|matarse|suicidarse|desaparecer)\b[^.!?]{0,15}"
        r"\b(?:como yo|igual que yo)\b|"
        r"\b(?:destrozad[oa]|desde que me dejo|desde que (?:murio|se fue)|no tengo ganas de nada|ya"
        r" no puedo mas|jodi[oa]|jodid[oa]|bajonead[oa]|bajon|nada me sale|sin trabajo|perdi el trabajo|"
        r"no aguanto a nadie|me siento una mierda|nada tiene sentido|no aguanto mas|me quiero morir|estoy "
        r"fatal|perdi (?:el|mi) trabajo|me siento un fracaso|soy un fracaso|me odio|no valgo nada|"
        r"(?:estoy )?(?:harta|harto|cansad[oa]) de (?:todo|vivir|la vida|esta vida)|ya no puedo|no "
        r"puedo mas|no aguanto|ya no quiero sentir|quiero que (?:se acabe|pare|termine) (?:todo|el "
        r"dolor|esto)|(?:ya )?no doy (?:mas|para mas)|no puedo con (?:nada|todo|mi vida)|quiero que se acabe|no quiero (?:seguir|sentir) (?:asi|esto|este dolor)|"
        r"prefiero estar muert[oa]|me quiero ir de este mundo|ya fue todo|(?:esto|todo) se tiene que "
        r"(?:terminar|acabar)|(?:tan |muy |re )?done con todo|estoy (?:tan |muy )?done)\b"
    ),
    relapse=re.compile(r"\b(?:otra vez|de nuevo|volvi a|me volvi|recai\w*|hacia meses que no)\b"),
    coped=re.compile(
        r"\bpero\b[^.!?]{0,60}\b(?:agarre el hielo|sali a caminar|llame|le escribi|respire|se me "
        r"paso|me ayudo)\b|\bse me paso\b"
    ),
    ordinary_stay=re.compile(
        r"\b(?:en|sobre|arriba del?|al borde del?|encima del?) (?:(?:el|la|un|una|las) )?(?:puente|"
        r"azotea|tejado|vias|cornisa|acantilado|balcon)\b" + _ACTIVIDAD_CORRIENTE
    ),
    serious=re.compile(r"\b(?:en serio|de verdad|no es broma|lo digo en serio)\b"),
    away=re.compile(
        r"\b(?:esta|anda|se fue) (?:fuera|de viaje|trabajando fuera|en otra ciudad|pres[oa]|en la "
        r"carcel)\b|\bno esta (?:en casa|aqui)\b|\besta semana no esta\b|\bmientras (?:el|ella) "
        r"(?:esta|anda) fuera\b"
    ),
    departure=re.compile(
        r"\b(?:me mudo|nos mudamos|me mude|nos mudamos|mudarme|mudarnos|mudanza|me voy a vivir|ya no "
        r"(?:los|las) uso|ya no me (?:queda|quedan)|me quedan? chic[oa]s?|me operan|me van a operar|"
        r"cirugia|operacion de|se va (?:a la mili|al servicio militar|de intercambio)|se jubil\w*|"
        r"nos vamos a vivir|me voy a (?:estudiar|trabajar) (?:a|al|fuera)|emigr\w*|me jubil\w*|"
        r"jubilacion|erasmus|intercambio|me dieron la visa|me voy (?:al|a) extranjero|me voy fuera|"
        r"me (?:salio|salieron|dieron|aprobaron) (?:la visa|el visado|los papeles|el contrato|la beca|"
        r"la plaza|el traslado)|les escribo desde|te (?:aviso|escribo) cuando (?:llegue|aterrice)|"
        r"me trasladan|el vuelo sale"
        # A job elsewhere: "me salió el trabajo en Madrid", "conseguí chamba en Santiago".
        r"|me (?:salio|dieron|ofrecieron) (?:el|un|una) (?:trabajo|puesto|empleo|chamba|curro|pega|"
        r"laburo|beca|plaza) (?:en|fuera|afuera)|consegui (?:un )?(?:trabajo|empleo|chamba|curro|pega|"
        r"laburo) (?:en|fuera|afuera)"
        # Emigrating: a country or "abroad" after "me voy / nos vamos", not a holiday.
        r"|(?:me|nos) (?:voy|vamos|iremos|ire|voy a ir|vamos a ir|mudamos|mudo) (?:a vivir )?(?:a|pa|"
        r"para) (?:espana|chile|argentina|mexico|colombia|peru|uruguay|paraguay|bolivia|ecuador|"
        r"venezuela|panama|costa rica|estados unidos|eeuu|usa|canada|alemania|francia|italia|"
        r"inglaterra|irlanda|australia|portugal|europa|suiza|holanda|el extranjero|otro pais|fuera "
        r"del pais)\b(?! de (?:vacaciones|viaje|paseo))"
        # A last day at work after many years: retirement, unless a wish to die is in the message.
        r"|(?:mi |el )?ultimo dia (?:en|de) (?:la|el|mi) \w+(?: \w+)? (?:despues de|tras|luego de) "
        r"(?:\d+|[a-z]+) anos(?![^\n]*\b(?:ya no (?:quiero|aguanto|voy a necesitar)|no quiero (?:seguir|"
        r"vivir)|quitarme la vida|matarme|me voy a matar|suicid\w*|adios para siempre)\b))"
        r"\b"
    ),
)
