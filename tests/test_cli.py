"""The command line as a user runs it: output contract, bad files, exit status."""

import json
import subprocess
import sys

import pytest

from indexer.cli import main
from tests.conftest import PDFS, WG4_TEXT
from tests.pdfgen import (
    write_empty_text,
    write_encrypted_pdf,
    write_non_utf8_text,
    write_not_a_pdf,
    write_scanned_pdf,
    write_truncated_pdf,
    write_zero_byte,
)

KEYS = {
    "symbol",
    "lang",
    "paragraph",
    "text",
    "section",
    "agenda_item",
    "kind",
    "page",
    "footnotes",
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "indexer", *args], capture_output=True, text=True, timeout=300
    )


def test_paragraphs_prints_one_json_object_per_paragraph():
    result = run("paragraphs", str(WG4_TEXT))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 115
    assert KEYS <= set(records[0])
    assert records[66]["agenda_item"] == {"number": 1, "title": "Questions d'organisation"}
    assert records[49]["footnotes"][0] == {"mark": "8", "text": "CTOC/COP/WG.4/2009/2."}
    assert all(isinstance(r["paragraph"], int) for r in records)


def test_paragraphs_all_adds_the_unnumbered_preamble(capsys):
    assert main(["paragraphs", "--all", str(PDFS / "A-RES-48-161.en.pdf")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["paragraph"] for r in records[:2]] == [None, None]
    assert records[0]["anchor"] == "pp1" and len(records) == 22 + 26


def test_flags_set_symbol_and_language(tmp_path, capsys):
    copy = tmp_path / "extraction.txt"
    copy.write_bytes(WG4_TEXT.read_bytes())
    assert main(["paragraphs", str(copy), "--symbol", "CTOC/COP/WG.4/2010/6", "--lang", "fr"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (first["symbol"], first["lang"]) == ("CTOC/COP/WG.4/2010/6", "fr")


def test_bad_language_flag_lists_the_valid_ones(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["paragraphs", str(WG4_TEXT), "--lang", "de"])
    assert stop.value.code == 2
    assert "invalid choice: 'de' (choose from 'fr', 'en')" in capsys.readouterr().err


def test_check_reports_what_a_curator_needs():
    result = run("check", str(WG4_TEXT), str(PDFS / "A-RES-48-161.fr.pdf"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "symbol      CTOC/COP/WG.4/2010/6 (from manifest)" in out
    assert "paragraphs  115 numbered (1–115), no gaps; numbers inferred: 1, 82–83" in out
    assert "agenda      8 items" in out
    assert "22 unnumbered (preamble)" in out
    assert "2 file(s): 2 read, 0 failed" in out


@pytest.fixture
def bad_files(tmp_path):
    source = PDFS / "A-RES-48-161.en.pdf"
    return {
        "zero-byte.pdf": (write_zero_byte(tmp_path), "the file is empty"),
        "truncated.pdf": (write_truncated_pdf(tmp_path, source), "damaged or truncated"),
        "encrypted.pdf": (write_encrypted_pdf(tmp_path, source), "encrypted"),
        "html-named.pdf": (write_not_a_pdf(tmp_path), "not a PDF file"),
        "scanned.pdf": (write_scanned_pdf(tmp_path), "no text layer"),
        "blank.txt": (write_empty_text(tmp_path), "only whitespace"),
        "missing.pdf": (tmp_path / "missing.pdf", "no such file"),
    }


def test_a_batch_reports_each_bad_file_and_indexes_the_good_ones(bad_files):
    """GIVEN good and bad files WHEN checked together THEN one line per bad file, the rest read."""
    paths = [str(path) for path, _ in bad_files.values()]
    result = run("check", str(WG4_TEXT), *paths, str(PDFS / "A-RES-48-161.fr.pdf"))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    for path, reason in bad_files.values():
        block = result.stdout.split(str(path) + "\n", 1)[1].split("\n", 1)[0]
        assert block.startswith("  FAILED") and reason in block, (path, block)
    assert "9 file(s): 2 read, 7 failed" in result.stdout


def test_paragraphs_names_each_bad_file_on_stderr(bad_files):
    paths = [str(path) for path, _ in bad_files.values()]
    result = run("paragraphs", *paths, str(WG4_TEXT))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 115
    for path, reason in bad_files.values():
        assert any(
            line.startswith(f"{path}: ") and reason in line for line in result.stderr.splitlines()
        ), path
    assert "Traceback" not in result.stderr


def test_latin1_text_is_read_and_the_warning_shown(tmp_path):
    result = run("check", str(write_non_utf8_text(tmp_path)))
    assert "not valid UTF-8" in result.stdout


# -- python -m indexer search ------------------------------------------------------------


def search_cli(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["search", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_search_json_is_the_web_apis_answer(built_index, capsys):
    """GIVEN the shipped corpus's index WHEN searched from the terminal with --json THEN one
    object, the same as the web API gives for the same query and filters."""
    from search_app import create_app

    status, out, _ = search_cli(
        capsys, "traite", "des", "enfants", "--index", str(built_index), "--json", "--lang", "fr"
    )
    assert status == 0
    body = json.loads(out)
    assert set(body) >= {"total", "page", "size", "hits", "facets", "did_you_mean", "notices"}
    assert body["total"] > 10 and len(body["hits"]) == 10
    first = body["hits"][0]
    assert set(first) >= {"symbol", "lang", "paragraph", "text", "highlight"}
    assert "<mark>" in first["highlight"]
    assert {hit["lang"] for hit in body["hits"]} == {"fr"}
    client = create_app({"TESTING": True, "INDEX": str(built_index)}).test_client()
    web = client.get("/api/search?q=traite+des+enfants&lang=fr&size=10").get_json()
    assert web == body


@pytest.mark.parametrize(
    "query",
    [
        "CTOC/COP/WG.4/2010/6, para. 32",
        "CTOC/COP/WG.4/2010/6, paras. 30-32",
        "A/HRC/WG.6/7/ITA/1, para. 68",
        "CTOC/COP/WG.4/2010/6, para. 200",
        "S/RES/1325, para. 3",
        "CTOC/COP/WG.4/2010/6, para. 32 consentement",
        "https://documents.un.org/doc/undoc/gen/v10/511/12/pdf/v1051112.pdf",
        "A/RES/48/161",  # a whole document: its query is searched
        "CTOC/COP/WG.4/2010/6, para. 32 and A/RES/48/161, para. 3",  # several: searched
        "symbol:A/RES/48/161",  # search syntax: no citation (it had been read as one)
        '"CTOC/COP/WG.4/2010/6, para. 32"',  # a copied citation's quotation marks
    ],
)
def test_search_json_reads_a_citation_as_the_web_api_does(built_index, capsys, query):
    """GIVEN a citation WHEN searched from the terminal with --json THEN the same answer as the
    web API's, which reads it as the search page does: the paragraphs it names (para. 32, not
    127 paragraphs on "para" and "32"), or those citing a document the collection lacks, or
    nothing, with ``citation`` saying how it was read."""
    from urllib.parse import urlencode

    from search_app import create_app

    status, out, _ = search_cli(
        capsys, query, "--index", str(built_index), "--json", "--size", "20"
    )
    assert status == 0
    body = json.loads(out)
    client = create_app({"TESTING": True, "INDEX": str(built_index)}).test_client()
    web = client.get("/api/search?" + urlencode({"q": query, "size": 20})).get_json()
    assert web == body
    assert (body["citation"] is None) == query.startswith("symbol:")
    if query.startswith(("symbol:", "A/RES/48/161")):
        assert body["total"] > 0  # the document's paragraphs and those citing it
    if query == "CTOC/COP/WG.4/2010/6, para. 32":
        assert [hit["id"] for hit in body["hits"]] == ["CTOC/COP/WG.4/2010/6|fr|32"]


def test_search_filters_combine_across_facets(built_index, capsys):
    """GIVEN a State and a topic WHEN both are filters THEN only the paragraphs with both: Norway's
    expert on reducing demand (CTOC/COP/WG.4/2010/6, para. 99)."""
    status, out, _ = search_cli(
        capsys,
        "traite",
        "--index",
        str(built_index),
        "--filter",
        "state=NOR",
        "--filter",
        "topic=demand-reduction",
    )
    assert status == 0
    assert out.startswith("1 paragraph\n")  # one, not "1 paragraph(s)"
    assert "CTOC/COP/WG.4/2010/6, para. 99 [fr]" in out
    assert "**traite**" in out  # matches marked in the terminal


def test_search_with_a_bad_filter_says_which_facets_exist(built_index, capsys):
    status, _, err = search_cli(
        capsys, "traite", "--index", str(built_index), "--filter", "etat=NOR"
    )
    assert status == 2
    assert "bad --filter 'etat=NOR'" in err and "state" in err


def test_search_refuses_a_filter_value_that_means_nothing_as_the_api_does(built_index, capsys):
    """Before, "--filter state=Atlantis" exited 0 with 0 results and a note (QA pass 4)."""
    status, out, err = search_cli(
        capsys, "traite", "--index", str(built_index), "--filter", "state=Atlantis"
    )
    assert (status, out) == (2, "")
    assert "'Atlantis' is no value of the state facet" in err


def test_search_past_the_last_page_says_so(built_index, capsys):
    """Before, "--page 999" printed the count and nothing else."""
    status, out, _ = search_cli(capsys, "traite", "--index", str(built_index), "--page", "400")
    assert status == 0
    assert "page 400 is past the last page of results" in out


@pytest.mark.parametrize(
    ("flag", "value", "said"),
    [
        ("--size", "0", "'0' is not a whole number from 1 to 100"),
        ("--size", "-1", "'-1' is not a whole number from 1 to 100"),
        ("--page", "99999", "'99999' is not a whole number from 1 to 500"),
        ("--page", "-3", "'-3' is not a whole number from 1 to 500"),
    ],
)
def test_search_refuses_pages_and_sizes_the_web_api_refuses(built_index, capsys, flag, value, said):
    """Before, "--size -1" and "--page -3" were taken, and read as other values."""
    with pytest.raises(SystemExit) as stopped:
        main(["search", "traite", "--index", str(built_index), flag, value])
    assert stopped.value.code == 2 and said in capsys.readouterr().err


def test_search_prints_the_paragraph_a_citation_names_first(built_index, capsys):
    """GIVEN a citation WHEN searched from the terminal THEN the cited paragraph comes first, as
    the web page opens it; before, 127 hits on its words, without paragraph 32 on page one.
    A citation and nothing else prints nothing more (it went on with 261 paragraphs on "para"
    and "32", which the page does not search); with other words, their results follow."""
    status, out, _ = search_cli(
        capsys, "CTOC/COP/WG.4/2010/6, para. 32 (b)", "--index", str(built_index), "--size", "2"
    )
    assert status == 0
    assert out.startswith(
        "cited: CTOC/COP/WG.4/2010/6, para. 32 (b)\n\nCTOC/COP/WG.4/2010/6, para. 32"
    )
    assert "search results" not in out
    _, out, _ = search_cli(
        capsys, "CTOC/COP/WG.4/2010/6, para. 32 consentement", "--index", str(built_index)
    )
    assert "\nsearch results for the whole query:\n" in out


def test_search_opens_the_version_a_citation_names(built_index, capsys):
    status, out, _ = search_cli(
        capsys, "A/HRC/WG.6/7/ITA/1 para 68 (fr)", "--index", str(built_index), "--size", "1"
    )
    assert status == 0 and out.startswith("cited: A/HRC/WG.6/7/ITA/1, para. 68\n\n")
    assert "Comme d’autres pays européens" in out


def test_an_index_or_a_corpus_that_is_a_file_is_named(tmp_path, capsys):
    """Before, a file given as --index ended in a traceback (FileExistsError or
    NotADirectoryError)."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    status, out, err = search_cli(capsys, "traite", "--index", str(a_file))
    assert (status, out) == (1, "") and f"{a_file} is a file, not an index folder" in err
    assert main(["build", "--corpus", str(WG4_TEXT.parent), "--index", str(a_file)]) == 1
    assert f"{a_file} is a file, not an index folder" in capsys.readouterr().err
    assert main(["build", "--corpus", str(a_file), "--index", str(tmp_path / "i")]) == 1
    assert f"{a_file} is a file, not a corpus folder" in capsys.readouterr().err
    assert main(["paragraphs", str(tmp_path)]) == 1
    assert f"{tmp_path}: a folder, not a file" in capsys.readouterr().err


def test_building_a_folder_without_documents_keeps_the_index(built_index, tmp_path, capsys):
    """GIVEN a built index WHEN built again from an empty folder (a wrong path, or files moved
    away) THEN the build fails and the index still serves; before, it was emptied silently."""
    empty = tmp_path / "empty"
    empty.mkdir()
    index = tmp_path / "index"
    assert main(["build", "--corpus", str(WG4_TEXT.parent), "--index", str(index)]) == 0
    capsys.readouterr()
    assert main(["build", "--corpus", str(empty), "--index", str(index)]) == 1
    assert f"no PDF or text file in {empty}" in capsys.readouterr().err
    status, out, _ = search_cli(capsys, "traite", "--index", str(index))
    assert status == 0 and not out.startswith("0 paragraphs")


def test_search_without_an_index_says_how_to_build_one(tmp_path, capsys):
    status, out, err = search_cli(capsys, "traite", "--index", str(tmp_path / "none"))
    assert status == 1 and out == ""
    assert "python -m indexer build" in err


def test_output_cut_short_by_a_pipe_ends_quietly():
    """GIVEN `python -m indexer paragraphs FILE | head -1` WHEN head stops reading THEN no
    traceback: the command stops, as Unix tools do."""
    pipeline = subprocess.run(
        f"{sys.executable} -m indexer paragraphs {PDFS / 'A-HRC-WG.6-7-ITA-1.en.pdf'} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert pipeline.stdout.count("\n") == 1
    assert "Traceback" not in pipeline.stderr and "BrokenPipeError" not in pipeline.stderr


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("E/CN.15/2010/3, para. 4", "cited: No document E/CN.15/2010/3 in the collection."),
        (
            "CTOC/COP/WG.4/2010/6, para. 999",
            "cited: CTOC/COP/WG.4/2010/6 has paragraphs 1–115; there is no paragraph 999.",
        ),
        # a link by job number: said, as the web page says it (its pieces had been searched)
        (
            "https://documents.un.org/doc/undoc/gen/v10/511/12/pdf/v1051112.pdf",
            "cited: The link names the document by its job number, V1051112, not by its symbol: "
            "the collection cannot tell which document it is. Give its symbol, as in "
            "“CTOC/COP/WG.4/2010/6, para. 32”.",
        ),
        # a UN Digital Library record names no symbol either (blind case list 8)
        (
            "https://digitallibrary.un.org/record/180697",
            "cited: The link names a record of the UN Digital Library, 180697, not the document's "
            "symbol: the collection cannot tell which document it is. Give its symbol, as in "
            "“CTOC/COP/WG.4/2010/6, para. 32”.",
        ),
        # a footnote's "Ibid.": the document cited before it is not known (blind case list 8)
        (
            "Ibid., para. 33",
            "cited: “Ibid.” names the document cited before it, which the collection cannot "
            "know: give that document's symbol, as in “CTOC/COP/WG.4/2010/6, para. 32”.",
        ),
    ],
)
def test_search_says_what_the_collection_lacks_of_a_citation(built_index, capsys, typed, said):
    """Before, the terminal listed the hits of the citation's words without a word on it; then
    with it, 121 paragraphs on "999" (the web page shows the notice alone; QA pass 4)."""
    status, out, _ = search_cli(capsys, typed, "--index", str(built_index))
    assert status == 0 and out == said + "\n"


def test_search_lists_the_paragraphs_citing_a_document_the_collection_lacks(built_index, capsys):
    status, out, _ = search_cli(capsys, "S/RES/1325, para. 3", "--index", str(built_index))
    assert status == 0 and "\n2 paragraphs\n" in out and "Pars" not in out


def test_a_build_with_a_duplicate_file_alone_succeeds_and_names_it(tmp_path, capsys):
    """GIVEN a corpus holding one document twice WHEN built THEN it is indexed once, the
    second file is named as a duplicate, and the build succeeds: it exited 1 with "1 failed",
    and scripts/serve said some files could not be indexed (QA pass 4)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "A-RES-48-161.en.pdf").write_bytes((PDFS / "A-RES-48-161.en.pdf").read_bytes())
    (corpus / "copy.pdf").write_bytes((PDFS / "A-RES-48-161.en.pdf").read_bytes())
    status = main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")])
    out, err = capsys.readouterr()
    assert status == 0 and "1 documents" in out and "0 failed, 1 duplicate)" in out
    assert "same document as" in err and "(not a failure)" in err


def test_a_build_names_each_files_warnings(tmp_path, capsys):
    """GIVEN a corpus file whose symbol cannot be read (the WG.4 report's text extraction
    under a job-number name, as the UN's document system names its files) WHEN built THEN
    the build names the file and its warnings and counts the files with warnings; the
    warnings had been collected and never shown, so a curator learnt of a symbol taken from
    a file name only by running ``check`` on every file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "V1051051.txt").write_bytes(WG4_TEXT.read_bytes())
    (corpus / "A-RES-48-161.en.pdf").write_bytes((PDFS / "A-RES-48-161.en.pdf").read_bytes())
    status = main(["build", "--corpus", str(corpus), "--index", str(tmp_path / "index")])
    out, err = capsys.readouterr()
    assert status == 0 and "0 failed, 1 with warnings)" in out
    assert "V1051051.txt: warning: no document symbol found" in err
    assert "A-RES-48-161" not in err
