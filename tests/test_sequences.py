"""Word sequences: where a quoted phrase really is."""

import numpy as np

from indexer.index.sequences import BREAK, build_sequences, load_sequences, write_sequences


def found(sequences, phrase):
    documents, counts = sequences.occurrences(phrase)
    return dict(zip(documents.tolist(), counts.tolist(), strict=True))


def test_a_phrase_is_found_only_where_its_words_follow_each_other():
    sequences = build_sequences(
        [
            ["la", "traite", "des", "personnes"],
            ["la", "traite", "des", "enfants", "et", "des", "personnes"],  # both pairs, apart
            ["traite", "des", "personnes", "et", "traite", "des", "personnes"],
        ]
    )
    assert found(sequences, ["traite", "des", "personnes"]) == {0: 1, 2: 2}
    assert found(sequences, ["des"]) == {0: 1, 1: 2, 2: 2}


def test_a_phrase_never_runs_from_one_paragraph_into_the_next():
    sequences = build_sequences([["victimes", "de"], ["la", "traite"]])
    assert found(sequences, ["de", "la"]) == {}
    assert found(sequences, ["la", "traite"]) == {1: 1}


def test_unknown_words_empty_paragraphs_and_long_phrases_find_nothing():
    sequences = build_sequences([[], ["traite"], []])
    assert sequences.size == 3
    assert found(sequences, ["inconnu"]) == {}
    assert found(sequences, []) == {}
    assert found(sequences, ["traite", "traite", "traite", "traite", "traite"]) == {}
    assert found(sequences, ["traite"]) == {1: 1}


def test_sequences_read_back_as_written(tmp_path):
    sequences = build_sequences([["approche", "centree"], ["centree", "sur", "les", "victimes"]])
    write_sequences(tmp_path, sequences)
    loaded = load_sequences(tmp_path)
    assert np.array_equal(loaded.words, sequences.words)
    assert loaded.vocabulary == sequences.vocabulary
    assert found(loaded, ["centree", "sur"]) == {1: 1}


def test_a_phrase_never_runs_from_the_text_into_a_footnote():
    sequences = build_sequences([["victimes", "de", BREAK, "la", "traite"], ["de", "la"]])
    assert sequences.occurrences(["de", "la"])[0].tolist() == [1]
    assert sequences.occurrences(["la", "traite"])[0].tolist() == [0]
