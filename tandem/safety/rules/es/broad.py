"""Spanish broad class rules (_AMPLIAS): wish to die x intent, preparation, acts."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import MEDICINES, Kind
from tandem.safety.rules.es.lexicon import (
    _CURSO_TERMINADO,
    _LUGAR_CORRIENTE,
    _MOTIVO_CORRIENTE,
    MORIR_YO,
)

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
