"""Token lists the analyzers must produce (Whoosh-style: the exact terms, in order)."""

import pytest

from indexer.index.analysis import tokens


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("L’exploitation des enfants", ["exploit", "enfant"]),
        ("l'exploitation des enfants", ["exploit", "enfant"]),
        ("d'une victime qu'il a aidée", ["victim", "aide"]),
        ("jusqu'au procès, lorsqu'elle témoigne", ["proc", "temoign"]),
        ("Les États parties", ["etat", "part"]),
        ("les etats parties", ["etat", "part"]),
        ("la sécurité", ["securit"]),
        ("la securite", ["securit"]),
        ("œuvre, ŒUVRE, oeuvre", ["oeuvr", "oeuvr", "oeuvr"]),
        ("Traite des êtres humains", ["trait", "etre", "humain"]),
        ("non-sanction et non-poursuite", ["non", "sanction", "non", "poursuit"]),
        ("les, des, aux, par", []),
    ],
)
def test_french_chain(text, terms):
    assert tokens(text, "fr") == terms


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("The State's obligations", ["state", "oblig"]),
        ("States’ reports", ["state", "report"]),
        ("trafficking in persons", ["traffick", "person"]),
        ("Non-punishment of victims", ["non", "punish", "victim"]),
        ("joint investigations", ["joint", "investig"]),
        ("Côte d’Ivoire", ["cote", "d'ivoir"]),
        ("the and of to", []),
    ],
)
def test_english_chain(text, terms):
    assert tokens(text, "en") == terms


def test_exact_chain_keeps_every_word_and_folds_only_case_and_accents():
    assert tokens("Traite des Êtres humains, l’enfant") == [
        "traite",
        "des",
        "etres",
        "humains",
        "l'enfant",
    ]
