"""Spanish rules about other people: third-party risk, harm to others and abuse."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind
from tandem.safety.rules.es.lexicon import AGRESOR, ARMA, OTRA_PERSONA

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
