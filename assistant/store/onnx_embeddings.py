"""The embedding model through ONNX Runtime, optionally int8: the same MiniLM, faster,
and without importing PyTorch once the model file exists.

At first use the packaged weights are exported to ONNX (PyTorch's TorchScript exporter;
PyTorch is already installed for sentence-transformers) and, for `onnx-int8`, quantized
with ONNX Runtime's dynamic int8 quantization. Both files are kept in the model cache
(`LLAIS_MODEL_CACHE_DIR`, default `<data dir>/models/`) with the source weights'
fingerprint in their name, so a changed model is exported again. Nothing is downloaded. The export takes a few seconds, once;
later processes load the file in well under a second and never import torch, which is
what makes a cold start fast.

What the model computes is sentence-transformers' own pipeline for this model: word
pieces (the model's `tokenizer.json`, truncated at its max_seq_length), the BERT
encoder, mean pooling over real tokens, L2 normalisation. fp32 ONNX agrees with
PyTorch (cosine above 0.9999, tested); int8 moves each vector a little (cosine to fp32
0.99 on average, tested), and `python -m evals bench` reports retrieval on the dev set
for both.

Left out: GPU providers (CPU only here), static quantization (needs calibration data;
not tried), and other model architectures than BERT-style encoders with mean pooling.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np

BATCH = 64
INT8 = ".int8pc"  # the quantized file's name part: ".../all-MiniLM-L6-v2-<fingerprint>.int8pc.onnx"


def _fingerprint(model_path: Path) -> str:
    h = hashlib.sha256()
    for name in ("config.json", "model.safetensors", "pytorch_model.bin"):
        f = model_path / name
        if f.exists():
            st = f.stat()
            h.update(f"{name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def _max_seq_length(model_path: Path) -> int:
    cfg = model_path / "sentence_bert_config.json"
    if cfg.exists():
        return int(json.loads(cfg.read_text(encoding="utf-8")).get("max_seq_length", 256))
    return 256


def export(model_path: Path, out: Path, quantize: bool) -> Path:
    """Write the model as ONNX (and int8 if asked) to `out`, atomically; return it."""
    import torch
    from transformers import AutoModel

    out.parent.mkdir(parents=True, exist_ok=True)
    fp32 = out.with_name(out.name.replace(INT8, "")) if quantize else out
    if not fp32.exists():
        model = AutoModel.from_pretrained(str(model_path), local_files_only=True).eval()

        class Encoder(torch.nn.Module):  # keyword arguments: BertModel's positional order changed
            def __init__(self, m: torch.nn.Module) -> None:
                super().__init__()
                self.m = m

            def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
                return self.m(
                    input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
                ).last_hidden_state

        ids = torch.ones((2, 8), dtype=torch.long)
        names = ["input_ids", "attention_mask", "token_type_ids"]
        tmp = fp32.with_name(f".{fp32.name}.{os.getpid()}.part")
        with torch.no_grad():
            torch.onnx.export(
                Encoder(model), (ids, ids, torch.zeros_like(ids)), str(tmp),
                input_names=names, output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17, dynamo=False,
            )
        os.replace(tmp, fp32)
    if quantize and not out.exists():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
        # Per-channel weights on the matrix multiplies only: cosine to fp32 about 0.99 on
        # average (per-tensor int8 over every op gave 0.96, and moved the ranking).
        quantize_dynamic(
            str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True,
            op_types_to_quantize=["MatMul"],
        )
        os.replace(tmp, out)
    return out


class OnnxEmbedder:
    """Like `Embedder`: normalised float32 vectors, cosine = dot product; thread-safe."""

    def __init__(self, model_path: str, cache_dir: Path, quantize: bool, name: str = "") -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(model_path)
        self.name = name or path.name
        self.path = model_path
        # INT8: per-channel int8 (a file of an earlier per-tensor kind is not reused).
        self.file = cache_dir / f"{path.name}-{_fingerprint(path)}{INT8 if quantize else ''}.onnx"
        if not self.file.exists():
            export(path, self.file, quantize)
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(str(self.file), options, providers=["CPUExecutionProvider"])
        self._tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tok.enable_truncation(_max_seq_length(path))
        self._tok.enable_padding()
        width = self._session.get_outputs()[0].shape[-1]  # an int, or a name for a dynamic axis
        self.dim = width if isinstance(width, int) else 384

    def _batch(self, texts: list[str]) -> np.ndarray:
        encs = self._tok.encode_batch(texts)
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        types = np.array([e.type_ids for e in encs], dtype=np.int64)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def embed(self, texts: list[str], batch_size: int = BATCH, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Like sentence-transformers: batches of similar length, so little padding.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # No lock: ONNX Runtime's `run` is safe to call from several threads at once, so
        # concurrent questions don't queue behind each other (or behind an upload's batch).
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            out[idx] = self._batch([texts[j] for j in idx])
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]
