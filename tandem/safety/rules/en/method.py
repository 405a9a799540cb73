"""English method-seeking rules: asking for a method, lethality, dose, height or place."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind

_METHOD: list[tuple[str, str, str, Kind, str]] = [
    (
        "method.quantity",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:many|much)\b[^?.!]{0,70}\b(?:to (?:die|kill|overdose|od|not wake up|be fatal|be "
        r"lethal|end it|never wake)|(?:is|are|would be) (?:lethal|fatal|deadly|enough to (?:die|kill"
        r"))|kill (?:someone|a person|you|me|myself|an adult)|would it take|would be too (?:many|"
        r"much)|(?:for|to) (?:a|an) (?:\w+ )?(?:person|adult) (?:to die|not to wake))",
    ),
    (
        "method.lethal_dose",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:lethal|fatal|deadly|killing|toxic) (?:dose|amount|quantity|level|combination)\b|\b"
        r"(?:dose|amount) (?:that|which|needed to|to) (?:kill|be fatal|die)\b|\bhow (?:many|much)\b"
        r"[^?.!]{0,40}\bis (?:lethal|fatal|deadly)\b",
    ),
    (
        "method.way_to_die",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:painless|easiest|quickest|fastest|best|most reliable|surest|simplest|peaceful|"
        r"quietest|cleanest)\b[^?.!]{0,20}\bways? (?:to (?:die|go|kill(?! (?:off|the|a|an|some|mould|mold|"
        r"weeds|time|germs|bacteria|bugs|ants|flies|it)\b)|end (?:it|my life|things)|suicide|commit "
        r"suicide|do it))\b|\bways? to (?:kill "
        r"(?:myself|yourself)|commit suicide|end my life|die)\b[^?.!]{0,30}\b(?:without|painless|"
        r"quick|hurting)\b|\bwithout it hurting\b"
        # The object left unsaid ("what's the most painless way?") or someone else's death
        # ("the most painless way people end their lives", "for my character to die"): with a
        # death-only adjective the question needs no "myself". ("A way out" is read as ideation.)
        r"|\b(?:painless|peaceful|least painful)\b[^?.!,]{0,12}\bways?(?= ?(?:[?.!,]|$))"
        r"|\b(?:painless|peaceful|least painful|quickest|easiest|surest)\b[^?.!]{0,20}\bways?\b"
        r"[^?.!]{0,30}\b(?:to die|end(?:s|ed)? (?:their|his|her|your) (?:own )?li(?:fe|ves)|kill "
        r"(?:themselves|himself|herself))\b",
    ),
    (
        "method.height",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:high|tall|far)\b[^?.!]{0,50}\b(?:fatal|lethal|die|deadly|survive|kill)\b|\b(?:fall"
        r"|jump|jumping|falling) (?:from|off) (?:the |a )?(?:\d+\w* floor|bridge|building|roof|cliff|"
        r"\w+ (?:bridge|building|tower))\b[^?.!]{0,40}\b(?:fatal|surviv\w*|die|kill)|\b(?:tallest|"
        r"highest)\b[^?.!]{0,25}\b(?:bridges?|buildings?|cliffs?|car parks?|towers?|rooftops?)\b",
    ),
    (
        "method.cutting",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow (?:deep|hard|long)\b[^?.!]{0,40}\b(?:cut|slit|slash)\w*\b[^?.!]{0,40}\b(?:fatal|die|"
        r"bleed out|kill|lethal)\b|\bwhere (?:to|do you|should i|do i|does one) cut\b",
    ),
    (
        "method.poison",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:chemicals?|gas(?:es)?|poisons?|substances?|pills?|drugs?|medications?|medicines?)\b"
        r"[^?.!]{0,50}\b(?:deadliest|most deadly|most lethal|kill you|be fatal|are lethal|overdose "
        r"on)\b|\b(?:deadliest|most lethal|most dangerous)\b[^?.!]{0,40}\b(?:chemicals?|pills?|drugs?"
        r"|medications?|poisons?|gas(?:es)?)\b",
    ),
    (
        "method.process",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow long (?:does it|would it|will it) take to (?:die|drown|bleed out|suffocate|pass out|"
        r"hang)\b|\b(?:hanging|drowning|overdosing|jumping|bleeding out|suffocating)\b[^?.!]{0,20}\b"
        r"(?:painless|hurt|quick|feel like)\b|\bwhat (?:happens|would happen) if (?:i|you|someone) "
        r"(?:took|take|swallow\w*|drank|drink) (?:all|a whole|the whole|an entire|\d{2,}|every)|(?:not "
        r"wake up|die|end it|kill (?:myself|themselves|yourself))\b[^?]{0,40}\bwhat (?:would|should|"
        r"could|do) \w+ (?:use|take)\b|\bwhat (?:would|should|could|do) \w+ (?:use|take) to (?:not "
        r"wake up|die|end it)\b|\b(?:can|does|would) mixing\b[^?.!]{0,50}\bkill\b",
    ),
    (
        # Which thing people most often overdose on: a method question without the word "best".
        "method.common_overdose",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:what|which)\b[^?.!\n]{0,50}\b(?:people|someone|you|one|i|teens|kids)\b[^?.!\n]{0,20}"
        r"\b(?:usually |normally |most often |commonly |mostly )?(?:overdose|od) on\b|\b(?:most "
        r"common|easiest|commonest|usual) (?:thing|things|drug|drugs|pills?|medicines?|medications?|"
        r"stuff) (?:to|people|that people)\b[^?.!\n]{0,15}\b(?:overdose|od) on\b",
    ),
    (
        # A toxic gas and how much of it for a small room: a method with a dose and a place.
        "method.toxic_gas",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:toxic|poisonous|deadly|lethal) (?:gas|gases|fumes)\b[^?.!\n]{0,60}\b(?:how much|how "
        r"many|how long|enough (?:to|for)|would (?:you|i|it) need|(?:small|closed|sealed|shut|tiny) "
        r"(?:room|space|bathroom|car)|to fill)\b|\bhow much\b[^?.!\n]{0,60}\b(?:toxic|poisonous|"
        r"deadly|lethal) (?:gas|fumes)\b",
    ),
    (
        # How much blood, or of a medicine, before death or organ damage: a lethality question.
        "method.loss_before_death",
        "method-seeking",
        "moderate",
        "method",
        r"\bhow much (?:blood|\w+) (?:can|could|does|would|do) (?:someone|a person|you|i|one|people|a "
        r"human) (?:lose|take|drink|swallow)\b[^?.!\n]{0,20}\b(?:before (?:they |you |i |it )?(?:die|"
        r"pass out|kills?|is fatal)|and (?:still )?(?:survive|live))\b|\bhow (?:many|much)\b[^?.!\n]{0,40}"
        r"\bto (?:destroy|damage|wreck|fry|shut down|pack up) (?:my|your|the|someone'?s) (?:liver|kidneys?"
        r"|heart|organs)\b",
    ),
    (
        # Mixing products into a toxic gas, asked beside distress or ideation rather than for
        # safety ("so I don't poison myself cleaning" is a safety question and stays calm).
        "method.toxic_mix",
        "method-seeking",
        "moderate",
        "method",
        r"\b(?:which|what)\b[^?.!\n]{0,40}\b(?:make|makes|give off|create|produce)s? (?:a )?(?:toxic|"
        r"poisonous|deadly) (?:gas|fumes)\b(?![^\n]{0,80}\b(?:safe|safely|avoid|accident\w*|careful|not "
        r"to|shouldn'?t|so i don'?t|never mix|by mistake|ventilat\w+))",
    ),
]
