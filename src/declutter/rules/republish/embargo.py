"""Embargo holds: the release time partners must wait for before running the story."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import STORY

#: A time or a day an embargo runs to: a clock time, a weekday, midnight or noon, a time
#: zone, or "further notice", in the six languages (not a bare number: 'Embargo until 2030 stays').
_WHEN = r"""(?:\d{1,2}\s*(?:[:.h]\s*\d{2}|a\.?\s?m\b|p\.?\s?m\b|uhr|heures?\b|horas?\b|hrs?\b|ore\b)
    |(?:mon|tues|wednes|thurs|fri|satur|sun)day|midnight|noon|\b(?:gmt|utc|cet|cest|bst|edt|pdt)\b|further\s+notice
    |lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|minuit|midi
    |lunes|martes|miércoles|jueves|viernes|sábado|domingo|medianoche|mediodía
    |luned|marted|mercoled|gioved|venerd|sabato|domenica|mezzanotte|mezzogiorno
    |segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|meia-noite|meio-dia
    |montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mitternacht)"""

#: The hold's opening words: "EMBARGOED:", "Embargo until", "Sous embargo jusqu'au", "Sperrfrist:".
_HOLD_LABEL = r"""(?:(?:strict(?:ly)?\s+)?embargoed(?:\s+(?:until|till|to|for|before))?
    |(?:strict\s+|under\s+|on\s+)?embargo(?:\s*:|\s+(?:until|till|before))
    |(?:sous\s+)?embargo\s+jusqu['’](?:au|à|a)|(?:bajo\s+)?embargo\s+hasta|(?:sotto\s+)?embargo\s+fino\s+(?:a|al|alle)
    |(?:sob\s+)?embargo\s+até|(?:achtung\s+)?sperrfrist(?:\s+bis)?)"""

#: "Not for publication before …" and its twins: an instruction by its grammar (no subject).
_NOT_BEFORE = r"""(?:not\s+for\s+(?:publication|release|broadcast|use|distribution|posting)\s+(?:before|until|till|prior\s+to)
    |ne\s+pas\s+(?:publier|diffuser)\s+avant|no\s+(?:publicar|difundir|emitir)\s+antes\s+de
    |non\s+(?:pubblicare|diffondere)\s+prima\s+d\w*|não\s+(?:publicar|divulgar)\s+antes\s+d\w*
    |(?:veröffentlichung\s+)?nicht\s+vor\s+[^.]{0,40}?(?:veröffentlichen|senden|verbreiten))"""

EMBARGO = (
    Rule(
        name="republish.rules.embargo",
        triggers=("embargo", "sperrfrist", "not for publication", "not for release", "not for broadcast",
                  "not for use", "not for distribution", "not for posting", "ne pas publier", "ne pas diffuser",
                  "no publicar", "no difundir", "no emitir", "non pubblicare", "non diffondere", "não publicar",
                  "não divulgar", "nicht vor"),
        kind="republish.rules",
        patterns=(
            # the label that opens the block, then the time it runs to: "EMBARGOED: 00:01 GMT Friday"
            rf"""
            ^[\W_]{{0,4}}{_HOLD_LABEL}\s*[:–—-]?\s*[^.!?]{{0,50}}?{_WHEN}
                [^.!?,;]{{0,30}}(?:[.!—–|]|\s*$)          # … and the label line ends there
            """,
            fragment(_NOT_BEFORE),  # "… : NOT FOR PUBLICATION BEFORE 6AM", "Ne pas publier avant jeudi"
            # partners told to wait for it, the story as object: "must not run … the story before the embargo ends"
            rf"""
            \bembargo\b(?<=\b(?:may|must|should|can|do|please)(?:\s+not|n['’]t)\s+[^.]{{0,60}}?\b(?:this|the|our)\s+
                (?:[\w'’-]+\s+)?{STORY}\b[^.]{{0,40}}?\b(?:until|before|till)\s+(?:the\s+)?embargo)
                \s+(?:lifts|is\s+lifted|expires|ends|has\s+(?:lifted|expired|ended|passed))\b
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=2.0,
        why="An embargo hold on the story ('EMBARGOED until 6am Thursday', 'Not for publication before …', "
            "'Sperrfrist: …'): a label line with its release time, or partners told to wait; news reports "
            "an embargo inside a sentence with a subject, and says who set it.",
        examples=(
            "EMBARGOED UNTIL 6 A.M. EASTERN, MONDAY",
            "Embargo: 00:01 GMT on Wednesday. Please hold all coverage until then.",
            "Strictly embargoed to midnight Sunday — partner copy only.",
            "Sperrfrist: Dienstag, 10 Uhr",
            "Sous embargo jusqu'au jeudi 14 mars, 6 heures.",
            "Embargo hasta el viernes a las 8:00.",
            "Partners: NOT FOR RELEASE BEFORE 9AM FRIDAY.",
            "Member stations must not air or excerpt this report until the embargo lifts at noon.",
            "Ne pas diffuser avant mardi 7 heures.",
        ),
        counterexamples=(
            "The embargo on Cuban cigars was eased in 2016, officials said.",
            "Embargoed until Thursday, the report was leaked to two newspapers on Monday night, the agency said.",
            "Reporters may not publish the findings until the embargo lifts, the journal's press office said.",
            "The minutes, marked not for publication before 2030, were found in a box in the archive.",
            "Die Sperrfrist für die Zahlen endete am Dienstag um 10 Uhr, teilte das Amt mit.",
            "L'embargo sur les armes court jusqu'au 31 décembre, a rappelé le Conseil de sécurité.",
        ),
    ),
)
