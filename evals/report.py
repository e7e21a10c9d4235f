"""The human-readable report: Markdown tables plus PNG charts (matplotlib, Agg).

One config gives a summary with 95 % CIs, a per-kind breakdown, a latency
histogram and the questions worth a look; several configs give one comparison
table and one chart, with our default and the textbook baseline side by side.
Every metric's definition is written into the report itself.

Left out: HTML or interactive charts. Markdown + PNG reads anywhere (GitHub,
an editor, a CI artefact) with no viewer to install.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from evals.metrics import CITATION_CHECK, DEFINITIONS, HIGH_CITATION, LOW_COVERAGE

if TYPE_CHECKING:
    from evals.results import ConfigResult

# The headline metrics of tables and charts: (key, label, higher is better).
HEADLINE = [
    ("recall@5", "recall@5", True),
    ("mrr@10", "MRR@10", True),
    ("ndcg@10", "nDCG@10", True),
    ("key_point_coverage", "key-point coverage", True),
    ("citation_precision", "citation precision", True),
    ("citation_recall", "citation recall", True),
    ("refusal_recall", "refusal recall", True),
    ("false_refusal_rate", "false refusals", False),
]


def _plt():  # -> matplotlib.pyplot
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _fmt(v: float | None, digits: int = 3) -> str:
    return "n/a" if v is None else f"{v:.{digits}f}"


def _ci(entry: dict) -> str:
    ci = entry.get("ci95")
    return f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "n/a"


def write_report(results: list[ConfigResult], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    text = _single(results[0], out_dir) if len(results) == 1 else _compare(results, out_dir)
    path = out_dir / "report.md"
    path.write_text(text, encoding="utf-8")
    return path


# --- one config -----------------------------------------------------------------


def _single(r: ConfigResult, out: Path) -> str:
    s = r.summary
    lat = s["latency_ms"]
    lines = [
        f"# Llais evaluation: `{r.config.name}`",
        "",
        f"{r.config.description}. Dataset `{r.dataset.path.name}`: {len(r.dataset.items)} questions "
        f"({len(r.dataset.answerable)} answerable, {len(r.dataset.unanswerable)} unanswerable). "
        f"Generated {dt.datetime.now().isoformat(timespec='seconds')}.",
        "",
        f"Citation support check: **{CITATION_CHECK}**.",
        "",
    ]
    for w in r.warnings():
        lines += [f"> **Warning.** {w}", ""]
    lines += ["## Summary", "", "| metric | value | 95% CI (bootstrap) | questions |", "|---|---|---|---|"]
    for key in DEFINITIONS:
        if key == "latency_ms":
            continue
        e = s[key]
        lines.append(f"| {key} | {_fmt(e['value'])} | {_ci(e)} | {e['n']} |")
    lines.append(f"| latency p50 / p95 | {_fmt(lat['p50'], 0)} / {_fmt(lat['p95'], 0)} ms | | {lat['n']} |")
    lines += ["", "![metrics](metrics.png)", ""]
    _bar_with_ci(r, out / "metrics.png")

    inj = r.extra.get("injection")
    if inj:
        rate = inj.get("attack_success_rate")
        lines += ["## Prompt injection", ""]
        if rate is None:
            lines += [f"Result: `{inj}`", ""]
        else:
            lines += [
                f"Attack success rate: **{_fmt(rate)}** over {inj.get('cases', '?')} planted-instruction cases "
                f"(lower is better; from `evals/injection.py`). Succeeded: {', '.join(inj.get('attacks_succeeded') or []) or 'none'}.",
                "",
            ]

    lines += ["## By kind of question", "", "| kind | n | recall@5 | MRR@10 | key-point coverage | citation precision | abstained |", "|---|---|---|---|---|---|---|"]
    for kind, row in r.by_kind().items():
        lines.append(
            f"| {kind} | {row['n']} | {_fmt(row['recall@5'])} | {_fmt(row['mrr@10'])} | "
            f"{_fmt(row['key_point_coverage'])} | {_fmt(row['citation_precision'])} | {_fmt(row['abstained'])} |"
        )
    lines += ["", "![by kind](by_kind.png)", ""]
    lines += ["## What a reader sees, by persona", "", "| persona | answered | median answer (characters) |", "|---|---|---|"]
    for persona, row in r.by_persona().items():
        lines.append(f"| {persona} | {row['n']} | {row['median_chars']:.0f} |")
    lines += ["", "## Latency", "", "![latency](latency.png)", ""]
    _by_kind_chart(r, out / "by_kind.png")
    _latency_chart(r, out / "latency.png")

    items = {q.item.id: q.item for q in r.results}
    lines += ["## Questions to look at", ""]
    labels = {
        "retrieval_miss": "No evidence in the top 5 passages",
        "false_refusal": "Answerable, but the assistant abstained",
        "low_coverage": "Answered, but under half the key points",
        "answered_unanswerable": "Unanswerable, but the assistant answered",
        "error": "Refused with an error message",
    }
    for key, ids in r.failures().items():
        lines += [f"**{labels[key]}** ({len(ids)})", ""]
        lines += [f"- `{i}` ({items[i].kind}) {items[i].question}" for i in ids] or ["- none"]
        lines.append("")
    lines += _definitions()
    if r.dataset.warnings:
        lines += ["## Dataset warnings", ""] + [f"- {w}" for w in r.dataset.warnings] + [""]
    return "\n".join(lines)


def _bar_with_ci(r: ConfigResult, path: Path) -> None:
    plt = _plt()
    keys = [k for k, _, _ in HEADLINE]
    vals = [r.value(k) or 0.0 for k in keys]
    errs = [[0.0] * len(keys), [0.0] * len(keys)]
    for i, k in enumerate(keys):
        ci = r.summary[k].get("ci95")
        if ci:
            errs[0][i] = max(0.0, vals[i] - ci[0])
            errs[1][i] = max(0.0, ci[1] - vals[i])
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.bar([label for _, label, _ in HEADLINE], vals, yerr=errs, capsize=4, color="#3b6ea5")
    ax.set_ylim(0, 1.05)
    ax.set_title(f"{r.config.name}: headline metrics with 95% bootstrap CIs")
    ax.tick_params(axis="x", rotation=30)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _by_kind_chart(r: ConfigResult, path: Path) -> None:
    plt = _plt()
    rows = r.by_kind()
    kinds = list(rows)
    metrics = [("recall@5", "recall@5"), ("key_point_coverage", "key-point coverage"), ("abstained", "abstained")]
    fig, ax = plt.subplots(figsize=(9, 4))
    width = 0.8 / len(metrics)
    for j, (m, label) in enumerate(metrics):
        ax.bar([i + j * width for i in range(len(kinds))], [rows[k][m] or 0.0 for k in kinds], width, label=label)
    ax.set_xticks([i + width for i in range(len(kinds))], kinds, rotation=30)
    ax.set_ylim(0, 1.05)
    ax.legend()
    ax.set_title(f"{r.config.name}: by kind of question")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _latency_chart(r: ConfigResult, path: Path) -> None:
    plt = _plt()
    vals = [q.latency_ms for q in r.results]
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.hist(vals, bins=30, color="#6a9f58")
    for q, style in (("p50", "--"), ("p95", ":")):
        v = r.summary["latency_ms"][q]
        if v is not None:
            ax.axvline(v, color="black", linestyle=style, label=f"{q} {v:.0f} ms")
    ax.set_xlabel("ms per question")
    ax.legend()
    ax.set_title(f"{r.config.name}: latency")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# --- several configs ------------------------------------------------------------------


def _compare(results: list[ConfigResult], out: Path) -> str:
    first = results[0]
    lines = [
        "# Llais evaluation: configuration comparison",
        "",
        f"Dataset `{first.dataset.path.name}`: {len(first.dataset.items)} questions "
        f"({len(first.dataset.answerable)} answerable, {len(first.dataset.unanswerable)} unanswerable), "
        f"the same questions for every config. Generated {dt.datetime.now().isoformat(timespec='seconds')}.",
        "",
        f"Citation support check: **{CITATION_CHECK}**.",
        "",
    ]
    by_name = {r.config.name: r for r in results}
    if "default" in by_name and "baseline" in by_name:
        d, b = by_name["default"], by_name["baseline"]
        verdicts = []
        for m, label in (("recall@5", "recall@5"), ("mrr@10", "MRR@10")):
            dv, bv = d.value(m) or 0.0, b.value(m) or 0.0
            verdicts.append(f"{label} {dv:.3f} vs {bv:.3f} ({'beats' if dv > bv else 'does NOT beat'} the baseline)")
        lines += [f"**Default vs textbook baseline:** {'; '.join(verdicts)}.", ""]
    flagged = [r.config.name for r in results if r.warnings()]
    if flagged:
        lines += [
            f"> **Warning.** Citation scores are high (≥ {HIGH_CITATION}) but key-point coverage is low "
            f"(< {LOW_COVERAGE}) in: {', '.join(flagged)}. An extractive system can cite perfectly and still "
            "miss the answer: read coverage before citation scores.",
            "",
        ]
    header = "| config | " + " | ".join(label for _, label, _ in HEADLINE) + " | p50 ms | p95 ms |"
    lines += [header, "|" + "---|" * (len(HEADLINE) + 3)]
    for r in results:
        lat = r.summary["latency_ms"]
        cells = [_fmt(r.value(k)) for k, _, _ in HEADLINE]
        lines.append(f"| [{r.config.name}]({_link(r)}/report.md) | " + " | ".join(cells) + f" | {_fmt(lat['p50'], 0)} | {_fmt(lat['p95'], 0)} |")
    lines += ["", "![comparison](compare.png)", "", "## Configurations", ""]
    lines += [f"- **{r.config.name}**: {r.config.description}" for r in results]
    lines += ["", "95 % confidence intervals for every figure are in each config's own report and in metrics.json.", ""]
    inj = by_name.get("default") and by_name["default"].extra.get("injection")
    if inj and inj.get("attack_success_rate") is not None:
        lines += [f"Prompt-injection attack success rate (default): **{inj['attack_success_rate']:.3f}**.", ""]
    _compare_chart(results, out / "compare.png")
    lines += _definitions()
    return "\n".join(lines)


def _link(r: ConfigResult) -> str:
    return r.config.name.replace("+", "-plus-").replace("/", "-")


def _compare_chart(results: list[ConfigResult], path: Path) -> None:
    """Grouped bars: one group per metric, one bar per config; default and baseline stand out."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(13, 5))
    n = len(results)
    width = 0.85 / n
    cmap = plt.get_cmap("viridis")
    for j, r in enumerate(results):
        color = "#1f4e79" if r.config.name == "default" else "#c0392b" if r.config.baseline else cmap(0.35 + 0.6 * j / n)
        vals = [r.value(k) or 0.0 for k, _, _ in HEADLINE]
        ax.bar([i + j * width for i in range(len(HEADLINE))], vals, width, label=r.config.name, color=color,
               edgecolor="black" if r.config.name == "default" or r.config.baseline else None)
    ax.set_xticks([i + width * (n - 1) / 2 for i in range(len(HEADLINE))], [label for _, label, _ in HEADLINE], rotation=20)
    ax.set_ylim(0, 1.05)
    ax.legend(ncol=5, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18))
    ax.set_title("All configs on the same questions (false refusals: lower is better)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _definitions() -> list[str]:
    lines = ["## Metric definitions", ""]
    lines += [f"- **{k}**: {v}." for k, v in DEFINITIONS.items()]
    lines += [
        "- **relevant passage**: after normalising whitespace, quotes, dashes and case, the passage contains one "
        "of the question's evidence strings; or the evidence crosses a chunk boundary and the passage ends with "
        "its first part or starts with its last part (at least min(40 characters, 60 % of the evidence)); or the "
        "passage lies wholly inside a long evidence string.",
        "- **95 % CI**: percentile bootstrap over questions (1000 resamples, fixed seed) of the ratio sum(score) / "
        "sum(questions the metric applies to).",
        "- **Reading it**: retrieval metrics say whether the evidence reached the answerer; coverage says whether "
        "the answer says it; citation scores say whether what it says is backed by what it cites. High citation "
        "scores with low coverage mean a faithful answer that misses the point.",
        "",
    ]
    return lines
