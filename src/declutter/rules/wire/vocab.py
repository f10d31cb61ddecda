"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

#: Wire and national news agencies, as a class (not outlets): the names that
#: close agency copy in tags, desk codes and 'with inputs from' lines.
AGENCY_NAMES = (
    "AP", "AFP", "Reuters", "dpa", "EFE", "ANSA", "PTI", "IANS", "ANI", "UPI", "Xinhua", "Kyodo", "Yonhap", "APA",
    "ANP", "Belga", "SDA", "ATS", "KNA", "epd", "Lusa", "TASS", "AAP", "PA", "Bloomberg", "Europa Press",
    "Agência Brasil", "Agencia Brasil", "Notimex", "Télam", "rtr", "ots",
)

AGENCY = "(?:" + "|".join(name.replace(" ", r"\s+") for name in AGENCY_NAMES) + ")"
