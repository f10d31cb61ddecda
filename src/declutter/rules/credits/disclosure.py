"""The writer's interests and how to reach them: disclosure lines, 'contact the author' lines and
the tip prompt above them, in six languages."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, Veto
from .bios import BIO_MAX_WORDS, TIP_LINE_MAX_WORDS

#: Not inside quoted speech, at the end of each branch below.
Q = OUTSIDE_QUOTES

#: A tip prompt is a short question on its own ('Got a tip?').
TIP_PROMPT_MAX_WORDS = 12

#: Labels that head a writer's statement of interests (en, de, fr, es, it, pt).
INTEREST_LABEL = r"""
    (?:(?:full\s+)?disclosure|transparency\s+(?:note|statement)|(?:declaration|statement)\s+of\s+interests?
      |conflicts?\s+of\s+interests?|competing\s+interests                                                # en
      |transparenzhinweis|hinweis\s+zur\s+transparenz|offenlegung|interessenkonflikte?                   # de
      |déclaration\s+d['’]intérêts?|conflits?\s+d['’]intérêts?|(?:note\s+de\s+)?transparence            # fr
      |declaraci[oó]n\s+de\s+intereses|conflictos?\s+de\s+intereses|(?:nota|aviso)\s+de\s+transparencia   # es
      |dichiarazione\s+di\s+(?:interessi|conflitto\s+di\s+interessi)|conflitt[oi]\s+di\s+interess[ei]
      |nota\s+di\s+trasparenza                                                                        # it
      |declaração\s+de\s+(?:interesses|conflito\s+de\s+interesses)|conflitos?\s+de\s+interesses
      |nota\s+de\s+transparência)                                                                     # pt
