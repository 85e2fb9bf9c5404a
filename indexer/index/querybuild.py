"""Turn a parsed query into a Whoosh query over both languages' fields.

Each word is analyzed by the French and the English chain and looked up in
the paragraph fields of both languages (and, weaker, in their headings and
agenda item titles). Runs of words that form a glossary term also search for
the term's equivalents in both languages; multi-word terms are looked up as
pairs of neighbouring stems, which is a term look-up rather than a phrase
match. Words side by side are ranked together: every paragraph with any of
them matches, and the more of them it has, the higher it ranks (an explicit
AND requires each). A word that either language treats as a stop word is
left out, so "trafficking in persons" does not look for "in". Quoted phrases
match the words as written, case and accents aside; only when no paragraph
has them does the engine look for the phrase's glossary equivalents. Compiled
with ``other_forms``, a quoted phrase also matches its words in other forms
(the stems side by side): the engine counts what that adds, to tell the user.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice, product

from .. import anchors
from ..describe.document_kind import document_kinds_named
from ..describe.kind import kinds_named
from ..enrich.state_groups import GroupMention
from ..enrich.states import query_states
from ..enrich.topics import query_topics
from ..symbols import word_symbol
from ..typed_patterns import QUERY_ACT, QUERY_ARTICLE
from .analysis import LANGUAGES, PAIR_SEPARATOR, WORD, pairs, tokens
from .cognates import other_forms
from .facetvalues import normalise_all
from .glossary import Span, glossary_spans
from .querylang import And, Field, Node, Not, Or, Phrase, Word, plain_text
from .querynames import groups_named, named_spans
from .scoring import (
    ANY,
    AllOf,
    AnyOf,
    BestOf,
    Chain,
    Lift,
    Plan,
    Pooled,
    Shared,
    Tagged,
    Term,
    Unanalysed,
    Without,
    Written,
)

CONTEXT_BOOST = 0.3  # the paragraph's headings and agenda item title
NOTES_BOOST = 0.5  # its footnotes' text: the organization or source a note names
PHRASE_BOOST = 2.0  # a glossary term found as a whole, as typed
EXPANSION_BOOST = 1.5  # one of its equivalents, in either language
TRANSLATION_BOOST = 0.75  # a quoted term's equivalents in the other language: after it as written
APART_BOOST = 0.5  # the words of a hyphenated compound found apart
AS_WRITTEN_BOOST = 0.8  # a word found as written (folded), not through a language's stems
RENDERINGS = 8  # a quoted phrase's term-by-term renderings looked up, per language
TIEBREAK = 0.1  # alternatives of one word or term: the best counts, the others barely
SUBJECT_SCORE = 10.0  # added for each topic, State, item, act or kind the query names
STATES_IN_FULL = 3  # a paragraph naming more States gets a share of a State's lift
OTHER_STATES = 0.25  # a query naming several States: each other one a paragraph names
# added, in a question for States ("which States…"), to its answers: the paragraphs naming some
ANSWER_SCORE = 2 * SUBJECT_SCORE
CONTEXT_SUBJECT_SCORE = 3.0  # added when the paragraph's section or agenda item is on the topic
NUMBERED_BOOST = 2.0  # a number and its neighbour side by side, as typed ("article 3")
COORD = 0.5  # words side by side: a score × (share of them a paragraph has) ** COORD
SYMBOL_SCORE = 5.0  # for a paragraph of the document a query's symbol names, or citing it
DOCUMENT_SCORE = SYMBOL_SCORE  # for one of a document of a kind the query names ("the resolution")


# "which States", "quels pays": a question whose answer is States, so paragraphs naming some
STATES_ASKED = re.compile(
    r"(?<!\w)(?i:(?:which|what)\s+(?:member\s+)?(?:states|countries|governments|delegations)"
    r"|(?:list|name)\s+(?:of\s+)?(?:the\s+)?(?:member\s+)?(?:states|countries|governments|delegations)"
    r"|(?:quels|quelles)\s+(?:sont\s+les\s+)?(?:(?:etats|états)(?:\s+membres)?|pays"
    r"|gouvernements|delegations|délégations)"
    r"|(?:liste|énumère|enumere|énumérez|enumerez)\s+(?:des|les)\s+(?:(?:etats|états)(?:\s+membres)?|pays|gouvernements|delegations|délégations))(?!\w)"
)
# "agenda item 4", "item 4", "point 4 de l'ordre du jour": the paragraphs of that item
AGENDA_ITEM = re.compile(r"(?<!\w)(?i:agenda\s+item|item|point)\s+(\d{1,2})(?!\w)")


@dataclass
class Compiled:
    """A query plan (see :mod:`indexer.index.scoring`) and the terms to highlight, per field."""

    query: Plan | None
    highlight: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    expand_phrases: frozenset[str] = frozenset()
    expandable: list[str] = field(default_factory=list)  # quoted phrases that are glossary terms
    # those searched in the other language too, each with the look-up of its equivalents there
    translated: dict[str, Plan] = field(default_factory=dict)
    other_forms: bool = False
    quoted: bool = False  # the query asks for a phrase as written (not inside a NOT)
    named_groups: tuple[GroupMention, ...] = ()  # the groups of States the query names
    groups: frozenset[str] = frozenset()  # the ids of those read as their members


def compile_query(
    tree: Node | None,
    expand_phrases: frozenset[str] = frozenset(),
    other_forms: bool = False,
    groups: frozenset[str] = frozenset(),
) -> Compiled:
    """Compile a query tree; a None query means browsing everything.

    Args:
        expand_phrases: the quoted phrases (as typed) to look for through their
            glossary equivalents too: those no paragraph has as written.
        other_forms: let a quoted phrase (not one inside a NOT) also match
            its words in other forms: "approche centrée sur les victimes"
            then finds "approche centrée sur la victime".
        groups: the ids of the groups of States named in the query to read as their
            members ("Gulf States": the paragraphs naming Qatar or Oman): those no
            paragraph names as written (see ``Compiled.named_groups``).
    """
    compiled = Compiled(
        query=None, expand_phrases=expand_phrases, other_forms=other_forms, groups=groups
    )
    if tree is not None:
        compiled.query = _with_subjects(_node(tree, compiled, positive=True), tree, compiled)
    return compiled


def _with_subjects(query: Plan | None, tree: Node, compiled: Compiled) -> Plan | None:
    """Rank higher the paragraphs tagged with the topics, States, agenda items, acts and kinds the
    query names ("resolution 5/2": the paragraphs of that resolution as a report sets it out;
    "recommendations on training": the paragraphs of a chapter of recommendations). A question
    asking for States ("which States…", "quels pays…") lifts the paragraphs naming any.

    Topics and States are language-independent tags given at ingestion, so a
    query in one language lifts the paragraphs about its subject in both. A
    State's name is precise enough to find too: in a query of plain words, the
    paragraphs naming that State match even when they write its name otherwise
    (another language, a historical name, an adjective).
    """
    if query is None:
        return None
    text = " ".join(plain_text(tree))
    topics = {t for lang in LANGUAGES for t in query_topics(text, lang)}
    codes = query_states(text)
    compiled.named_groups = groups_named(tree)
    read = [g.group for g in compiled.named_groups if g.group.id in compiled.groups]
    members = [code for group in read for code in group.members if code not in codes]
    states = [Tagged("named_state", code) for code in dict.fromkeys((*codes, *members))]
    asks_states = STATES_ASKED.search(text) is not None
    subjects: list[Plan] = [_topic(t, asks_states) for t in sorted(topics)]
    subjects += _states_lift(codes)
    subjects += [_states_lift(group.members, group=True)[0] for group in read]
    subjects += [Tagged("agenda", number) for number in dict.fromkeys(AGENDA_ITEM.findall(text))]
    subjects += [Tagged("act", act) for act in dict.fromkeys(_acts(text))]
    subjects += [Tagged("kind", kind) for kind in kinds_named(text)]
    if states and _plain(tree):  # "Holy See" also finds the paragraphs naming the Saint-Siège
        query = AnyOf((query, *states))  # and "Gulf States" those naming Qatar
        compiled.highlight["states"].update((*codes, *members))  # and marks "Norvège" for "Norway"
    if subjects:
        query = Lift(query, tuple(subjects), SUBJECT_SCORE)
    if documents := [Tagged("document_kind", k) for k in document_kinds_named(text)]:
        query = Lift(query, tuple(documents), DOCUMENT_SCORE)  # "what does the resolution say"
    if asks_states:  # "which States spoke on demand": only paragraphs naming States answer it
        return Lift(query, (Tagged("named_state", ANY),), ANSWER_SCORE)
    settings = tuple(Tagged("context_topic", t) for t in sorted(topics))
    return Lift(query, settings, CONTEXT_SUBJECT_SCORE) if settings else query


def _states_lift(codes: Sequence[str], group: bool = False) -> list[Plan]:
    """Return the lift of the States a query names: a paragraph about any of them, once, and
    a little more for each other one it names ("US and Thai experts on not prosecuting
    trafficking victims": WG.4 para. 83, naming both States in passing, had two lifts over the
    American and the Thai experts' paragraphs, each naming its own State). A group of States
    ("Gulf States") is one subject, however many members it has, and lifts the paragraphs
    naming a member, not all those of a member's own report (Italy's, for "EU member States")."""
    subject = None if group else "subject_state"
    shared = [Shared("named_state", code, STATES_IN_FULL, subject) for code in codes]
    if len(shared) > 1 or (group and shared):
        return [BestOf(tuple(shared), tiebreak=OTHER_STATES)]
    return list(shared)


def _topic(topic: str, asks_states: bool) -> Plan:
    """Return what a topic the query names lifts: the paragraphs tagged with it; in a question
    for States ("which States spoke on demand"), also those whose section is on it, since the
    list of the States that spoke under an item names them and not the item's subject."""
    tagged = Tagged("topic", topic)
    return AnyOf((tagged, Tagged("context_topic", topic))) if asks_states else tagged


