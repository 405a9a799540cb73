"""Spanish context modifiers (see ``Modifiers``)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

import re

from tandem.safety.rules import Modifiers
from tandem.safety.rules.es.idioms import _IDIOMA_CLASES, _IDIOMA_CLASES3, _IDIOMA_CLASES5
from tandem.safety.rules.es.lexicon import _ACTIVIDAD_CORRIENTE, ARMA, DIAS, MEDIOS

MODIFIERS = Modifiers(
    negation=re.compile(
        r"\b(?:nunca|jamas|no(?! (?:paro|dejo|puedo dejar|me quito) de)|ni|tampoco|ningun\w*|nada de)\b"
    ),
    past=re.compile(
        r"\b(?:a los \d+\b[^.!?\n]{0,20}\b(?:hoy|ahora|ya) tengo \d+(?![^.!?\n]{0,30}\b(?:sigo|todavia|aun|otra vez))|(?<!desde )hace (?:como |unos |unas |mas de |casi |ya )?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|varios|"
        r"unos) (?:anos|anos)|hace anos|hace anos|de (?:nino|nina|chic[oa]|pequen[oa]|adolescente)|"
        r"cuando (?:era|tenia) (?:\d+|nin[oa]|chic[oa]|pequen[oa]|joven|chav[oa]|morr[oa]|pib[ea]|"
        r"cri[oa]|escuincl[ea]|adolescente|chiquit[oa])|antes (?:tomaba|me|decia|pensaba|era)|ya no (?:pienso|me(?! (?:queda|quedan|importa|importan|sale|salen|da|dan|sirve|aguanto|puedo|"
        r"siento|levanto|alcanza|interesa|hace|hacen|funciona|funcionan)\b)|lo(?! (?:soporto|aguanto|resisto|puedo)\b))|en el pasado|hace tiempo|fue hace|venia de una (?:epoca|racha|etapa)|en (?:esa|aquella) (?:epoca|etapa)|por aquel entonces|cuando empece (?:con (?:ella|el|la terapia|la psicologa|el psicologo)|terapia|a ir)|llevo \d+ (?:anos|"
        r"anos|meses) (?:sobri[oa]|limpi[oa]|sin))\b"
    ),
    recovery=re.compile(
        r"\b(?:sobri[oa]|limpi[oa]|recuperad[oa]|la terapia me (?:esta )?(?:sirviendo|ayudo|ayudando)"
        r"|sigo aqui|orden de alejamiento|vivo tranquila|ya estoy mejor|pedi ayuda|ya paso|le va (?:super |muy )?bien|"
        r"esta en tratamiento|hace (?:\d+ |unos |varios |muchos |dos |tres )?(?:meses|anos|semanas) que no "
        r"(?:pienso|me corto|me hago|bebo|lo hago|consumo|vomito)|deje de "
        r"beber|estoy sanisim[oa]|esta (?:bien de salud|sanisim[oa])|cuando (?:me|le) "
        r"llegue la hora|llevo (?:mucho tiempo|meses|anos|\d+ (?:anos|meses)) bien|llevo (?:un|una|dos|"
        r"tres|varios|varias|\d+|mas de (?:un|una|\d+)) (?:ano|anos|mes|meses|semanas) sin (?:hacerme dano|"
        r"cortarme|autolesionarme|lastimarme|beber|consumir|vomitar))\b"
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
        r"amenaz\w*|cuchillo|pistola|navaja|arma)\b)|\bnos van a matar\b"
        # "Mañana tengo el final y me voy a morir": un examen no es un plan.
        r"|\b(?:examen|final|parcial|prueba|entrega|exposicion|presentacion|oposicion|selectividad|"
        r"evau|ebau)\b[^.!?\n]{0,40}\bme voy a morir\b|\bme voy a morir\b[^.!?\n]{0,40}\b(?:examen|"
        r"final|parcial|prueba|entrega|exposicion|presentacion|de verguenza|de risa|de nervios)\b"
        r"|\b(?:me )?(?:tiro|tiraba|tire|tirando|voy a tirar|tirarme) de los pelos\b"
        r"|\bmato por"
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
        + r"|"
        + _IDIOMA_CLASES5
        # Fourth round: a team or a scare that "will kill me" of a heart attack or of nerves, and
        # work that will bury the writer ("me voy a morir enterrado en facturas").
        + r"|\b(?:me|nos) (?:va|van) a matar de (?:un |una |los |la )?(?:infarto|disgusto|susto|"
        r"ataque\w*|patatus|soponcio|nervios|coraje|emocion|angustia|risa|intriga|sufrimiento)\b"
        r"|\b(?:me|nos) (?:voy|vamos) a morir (?:enterrad[oa]s?|ahogad[oa]s?|sepultad[oa]s?) (?:en|"
        r"entre|bajo) (?:\w+ ){0,2}(?:facturas|papeles|papeleo|trabajo|deberes|tareas|pendientes|"
        r"correos|mails|examenes|expedientes|clientes|informes|reuniones|apuntes|platos|ropa)\b"
    ),
    hyperbole=re.compile(
        r"\bjaja\b|\blol\b"
        # Una causa trivial dicha como condición o motivo: "si gana el Madrid me tiro", "de
        # aburrimiento", "si el 47 vuelve a llegar tarde".
        r"|\bsi (?:gana|pierde|ganan|pierden|empata|empatan|no gana|no ganan) (?:el|la|los|las|mi) \w+"
        r"|\bde (?:puro )?aburrimiento\b|\bsi (?:el|la|mi) (?:\d+|bus|autobus|tren|metro|wifi|"
        r"impresora|portatil|cola) (?:vuelve a |se vuelve a )?(?:llega tarde|llegar tarde|tarda|falla|"
        r"fallar|se cae|caerse|se rompe|romperse)\b"
    ),
    fiction=re.compile(
        # Watching the evening soap ("y después vi la novela") is a day told, not a story framed.
        r"\b(?:novela(?<!vi la novela)(?<!veo la novela)(?<!ver la novela)(?<!mire la novela)"
        r"(?<!miro la novela)(?<!vimos la novela)(?<!pasan la novela)(?<!empieza la novela)|"
        r"(?:pelicula|peli|serie)(?<!vi una pelicula)(?<!vi una peli)(?<!vi una serie)"
        r"(?<!vimos una pelicula)(?<!vimos una peli)(?<!vimos una serie)|(?:vi|vimos) una (?:pelicula|peli|"
        r"serie)(?= (?:donde|en (?:la )?que|que|sobre|de|con|en)\b)|obra de teatro|(?<!de la )(?<!en la )(?<!a la )obra|canciones|cancion|poemas|poema|poeta|poetas|verso|(?:un|el|mi|este|ese|del|al|tu|su) cuento|cuentos"
        r"|cantando|canto|estribillo|letra de|barras? (?:pa|para) (?:mi|un|el) (?:tema|rap|track)|freestyle|el (?:mismo )?jefe (?:final|de (?:la mazmorra|nivel|la zona))|partida|dark souls|elden "
        r"ring|minecraft|gta|zelda|roblox|valorant|mario kart|pokemon"
        r"|(?<!en su )(?<!en el )(?<!en mi )(?<!dentro del )libro|personaje|villano|hamlet|romeo y julieta|shakespeare|fortnite|fifa|videojuego|"
        r"juego|monologo|detective)\b"
    ),
    informational=re.compile(
        r"\b(?:como (?:ayudo|ayudar|acompano|acompanar|le respondo|le explico|hablo con|saco el tema|le saco el tema)|que le (?:respondo|contesto|digo)\b(?=[^.!?\n]{0,5}\?)|que hago si"
        r"|que (?:senales|signos)|senales de alerta|prevencion|factores de proteccion|linea de la "
        r"vida|024|988|linea de ayuda|telefono de la esperanza|que es la|cual es la diferencia|que hago "
        r"con (?:las|los) (?:pastillas|medicamentos|jeringas|remedios)|pastillero|punto de recogida|"
        r"como guardo|ley olimpia|para tenerla apuntada|consejo para|bajo llave|(?:la |el )?(?:caja|"
        r"armario) con llave|caja fuerte|la ruta mas segura|el camino mas seguro"
        # Preparing to help someone, a myth checked, expired medicine to dispose of.
        r"|que (?:deberia|debo|debemos|puedo|podria|se debe|se puede|tendria que|tengo que|tiene que|"
        r"tienen que|debe|deben|deberian?) hacer si"
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
        r"\b(?:esta noche|(?<!la )(?<!esta )(?<!si )manana|este (?:fin de semana|finde|"
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
        # Una reserva de algo médico: "plumas de sobra", "un cajón lleno de pastillas".
        r"|\b(?:de sobra|mas que suficientes?|un cajon (?:lleno )?de|cajas de|una reserva de)\b"
        r"[^.!?\n]{0,20}\b(?:plumas|jeringuillas|jeringas|agujas|viales|ampollas|parches|dosis|"
        r"insulina|pastillas|pastis|medicamentos)\b|\b(?:plumas|jeringuillas|jeringas|insulina|"
        r"pastillas|pastis|medicamentos)\b[^.!?\n]{0,20}\bde sobra\b"
        # Una reserva dicha sin el nombre, ya nombrado antes: "soy diabética, tengo de sobra."
        r"|\btengo (?:de sobra|un monton|muchisimas|mas que suficientes?)(?= *(?:[.!,;]|$| asi\b| y\b| en "
        r"casa\b))"
        # Algo con que golpear, guardado cerca: "tengo la barra de hierro en la furgo".
        r"|\b(?:tengo|llevo|guardo|traigo) (?:el |la |un |una |mi |mis )?(?:"
        + ARMA
        + r"|barra de (?:hierro|metal|acero)|hacha|palo)\b[^.!?\n]{0,15}\b(?:en (?:la furgo\w*|el "
        r"coche|el carro|el maletero|la mochila|el bolso|la camioneta|la guantera)|a mano|"
        r"preparad[oa]|list[oa]|conmigo)\b(?![^\n]*\b(?:partido|entren\w*|beisbol|softbol|juego|clase)\b)"
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
        r"no aguanto a nadie|me siento una mierda|mi vida es (?:una mierda|un asco|una basura|un infierno)|todo es una mierda|(?:harta?|harto|cansad[oa]) de sufrir|ya no quiero seguir|nada tiene sentido|no aguanto mas|me quiero morir|estoy "
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
        r"paso|me ayudo|me controle|me aguante|me contuve|use (?:la|el|las|los) \w+ en vez)\b|\bse me paso\b"
    ),
    ordinary_stay=re.compile(
        r"\b(?:en|sobre|arriba del?|al borde del?|encima del?) (?:(?:el|la|un|una|las) )?(?:puente|"
        r"azotea|tejado|vias|cornisa|acantilado|balcon)\b" + _ACTIVIDAD_CORRIENTE
    ),
    # "jaja mentira, bueno no sé": the joke taken back is a serious marker too.
    serious=re.compile(
        r"\b(?:en serio|de verdad|no es broma|lo digo en serio|(?:bueno|o) no se|o tal vez no|"
        r"medio en serio|mitad en serio|no se si es broma)\b"
    ),
    away=re.compile(
        r"\b(?:esta|anda|se fue) (?:fuera|de viaje|trabajando fuera|en otra ciudad|pres[oa]|en la "
        r"carcel)\b|\bno esta (?:en casa|aqui)\b|\besta semana no esta\b|\bmientras (?:el|ella) "
        r"(?:esta|anda) fuera\b"
    ),
    departure=re.compile(
        # El alta de la terapia y un contrato fuera: despedidas corrientes.
        r"\b(?:me (?:ha |han )?dad[oa] de alta|me dieron el alta|me han dado el alta|el alta (?:de|en) "
        r"(?:la )?terapia|terminar (?:la )?terapia|acabar (?:la )?terapia|con un contrato de|con (?:una|la) "
        r"beca|me voy a \w+ (?:a trabajar|a estudiar|con un contrato)|me cambio (?:de|a otra) "
        r"(?:app|aplicacion|plataforma|psicologa?|terapeuta)|(?:otra|una nueva) (?:app|aplicacion|"
        r"plataforma))\b|"
        r"\b(?:me mudo|nos mudamos|me mude|nos mudamos|mudarme|mudarnos|mudanza|me voy a vivir|ya no "
        r"(?:los|las) uso|ya no me (?:queda|quedan) (?:bien|grandes?|pequen[oa]s?|cortos?|cortas?|chic[oa]s?)|me quedan? chic[oa]s?|me operan|me van a operar|"
        r"cirugia|operacion de|se va (?:a la mili|al servicio militar|de intercambio)|se jubil\w*|"
        r"nos vamos a vivir|me voy a (?:estudiar|trabajar) (?:a|al|fuera)|emigr\w*|me jubil\w*|"
        r"jubilacion|erasmus|intercambio|me dieron la visa|me voy (?:al|a) extranjero|me voy fuera|"
        r"me (?:salio|salieron|dieron|aprobaron) (?:la visa|el visado|los papeles|el contrato|la beca|"
        r"la plaza|el traslado)|les escribo desde|te (?:aviso|escribo) cuando (?:llegue|aterrice)|"
        r"me trasladan|el vuelo sale|nueva vida en|empezar de (?:cero|nuevo) en"
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
    # El último paso preparado y dicho, en un turno tras una crisis ya alta (ver en/modifiers.py).
    ready=re.compile(
        r"\b(?:el motor (?:esta )?(?:encendido|prendido|en marcha)|(?:lo|la|los) (?:oigo|escucho) (?:en la "
        r"escalera|subir|subiendo|en la puerta|llegar|entrar)|esta (?:en|golpeando|pateando) la (?:puerta|"
        r"ventana)|estoy (?:parad[oa]|sentad[oa]|de pie) en (?:el borde|la cornisa|las vias|la baranda|el "
        r"anden)|solo (?:me falta|tengo que|queda) (?:saltar|soltar(?:me)?|dar el paso|empujar|tragar\w*|"
        r"quitar el freno|arrancar))\b"
        # Dónde está el cuerpo ahora, o lo último antes del acto, dicho sin más.
        r"|\b(?:aqui )?(?:en el borde|al borde|arriba del todo|al final del anden)\b(?! de)|\bel motor "
        r"(?:sigue )?(?:en marcha|encendido|prendido)\b|\bla puerta (?:tiembla|esta cediendo|se esta "
        r"rompiendo)\b|\b(?:viene|esta) subiendo\b|\bel (?:proximo|siguiente) (?:tren )?(?:pasa|llega) en "
        r"\d+ min\w*|\bme queda (?:un |el )?\d+ ?% de bateria"
        # La condición dicha antes ya se cumple: "cuando se duerma" ... "ya se ha dormido".
        r"|\bya se (?:ha )?(?:dormido|durmio|durmieron|han dormido|fue|fueron|han ido)\b|\bya (?:estan|esta) "
        r"(?:dormid[oa]s?|fuera)\b|\bya no (?:queda|hay) nadie en (?:casa|el piso)\b"
    ),
    resolve=re.compile(
        r"\b(?:quiero|voy a|necesito|pienso|tengo que) hacerlo\b[^.!?\n]{0,10}\b(?:esta noche|hoy"
        r"(?: mismo)?|ya|ahora(?: mismo)?|manana|este finde|esta semana)\b|\blo (?:quiero|voy a|"
        r"pienso) hacer (?:esta noche|hoy|ya|ahora|manana)\b|\bya lo (?:tengo )?decidi(?:do)?\b|\bya "
        r"(?:esta|lo tengo) decidido\b|\b(?:lo|ya lo) he decidido\b(?! (?:que|ir|comprar|hacer))"
    ),
)
