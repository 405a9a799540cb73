"""Spanish lexicons shared by the rule tables and the modifiers (regex fragments)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, words

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
