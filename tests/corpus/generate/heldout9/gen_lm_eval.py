"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Language-model evaluation with EleutherAI's lm-evaluation-harness through its Python API, as
people evaluate a model of their own: a small word-bigram language model (trained by the
script on standard-library docstrings, no download) wrapped as an ``lm_eval.api.model.LM``
subclass with a tqdm bar over its requests (as the harness's own model classes have), and
three tasks of the script's own, defined in YAML under an ``include_path`` with local JSON
lines as data: two multiple-choice tasks (``acc``, ``acc_norm``) and a rolling
log-likelihood task (``word_perplexity``, ``byte_perplexity``, ``bits_per_byte``), grouped.
``simple_evaluate`` runs at the CLI's ``INFO`` verbosity (the harness's records: task
building, an example context, request counts); the script then prints the CLI's summary line
and ``make_table(results)`` for the tasks and for the group (Markdown tables: ``|Tasks
|Version|Filter|n-shot|Metric| |Value| |Stderr|``).

Truth: the ``results`` dict that ``simple_evaluate`` returns (``results["results"]`` and
``results["groups"]``): each printed table row's value as ``<task>/<metric>`` (the row's task
and its ``Metric`` cell), no step; the ``± stderr`` cells optional as
``<task>/<metric>_stderr``; ``Version`` and ``n-shot`` cells, request and document counts in
neither map; the model's word-type and bigram counts optional. The evaluation settings in
the summary line are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

MODULES = ("argparse", "collections", "csv", "datetime", "difflib", "email", "functools",
           "heapq", "inspect", "itertools", "json", "logging", "pathlib", "pickle", "random",
           "re", "shutil", "statistics", "string", "subprocess", "tarfile", "tempfile",
           "textwrap", "threading", "typing", "unittest", "uuid", "zipfile")
TASK_YAML = """task: {name}
dataset_path: json
dataset_kwargs:
  data_files:
    test: {data}
test_split: test
output_type: {output_type}
{body}
metadata:
  version: {version}
"""
MC_BODY = """doc_to_text: "{{question}}"
doc_to_choice: "{{choices}}"
doc_to_target: answer
metric_list:
  - metric: acc
    aggregation: mean
    higher_is_better: true
  - metric: acc_norm
    aggregation: mean
    higher_is_better: true"""
ROLLING_BODY = """doc_to_text: ""
doc_to_target: "{{text}}"
metric_list:
  - metric: word_perplexity
  - metric: byte_perplexity
  - metric: bits_per_byte"""


def docstring_lines():
    import importlib
    import inspect

    lines = []
    for name in MODULES:
        module = importlib.import_module(name)
        for obj in [module] + [o for _, o in sorted(vars(module).items())
                               if inspect.isfunction(o) or inspect.isclass(o)]:
            for line in (inspect.getdoc(obj) or "").splitlines():
                if len(line.split()) >= 6:
                    lines.append(line.strip())
    return lines


def write_tasks(folder, rng, lines):
    import json

    train, held = lines[: int(len(lines) * 0.8)], lines[int(len(lines) * 0.8):]
    vocab = sorted({w for line in train for w in line.split()})

    def jsonl(path, rows):
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))

    # next word: the true continuation among three random words
    rows = []
    for line in rng.sample(held, 150):
        words = line.split()
        cut = rng.randrange(3, len(words))
        choices = [words[cut]] + rng.sample(vocab, 2)
        rng.shuffle(choices)
        rows.append({"question": " ".join(words[:cut]), "choices": choices,
                     "answer": choices.index(words[cut])})
    jsonl(folder / "next_word.jsonl", rows)
    # real sentence against one with two words swapped
    rows = []
    for line in rng.sample(held, 150):
        words = line.split()
        i = rng.randrange(len(words) - 1)
        swapped = words[:i] + [words[i + 1], words[i]] + words[i + 2:]
        choices = [line, " ".join(swapped)]
        order = rng.random() < 0.5
        rows.append({"question": "", "choices": choices if order else choices[::-1],
                     "answer": 0 if order else 1})
    jsonl(folder / "word_order.jsonl", rows)
    jsonl(folder / "docs_ppl.jsonl", [{"text": line} for line in rng.sample(held, 60)])
    for name, data, output_type, body, version in (
            ("docs_next_word", "next_word.jsonl", "multiple_choice", MC_BODY, 1.0),
            ("docs_word_order", "word_order.jsonl", "multiple_choice", MC_BODY, 1.0),
            ("docs_perplexity", "docs_ppl.jsonl", "loglikelihood_rolling", ROLLING_BODY, 2.0)):
        (folder / f"{name}.yaml").write_text(TASK_YAML.format(
            name=name, data=folder / data, output_type=output_type, body=body, version=version))
    (folder / "docs_suite.yaml").write_text(
        "group: docs_suite\ntask:\n  - docs_next_word\n  - docs_word_order\n"
        "aggregate_metric_list:\n  - metric: acc\n    weight_by_size: true\n"
        "metadata:\n  version: 1.0\n")
    return train


