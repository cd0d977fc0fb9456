"""Development fixture (held out in the first measurement of issue 11, seen since).

spaCy: `spacy train` (the CLI's `train` function, in process) of a blank English pipeline
``tok2vec, ner, textcat`` from `spacy init config`'s efficiency config, on synthetic sentences
with entities (PERSON, GPE) and an exclusive sentiment label (a fifth of them flipped),
written as `DocBin` files. spaCy prints its sections (``=== Initializing pipeline ===``,
``ℹ Pipeline: [...]``, ``ℹ Initial learn rate: 0.001``) and its table: ``E  #  LOSS TOK2VEC
LOSS NER  LOSS TEXTCAT  ENTS_F  ENTS_P  ENTS_R  CATS_SCORE  SCORE``, a row per evaluation.

Truth: the ``info`` dicts spaCy's training loop hands its logger, recorded by a logger that
wraps spaCy's own ``spacy.ConsoleLogger.v3`` (which prints them): ``losses`` per pipe (as
``LOSS <PIPE>``), ``other_scores`` of the score columns (×100, as printed) and ``score``
(``SCORE``), under the printed headers; no step judged (``E`` and ``#`` are both step-like:
optional). Params: the initial learn rate printed.
"""

import sys
from pathlib import Path

from _capture import main, write_truth

NAMES = ["Alice", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Goran", "Hana"]
CITIES = ["Paris", "Lagos", "Osaka", "Lima", "Oslo", "Cairo"]
GOOD = ["loved the food in", "had a wonderful week in", "enjoyed the museums of"]
BAD = ["hated the weather in", "had an awful trip to", "was robbed in"]


def make_docs(nlp, n: int, seed: int):
    import random

    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        good = rng.random() < 0.5
        name, city = rng.choice(NAMES), rng.choice(CITIES)
        text = f"{name} {rng.choice(GOOD if good else BAD)} {city} last year ."
        doc = nlp.make_doc(text)
        doc.ents = [doc.char_span(0, len(name), label="PERSON"),
                    doc.char_span(text.index(city), text.index(city) + len(city), label="GPE")]
        if rng.random() < 0.2:  # noisy labels, as real ones are
            good = not good
        doc.cats = {"POSITIVE": float(good), "NEGATIVE": float(not good)}
        docs.append(doc)
    return docs


def register_recording_logger() -> list[dict]:
    """Register ``corpus.RecordingConsoleLogger.v1``: spaCy's own ``ConsoleLogger.v3`` that also
    keeps each info dict it is handed (in the list returned)."""
    import spacy
    from spacy.training.loggers import console_logger_v3

    infos: list[dict] = []

    @spacy.registry.loggers("corpus.RecordingConsoleLogger.v1")
    def recording_console_logger():
        console = console_logger_v3(progress_bar=None)

        def setup(nlp, stdout=sys.stdout, stderr=sys.stderr):
            log_step, finalize = console(nlp, stdout, stderr)

            def step(info):
                if info is not None:
                    infos.append({"losses": dict(info["losses"]),
                                  "other_scores": dict(info["other_scores"]),
                                  "score": info["score"], "epoch": info["epoch"],
                                  "step": info["step"]})
                log_step(info)

            return step, finalize

        return setup

    return infos


def train() -> None:
    import tempfile

    import spacy
    from spacy.cli.init_config import init_config
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    infos = register_recording_logger()
    config = init_config(lang="en", pipeline=["tok2vec", "ner", "textcat"],
                         optimize="efficiency")
    nlp = spacy.blank("en")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, n, seed in (("train", 120, 0), ("dev", 30, 1)):
            DocBin(docs=make_docs(nlp, n, seed)).to_disk(root / f"{name}.spacy")
        config["paths"]["train"] = str(root / "train.spacy")
        config["paths"]["dev"] = str(root / "dev.spacy")
        config["system"]["seed"] = 0
        config["training"]["max_steps"] = 240
        config["training"]["eval_frequency"] = 40
        config["training"]["logger"] = {"@loggers": "corpus.RecordingConsoleLogger.v1"}
        config.to_disk(root / "config.cfg")
        learn_rate = config["training"]["optimizer"]["learn_rate"]
        spacy_train(root / "config.cfg", root / "output", use_gpu=-1)
        score_cols = [c for c, w in config["training"]["score_weights"].items()
                      if w is not None]

    metrics: dict[str, list[float]] = {}
    optional: dict[str, list[float]] = {"E": [], "#": []}
    for info in infos:
        for pipe, loss in info["losses"].items():
            metrics.setdefault(f"LOSS {pipe.upper()}", []).append(float(loss))
        for col in score_cols:
            value = float(info["other_scores"].get(col, 0.0))
            metrics.setdefault(col.upper(), []).append(value if col == "speed" else 100 * value)
        metrics.setdefault("SCORE", []).append(float(info["score"]))
        optional["E"].append(float(info["epoch"]))
        optional["#"].append(float(info["step"]))
    write_truth(metrics, optional=optional, params={"Initial learn rate": learn_rate},
                libraries=("spacy",), abs_tol=5e-3,
                source="the info dicts of spaCy's training loop, as ConsoleLogger.v3 prints "
                       "them (losses per pipe, score columns x100, score); names = the "
                       "printed headers")


if __name__ == "__main__":
    main(__file__, {"spacy": train})