def _acts(text: str) -> list[str]:
    """Return the acts and articles a query names, as anchors name them ("resolution 5/2" →
    "res5.2"; "article 3" → "art3", which also lifts article 3 of an annexed instrument)."""
    acts = [anchors.act_name(m["kind"], m["label"]) for m in QUERY_ACT.finditer(text)]
    return acts + [anchors.article(int(m["label"])) for m in QUERY_ARTICLE.finditer(text)]


def _plain(tree: Node) -> bool:
    """Tell whether a query is only words side by side: no operator, prefix, negation or
    quoted phrase (which matches its words as written, not the State they may name)."""
    if isinstance(tree, Word):
        return True
    return isinstance(tree, And) and not tree.explicit and all(_plain(n) for n in tree.nodes)


def _node(node: Node, compiled: Compiled, positive: bool) -> Plan | None:
    if isinstance(node, Word):
        parts = _named(_words([node.text], compiled, positive), node.text, compiled, positive)
        return parts[0] if parts else None
    if isinstance(node, Phrase):
        return _quoted(node.text, compiled, positive)
    if isinstance(node, Field):
        values = normalise_all(node.name, node.value)  # a group of States: its members
        if len(values) > 1:
            return AnyOf(tuple(Tagged(node.name, v) for v in values))
        return Tagged(node.name, values[0] if values else None)
    if isinstance(node, Not):
        inner = _node(node.node, compiled, positive=False)
        return Without(None, (inner,)) if inner is not None else None
    if isinstance(node, And):
        parts = _and_parts(node.nodes, compiled, positive, node.explicit)
        return _conjunction(parts, node.explicit)
    if isinstance(node, Or):
        parts = [q for q in (_node(n, compiled, positive) for n in node.nodes) if q is not None]
        return AnyOf(tuple(parts)) if len(parts) > 1 else (parts[0] if parts else None)
    return None


