"""Spanish idiom classes: benign look-alikes of risk wording, by class, not by sentence."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules.es.lexicon import _MOTIVO

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


# Fifth round (h12/h13): exasperation at an annoyance that keeps happening ("me tiro por la
# ventana si el vecino vuelve a poner reguetón", "si me ponen otra reunión...") or at a wait
# ("que alguien me pegue un tiro, llevo cuatro horas en la fila"). A stated day, means or "en
# serio" lets the risk through.
_MOLESTIA_REPETIDA = (
    r"(?:vuelve a|vuelven a|otra vez|de nuevo|otra (?:reunion|junta|clase|llamada|fila|cola)|"
    r"(?:una|un) (?:reunion|junta|clase|correo|mail|video|cancion|tramite|formulario) mas|me ponen otra)"
)
_ESPERA_O_TRAMITE = (
    r"(?:llevo (?:\w+ )?(?:horas|hora|minutos) (?:en|esperando|haciendo)|la (?:fila|cola)|el tramite|"
    r"el papeleo|la reunion|la junta|el trafico|el atasco|el banco|hacienda|el sat|la burocracia)"
)
_MUERTE_EXASPERADA = (
    r"(?:me (?:tiro|aviento|lanzo) (?:por|de) la ventana|me (?:tiro|aviento) de un (?:puente|"
    r"edificio)|me pego un tiro|me mato|me corto las venas|me ahorco)"
)
# A funeral paid in advance told as prudence: to spare the children, in good health, as is done.
_PRUDENCIA = (
    r"(?:para que|para no|asi (?:mis|los) hijos|prudente|san[oa]|bien de salud|como un roble|"
    r"como (?:se )?hacen?)"
)
_FUNERAL_PRUDENTE = (
    r"|\b(?:pague|deje pagad[oa]|he pagado|tengo pagad[oa]|organice|contrate|deje list[oa]) "
    r"(?:(?:el|mi|la) )?(?:funeral|entierro|nicho|sepelio|misa)\b(?=[^\n]{0,120}\b"
    + _PRUDENCIA
    + r"\b)"
)
# A partner or an ex is not a trivial annoyance: grief and rows there can be real.
_NO_PAREJA = r"(?![^.!?\n]{0,80}\b(?:mi ex|ex|novi[oa]|pareja|marido|esposa|mujer|me dej\w+)\b)"
_IDIOMA_CLASES5 = (
    r"\bsi\b"
    + _NO_PAREJA
    + r"[^.!?\n]{0,60}\b"
    + _MOLESTIA_REPETIDA
    + r"\b[^.!?\n]{0,60}\b"
    + _MUERTE_EXASPERADA
    + r"\b"
    + _EN_SERIO_O_MEDIOS
    + r"|\b"
    + _MUERTE_EXASPERADA
    + r"\b[^.!?\n]{0,10}\bsi\b"
    + _NO_PAREJA
    + r"[^.!?\n]{0,60}\b"
    + _MOLESTIA_REPETIDA
    + r"\b"
    + _EN_SERIO_O_MEDIOS
    + _FUNERAL_PRUDENTE
    + r"|\bque alguien me (?:pegue un tiro|mate|dispare|remate)\b(?=[^.!?\n]{0,60}\b"
    + _ESPERA_O_TRAMITE
    + r"\b)"
    + _EN_SERIO_O_MEDIOS
)
