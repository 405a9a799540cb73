"""Spanish rules about the writer themself, every category (the first table in RULES)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind
from tandem.safety.rules.es.lexicon import (
    _CURSO_TERMINADO,
    _LUGAR_CORRIENTE,
    _MOTIVO_CORRIENTE,
    _NO_ARMA,
    _SALTO_OCIO,
    MORIR_YO,
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
        r"(?:cortar|quemar|pegar|lastimar)(?:me)?)\b"
        # Said in emoji (🔪🩸 normalise to "cuchillo sangre"), as the English rules read them.
        r"|\b(?:cuchillo|navaja|cuchilla)\b ?\W{0,3} ?\bsangre\b",
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
