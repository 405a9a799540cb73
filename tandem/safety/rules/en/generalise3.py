"""English sign classes, third round: from held-back sets 9 and 10."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind

# -- third round: sign classes from held-back sets 9 and 10 -------------------------------------
# Words that mark a self-harm episode as worse than before, and signs it needed medical care.
_SH_WORSE = r"(?:deeper|worse than (?:before|usual|ever|last time)|more (?:often|and more)|every (?:night|day) now)"
_SH_CARE = (
    r"(?:needed|need|needs|could have (?:done with|used)|should have (?:had|got)|probably needed) "
    r"(?:stitches|stiches|glue|steri ?strips|a&e|hospital)|(?:still|won't stop|wouldn't stop|keeps?) "
    r"bleeding|bleeding through"
)
_NOT_CUTTING_THINGS = r"(?! (?:into|back|costs|corners|the (?:budget|grass|hedge|cake)))"
_GENERALISE3: list[tuple[str, str, str, Kind, str]] = [
    (
        # Self-harm escalating (deeper, more often) and a wound that needed care but got none.
        "gen3.self_harm_untreated",
        "self-harm",
        "high",
        "act",
        r"\b(?:cutting|cut|cuts|burning|burns)\b"
        + _NOT_CUTTING_THINGS
        + r"[^\n]{0,40}\b"
        + _SH_WORSE
        + r"\b[^\n]{0,100}\b(?:"
        + _SH_CARE
        + r")\b",
    ),
    (
        # Self-harm getting deeper or more frequent, told as now.
        "gen3.self_harm_escalating",
        "self-harm",
        "moderate",
        "act",
        r"\b(?:cutting|burning)(?: myself)? (?:deeper|more often|more and more)\b(?! into\b)|\b(?:cuts|"
        r"burns|self harm|cutting) (?:are |is |keep |have been |has been )?getting (?:deeper|worse|more "
        r"often)\b(?! into\b)",
    ),
    (
        # A passive wish said in Scots or northern dialect: the family better off without the writer.
        "gen3.better_off_dialect",
        "ideation",
        "moderate",
        "expression",
        r"\bif (?:i|a|ah) (?:wisnae|wasnae|wisny|wasny|wasnay|wisnie|wasnt|wasn't|weren't) (?:here|"
        r"aroond|around|alive|aboot)\b[^\n]{0,50}\bbetter (?:aff|off)\b|\bbetter (?:aff|off) "
        r"(?:deid|withoot me|wi'?oot me)\b",
    ),
    (
        # Death, the grave or not existing spoken of as a rest or a relief: coded ideation.
        "gen3.death_appeals",
        "ideation",
        "moderate",
        "expression",
        r"\b(?:the grave|a grave|the coffin|death|dying|being dead|not existing|not being (?:here|"
        r"alive)|eternal sleep|the void|never waking up)\b (?:honestly |really |just |kinda |kind of "
        r"|genuinely )?(?:sounds|seems|looks|feels) (?:like )?(?:a |so |quite |really |pretty |such "
        r"a )?(?:holiday|relief|peaceful|nice|appealing|restful|rest|lovely|inviting|tempting|"
        r"comforting|cosy|cozy|like bliss|like a break)\b",
    ),
    (
        # Restriction to a few hundred calories with exercise or disgust to undo what was eaten.
        "gen3.restrict_compensate",
        "eating",
        "moderate",
        "act",
        r"\b(?:had|ate|eaten|eating|only|just|under|less than) (?:about |like |around )?(?:[1-9]\d{1,2}|"
        r"a few hundred) (?:calories|cals|kcals?)\b[^\n]{0,100}\b(?:burn (?:it|that|them|those|this|"
        r"everything) off|work (?:it|that) off|run (?:it off|\d+ ?k|\d+ (?:miles|km))|feel "
        r"(?:disgusting|gross|fat|guilty|ashamed|sick)|make myself sick|hate myself)\b",
    ),
]
