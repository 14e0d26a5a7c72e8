"""Bad input on the command line ends as one clear line on stderr and a non-zero exit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplomatica.cli.main import app, main
from diplomatica.kb import open_store

runner = CliRunner()


def run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["diplomatica", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return exit_info.value.code, capsys.readouterr().err


def test_bad_size_setting_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("DIPLOMATICA_MAX_MB", "lots")
    code, err = run_main(monkeypatch, capsys, "documents")
    assert code == 1
    assert err.strip() == "error: DIPLOMATICA_MAX_MB must be a positive number, not 'lots'"


def test_unknown_model_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "note.txt").write_text("Relations were established in 1990.\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["build", str(tmp_path), "--db", url, "--model", "no_such_model"])
    assert result.exit_code == 1
    assert "spaCy model 'no_such_model' is not installed" in result.output
    with open_store(url) as store:
        assert [d.doc_id for d in store.documents()] == ["note"]  # ingest landed all the same


def test_malformed_gold_is_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "x", "type": "VISIT"\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "events", str(gold)])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {gold}:")
    assert "Traceback" not in result.output


def test_export_to_a_directory_or_bad_url_fails_cleanly_and_keeps_earlier_output(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    earlier = tmp_path / "docs.jsonl"
    earlier.write_text("earlier export\n", encoding="utf-8")
    bad_url = runner.invoke(app, ["export", "documents", "-o", str(earlier), "--db", "mysql://h/d"])
    assert bad_url.exit_code == 1 and "unsupported database" in bad_url.output
    assert earlier.read_text(encoding="utf-8") == "earlier export\n"
    to_dir = runner.invoke(app, ["export", "documents", "-o", str(tmp_path), "--db", url])
    assert to_dir.exit_code == 1 and "cannot write" in to_dir.output
    assert not list(tmp_path.glob("*.partial"))
