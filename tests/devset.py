"""Shared helpers for the development set of labelled boilerplate blocks.

Each block is embedded in a realistic article body (in its own language) and
the whole text is cleaned, so the classifier sees it the way it would in the
wild: after body paragraphs, with context.  A boilerplate block counts as found
when a removed block of the right kind *family* lies inside it (a notice glued
to a sentence may be split off); a hard negative (category ``body``) must stay
body entirely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import declutter
from declutter.rules import kind_family

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev.jsonl"

BODIES = {
    "en": [
        "City officials approved a $12 million plan on Tuesday to rebuild the aging water treatment plant, ending a two-year dispute over how to pay for it.",
        "The vote came after months of public hearings in which residents complained about discolored tap water and repeated boil-water notices.",
        "“We have put this off for too long,” council member Dana Ortiz said before the vote. “Every year we wait, the repairs get more expensive.”",
        "Construction is expected to begin next spring and last about 18 months, according to the city's public works department.",
    ],
    "es": [
        "El Ayuntamiento aprobó el martes un plan de 12 millones de euros para renovar la planta de tratamiento de agua, tras dos años de disputas sobre su financiación.",
        "La votación llegó después de meses de audiencias públicas en las que los vecinos se quejaron del color del agua del grifo.",
        "Las obras comenzarán la próxima primavera y durarán unos 18 meses, según el departamento municipal de obras públicas.",
    ],
    "fr": [
        "Le conseil municipal a approuvé mardi un plan de 12 millions d'euros pour rénover l'usine de traitement des eaux, après deux ans de désaccord sur son financement.",
        "Le vote est intervenu après des mois d'auditions publiques au cours desquelles les habitants se sont plaints de la couleur de l'eau du robinet.",
        "Les travaux devraient commencer au printemps prochain et durer environ 18 mois, selon les services techniques de la ville.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag einen Plan über zwölf Millionen Euro zur Sanierung des Wasserwerks beschlossen und damit einen zweijährigen Streit über die Finanzierung beendet.",
        "Der Abstimmung waren monatelange Anhörungen vorausgegangen, in denen sich Anwohner über verfärbtes Leitungswasser beschwert hatten.",
        "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa 18 Monate dauern, teilte das Bauamt mit.",
    ],
}


@dataclass(frozen=True)
class Row:
    category: str
    text: str
    outlet: str
    lang: str

    @property
    def is_body(self) -> bool:
        return self.category == "body"


def rows() -> list[Row]:
    return [Row(**json.loads(line)) for line in DEV.read_text("utf-8").splitlines() if line.strip()]


def embed(row: Row) -> str:
    """Title, body paragraphs, and the row: at the end for notices, mid-body for negatives."""
    body = BODIES.get(row.lang, BODIES["en"])
    title = "Council approves water plant overhaul"
    if row.is_body:
        paras = body[:2] + [row.text] + body[2:]
    else:
        paras = body + [row.text]
    return "\n\n".join([title, *paras])


@dataclass(frozen=True)
class Outcome:
    row: Row
    removed: tuple[declutter.Removed, ...]  # removed blocks that come from the row's text

    @property
    def detected(self) -> bool:
        return bool(self.removed)

    @property
    def right_family(self) -> bool:
        want = kind_family(self.row.category)
        return any(kind_family(r.kind) == want for r in self.removed)


def visible(text: str) -> str:
    """A row's text as the output shows it: markdown and HTML remnants removed
    ('**Note:**', '<p>…</p>') and spacing repaired ('[ Share ]' → '[Share]'),
    so rows written with markup or stray spaces compare too."""
    from declutter.segment import clean_markup, repair_spacing

    return " ".join(repair_spacing(clean_markup(text)[0]).split())


def run(row: Row) -> tuple[Outcome, declutter.Article]:
    article = declutter.clean(embed(row))
    shown = visible(row.text)
    removed = tuple(r for r in article.boilerplate if r.text in row.text or " ".join(r.text.split()) in shown)
    return Outcome(row, removed), article


def scores(outcomes: list[Outcome]) -> tuple[float, float]:
    """(precision, recall): recall needs the right family; any removal of a negative is a false positive."""
    positives = [o for o in outcomes if not o.row.is_body]
    negatives = [o for o in outcomes if o.row.is_body]
    tp = sum(o.right_family for o in positives)
    detections = sum(o.detected for o in positives) + sum(o.detected for o in negatives)
    correct = sum(o.detected for o in positives)
    precision = correct / detections if detections else 1.0
    recall = tp / len(positives) if positives else 1.0
    return precision, recall
