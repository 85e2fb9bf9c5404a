"""The language a typed citation's words are in (indexer.typed_language)."""

from __future__ import annotations

import pytest

from indexer.typed_language import typed_language


@pytest.mark.parametrize(
    "typed, lang",
    [
        ("A/HRC/WG.6/7/ITA/1, par. 32", "fr"),
        ("A/HRC/WG.6/7/ITA/1 par 32", "fr"),
        ("A/HRC/WG.6/7/ITA/1, paragraphe 32", "fr"),
        ("A/HRC/WG.6/7/ITA/1, par. 31, al. b)", "fr"),
        ("CTOC/COP/WG.4/2010/6, note de bas de page 9", "fr"),
        ("CTOC/COP/WG.4/2010/6, chapitre IV, section D", "fr"),
        ("résolution 48/161, par. 3", "fr"),
        ("A/HRC/WG.6/7/ITA/1, para. 32", None),  # English words: the interface's language
        ("A/HRC/WG.6/7/ITA/1, paras. 30-32", None),
        ("A/RES/48/161 § 3", None),  # a sign of both
        ("A/HRC/WG.6/7/ITA/1, p. 6", None),
        ("parliament paragraphs", None),
        ("https://undocs.org/fr/A/RES/48/161", None),  # the link names it: read as explicit
    ],
)
def test_french_words_say_the_citation_is_french(typed, lang):
    assert typed_language(typed) == lang


def test_the_command_line_opens_the_version_the_citation_is_written_in(built_index, capsys):
    from indexer.cli import main

    typed = "A/HRC/WG.6/7/ITA/1, par. 32"
    assert main(["search", typed, "--index", str(built_index)]) == 0
    assert "para. 32 [fr]" in capsys.readouterr().out
    assert main(["search", typed, "--index", str(built_index), "--lang", "en"]) == 0
    assert "para. 32 [en]" in capsys.readouterr().out