def _and_parts(
    nodes: tuple[Node, ...], compiled: Compiled, positive: bool, explicit: bool = False
) -> list[Plan]:
    """Compile the parts of a conjunction, giving runs of words that form glossary terms a unit;
    words joined by an explicit AND are each a part ("traite AND enfants" is not the term
    "traite des enfants", which the French or English paragraphs may have without "enfants")."""
    parts: list[Plan] = []
    run: list[str] = []
    for node in [*nodes, None]:
        if isinstance(node, Word):
            run.append(node.text)
            continue
        if run:
            parts.extend(
                _required(run, compiled, positive) if explicit else _words(run, compiled, positive)
            )
            run = []
        if node is not None and (part := _node(node, compiled, positive)) is not None:
            parts.append(part)
    return parts


def _required(words: list[str], compiled: Compiled, positive: bool) -> list[Plan]:
    """Compile words an explicit AND joins: each a part, but for a State's name of several
    words, one ("United Kingdom AND traite"); a State's name also finds the paragraphs
    naming that State otherwise ("norway AND prostitution": the French "Norvège")."""
    parts: list[Plan] = []
    index = 0
    for start, end, members in [*_spans(words, compiled, positive), (len(words), len(words), ())]:
        for word in words[index:start]:
            parts.extend(_named(_words([word], compiled, positive), word, compiled, positive))
        if members:  # "Gulf States AND traite": one of its States required
            parts.append(_members(members))
        elif start < end:
            name = words[start:end]
            named = _named(_words(name, compiled, positive), " ".join(name), compiled, positive)
            parts.extend(named)
        index = end
    return parts


