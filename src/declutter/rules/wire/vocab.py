"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

from .. import NAME

#: Wire and national news agencies, as a class (not outlets): the names that
#: close agency copy in tags, desk codes and 'with inputs from' lines.
AGENCY_NAMES = (
    "AP", "AFP", "Reuters", "dpa", "EFE", "ANSA", "PTI", "IANS", "ANI", "UPI", "Xinhua", "Kyodo", "Yonhap", "APA",
    "ANP", "Belga", "SDA", "ATS", "KNA", "epd", "Lusa", "TASS", "AAP", "PA", "Bloomberg", "Europa Press",
    "Agência Brasil", "Agencia Brasil", "Notimex", "Télam", "rtr", "ots",
    # national agencies that tag their copy too: Nigeria, the Philippines, Ghana, Canada, India,
    # Italy, Poland, Malaysia, Indonesia, Scandinavia, Romania, Russia, Iran, Kuwait
    "NAN", "News Agency of Nigeria", "PNA", "Philippine News Agency", "GNA", "Ghana News Agency", "CP",
    "Canadian Press", "Press Trust of India", "Associated Press", "Agence France-Presse", "Adnkronos", "AGI",
    "LaPresse", "Askanews", "Italpress", "PAP", "Bernama", "Antara", "NTB", "TT", "Ritzau", "Agerpres",
    "Interfax", "IRNA", "KUNA", "Keystone-SDA", "Kathpress",
)

AGENCY = "(?:" + "|".join(name.replace(" ", r"\s+") for name in AGENCY_NAMES) + ")"

#: Names listed in a credit line: 'Ana Ruiz', 'Ana Ruiz and Li Wei', in any case ('Ana Ruiz and LI WEI').
PERSONS = rf"{NAME}(?:\s*(?:,|and|&|y|e|et|und)\s*{NAME}){{0,3}}"