def run() -> None:
    import math
    import random
    import tempfile
    from collections import Counter

    from tqdm import tqdm

    import lm_eval
    from lm_eval.api.model import LM
    from lm_eval.tasks import TaskManager
    from lm_eval.utils import make_table

    truth = Truth()
    rng = random.Random(4)
    folder = Path(tempfile.mkdtemp(prefix="lm-eval-tasks-"))
    train = write_tasks(folder, rng, docstring_lines())

    class BigramLM(LM):
        """A word-bigram model with add-k smoothing, scored per whitespace word."""

        def __init__(self, lines, k=0.1):
            super().__init__()
            self.k = k
            self.unigrams, self.bigrams = Counter(), Counter()
            for line in lines:
                words = ["<s>"] + line.split()
                self.unigrams.update(words)
                self.bigrams.update(zip(words, words[1:]))
            self.v = len(self.unigrams) + 1

        def logp(self, prev, word):
            return math.log((self.bigrams[prev, word] + self.k)
                            / (self.unigrams[prev] + self.k * self.v))

        def score(self, context, continuation):
            prev = (context.split() or ["<s>"])[-1]
            total, greedy = 0.0, True
            for word in continuation.split():
                total += self.logp(prev, word)
                best = max((b for (a, b) in self.bigrams if a == prev), default=None,
                           key=lambda b: self.bigrams[prev, b])
                greedy = greedy and best == word
                prev = word
            return total, greedy

        def loglikelihood(self, requests, disable_tqdm=False):
            return [self.score(*r.args) for r in tqdm(requests, disable=disable_tqdm,
                                                      desc="Running loglikelihood requests")]

        def loglikelihood_rolling(self, requests, disable_tqdm=False):
            return [self.score("", r.args[0])[0] for r in tqdm(requests, disable=disable_tqdm)]

        def generate_until(self, requests, disable_tqdm=False):
            raise NotImplementedError("no generation tasks here")

    model = BigramLM(train)
    print(f"bigram model: {len(model.unigrams)} word types, {sum(model.bigrams.values())} "
          f"bigrams", flush=True)
    truth.allow(**{"word types": len(model.unigrams), "bigrams": sum(model.bigrams.values())})
    manager = TaskManager(include_path=str(folder))
    results = lm_eval.simple_evaluate(model=model, tasks=["docs_suite", "docs_perplexity"],
                                      task_manager=manager, verbosity="INFO", bootstrap_iters=200,
                                      random_seed=0, numpy_random_seed=0, torch_random_seed=0)
    sys.stderr.flush()
    print("bigram (k=0.1), gen_kwargs: (None), limit: None, num_fewshot: None, batch_size: 1")
    print(make_table(results))
    if "groups" in results:
        print(make_table(results, "groups"))
    sys.stdout.flush()
    tables = [("results", results["results"])]
    if "groups" in results:
        tables.append(("groups", results["groups"]))
    for _, section in tables:
        for task, metrics in section.items():
            for key, value in metrics.items():
                if "," not in key or "_stderr" in key or not isinstance(value, (int, float)):
                    continue
                metric, _, _filter = key.partition(",")
                truth.add(**{f"{task.strip(' -')}/{metric}": float(value)})
                stderr = metrics.get(f"{metric}_stderr,{_filter}")
                if isinstance(stderr, (int, float)):
                    truth.allow(**{f"{task.strip(' -')}/{metric}_stderr": float(stderr)})
    truth.write("simple_evaluate's returned results dict: each printed row (results and "
                "groups) as <task>/<metric>, stderr optional; summary-line settings = params",
                libraries=("lm_eval", "datasets", "tqdm"),
                params={"gen_kwargs": "(None)", "limit": None, "num_fewshot": None,
                        "batch_size": 1, "k": 0.1},
                rel=1e-9, abs_tol=5.1e-5)  # 4 decimals


if __name__ == "__main__":
    main(__file__, {"lm-eval": run}, root=HELDOUT9)
