"""Spanish sign classes, second round: signs told through acts (_GENERALIZA2)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.es.general import _SIN_DORMIR
from tandem.safety.rules.es.generalise import _LUGAR_ALTO
from tandem.safety.rules.es.lexicon import _CURSO_TERMINADO, DIAS

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
