"""Spanish signs read from situations rather than from the word "suicidio" (_SENALES)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind, either_order, words
from tandem.safety.rules.es.first_person import _SUENO_CORRIENTE
from tandem.safety.rules.es.lexicon import _MOTIVO_CORRIENTE, ARMA

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
        r"\b(?:tomo|bebo|chupo|me meto \w+|me estoy metiendo \w+)\b(?! (?:\w+ )?(?:cafes?|tes?|mates?|"
        r"energeticas?|redbulls?|monsters?|cocacolas?)\b)[^.!?]{0,70}\b(?:pa|para) "
        r"(?:olvidar|aguantar|no pensar|no sentir)\b"
        # coffee or tea to get through a night shift is not a substance used to cope
        r"(?! (?:las|la|el|los) (?:guardias?|turnos?|noches?|clases?|jornadas?|examenes|desvelos?)\b)",
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
    (
        # Vomitar para compensar una comida: conducta compensatoria, aunque se cuente con calma.
        "tca.vomito_compensatorio",
        "eating",
        "moderate",
        "expression",
        r"\b(?:vomite|vomito|vomitar|vomitando|devolvi|me provoque el vomito)\b[^.!?\n]{0,30}\b(?:para "
        r"(?:compensar|no engordar|quemar|que no cuente|sacarme las calorias|deshacer)|a proposito)\b",
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

# Manía por clases (paridad ES/EN): poco sueño con energía de sobra, gasto temerario dicho con
# euforia, ideas de grandeza con un acto precipitado, pensamiento acelerado, dejar el
# estabilizador porque "ya no hace falta". Cada patrón cruza dos clases de palabras; ninguna
# frase suelta ("no dormí por el bebé", "me gasté mucho en el viaje") basta.
_DORMIR_HORAS = (
    r"(?:durmiendo|duermo|dormi|he dormido|descansando|descanso)(?: solo| apenas| como| unas?|"
    r" nomas| nada mas| casi)* "
)
_HORAS_NO_MAS = r" (?:horas?|horitas?)(?! (?:mas|extra|de siesta|de mas))"
# Two hours or none: the sleep of mania (moderate with energy). Three to five hours with energy
# is a mild hypomania sign (low), as the labelling guide reads it.
_POCO_SUENO = (
    r"(?:" + _DORMIR_HORAS + r"(?:[0-2]|una|dos|media)" + _HORAS_NO_MAS + r"|sin (?:apenas |casi )?"
    r"dormir|(?:casi|apenas) no (?:duermo|he dormido|dormi)|apenas (?:duermo|he dormido|dormi)|"
    r"no (?:he dormido|dormi|duermo)(?: nada)?(?! bien)|no me hace falta dormir|no necesito dormir|"
    r"ni duermo|ni he dormido)"
)
_SUENO_CORTO = r"(?:" + _DORMIR_HORAS + r"(?:[3-5]|tres|cuatro|cinco)" + _HORAS_NO_MAS + r")"
_ENERGIA = (
    r"(?:me sobra(?:n)? (?:la |las )?(?:energia|pilas|fuerzas)|(?:mas|mucha|muchisima|tanta|toda "
    r"la) energia|energia (?:de sobra|a tope|como nunca|infinita|a mil)|a tope de energia|"
    r"(?:lleno|llena) de energia|euforic\w*|imparable|invencible|como nunca|mejor que nunca|"
    r"(?:me siento|estoy|ando) (?:increible|genial|de maravilla|poderos[oa]|electric[oa]|a mil|"
    r"a tope|fresc[oa]|como una rosa)|(?:no (?:estoy|me siento)|ni) (?:nada |un poco )?cansad\w*|"
    r"no tengo (?:nada de )?sueno|no me hace falta(?: dormir)?|no lo necesito)"
)
_GASTO = (
    r"(?:me (?:gaste|he gastado|fundi|he fundido|puli|he pulido|patine|reviente)|gaste|he gastado|"
    r"fundi|reviente)"
)
_MUCHO_DINERO = (
    r"(?:\d{1,3}[.,]\d{3}|\d{4,}|(?:mil|miles|millones)(?: de)? (?:euros|pesos|dolares|soles|"
    r"lucas|pavos|pelas)|todo el (?:sueldo|salario|dinero|aguinaldo|finiquito)|tod[oa]s? (?:mis|"
    r"los) ahorros|la tarjeta|las tarjetas|el limite|el alquiler|la renta|todo lo que tenia|toda "
    r"la quincena|prestamos?|creditos?)"
)
_TEMERARIO_DICHO = (
    r"(?:(?:los|lo|las|la) (?:recupero|recuperare|voy a recuperar|devuelvo) (?:en nada|rapido|"
    r"enseguida|en dos dias|facil)|(?:da|me da) igual|sin pensar(?:lo)?|por impulso|(?:que|cosas "
    r"que) no necesito|va a ser (?:enorme|un exito|brutal|historico)|me (?:hare|voy a hacer) "
    r"(?:rico|rica|millonari\w+)|el dinero (?:no importa|va y viene|vuelve|no es problema)|voy a "
    r"ganar (?:mucho|el triple|el doble|millones)|no puede fallar|en (?:un|una) (?:dia|noche|tarde|"
    r"hora|mananas?)|en (?:dos|tres) dias)"
)
_IDEA_GRANDE = (
    r"(?:(?:(?:una|mi|la|un|el) (?:idea|plan|invento|proyecto|teoria|negocio|app|aplicacion|libro|"
    r"descubrimiento|empresa|formula)s?)\b[^.!?\n]{0,30}\b(?:que )?(?:va|van|me va|me van|podria|"
    r"puede|me hara|hara|me haran)(?: a)? (?:cambiar|revolucionar|salvar|curar) (?:el mundo|la "
    r"humanidad|la historia|la medicina|la ciencia|la economia|el planeta|todo|el cancer)|(?:que "
    r"me (?:hara|va a hacer)|va a hacerme|me van a hacer) (?:rico|rica|millonari\w+|famos\w+))"
)
_ACTO_PRECIPITADO = (
    r"(?:dejar (?:el|mi) (?:trabajo|curro|empleo|carrera)|dejo (?:el|mi) (?:trabajo|curro|empleo|"
    r"carrera)|deje (?:el|mi) (?:trabajo|curro|empleo|carrera)|renunci\w+|prestamos?|creditos?|"
    r"todos mis ahorros|hipotec\w+|vender (?:la|mi) (?:casa|coche|carro|piso)|sin dormir|no duermo|"
    r"no he dormido|invertir todo)"
)

_SENALES.extend(
    [
        (
            # Sleeping two hours and full of energy: a mania sign, not tiredness.
            "mania.poco_sueno_energia",
            "mania",
            "moderate",
            "expression",
            either_order(_POCO_SUENO + r"\b" + _SUENO_CORRIENTE, _ENERGIA + r"\b"),
        ),
        (
            # Three to five hours and full of energy: a mild hypomania sign.
            "mania.sueno_corto_energia",
            "mania",
            "low",
            "distress",
            either_order(_SUENO_CORTO + r"\b" + _SUENO_CORRIENTE, _ENERGIA + r"\b"),
        ),
        (
            # A large sum spent or borrowed, told with euphoric certainty ("los recupero en nada").
            "mania.gasto_temerario",
            "mania",
            "moderate",
            "expression",
            r"\b(?:"
            + _GASTO
            + r"\b[^.!?\n]{0,60}?\b"
            + _MUCHO_DINERO
            + r"|(?:pedi|he pedido|saque|he sacado) (?:dos|tres|cuatro|varios|\d) (?:prestamos|"
            r"creditos))\b[^\n]{0,80}?\b" + _TEMERARIO_DICHO + r"\b",
        ),
        (
            # A world-changing idea together with a rash act: quitting a job, loans, no sleep.
            "mania.grandeza_y_acto",
            "mania",
            "moderate",
            "expression",
            r"\b"
            + _ACTO_PRECIPITADO
            + r"\b[^\n]{0,80}?\b"
            + _IDEA_GRANDE
            + r"\b|\b"
            + _IDEA_GRANDE
            + r"\b[^\n]{0,80}?\b"
            + _ACTO_PRECIPITADO
            + r"\b",
        ),
        (
            # Stopping a mood stabiliser because it is no longer needed.
            "mania.deja_estabilizador",
            "mania",
            "moderate",
            "expression",
            r"\b(?:deje|he dejado|dejo|deje de tomar|he dejado de tomar|ya no tomo|ya no me tomo) (?:el |"
            r"la |los |las |mi |mis )?(?:litio|estabilizador\w*|antipsicotic\w*|quetiapina|seroquel|"
            r"olanzapina|valproato|depakine|depakote|lamotrigina|carbamazepina|risperidona|aripiprazol)"
            r"\b(?![^.!?\n]{0,60}\b(?:(?:el|la|mi) (?:psiquiatra|medic[oa]|doctor\w*)|me lo (?:cambiaron"
            r"|quitaron|retiraron)|embaraz\w*)\b)"
            r"|\b(?:deje|he dejado|dejo|deje de tomar|he dejado de tomar) (?:la |mi |mis |las )?"
            r"(?:medicacion|pastillas|medicinas|tratamiento)\b[^.!?\n]{0,40}\b(?:ya no (?:la|las|lo|"
            r"los|me) (?:necesito|hace falta|hacen falta)|no (?:la|las|lo|los) necesito|me siento "
            r"(?:genial|increible|mejor que nunca|invencible|imparable))\b",
        ),
        (
            # A world-changing idea alone, or racing thoughts: mild hypomania signs (low).
            "mania.grandeza_o_aceleracion",
            "mania",
            "low",
            "distress",
            r"\b"
            + _IDEA_GRANDE
            + r"\b|\b(?:pensamientos|ideas|cabeza|mente)\b[^.!?\n]{0,15}\b(?:van|va|corren|corre|"
            r"vuelan|vuela)\b[^.!?\n]{0,15}\b(?:rapid\w*|a mil|a toda velocidad|a toda pastilla)\b|"
            r"\b(?:mil|cien|un monton de) ideas (?:por|al|cada) (?:minuto|segundo)\b|\bhablo tan "
            r"rapido\b|\bno puedo (?:parar|dejar) de hablar\b",
        ),
    ]
)
