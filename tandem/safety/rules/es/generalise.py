"""Spanish sign classes that generalise past the wording seen so far (_GENERALIZA)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind

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
