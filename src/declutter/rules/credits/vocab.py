"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

#: An outlet or agency in a credit: capitalised words, initials, '&', dots
#: ('Valley Ledger', 'AP', 'La Gazette du Nord').
OUTLET = r"(?-i:\p{Lu})[\p{L}\p{M}.'’&-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}\p{M}.'’&-]*|of|de|du|la|le|del|der|für)){0,5}"

#: The same in fr, es, pt, de, it: the journalist was detained, hurt, killed or sentenced.
NO_NEWS_EVENT_FOREIGN = (
    r"(?!(?s:.*)\b(?:détenue?s?|arrêtée?s?|tuée?s?|blessée?s?|enlevée?s?|expulsée?s?|condamnée?s?|inculpée?s?"
    r"|décédée?s?|detenid[oa]s?|arrestad[oa]s?|asesinad[oa]s?|herid[oa]s?|secuestrad[oa]s?|condenad[oa]s?"
    r"|fallecid[oa]s?|murió|detid[oa]s?|assassinad[oa]s?|ferid[oa]s?|sequestrad[oa]s?|morreu|festgenommen|verhaftet"
    r"|getötet|verletzt|entführt|verurteilt|angeklagt|gestorben|arrestat[oa]|uccis[oa]|ferit[oa]|rapit[oa]"
    r"|condannat[oa]|mort[oa]|decedut[oa]|morì)\b)"
)

#: What may stand between a bio's name and its verb: an age or a birth year ('Lena Roth (27) ist …',
#: 'Ada Neri, classe 1990, è …', 'Tom Hale, 34, is …').
APPOSITION = (
    r"(?:\s*\(\d{1,3}\)|\s*,\s*(?:\d{1,3}|\d{4}|classe\s+\d{4}|born\s+(?:in\s+)?\d{4}|née?\s+en\s+\d{4}"
    r"|nacid[oa]\s+en\s+\d{4}|nascid[oa]\s+em\s+\d{4}|nat[oa]\s+nel\s+\d{4}|jahrgang\s+\d{4}|geboren\s+\d{4}"
    r"|class\s+of\s+(?:['’]\d{2}|\d{4}))\s*,)?"
)

#: Fields of study of a student writing for the paper, and the writing itself: a student's bio says
#: one of them ('… studying journalism', '… Escreve para o jornal'); a student in the news need not.
WRITING_STUDENT = (
    r"(?=(?s:.*)\b(?:journalism|journalisme|periodismo|jornalismo|giornalismo|journalistik|publizistik"
    r"|communications?|comunicaci[oó]n|comunicação|comunicazione|kommunikations\w*|media\s+studies"
    r"|medienwissenschaft\w*|sciences\s+de\s+l['’]information|reporter|correspondent|writer|journalist|editor"
    r"|columnist|contributor|photographer|rédact\w*|redakteur\w*|redatt\w*|redactor\w*|periodista|jornalista"
    r"|giornalista|journaliste|writes\s+(?:for|about)|écrit\s+(?:pour|sur)|escribe\s+(?:para|sobre|en)"
    r"|escreve\s+(?:para|sobre|no|na)|scrive\s+(?:per|di|su)|schreibt\s+(?:für|über))\b)"
)

#: A year of study or a trainee's post, as a student bio names it (en, fr, es, de, it, pt).
STUDENT = (
    r"(?:(?:freshman|sophomore|junior|senior|first-year|second-year|third-year|fourth-year|final-year|graduate"
    r"|undergraduate|master['’]?s|doctoral|phd)\s+(?:student\s+)?(?:studying|majoring|minoring|double-majoring"
    r"|pursuing|in|at|from)"
    r"|(?:[\p{L}-]+\s+){0,2}?(?:student|étudiante?|estudiante|estudante|studentin|studentessa|studente|stagiaire"
    r"|becari[oa]|pasante|stagista|estagiári[oa]|trainee|intern|praktikant(?:in)?))\b"
)
