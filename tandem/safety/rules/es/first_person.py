"""Spanish rules about the writer themself, every category (the first table in RULES)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.es.lexicon import (
    _CURSO_TERMINADO,
    _LUGAR_CORRIENTE,
    _MOTIVO_CORRIENTE,
    _NO_ARMA,
    _SALTO_OCIO,
    MORIR_YO,
)

# Clases de primera persona que el inglés ya leía y el español no (paridad ES/EN): la
# autolesión contada en pretérito, perfecto, "volver a" o "acabar de", con el clítico delante
# o detrás ("me he hecho cortes", "volví a hacerme daño"), y la sobredosis ya tomada con un
# cuantificador ("toda la caja", "un puñado", "todas las que tenía"), en cualquier tiempo.
_AUTO_VERBO = (
    r"(?:cort(?:e|o|aba|ado|ando|ar)|raj(?:e|o|ado|ando|ar)|quem(?:e|o|ado|ando|ar)|"
    r"lastim(?:e|o|ado|ando|ar)|autolesion(?:e|o|ado|ando|ar)|"
    r"(?:hice|hago|hecho|haciendo|hacer) (?:unos |varios |mas |otros |muchos )?(?:dano|cortes|"
    r"heridas|quemaduras))"
)
_AUTO_INFINITIVO = (
    r"(?:cortarme|rajarme|quemarme|lastimarme|autolesionarme|golpearme|hacerme (?:dano|cortes|"
    r"heridas|quemaduras)|cortandome|quemandome|lastimandome|haciendome (?:dano|cortes))"
)
# Lo que se corta, se quema o se golpea sin autolesión: el pelo, las uñas, la cocina, el sol, un
# golpe con un mueble, una lesión de deporte.
_AUTO_NO_ES = (
    r"(?! (?:el|la|los|las|mi|mis|un|unas?|en la|en el|con la|con el|contra la|contra el) "
    r"(?:pelo|cabello|flequillo|fleco|puntas|unas|barba|melena|bigote|patillas|pan|carne|verdura|"
    r"lengua|rodilla|codo|pie|dedo|dedito|espinilla|tobillo|hombro|espalda|mesa|puerta|esquina|"
    r"mueble|cama|silla|marco|armario|estanteria)\b)"
    r"(?![^.!?\n]{0,40}\b(?:cocinando|pelando|picando|friendo|horneando|afeitando\w*|rasurando\w*|"
    r"depilando\w*|planchando|sin querer|por accidente|de casualidad|papel|folio|lata|horno|"
    r"sarten|olla|aceite|agua hirviendo|vapor|al sol|en la playa|zarzas|"
    r"jugando|entrenando|gimnasio|gym|haciendo deporte|en la obra|en el partido|al caerme|me cai"
    r"|cuchillo de cocina|haciendo (?:la )?(?:cena|comida|desayuno)|en la cocina|tostadora|"
    r"bici|bicicleta|moto|patinete|patines|podando|en el jardin|sierra|herramientas?|tirita|curita)\b)"
)
_RECIENTE = (
    r"(?:otra vez|de nuevo|anoche|ayer|hoy|esta (?:manana|tarde|noche|semana)|este (?:finde|fin de "
    r"semana)|el finde|hace (?:un rato|un momento|nada|poco|\w+ (?:minutos|horas|dias)))"
)
# Una causa corriente de dormir poco: el bebé, un examen, un turno, una mudanza, un vuelo.
_SUENO_CORRIENTE = (
    r"(?![^.!?\n]{0,60}\b(?:bebe|recien nacid\w*|examen\w*|estudiar|guardia|turno|vuelo|jet ?lag|"
    r"mudanza|fiesta|boda|concierto|calor|ruido|vecinos|tos|fiebre|dolor|colicos|lactancia|"
    r"nochevieja|despedida de soltera?|proyecto|entrega|cierre|deadline|trabajo|curro|tesis|tfg|"
    r"tfm)\b)"
)
_NO_NEGADO = r"(?<!no )(?<!nunca )(?<!jamas )(?<!ya no )"


_PASTILLAS_ES = (
    r"(?:pastillas|pastis|capsulas|comprimidos|pildoras|somniferos|calmantes|ansioliticos|"
    r"antidepresivos|medicamentos|medicinas|medicacion|remedios|grageas|tranquilizantes|"
    + MEDICINES
    + r")"
)
_TOMADO_ES = (
    r"(?:me (?:tome|trague|meti|bebi|he tomado|he tragado|he metido|he bebido|acabo de (?:tomar|"
    r"tragar|meter|beber)|(?:volvi|he vuelto) a (?:tomar|tragar))|(?:acabo de|volvi a|he vuelto a"
    r"|ya) (?:tomarme|tragarme|meterme|beberme))"
)
_CUANTO_ES = (
    r"(?:todas? (?:las|mis)|todos (?:los|mis)|toda la (?:caja|medicacion|tira|cajita)|la caja entera"
    r"|una caja entera|(?:una|la|otra) caja|(?:el|un|todo el) (?:bote|frasco|blister|sobre)(?: "
    r"entero)?|(?:dos|tres|cuatro|cinco|\d) (?:blisters?|cajas|frascos|botes|tiras)|un punado|"
    r"un monton|(?:como |unas |unos |mas de )?(?:1\d|[2-9]\d|\d{3}|diez|doce|quince|veinte|"
    r"treinta|cuarenta|cincuenta))"
)
# Un tratamiento tomado como se indicó, o lo de cada día, no es una sobredosis.
_PAUTA_ES = (
    r"(?![^.!?\n]{0,50}\b(?:antibiotico|del tratamiento|vitamin\w*|hierro|probiotic\w*|"
    r"anticonceptiv\w*|que me (?:mando|mandaron|receto|recetaron|indico|indicaron|dio|dieron)|como"
    r" me (?:dijo|dijeron|indico|receto|mando)|al dia|por dia|cada (?:dia|manana|noche|\d+ horas)|"
    r"en (?:toda )?la semana|durante|de hoy|del dia)\b)"
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
        + _AUTO_NO_ES
        # Said in emoji (🔪🩸 normalise to "cuchillo sangre"), as the English rules read them.
        + r"|\b(?:cuchillo|navaja|cuchilla)\b ?\W{0,3} ?\bsangre\b",
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
        r"leche|licuados?|caldo|sopa|chelas?|tequilas?|cubas?|tragos?|copas?|chocolate|atole|canas|"
        r"birras?|chupitos?|cubatas?|rondas?|jarras?|mojitos?|sidras?|pintas?|caramelos?|almendras?|"
        r"(?:(?:caja|bolsa|tableta|paquete|bote) )?de (?:bombones|galletas|chocolates?|dulces|chuches|"
        r"golosinas|caramelos|helado|palomitas|cereales|patatas|papas|nueces|pipas)|"
        r"(?:(?:la|el|una|un) )?(?:botella|botellita|lata|vaso|taza|jarra|termo|litro)s? de "
        r"(?:agua|vino|cerveza|refresco|leche|jugo|zumo|cafe|te|mate|gaseosa|coca\w*)|bombones|"
        r"galletas|helados?|palomitas|chuches|golosinas|dulces)\b)"
        + _PAUTA_ES
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
        # An ordinary reason for the lost sleep (a baby, a move, exams) is not mania.
        r"(?:\b(?:llevo|van) \w+ (?:dias|noches) sin dormir\b|\bno he dormido en \w+ (?:dias|noches)\b)"
        + _SUENO_CORRIENTE
        + r"|"
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

_SELF.extend(
    [
        (
            # Self-harm told as done, in any tense with the clitic before the verb: "me he
            # cortado", "me hice cortes en las piernas", "me he vuelto a hacer daño".
            "autolesion.hecho",
            "self-harm",
            "moderate",
            "expression",
            _NO_NEGADO
            + r"\bme (?:he |volvi a |he vuelto a |vuelvo a |acabo de |estuve |he estado |sigo )?"
            + _AUTO_VERBO
            + r"\b"
            + _AUTO_NO_ES
            + r"(?=[^.!?\n]{0,40}\b(?:brazos?|munecas?|piernas?|muslos?|barriga|panza|tripa|"
            r"estomago|pecho|antebrazos?|tobillos?|cadera|a proposito|adrede|aposta|queriendo|"
            r"para (?:sentir|castigarme|calmarme|desahogarme|no sentir)|"
            + _RECIENTE
            + r"|con (?:una|la|el|un) (?:cuchilla|navaja|cuter|cutter|vidrio|cristal|gillette|"
            r"hoja de afeitar|mechero|encendedor|cigarro|tijeras|compas)|nadie (?:lo )?sabe)\b"
            r"|[^.!?\n]{0,3}(?:$|[.!?\n]))"
            # Enclitic: "volví a hacerme daño", "acabo de cortarme", "he vuelto a quemarme".
            r"|" + _NO_NEGADO + r"\b(?:volvi a|he vuelto a|vuelvo a|acabo de|empece a|he empezado a"
            r"|sigo|estuve|he estado|llevo (?:\w+ ){1,3})"
            r" "
            + _AUTO_INFINITIVO
            + r"\b"
            + _AUTO_NO_ES
            # Scratching or biting until it bleeds: "me rasqué hasta sangrar".
            + r"|\bme (?:rasco|rasque|rascaba|he rascado|arano|arane|he aranado|muerdo|mordi|he "
            r"mordido|pellizco|pellizque)\b(?![^.!?\n]{0,40}\b(?:picadur\w*|mosquit\w*|granit\w*|"
            r"granos?|costras?|eczema|urticaria|varicela|sarpullido|alergia|ronchas?)\b)[^.!?\n]{0,30}\bhasta (?:sangrar|hacerme sangre|que "
            r"(?:me )?sangr\w+|abrirme la piel|hacerme (?:herida|heridas|dano))\b(?![^.!?\n]{0,30}\b"
            r"(?:picadura|mosquito|granito|grano|costra|eczema|urticaria|varicela)\b)"
            r"|\bme (?:pegue|di|he dado|doy|pego) (?:punetazos|golpes|putazos|cachetadas|bofetadas)"
            r"(?: en (?:la|las|los|el|mi|mis) (?:cabeza|cara|piernas|brazos|muslos|barriga|estomago))?"
            r"\b[^.!?\n]{0,30}\bhasta\b",
        ),
        (
            # Self-harm done again, lately or on purpose is current, as "cut myself again" is in
            # English: an act, so a cheerful classifier reading around it does not lower it.
            # Negation is read here ("no he vuelto a cortarme") because act rules ignore the
            # negation modifier. Hurting oneself ("me lastimé", "me hice daño") is an accident
            # unless it is said to be again or on purpose.
            "autolesion.reciente",
            "self-harm",
            "moderate",
            "act",
            _NO_NEGADO + r"(?<!no me )(?<!nunca me )\b(?:me (?:volvi|he vuelto|vuelvo) a "
            r"(?:cortar|rajar|quemar|lastimar|autolesionar|hacer (?:dano|cortes|heridas))|(?:volvi|he "
            r"vuelto|vuelvo) a (?:cortarme|rajarme|quemarme|lastimarme|autolesionarme|hacerme "
            r"(?:dano|cortes|heridas))|me (?:corte|he cortado|raje|queme|he quemado|hice cortes|he "
            r"hecho cortes|lastime|he lastimado|autolesione|he autolesionado|hice dano|he hecho dano) "
            r"(?:otra vez|de nuevo)|recai\b[^.!?\n]{0,30}\b(?:me (?:corte|queme|hice (?:cortes|dano))|"
            r"cortarme|quemarme|hacerme (?:dano|cortes))"
            r"|(?:anoche|ayer|hoy|esta (?:manana|tarde|noche)|el finde|este finde),? me (?:corte|raje|"
            r"hice cortes|he hecho cortes|he cortado|autolesione|he autolesionado)"
            r"|me (?:corte|raje|hice cortes|he hecho cortes|he cortado|autolesione|he autolesionado) "
            r"(?:anoche|ayer|hoy|esta (?:manana|tarde|noche)|el finde|este finde))\b"
            + _AUTO_NO_ES
            + r"|"
            + _NO_NEGADO
            + r"\bme (?:corte|he cortado|raje|queme|he quemado|lastime|he lastimado|golpee|he "
            r"golpeado|pegue|he pegado|hice dano|he hecho dano|hice cortes|he hecho cortes)\b"
            r"[^.!?\n]{0,30}\b(?:a proposito|adrede|aposta|queriendo|para (?:sentir algo|castigarme|"
            r"no sentir nada|no sentir))\b",
        ),
    ]
)

_SELF.append(
    (
        # An overdose already taken, in any tense or clitic order, with a quantifier and a pill
        # word: "me he tomado todas las pastillas para dormir que tenía", "acabo de tomarme toda
        # la caja de paracetamol", "me las tomé todas, las del insomnio".
        "ideacion.sobredosis_clase",
        "ideation",
        "imminent",
        "act",
        r"\b"
        + _TOMADO_ES
        + r"\b[^.!?\n]{0,12}?\b"
        + _CUANTO_ES
        + r"\b(?: de| las| los)?(?: \w+){0,2}? "
        + _PASTILLAS_ES
        + r"\b"
        + _PAUTA_ES
        # A pill word, then what is left of the stock: "los antidepresivos que me quedaban".
        + r"|\b"
        + _TOMADO_ES
        + r"\b[^.!?\n]{0,25}?\b"
        + _PASTILLAS_ES
        + r"\b[^.!?\n]{0,25}\bque (?:me )?(?:tenia|quedaban|quedaba|habia|tenia guardad\w+|tenia "
        r"escondid\w+)\b(?![^.!?\n]{0,20}\b(?:de la receta|recetad\w+))"
        + _PAUTA_ES
        # The pills as a clitic: "me las tomé todas", with the pills or a time named after.
        + r"|\bme (?:las|los) (?:tome|trague|meti|he tomado|he tragado|acabo de tomar|acabo de "
        r"tragar) (?:todas|todos)\b(?=[^.!?\n]{0,40}\b(?:"
        + _PASTILLAS_ES
        + r"|las (?:del?|para) (?:dormir|insomnio|ansiedad|nervios|depresion|presion|dolor|"
        r"epilepsia|corazon)|hace (?:como |unos |unas )?(?:\d+|un|una|media|\w+) (?:minutos?|rato|"
        r"horas?|hora))\b)" + _PAUTA_ES,
    )
)