"""

#: The writer named by their role, as a disclosure does ('the author', 'die Autorin', "l'autrice").
THE_WRITER = r"""
    (?:the|der|die|l['’]|la|el|il|o|a|this|our|notre|cette|cet|nuestr[oa]|unser(?:e)?)?\s*
    (?:authors?|writers?|columnists?|reporters?|journalists?|contributors?|autor(?:in|innen|a|as|es)?|auteure?s?
      |autrices?|autore|autori|verfasser(?:in)?|journalist(?:in)?|journaliste|periodista|giornalista|jornalista
      |redakteur(?:in)?|chroniqueu(?:r|se)|columnista|colunista|editorialista)\b
"""

#: The writer as the subject, not 'the author of the report' (news about someone else's author).
WRITER_SUBJECT = THE_WRITER + r"""(?!\s+(?:of|de|del|des|du|di|dell['’]|dello|della|do|da|der|von)\b)"""

#: Ties, interests or holdings, which a disclosure says the writer has or has not (en, fr, es, de, it, pt).
TIES = r"""(?:ties|links|connections?|relationships?|affiliations?|(?:financial\s+)?interests?|stakes?|shares
    |liens?|relations?|intérêts?|vínculos?|relaci[oó]n|relaciones|intereses?|participaci[oó]n(?:es)?
    |verbindungen|beziehungen|interessen|anteile|rapport[oi]|legam[ei]|interess[ei]|partecipazion[ei]
    |relaç(?:ão|ões)|ligaç(?:ão|ões)|interesses?|participaç(?:ão|ões))"""

#: The companies the piece names: 'the companies mentioned', 'las empresas citadas', 'den genannten Unternehmen'.
NAMED_COMPANIES = r"""(?:(?:compan(?:y|ies)|firms?|businesses|organi[sz]ations?|entreprises?|sociétés?|organismes?|empresas?
        |compañías|organizaciones|aziende|società|imprese|organizzazioni|organizações|companhias)\s+
        (?:mentioned|cited|discussed|featured|citée?s|mentionnée?s|nommée?s|évoquée?s|mencionad[oa]s|citad[oa]s
        |nombrad[oa]s|aludid[oa]s|citat[ei]|menzionat[ei]|nominat[ei])
    | (?:genannten|erwähnten)\s+(?:unternehmen|firmen|konzernen|organisationen))"""

#: Where the piece itself is named after them ('… in this article', "… nell'articolo"), then the sentence ends.
IN_THIS_PIECE = r"""(?:\s+(?:in|en|dans|nel|nell['’]|nello|no|na|neste|nesta|im|in\s+diesem|in\s+dem)\s*
    (?:this|the|cet|ce|l['’]|este|el|questo|o|a|dem|diesem)?\s*(?:article|artículo|articolo|artigo|texte|text|artikel
    |beitrag|piece|column|story|reportaje|reportagem|matéria|pezzo))?\s*(?:[.;)]|$)"""

DISCLOSURE = (
    Rule(
        name="author_bio.interest_statement",
        triggers=('disclosure', 'transparency', 'declaration of', 'statement of', 'conflict of', 'conflicts of',
                  'competing interests', 'transparenzhinweis', 'hinweis zur', 'offenlegung', 'interessenkonflikt',
                  'déclaration d', 'conflit d', 'conflits d', 'transparence', 'note de', 'declaración de',
                  'declaracion de', 'conflicto de', 'conflictos de', 'nota de', 'aviso de', 'transparencia',
                  'dichiarazione di', 'conflitto di', 'conflitti di', 'nota di', 'declaração de', 'conflito de',
                  'conflitos de', 'in this article', 'in this column', 'in this story', 'in this piece',
                  'in this post', 'ne travaille pas', 'no trabaja para', 'arbeitet nicht für', 'não trabalha',
                  'não presta', 'cet article', 'este artículo', 'diesem artikel', 'diesem beitrag', 'questo articolo',
                  'este artigo', 'deste artigo'),
        kind="author_bio",
        patterns=(
            rf"""
            # a label, then the writer: 'Disclosure: The author owns …', 'Transparenzhinweis: Die Autorin ist …',
            # 'Declaración de intereses: el autor …' (a label before anyone else's name is news: 'Disclosure: Acme
            # owns this paper' names its owner)
            ^[\W_]{{0,3}}{INTEREST_LABEL}[\W_]{{0,3}}\s*[:–—-]\s*[\W_]{{0,2}}{THE_WRITER}
            """,
            rf"""
            # the writer's holdings in what the piece names: '… owns shares in companies mentioned in this article'
            \b(?:the\s+)?(?:authors?|writers?|columnists?)\s+(?:owns?|holds?|held|has|have|had)\s+(?:no\s+)?
                (?:shares|stocks?|stakes?|positions?|an?\s+(?:[\w-]+\s+)?(?:stake|position|financial\s+interest|interest)|financial\s+interests?
                |investments?)\b[^.]{{0,80}}?\b(?:mentioned|discussed|named|featured|covered|cited|reviewed)\s+
                in\s+this\s+(?:article|column|story|piece|post)\b{Q}
            # the academic's statement of no interests (The Conversation's wording) in fr, es, de, it, pt:
            # 'ne travaille pas, ne conseille pas, ne possède pas de parts … qui pourrait tirer profit de cet article'
            | \bne\s+travaille\s+pas\b[^.]{{0,60}}?\bne\s+conseille\s+pas\b{Q}
            | \b(?:pourrai(?:en)?t|puisse(?:nt)?)\s+tirer\s+(?:profit|avantage|parti)\s+de\s+cet\s+article\b{Q}
            | \bno\s+trabaja\s+para\b[^.]{{0,60}}?\b(?:asesora|consulta|es\s+consultor[ae]?|posee\s+acciones)\b{Q}
            | \b(?:podría|pueda)n?\s+(?:beneficiarse|sacar\s+provecho)\s+de\s+este\s+artículo\b{Q}
            | \barbeitet\s+nicht\s+für\b[^.]{{0,60}}?\b(?:berät|besitzt)\s+kein\w*\b{Q}
            | \bvon\s+diesem\s+(?:artikel|beitrag)\s+profitieren\s+(?:könnte|könnten)\b{Q}
            | \b(?:potrebbe(?:ro)?|possa(?:no)?)\s+(?:trarre\s+(?:vantaggio|beneficio|profitto)|beneficiare)\s+da\s+questo\s+articolo\b{Q}
            | \bnão\s+(?:trabalha\s+para|presta\s+consultoria)\b[^.]{{0,60}}?\b(?:consultoria|ações|participações)\b{Q}
            | \b(?:possa(?:m)?|poderia(?:m)?)\s+(?:se\s+)?beneficiar(?:-se)?\s+(?:(?:com|de|d[ao])\s+)?
                (?:a\s+publicação\s+)?(?:deste|este)\s+artigo\b{Q}
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A writer's statement of interests, by its label and 'the author', or by 'in this article': it "
            "speaks of the piece itself; news about a conflict of interest names people, not 'the author'.",
        examples=(
            "Disclosure: the writer sits on the board of a tenants' rights charity.",
            "Conflict of interest: The author has consulted for two of the insurers named in this piece.",
            "The columnist holds a small stake in one of the retailers discussed in this column.",
            "Transparenzhinweis: Die Autorin war bis 2021 Mitglied der Partei.",
            "Déclaration d'intérêts : l'auteur est administrateur bénévole d'une association de locataires.",
            "Nota de transparencia: el periodista colaboró con la fundación entre 2019 y 2021.",
            "Marc Petit est historien. Il ne travaille pas, ne conseille pas, et ne reçoit pas de fonds d'une "
            "organisation qui pourrait tirer profit de cet article.",
            "La autora no trabaja para ninguna empresa, no asesora ni posee acciones de organizaciones que "
            "podrían beneficiarse de este artículo.",
            "Nota di trasparenza: l'autrice è socia della cooperativa citata.",
        ),
        counterexamples=(
            "Disclosure: Acme Holdings, which owns this newspaper, is a party to the lawsuit.",
            "The author owns shares in a Welsh football club, the biography reveals.",
            "Conflicts of interest among the judges were the main subject of the inquiry.",
            "Transparenzhinweis: Die Stadt veröffentlicht alle Verträge ab Juli online.",
            "The regulator said the author of the report held shares in companies mentioned in this article.",
            "« Je ne travaille pas, je ne conseille pas », a-t-il répété devant les juges.",
        ),
    ),
    Rule(
        name="author_bio.no_ties",
        triggers=('mentioned', 'cited', 'discussed', 'featured', 'cité', 'mentionn', 'nommé', 'évoqué',
                  'mencionad', 'citad', 'nombrad', 'aludid', 'citat', 'menzionat', 'nominat', 'genannten', 'erwähnten',
                  'funding', 'grant', 'financiaci', 'financiamiento', 'financement', 'fördermittel', 'förderung',
                  'finanzierung', 'drittmittel', 'finanziament', 'financiamento', 'subvenci', 'subvention'),
        kind="author_bio",
        patterns=(
            # the writer has (no) ties to the companies the piece names: 'The author has no ties to the firms
            # mentioned.', "L'autore non ha legami con le società nominate", 'o autor … não tem
            # vínculo com as empresas mencionadas' (the companies first, the ties a lookbehind checked once they
            # matched; the writer is the veto's)
            rf"""\b{NAMED_COMPANIES}(?<=\b{TIES}\b[^.\n]{{0,40}}?{NAMED_COMPANIES}){IN_THIS_PIECE}{Q}""",
            # the writer has received funding: 'El autor … recibió fondos públicos para esta investigación'
            rf"""\b(?:funding|grants?|financiaci[oó]n|financiamiento|financements?|fördermittel|förderung|finanzierung
                |drittmittel|finanziament[io]|financiamento|subvenci[oó]n(?:es)?|subventions?)\b
                (?<=\b(?:has\s+received|received|receives|ha\s+recibido|recibió|recibe|a\s+reçu|reçoit|ha\s+ricevuto
                |riceve|ricevette|recebeu|recebe|tem\s+recebido|erhält|erhielt|hat)\b[^.\n]{{0,40}}?
                \b(?:funding|grants?|financiaci[oó]n|financiamiento|financements?|fördermittel|förderung|finanzierung
                |drittmittel|finanziament[io]|financiamento|subvenci[oó]n(?:es)?|subventions?)){Q}""",
        ),
        # the writer must be the subject somewhere in the block: a match with no 'the author' is news
        unless=Veto(any_of=r"^", none_of=WRITER_SUBJECT),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A writer's statement of ties to the companies the piece names, or of the funding they received; "
            "news names 'the author of' a report, or says who found the ties.",
        examples=("The writer has no financial ties to any company mentioned in this article.",
                  "L'auteur n'a aucun lien avec les entreprises citées.",
                  "El autor es economista y no mantiene relación con las empresas mencionadas.",
                  "Die Autorin unterhält keine Beziehungen zu den genannten Unternehmen.",
                  "L'autore è medico e non ha interessi nelle società citate.",
                  "A autora é engenheira e recebeu financiamento público para esta pesquisa."),
        counterexamples=("The author of the audit found ties between the mayor and the companies mentioned.",
                         "El autor del informe recibió financiación de la petrolera, según documentos.",
                         "Reporters found links to the companies cited in the indictment."),
    ),
    Rule(
        name="author_bio.contact_author",
        triggers=('@',),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Contact the author: name@outlet.org', "Contactez l'auteur : …", 'Kontakt zur Autorin: …',
            # 'Escriba al autor: …', "Contatta l'autore: …", 'Fale com o autor: …': an address right after
            (?:^|[.!?]\s+)[\W_]{{0,3}}
            (?:contact(?:ez|er|e|a|ar|ate|are)?|write\s+to|e-?mail|écrivez(?:\s+à)?|écrire\s+à|joindre
              |escr[ií]b(?:e|a|ale|anle|ir)(?:\s+(?:a|al))?|kontakt(?:ieren\s+sie)?|schreiben\s+sie|schreib
              |scrivi(?:\s+a(?:ll['’])?)?|contatta(?:re)?|escreva(?:\s+(?:para|a))?|fale\s+com|contate|contacte)\s*
            (?:zu[mr]\s+|dem\s+|der\s+|den\s+|an\s+(?:den|die)\s+|ao\s+|à\s+|al\s+)?{THE_WRITER}
            (?:\s+(?:par|per|por|via|by|at|à|a|an|en|em|unter|sur|on)(?:\s+(?:e-?mail|courriel|correo(?:\s+electr[oó]nico)?|mail))?)?
            \s*[:(]?\s*[\w.+-]+@[\w-]+\.[\w.]+
            """,
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Contact the author: address' lines close a story; news that mentions an author's e-mail reports it.",
        examples=(
            "Contact the author: r.hale@harbourpost.example",
            "Contactez l'autrice : c.morin@lejournal.example",
            "Kontakt zur Autorin: lena.berg@stadtblatt.example",
            "Escríbale al periodista: jgil@diario.example",
            "Contatta l'autore: m.ferri@gazzetta.example",
        ),
        counterexamples=(
            "Police wrote to the author at jdoe@example.com, according to the indictment.",
            "The hackers used the author's address, jo@example.org, to reset the password.",
        ),
    ),
    Rule(
        name="author_bio.tip_prompt",
        leads=('got', 'have', 'has', 'know', 'vous', 'tu', 'une', 'tienes', 'tiene', 'tenés', 'haben', 'hast',
               'hai', 'avete', 'tem', 'você', 'tens'),
        kind="author_bio",
        patterns=(
            r"""
            # a tip line's question on its own: 'Got a tip?', 'Have a story idea?', 'Vous avez une info ?'
            ^[\W_]{0,3}
            (?:(?:got|have|has)\s+(?:a|any)\s+(?:news\s+|story\s+)?(?:tips?|story\s+ideas?|lead)(?:\s+(?:for\s+us|to\s+share))?
              |know\s+something\s+we\s+should(?:\s+(?:know|look\s+into|report\s+on))?
              |(?:vous\s+avez|tu\s+as)\s+(?:une\s+info(?:rmation)?|un\s+tuyau|un\s+témoignage)(?:\s+à\s+(?:nous\s+)?(?:partager|signaler|transmettre|confier))?
              |une\s+info(?:rmation)?\s+à\s+nous\s+(?:transmettre|signaler|communiquer)
              |(?:tienes|tiene|tenés)\s+(?:una\s+pista|un\s+dato|información|una\s+denuncia)(?:\s+(?:para\s+nosotros|que\s+compartir))?
              |(?:haben\s+sie|hast\s+du)\s+(?:einen\s+hinweis|einen\s+tipp|informationen)(?:\s+für\s+uns)?
              |(?:hai|avete)\s+(?:una\s+segnalazione|una\s+notizia|informazioni)(?:\s+da\s+(?:segnalarci|condividere))?
              |(?:(?:você\s+)?tem|tens)\s+(?:uma\s+(?:dica|denúncia|informação)|alguma\s+(?:dica|informação))(?:\s+para\s+nós)?)
            \s*\?[\W_]{0,3}$
            """,
        ),
        max_words=TIP_PROMPT_MAX_WORDS,
        weight=2.0,
        why="A tip line's question standing alone ('Got a tip?') heads the newsroom's contact line; news asks no "
            "reader for tips in a sentence of its own.",
        examples=("Got a tip?", "Have a story idea for us?", "Vous avez une info à nous transmettre ?",
                  "¿Tienes una pista?", "Haben Sie einen Hinweis für uns?"),
        counterexamples=("Have a tip for the police? Officers say they check every call.",
                         "Got a tip from a neighbour, the officer said, and found the van."),
    ),
)
