"""A resolution typed by its number alone that the collection neither holds nor cites, on the
search page, in the web API and on the command line."""

from __future__ import annotations

import json
from urllib.parse import quote

from indexer.cli import main

from .support import citation_notice as notice


def test_the_page_says_whose_it_could_be_and_the_nearest(client):
    """GIVEN "résolution 48/162, par. 3" THEN a citation notice, as for A/RES/48/162 typed,
    and no results of "48" and "162"; before: "“48/162” is not in the documents"."""
    html, said = notice(client, "résolution 48/162, par. 3")
    assert "No resolution 48/162 in the collection, and none of its paragraphs cites one" in said
    assert 'Did you mean <a href="/doc/A/RES/48/161">A/RES/48/161</a>?' in said
    assert '<a href="/?q=A/RES/48/162">General Assembly resolution 48/162 (A/RES/48/162)</a>' in (
        said
    )
    assert "By its numbering, it would be <a" in said and "Human Rights Council" not in said
    _, two = notice(client, "resolution 48/16")
    assert "Human Rights Council resolution 48/16 (A/HRC/RES/48/16)" in two
    assert 'class="hits"' not in html and "is not in the documents" not in html
    _, french = notice(client, "résolution 48/162, par. 3", "fr")
    assert "Pas de résolution 48/162 dans la collection" in french
    assert (
        "ce serait <a" in french
        and "la résolution 48/162 de l’Assemblée générale (A/RES/48/162)" in french
    )
    html, said = notice(client, "resolution 48/162 torture")  # other words: their results
    assert "No resolution 48/162" in said and 'class="hits"' in html


def test_the_collections_own_and_a_conferences_resolution_are_read_as_before(client):
    own = client.get(f"/?q={quote('resolution 48/161, para. 3')}")
    assert own.status_code == 302 and own.headers["Location"] == "/doc/A/RES/48/161/en/3"
    html = client.get(f"/?q={quote('resolution 5/2')}").get_data(as_text=True)
    assert "citation-notice" not in html


def test_the_api_and_the_command_line_say_it(client, built_index, capsys):
    answer = client.get(f"/api/cite?ref={quote('resolution 48/162, para. 3')}")
    assert answer.status_code == 404
    body = answer.get_json()
    assert (body["symbol"], body["resolution_number"], body["paragraphs"]) == (None, "48/162", [3])
    assert [p["symbol"] for p in body["possible"]] == ["A/RES/48/162"]
    assert body["possible"][0]["undocs"] == "https://undocs.org/A/RES/48/162"
    assert [s["symbol"] for s in body["suggestions"]] == ["A/RES/48/161"]
    searched = client.get(f"/api/search?q={quote('resolution 48/162')}").get_json()
    assert searched["citation"]["kind"] == "number" and searched["total"] == 0
    assert main(["search", "resolution 48/162", "--index", str(built_index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cited: No resolution 48/162 in the collection") and "\n\n" not in out
    assert main(["search", "resolution 48/162", "--index", str(built_index), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["citation"]["kind"] == "number"
