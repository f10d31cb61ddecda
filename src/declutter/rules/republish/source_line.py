"""Source lines: a label and the outlet the story was taken from, alone on a line or glued
to the story's last sentence ('… reopens Monday. Vía: Crónica del Valle')."""

from __future__ import annotations

from .. import Rule

#: Words of an institution or a data set, not of an outlet: a chart's "Source: Census Bureau"
#: or "Fuente: Instituto Nacional de Estadística" is a data credit, and often kept as body.
_DATA_SOURCE = r"""(?:ministr|minist[eè]r|bureau|office|offices|institut|istitut|statist|estad[íi]stic|estat[íi]stic|census
    |department|departamento|d[ée]partement|dipartimento|agenc|agencia|agence|agenzia|agência|bank|banco|banque|banca
    |amt\b|ämter|bundesamt|universit|survey|encuesta|enquête|sondagg|umfrage|report|rapport|informe|relatório|data|datos
    |données|dati|dados|daten|government|gobierno|gouvernement|governo|regierung|police|polic[íi]a|polizia|polizei
    |council|consejo|conseil|consiglio|commission|comisi[óo]n|commissione|comissão|kommission|authority|autoridad
    |autorité|autorità|behörde|service|servicio|servizio|serviço|dienst|court|tribunal|tribunale|gericht|company
    |empresa|entreprise|azienda|unternehmen|elaboraci[óo]n|elaborazione|calcul|berechnung|who\b|oms\b|unicef|eurostat
    |oecd|ocde|imf\b|fmi\b|world|mundial|mondiale|national|nacional|nationale|nazionale|bundes|federal|estado|state)"""

#: The outlet: one to five capitalised words, joined by the particles outlet names use;
#: no digits (a date or a figure makes it something else).
_OUTLET_NAME = r"""(?-i:\p{Lu})[\p{L}'’&.-]*(?:\s+(?:(?:de|del|de\s+la|du|des|di|della|delle|dei|degli|dello|do|da|dos|das|der|die|das|la|le|el
    |il|lo|o|a|the|of|and|y|e|et|und|&)\s+)?(?-i:\p{Lu})[\p{L}'’&.-]*){0,4}"""

#: What makes a name an outlet's: a word of the press in it ('Valley Post', 'Radio Sur', 'Gazzetta di X'),
#: an ampersand ('Static & Noise'), a web address or an @handle; a town or an app ('via Dover', 'via Zoom')
#: has none of them.
_OUTLET_LIKE = r"""(?:@[\w.]{2,}|[\w-]+\.(?:com|org|net|news|info|co\.uk|de|fr|es|it|pt|br|ch|at|mx|ar)\b
    |(?-i:\p{Lu})[\p{L}'’.-]*\s+&\s+(?-i:\p{Lu})[\p{L}'’.-]*
    |(?:(?-i:\p{Lu})[\p{L}'’.-]*\s+(?:(?:de|del|di|do|da|della|of|the)\s+)?){0,3}
        (?-i:News|Times|Post|Journal|Review|Radio|TV|Magazine|Mag|Daily|Gazette|Herald|Tribune|Report|Wire|Press|Media
        |Ledger|Courier|Observer|Chronicle|Monitor|Voice|Echo|Blog|Podcast|Weekly|Signal|Diario|Noticias|Revista
        |Periódico|Zeitung|Rundschau|Blatt|Kurier|Anzeiger|Nachrichten|Gazzetta|Corriere|Notizie|Giornale|Folha|Jornal
        |Notícias|Rádio|Quotidien|Hebdo)\b
        (?:\s+(?:(?:de|del|di|do|da|della|of|the)\s+)?(?-i:\p{Lu})[\p{L}'’.-]*){0,3})"""

SOURCE_LINE = (
    Rule(
        name="republish.attribution.source_label",
        triggers=("via", "vía", "source", "fuente", "fonte", "quelle", "origen", "origem", "provenance"),
        kind="republish.attribution",
        patterns=(
            rf"""
            ^[\W_]{{0,4}}(?:v[ií]a|sources?|fuente|fonte|quelle|origen|origem|provenance)\s*:\s*
                (?![^\n]{{0,80}}?\b{_DATA_SOURCE})                  # not an institution's or a data set's name
                {_OUTLET_NAME}[\W_]{{0,3}}$                         # "Vía: Diario del Sur", "(Fonte: Il Corriere di Valle)"
            """,
        ),
        max_words=10,
        weight=1.5,
        why="A source label with an outlet's name and nothing else ('Vía: X', '(Fonte: X)', 'Quelle: X'): the "
            "story's provenance, on its own line or glued after the last sentence; institutions and data sets "
            "named under charts are left alone.",
        examples=(
            "Vía: Diario de la Meseta",
            "(Fonte: La Gazzetta delle Valli)",
            "Quelle: Der Talbote",
            "Source : Le Courrier du Plateau",
            "Via: The Lakeside Ledger",
            "Fuente: El Eco Serrano.",
        ),
        counterexamples=(
            "Source: U.S. Census Bureau",
            "Fuente: Instituto Nacional de Estadística",
            "Quelle: Statistisches Bundesamt",
            "Source: company filings",
            "Fonte: elaborazione su dati Istat",
            "Via Appia Antica reopened on Sunday after repairs.",
        ),
    ),
    Rule(
        name="republish.attribution.via_credit",
        triggers=("(via", "( via", "(vía", "(h/t", "(hat tip"),
        kind="republish.attribution",
        patterns=(
            rf"""
            \(\s*(?:via|vía|h/t|hat\s+tip(?:\s+to)?)\s*:?\s+{_OUTLET_LIKE}\s*\)[\W_]{{0,3}}$   # '… (via Static & Noise)'
            """,
        ),
        max_words=80,
        weight=2.0,
        why="A post closed by '(via Outlet)' or '(h/t Outlet)': an aggregated item crediting where it came from; "
            "the credit names an outlet (a press word, an ampersand, a web address or a handle), never a town "
            "or an app a route or a call went through.",
        examples=(
            "A new trail map for the county parks is out, with six loops marked for wheelchairs (via Hillside Weekly).",
            "Tickets for the autumn tour sell out in an hour (h/t @quietnoise_mag).",
            "The recipe uses three kinds of beans (vía Radio Sierra Norte)",
        ),
        counterexamples=(
            "The overnight ferry reaches Bilbao from Portsmouth (via Plymouth).",
            "The hearing will be held remotely (via Zoom).",
            "The Eurostar now runs from London to Amsterdam (via Brussels and Rotterdam).",
            "Trucks will reach the port of Genoa (via La Spezia).",
        ),
    ),
)