def _spans(
    words: list[str], compiled: Compiled, positive: bool
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Return the spans of ``words`` that name a State (members ``()``) or a group of States
    read as its members (in a negation, a group is words)."""
    return named_spans(words, compiled.groups if positive else frozenset())


def _members(codes: Sequence[str]) -> Plan:
    """Return the paragraphs naming any of a group's States (no score: the lift gives it)."""
    return AnyOf(tuple(Tagged("named_state", code) for code in codes))


def _named(parts: list[Plan], text: str, compiled: Compiled, positive: bool) -> list[Plan]:
    """Return ``parts``, as one with the paragraphs naming the State ``text`` names and those
    of its own documents (a national report: no score, the lift ranks the paragraphs naming it
    first); in a NOT, with the paragraphs of its facet, the same: "NOT Norway" leaves out the
    paragraphs naming the Norvège and those of Norway's own documents ("NGOs NOT Italy" left
    Italy's national report first, its paragraphs on NGOs not naming Italy), and 'Italy AND
    "victims of trafficking"' finds Italy's paragraph on its commission for the victims."""
    codes = query_states(text)
    if len(parts) != 1 or len(codes) != 1:
        return parts
    if positive:
        compiled.highlight["states"].add(codes[0])
        return [
            AnyOf((parts[0], Tagged("named_state", codes[0]), Tagged("subject_state", codes[0])))
        ]
    return [AnyOf((parts[0], Tagged("state", codes[0])))]  # the facet: its own documents too


def _conjunction(parts: list[Plan], explicit: bool) -> Plan | None:
    """Rank words together; facet prefixes and negations always restrict."""
    positives = [p for p in parts if not isinstance(p, Without | Tagged)]
    tags = [p for p in parts if isinstance(p, Tagged)]
    negatives = [drop for p in parts if isinstance(p, Without) for drop in p.drop]
    if explicit and len(positives) > 1:
        core: Plan | None = AllOf(tuple(positives))
    elif len(positives) > 1:
        core = AnyOf(tuple(positives), COORD)
    else:
        core = positives[0] if positives else None
    if tags:
        core = AllOf((core, *tags)) if core is not None else AllOf(tuple(tags))
    if negatives:
        core = Without(core, tuple(negatives))
    return core


def _words(words: list[str], compiled: Compiled, positive: bool) -> list[Plan]:
    """Compile a run of plain words: the names of States of several words as one phrase
    ("Holy See" is not "see"; "United Kingdom" is not "United Nations"), a group of States
    read as its members as those members (no paragraph names it, so its words alone found
    only other things: "South American countries" Central America's, "Gulf States" every
    "State"), then the rest."""
    parts: list[Plan] = []
    index = 0
    for start, end, members in _spans(words, compiled, positive):
        parts.extend(_terms_and_words(words[index:start], compiled, positive))
        name = " ".join(words[start:end])
        if members:
            parts.append(_members(members))
        elif (phrase := as_written(name, 1.0)) is not None:
            parts.append(phrase)
            if positive:
                compiled.highlight["exact"].add(" ".join(tokens(name)))
        index = end
    parts.extend(_terms_and_words(words[index:], compiled, positive))
    if positive and (numbered := _numbered(words)):
        parts.append(numbered)
    return parts


def _numbered(words: list[str]) -> Plan | None:
    """Reward a number next to the word it numbers, as typed: "article 3 du Protocole" is
    the Protocol's article 3, not "paragraphe 3 de l'article 32" (which came second)."""
    near = [
        Term(f"pairs_{lang}", pair, boost=NUMBERED_BOOST)
        for lang in LANGUAGES
        for pair in dict.fromkeys(pairs(tokens(" ".join(words), lang)))
        if any(term.isdigit() for term in pair.split(PAIR_SEPARATOR))
    ]
    return AnyOf(tuple(near)) if near else None


def _terms_and_words(words: list[str], compiled: Compiled, positive: bool) -> list[Plan]:
    """Compile a run of plain words: glossary spans first, then single words."""
    parts: list[Plan] = []
    index = 0
    for span in glossary_spans(words):
        parts.extend(q for w in words[index : span.start] if (q := _word(w, compiled, positive)))
        parts.append(_expansion(words, span, compiled, positive))
        index = span.end
    parts.extend(q for w in words[index:] if (q := _word(w, compiled, positive)))
    return parts


def _word(text: str, compiled: Compiled, positive: bool) -> Plan | None:
    if (symbol := word_symbol(text)) is not None:
        if positive:
            compiled.highlight["exact"].add(" ".join(tokens(symbol)))
        return _document(symbol)
    analyzed = {lang: tokens(text, lang) for lang in LANGUAGES}
    if any(not terms for terms in analyzed.values()):
        return None  # a stop word in one of the languages: not required
    ways = [_sequence(lang, terms, 1.0) for lang, terms in analyzed.items()]
    for lang, form in other_forms(text):  # "necessary": "nécessaire"; "spécifiques": "specific"
        if (terms := tokens(form, lang)) and terms != analyzed[lang]:
            ways.append(_sequence(lang, terms, 1.0))
            if positive:
                compiled.highlight[lang].update(terms)
    if unanalysed := as_written(text, AS_WRITTEN_BOOST):  # for versions in other languages
        ways.append(Unanalysed(unanalysed))
        if positive:
            compiled.highlight["written"].add(" ".join(tokens(text)))
    written = Pooled(tuple(ways))
    clauses: list[Plan] = [written]
    for lang, terms in analyzed.items():
        clauses.append(_context(lang, terms))
        if len(terms) == 1:  # the word in a footnote
            clauses.append(Term(f"notes_{lang}", terms[0], boost=NOTES_BOOST))
        if positive:
            compiled.highlight[lang].update(terms)
    if isinstance(compound := as_written(text, NOTES_BOOST), Written):
        clauses.append(compound)  # a compound, its words one after the other (in a footnote)
    if (apart := _apart(text, compiled, positive)) is not None:
        clauses.append(apart)
    return BestOf(tuple(clauses), tiebreak=TIEBREAK)


def _apart(text: str, compiled: Compiled, positive: bool) -> Plan | None:
    """Compile a compound's words found apart ("victimes … témoins" for "victimes-témoins"):
    every word, each in either language or as one of its own glossary equivalents (the
    "témoignages" of victims for "témoins"), counting less than the compound."""
    words: list[Pooled] = []
    for word in WORD.findall(text):
        ways = {lang: [tuple(stems)] for lang in LANGUAGES if (stems := tokens(word, lang))}
        if len(ways) < len(LANGUAGES):
            continue  # a stop word in either language: not required
        for span in glossary_spans([word]):
            for lang, term in span.equivalents:
                if (stems := tuple(tokens(term, lang))) and stems not in ways.setdefault(lang, []):
                    ways[lang].append(stems)
        found = [(lang, list(stems)) for lang, forms in ways.items() for stems in forms]
        words.append(Pooled(tuple(_sequence(lang, stems, APART_BOOST) for lang, stems in found)))
        if positive:
            for lang, stems in found:
                field = lang if len(stems) == 1 else f"phrase_{lang}"
                compiled.highlight[field].add(" ".join(stems))
    return AllOf(tuple(words)) if len(words) > 1 else None


def _document(symbol: str) -> Plan:
    """Compile a document symbol: the paragraphs of that document and those citing it, all
    alike (its words apart, "A", "RES", "55", are no search)."""
    own, cited = Tagged("symbol", symbol), Tagged("cited", symbol)
    return Lift(AnyOf((own, cited)), (own, cited), SYMBOL_SCORE)


def _expansion(words: list[str], span: Span, compiled: Compiled, positive: bool) -> Plan:
    """Compile a glossary span: the term as typed, any equivalent, or its words apart."""
    typed = " ".join(words[span.start : span.end])
    spelled = [*((lang, typed) for lang in LANGUAGES), *span.equivalents]
    spellings = _terms(spelled, typed, compiled, positive)
    clauses: list[Plan] = [Pooled(tuple(spellings))] if spellings else []
    own = [q for w in words[span.start : span.end] if (q := _single(w, span, compiled, positive))]
    if own:
        clauses.append(AnyOf(tuple(own)) if len(own) > 1 else own[0])
    settings = {
        (lang, tuple(stems)): _context(lang, stems)
        for lang, term in span.equivalents
        if (stems := tokens(term, lang))
    }
    clauses.extend(settings.values())  # "recommendations": the section "Recommandations"
    return BestOf(tuple(clauses), tiebreak=TIEBREAK)


def _single(word: str, outer: Span, compiled: Compiled, positive: bool) -> Plan | None:
    """Compile one word of a multi-word span: with its own equivalents when it has some."""
    spans = glossary_spans([word])
    if spans and outer.end - outer.start > 1:
        return _expansion([word], spans[0], compiled, positive)
    return _word(word, compiled, positive)


def _terms(
    terms, typed: str, compiled: Compiled, positive: bool, boost: float = EXPANSION_BOOST
) -> list[Term | Chain]:
    clauses: list[Term | Chain] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for lang, term in terms:
        stems = tokens(term, lang)
        if not stems or (lang, tuple(stems)) in seen:
            continue  # spellings that analyse alike ("minor", "minors") are one look-up
        seen.add((lang, tuple(stems)))
        clauses.append(_sequence(lang, stems, PHRASE_BOOST if term == typed else boost))
        if positive:
            compiled.highlight[f"phrase_{lang}"].add(" ".join(stems))
    return clauses


def _quoted(text: str, compiled: Compiled, positive: bool) -> Plan | None:
    exact = as_written(text, PHRASE_BOOST)
    if exact is None:
        return None
    alternatives: list[Plan] = [exact]
    if positive:
        compiled.quoted = True
        compiled.highlight["exact"].add(" ".join(tokens(text)))
        if compiled.other_forms:
            stems = [(lang, terms) for lang in LANGUAGES if (terms := tokens(text, lang))]
            alternatives += [_sequence(lang, terms, 1.0) for lang, terms in stems]
    plain = text.split()
    spans = glossary_spans(plain)
    if len(spans) == 1 and (spans[0].start, spans[0].end) == (0, len(plain)):
        compiled.expandable.append(text)
        if text in compiled.expand_phrases:
            alternatives += _terms(spans[0].equivalents, text, compiled, positive)
        elif translated := _terms(
            _translations(text, spans[0]), text, compiled, positive, TRANSLATION_BOOST
        ):
            alternatives += translated
            if positive:
                compiled.translated[text] = AnyOf(tuple(translated))
    elif rendered := _rendered(plain, spans):
        compiled.expandable.append(text)
        if text in compiled.expand_phrases:
            for lang, stems in rendered:
                alternatives.append(_sequence(lang, stems, EXPANSION_BOOST))
                if positive:
                    compiled.highlight[f"phrase_{lang}"].add(" ".join(stems))
    return BestOf(tuple(alternatives), tiebreak=TIEBREAK) if len(alternatives) > 1 else exact


def _translations(text: str, span: Span) -> tuple[tuple[str, str], ...]:
    """Return a quoted glossary term's equivalents in the other language: quotes ask for
    these words, not for another spelling of them ("fonds de compensation" is not "fonds
    d'indemnisation"), but a bilingual corpus writes them in either language. Looked up only
    when no paragraph had the phrase as written, a quoted "civil society" found the French
    report's "société civile" until one English paragraph wrote it (Italy's report), and then
    nothing in French: `"civil society" NOT Italy` found nothing at all. A phrase of several
    words takes only equivalents of several: the entry of "fonds de compensation" also holds
    the one word "compensation", which would have found every compensation."""
    several = len(tokens(text)) > 1
    return tuple(
        (lang, term)
        for lang, term in span.equivalents
        if lang not in span.langs and (not several or len(tokens(term)) > 1)
    )


def _rendered(words: list[str], spans: list[Span]) -> list[tuple[str, list[str]]]:
    """Render a quoted phrase of several glossary terms term by term in each language, for
    when no paragraph has it as written: '"supply and demand"' is "offre … demande", as in
    the French report's "l'offre et la demande". Every word must be in a term or be a stop
    word (else nothing: the phrase says more than its terms); each term takes its
    equivalents in that language, in the phrase's order, RENDERINGS at most."""
    inside = {i for span in spans for i in range(span.start, span.end)}
    if len(spans) < 2 or any(
        i not in inside and all(tokens(word, lang) for lang in LANGUAGES)
        for i, word in enumerate(words)
    ):
        return []
    rendered: list[tuple[str, list[str]]] = []
    for lang in LANGUAGES:
        choices = [
            list(
                dict.fromkeys(
                    tuple(stems)
                    for on, term in span.equivalents
                    if on == lang
                    if (stems := tokens(term, lang))
                )
            )
            for span in spans
        ]
        for parts in islice(product(*choices), RENDERINGS):
            rendered.append((lang, [stem for part in parts for stem in part]))
    return rendered


def as_written(text: str, boost: float) -> Term | Written | None:
    """Look up words as written (case and accents folded): one word, or several one after
    the other. Quoted phrases are looked up so; so is each query word, the only look-up that
    reaches paragraphs in a language the index has no analyzer for (a Spanish version)."""
    words = tokens(text)
    if not words:
        return None
    if len(words) == 1:
        return Term("exact", words[0], boost=boost)
    return Written(tuple(words), boost=boost)


def _sequence(lang: str, terms: list[str], boost: float) -> Term | Chain:
    """Look up one stem, or a run of stems through their neighbouring pairs."""
    if len(terms) == 1:
        return Term(f"text_{lang}", terms[0], boost=boost)
    linked = [Term(f"pairs_{lang}", p, boost=boost) for p in pairs(terms)]
    return linked[0] if len(linked) == 1 else Chain(tuple(linked))


def _context(lang: str, terms: list[str]) -> Plan:
    linked = [Term(f"context_{lang}", t, boost=CONTEXT_BOOST) for t in terms]
    return linked[0] if len(linked) == 1 else AllOf(tuple(linked))
