"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Named-entity tagging scored with seqeval (1.2.2), as token-classification scripts score it: a
token tagger (scikit-learn's ``SGDClassifier`` over hashed word, shape, suffix and context
features, trained with ``partial_fit`` for 6 epochs) on sentences the script builds from
templates with person, organisation and location names (BIO tags, some templates with
two-token entities; the training part draws names from half of each list only, and a fifth
of the entity tokens are lower-cased, so the dev and test parts hold unseen names). After each epoch the script prints seqeval's entity-level scores of the
dev part on one line (``epoch 3: precision=0.8123 recall=... f1=... accuracy=...``); at the
end it prints ``seqeval.metrics.classification_report(digits=4)`` of the dev part and of the
test part (a heading line before each), and the test part's report again in strict IOB2 mode
(``mode="strict", scheme=IOB2``): per-entity rows ``LOC``/``ORG``/``PER`` with precision,
recall, f1-score and support, then ``micro avg``, ``macro avg`` and ``weighted avg``.

Truth: seqeval's own returns for the same predictions: ``precision_score``, ``recall_score``,
``f1_score``, ``accuracy_score`` (``precision``, ``recall``, ``f1``, ``accuracy`` at the
epoch the line states), ``classification_report(output_dict=True)`` for each printed report
(``<row>/<column>``: ``PER/f1-score``, ``micro avg/precision``; ``support`` optional, a
count). Judgement: the three reports share their names (the heading line above a report
holds no value, so no phase is added), their points are unstepped and listed in print order;
the ``digits=4`` rounding gives the tolerance. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 13, "train_sentences": 300, "eval_sentences": 150, "epochs": 6, "alpha": 1e-4, "loss": "log_loss",
            "n_features": 2 ** 16}

PEOPLE = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Linus", "Marie Curie", "Niels Bohr",
          "Emmy Noether", "Kurt", "Hedy Lamarr", "Carl Gauss"]
ORGS = ["Acme Corp", "Globex", "Initech", "Umbrella", "Stark Industries", "Hooli",
        "Wayne Enterprises", "Cyberdyne"]
PLACES = ["Paris", "New York", "Berlin", "Lagos", "Kyoto", "Buenos Aires", "Oslo", "Cairo",
          "San Diego"]
TEMPLATES = ["{PER} joined {ORG} in {LOC} last year", "yesterday {PER} visited {LOC}",
             "{ORG} opened an office in {LOC}", "{PER} said {ORG} will grow",
             "the meeting in {LOC} was led by {PER}", "shares of {ORG} fell after {PER} left",
             "{PER} moved from {LOC} to {LOC}", "analysts at {ORG} praised {ORG}"]


def sentences(rng, n, seen_only):
    """Tokens and BIO tags from the templates, names drawn with `rng` (from the first half of
    each pool only when `seen_only`); the first word capitalised, a fifth of the entity
    tokens lower-cased, so that some names are unseen and some look like plain words."""
    pools = {"PER": PEOPLE, "ORG": ORGS, "LOC": PLACES}
    for _ in range(n):
        tokens, tags = [], []
        for word in rng.choice(TEMPLATES).split():
            if word.startswith("{"):
                kind = word[1:4]
                pool = pools[kind][:len(pools[kind]) // 2] if seen_only else pools[kind]
                name = [w.lower() if rng.random() < 0.2 else w
                        for w in rng.choice(pool).split()]
                tokens += name
                tags += [f"B-{kind}"] + [f"I-{kind}"] * (len(name) - 1)
            else:
                tokens.append(word)
                tags.append("O")
        tokens[0] = tokens[0][0].upper() + tokens[0][1:]
        yield tokens, tags


def features(tokens, i):
    w = tokens[i]
    prev = tokens[i - 1] if i else "<s>"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else "</s>"
    return {f"w={w.lower()}": 1, f"suf={w[-3:]}": 1, f"title={w.istitle()}": 1,
            f"prev={prev.lower()}": 1, f"next={nxt.lower()}": 1, f"prev_title={prev.istitle()}": 1}


def run() -> None:
    import random
    import warnings

    import numpy as np
    from seqeval.metrics import (accuracy_score, classification_report, f1_score,
                                 precision_score, recall_score)
    from seqeval.scheme import IOB2
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import SGDClassifier

    warnings.simplefilter("ignore")  # seqeval's ill-defined-metric warnings at epoch 1
    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    rng = random.Random(s["seed"])
    train = list(sentences(rng, s["train_sentences"], seen_only=True))
    dev = list(sentences(rng, s["eval_sentences"], seen_only=False))
    test = list(sentences(rng, s["eval_sentences"], seen_only=False))
    hasher = FeatureHasher(n_features=s["n_features"])

    def matrix(part):
        return hasher.transform(features(t, i) for t, _ in part for i in range(len(t)))

    x_train = matrix(train)
    y_train = np.array([tag for _, tags in train for tag in tags])
    labels = np.unique(y_train)
    model = SGDClassifier(loss=s["loss"], alpha=s["alpha"], random_state=s["seed"])
    order = np.random.default_rng(s["seed"])

    def predict(part):
        flat = model.predict(matrix(part))
        out, k = [], 0
        for tokens, _ in part:
            out.append(list(flat[k:k + len(tokens)]))
            k += len(tokens)
        return out

    truth = Truth()
    y_dev = [tags for _, tags in dev]
    for epoch in range(1, s["epochs"] + 1):
        idx = order.permutation(x_train.shape[0])
        model.partial_fit(x_train[idx], y_train[idx], classes=labels)
        pred = predict(dev)
        scores = {"precision": precision_score(y_dev, pred), "recall": recall_score(y_dev, pred),
                  "f1": f1_score(y_dev, pred), "accuracy": accuracy_score(y_dev, pred)}
        print(f"epoch {epoch}: " + " ".join(f"{k}={v:.4f}" for k, v in scores.items()),
              flush=True)
        truth.add(epoch, **scores)
    y_test = [tags for _, tags in test]
    pred_test = predict(test)
    reports = (("dev set", y_dev, predict(dev), {}),
               ("test set", y_test, pred_test, {}),
               ("test set, strict IOB2", y_test, pred_test, {"mode": "strict", "scheme": IOB2}))
    for heading, gold, pred, kwargs in reports:
        print(f"\n{heading}:", flush=True)
        print(classification_report(gold, pred, digits=4, **kwargs), flush=True)
        report = classification_report(gold, pred, output_dict=True, **kwargs)
        for row, cells in report.items():
            truth.add(**{f"{row}/{col}": v for col, v in cells.items() if col != "support"})
            truth.allow(**{f"{row}/support": cells["support"]})
    truth.write("seqeval's precision_score/recall_score/f1_score/accuracy_score per epoch (at "
                "the epoch printed) and classification_report(output_dict=True) of each printed "
                "report as <row>/<column>, unstepped; support optional",
                libraries=("seqeval", "scikit-learn", "numpy"), params=s, rel=1e-4,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"seqeval": run}, root=HELDOUT13)
