"""Uploads: limits on type, size and count; safe names; saved and ingested, or a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.pipeline import uploads_dir
from assistant.ingest.uploads import UploadRejected, add_uploads, check_file, safe_filename
from assistant.settings import Settings


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../x.md", "x.md"),
        ("/etc/passwd", "passwd"),
        ("C:\\Windows\\system32\\evil.txt", "evil.txt"),
        ("..\\..\\evil.md", "evil.md"),
        (".bashrc.md", "bashrc.md"),
        ("..", "document"),
        ("", "document"),
        ("Report <final> (v2).PDF", "Report -final- -v2.pdf"),
        ("Polisi’r Cyngor – AI.docx", "Polisi-r Cyngor - AI.docx"),
        ("Dogfen ŵy.md", "Dogfen ŵy.md"),  # Welsh letters are kept
        ("evil\u202egnp.md", "evil-gnp.md"),  # a right-to-left override is not
        ("a_b.md", "a_b.md"),
    ],
)
def test_file_names_are_reduced_to_a_safe_base_name(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_long_names_are_shortened_keeping_the_extension() -> None:
    name = safe_filename("a" * 500 + ".md")
    assert len(name) <= 120 and name.endswith(".md")


def _file(folder: Path, name: str, text: str = "Some readable text about consultation.\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_type_size_and_emptiness_are_checked(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_file_mb=0.001)  # 1 kB
    assert "can't be added" in (check_file(_file(tmp_path, "tool.exe"), settings) or "")
    assert "no extension" in (check_file(_file(tmp_path, "README"), settings) or "")
    assert "empty" in (check_file(_file(tmp_path, "blank.md", ""), settings) or "")
    big = check_file(_file(tmp_path, "big.md", "x" * 5000), settings) or ""
    assert big == "the file is 5.0 kB; the limit is 1.0 kB."
    assert check_file(_file(tmp_path, "ok.md"), settings) is None


def test_too_many_files_are_refused_as_a_whole(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_files_per_upload=2)
    files = [_file(tmp_path / "in", f"f{i}.md") for i in range(3)]
    with pytest.raises(UploadRejected, match="limit is 2 per upload"):
        add_uploads(files, settings)
    assert not uploads_dir(settings).exists() or not any(uploads_dir(settings).iterdir())


def test_nothing_chosen_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(UploadRejected, match="Choose at least one file"):
        add_uploads([], Settings(data_dir=tmp_path / "data"))


def test_upload_is_saved_inside_uploads_and_indexed(fresh_settings: Settings, tmp_path: Path) -> None:
    incoming = tmp_path / "gradio-tmp"
    good = _file(
        incoming,
        "..\\..\\steward.md",  # a legal Linux file name that looks like a path on Windows
        "# Steward rule\n\nEvery software robot in Llanelli must have a named digital steward.\n",
    )
    bad_type = _file(incoming, "script.sh", "echo hi\n")
    binary = incoming / "fake.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)

    results = add_uploads([good, bad_type, binary], fresh_settings)
    assert [r.status for r in results] == ["added", "failed", "failed"]
    assert results[0].name == "steward.md" and results[0].chunks >= 1 and results[0].doc_id == "steward"
    assert "can't be added" in (results[1].error or "")
    assert "binary" in (results[2].error or "")

    folder = uploads_dir(fresh_settings).resolve()
    assert sorted(p.name for p in folder.iterdir()) == ["steward.md"]  # the failed file was not kept
    assert not (fresh_settings.data_dir.parent / "steward.md").exists()
    assert not (tmp_path / "steward.md").exists()

    from assistant.service import get_kb

    assert "steward" in {s.doc_id for s in get_kb(fresh_settings).sources()}


def test_a_failed_update_keeps_the_working_version(fresh_settings: Settings, tmp_path: Path) -> None:
    first = _file(tmp_path / "v1", "policy.md", "# Policy\n\nThe Newport chatbot pilot is reviewed every quarter.\n")
    assert add_uploads([first], fresh_settings)[0].status == "added"
    broken = tmp_path / "v2" / "policy.md"
    broken.parent.mkdir()
    broken.write_bytes(b"\x00" * 300)

    again = add_uploads([broken], fresh_settings)
    assert again[0].status == "failed" and "binary" in (again[0].error or "")
    kept = uploads_dir(fresh_settings) / "policy.md"
    assert "Newport chatbot pilot" in kept.read_text(encoding="utf-8")
    assert [p.name for p in uploads_dir(fresh_settings).iterdir()] == ["policy.md"]  # no leftovers

    unchanged = add_uploads([first], fresh_settings)
    assert unchanged[0].status == "unchanged"


def test_an_upload_may_not_replace_a_built_in_document(fresh_settings: Settings, tmp_path: Path) -> None:
    clash = _file(tmp_path, "wpc-future-of-work-innovative-technology-report.txt", "Replacement text that is long enough.\n")
    indexed = {"wpc-future-of-work-innovative-technology-report": str(tmp_path / "knowledge" / clash.name)}
    results = add_uploads([clash], fresh_settings, indexed=indexed)
    assert results[0].status == "failed" and "built-in document" in (results[0].error or "")


def test_another_file_type_with_the_same_name_is_refused(fresh_settings: Settings, tmp_path: Path) -> None:
    md = _file(tmp_path / "a", "rota.md", "# Rota\n\nThe Rhyl rota software is reviewed by staff each month.\n")
    assert add_uploads([md], fresh_settings)[0].ok
    txt = _file(tmp_path / "b", "rota.txt", "Other text about the Rhyl rota and its review by staff.\n")
    indexed = {"rota": str(uploads_dir(fresh_settings).resolve() / "rota.md")}
    results = add_uploads([txt], fresh_settings, indexed=indexed)
    assert not results[0].ok and "already uses the name 'rota'" in (results[0].error or "")


def test_two_files_with_the_same_safe_name_in_one_upload(fresh_settings: Settings, tmp_path: Path) -> None:
    a = _file(tmp_path / "a", "notes.md", "# Notes\n\nThe Bangor office trial of scheduling software ends in May.\n")
    b = _file(tmp_path / "b", "NOTES.md", "# Notes\n\nDifferent text about the Wrexham office schedule review.\n")
    results = add_uploads([a, b], fresh_settings)
    assert results[0].ok and not results[1].ok and "same name" in (results[1].error or "")


def test_why_a_file_was_refused_is_said_in_welsh_in_the_welsh_interface(fresh_settings: Settings, tmp_path: Path) -> None:
    from assistant.ui.error_text import in_language
    from assistant.ui.render import upload_results_html

    folder = tmp_path / "in"
    files = [
        _file(folder, "blank.md", ""),
        _file(folder, "tool.exe"),
        _file(folder, "photo.jpg"),
        _file(folder, "minutes.doc"),
        _file(folder, "slides.ppt"),
        _file(folder, "README"),
        _file(folder, "policy.pdf", "not really a PDF"),
        _file(folder, "draft.docx", "not really a Word document"),
    ]
    results = add_uploads(files, fresh_settings)
    assert all(not r.ok for r in results), results
    for r in results:  # every refusal a user can meet here is in the catalog, and said in Welsh
        assert r.error and in_language(r.error, "cy") != r.error, r.error
    page = upload_results_html(results, lang="cy")
    assert "Heb ei hychwanegu" in page and "mae’r ffeil yn wag." in page
    assert "mae &#x27;.jpg&#x27; yn llun" in page or "mae '.jpg' yn llun" in page, page
    assert "Ni all Llais ddarllen y math hwn o ffeil (an old PowerPoint deck (.ppt)): agorwch hi yn PowerPoint" in page, page
    assert "DOC llygredig neu annarllenadwy (mae’r ffeil wedi’i difrodi, neu nid dogfen Word 97–2003 yw hi" in page, page
    assert "PDF llygredig neu annarllenadwy" in page and "DOCX llygredig neu annarllenadwy" in page
    assert "can't be added" not in page and "the file is" not in page
    # The whole upload refused: the message too.
    settings = Settings(data_dir=tmp_path / "data2", max_files_per_upload=2)
    with pytest.raises(UploadRejected) as refused:
        add_uploads(files[:3], settings)
    assert "Fe ddewisoch 3 ffeil; y terfyn yw 2 ym mhob llwyth." in upload_results_html([], str(refused.value), "cy")
    # In English, and for a message the catalog doesn't know, as it is.
    assert in_language("the file is empty.", "en") == "the file is empty."
    assert in_language("something new went wrong", "cy") == "something new went wrong"
