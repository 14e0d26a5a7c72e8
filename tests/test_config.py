"""Settings read from the environment: the seed corpus location."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.config import CHECKOUT_ROOT, seed_corpus_dir


def _checkout(root: Path, origin: str | None = None) -> Path:
    """Make a fake checkout folder under ``root`` (cloned from ``origin`` when given)."""
    (root / "repo" / ".git").mkdir(parents=True)
    if origin is not None:
        (root / "repo" / ".git" / "config").write_text(
            '[core]\n\tbare = false\n[remote "origin"]\n'
            f"\turl = {origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n"
        )
    return root / "repo"


def test_seed_corpus_defaults_to_shared_beside_the_checkout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DIPLOMATICA_SEEDS", raising=False)
    checkout = _checkout(tmp_path)
    (tmp_path / "shared" / "corpus" / "seeds").mkdir(parents=True)
    assert seed_corpus_dir(checkout) == tmp_path / "shared" / "corpus" / "seeds"
    assert (CHECKOUT_ROOT / "pyproject.toml").is_file()


def test_a_local_clone_finds_the_seeds_beside_its_origin(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DIPLOMATICA_SEEDS", raising=False)
    (tmp_path / "work" / "shared" / "corpus" / "seeds").mkdir(parents=True)
    (tmp_path / "work" / "main").mkdir()
    clone = _checkout(tmp_path / "elsewhere", origin=f"{tmp_path}/work/main/.")
    assert seed_corpus_dir(clone) == tmp_path / "work" / "shared" / "corpus" / "seeds"


def test_without_seeds_anywhere_the_default_is_beside_the_checkout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DIPLOMATICA_SEEDS", raising=False)
    clone = _checkout(tmp_path / "elsewhere", origin="https://example.org/diplomatica.git")
    assert seed_corpus_dir(clone) == tmp_path / "elsewhere" / "shared" / "corpus" / "seeds"


def test_seed_corpus_override_names_any_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DIPLOMATICA_SEEDS", str(tmp_path / "seeds"))
    assert seed_corpus_dir() == tmp_path / "seeds"


def test_an_empty_override_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOMATICA_SEEDS", "")
    assert seed_corpus_dir().parts[-3:] == ("shared", "corpus", "seeds")
