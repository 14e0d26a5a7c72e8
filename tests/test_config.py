"""Settings read from the environment: the seed corpus location."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatica.config import CHECKOUT_ROOT, seed_corpus_dir


def test_seed_corpus_defaults_to_shared_beside_the_checkout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DIPLOMATICA_SEEDS", raising=False)
    assert seed_corpus_dir() == CHECKOUT_ROOT.parent / "shared" / "corpus" / "seeds"
    assert (CHECKOUT_ROOT / "pyproject.toml").is_file()


def test_seed_corpus_override_names_any_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DIPLOMATICA_SEEDS", str(tmp_path / "seeds"))
    assert seed_corpus_dir() == tmp_path / "seeds"


def test_an_empty_override_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOMATICA_SEEDS", "")
    assert seed_corpus_dir().parts[-3:] == ("shared", "corpus", "seeds")
