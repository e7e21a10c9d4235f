"""The ONNX Runtime embedding backends (issue 18 item 1): the same vectors as
sentence-transformers (fp32) or nearly (int8), exported once from the packaged
weights into the data dir, and loaded later without importing PyTorch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.store.embeddings import PACKAGED_MODEL, get_embedder

SENTENCES = [
    "Employers consult trade unions at an early stage over any proposed introduction of digitalisation.",
    "Training and development is made available.",
    "The canteen at Llanelli depot opens at seven.",
    "Risk and equality impact assessments are developed and regularly reviewed in consultation with trade unions "
    "to ensure staff are fully supported regarding the introduction of new digital technology.",
    "x",
]
QUERY = "Must my employer talk to the union before bringing in new technology?"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-cache")


def test_onnx_vectors_match_pytorch_and_int8_keeps_the_ranking(cache: Path) -> None:
    torch_vecs = get_embedder(PACKAGED_MODEL).embed(SENTENCES + [QUERY])
    fp32 = get_embedder(PACKAGED_MODEL, "onnx", str(cache / "models")).embed(SENTENCES + [QUERY])
    int8 = get_embedder(PACKAGED_MODEL, "onnx-int8", str(cache / "models")).embed(SENTENCES + [QUERY])
    assert fp32.shape == int8.shape == torch_vecs.shape and fp32.dtype == np.float32
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)
    assert float((fp32 * torch_vecs).sum(axis=1).min()) > 0.9999
    assert float((int8 * torch_vecs).sum(axis=1).min()) > 0.97 and float((int8 * torch_vecs).sum(axis=1).mean()) > 0.985
    # What retrieval sees: the order of the passages for the question.
    order = lambda v: list(np.argsort(-(v[:-1] @ v[-1])))  # noqa: E731
    assert order(int8)[:2] == order(torch_vecs)[:2]
    assert sorted((cache / "models").glob("*.onnx")), "the exported models are kept in the data dir"


def test_a_later_process_loads_the_exported_model_without_pytorch(cache: Path) -> None:
    get_embedder(PACKAGED_MODEL, "onnx-int8", str(cache / "models"))  # exported (by the test above, or now)
    code = (
        "import sys\n"
        "from assistant.store.embeddings import get_embedder\n"
        f"v = get_embedder({PACKAGED_MODEL!r}, 'onnx-int8', {str(cache / 'models')!r}).embed(['Training is made available.'])\n"
        "print(v.shape, 'torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "(1, 384) False"


def test_the_backend_is_a_checked_setting() -> None:
    from pydantic import ValidationError

    from assistant.settings import Settings

    assert Settings(embedding_backend="onnx-int8").embedding_backend == "onnx-int8"
    with pytest.raises(ValidationError):
        Settings(embedding_backend="tensorflow")
