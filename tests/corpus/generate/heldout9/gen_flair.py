"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

A named-entity tagger trained with Flair's ``ModelTrainer``, as Flair's tutorials train one: a
CoNLL-style column corpus (train/dev/test files written by the script from seeded templates:
person, organisation and location names in short sentences, no download), one-hot word
embeddings built from the corpus and character embeddings over the corpus's characters (Flair's
default character list would be a download), a BiLSTM-CRF
``SequenceTagger``, ``trainer.train(...)`` with plain SGD and learning-rate annealing. Flair
logs through its own logger on stdout: a rule, the model's repr, the corpus sizes, the
``Training Params`` block (``- learning_rate: "0.1"``), the plugins, then per epoch ten
``epoch 1 - iter 4/40 - loss 1.2345 - time (sec): 0.52 - samples/sec: 812.40 - lr: 0.100000 -
momentum: 0.000000`` lines, ``EPOCH 1 done: loss 0.9876 - lr: 0.100000``, ``DEV : loss ... -
f1-score (micro avg)  0.83``, the annealer's count of bad epochs and ``saving best model``,
and at the end the test ``Results:`` (``- F-score (micro) 0.9``, ``- F-score (macro)``,
``- Accuracy``) with a per-class report.

Truth: a ``TrainerPlugin`` of the script's own, receiving Flair's ``metric_recorded`` events
(its ``MetricRecord``s: the batch losses, the epoch's train loss, the learning rate and
momentum, the dev evaluation's scores) and the batches (``before_training_batch``, to count the
tokens each batch's loss is averaged over): the iteration lines' ``loss`` (the running token-
weighted mean of the epoch's batch losses, as the trainer computes it) and ``lr``, no step (the
line states an epoch and a batch); ``EPOCH n done`` gives ``loss`` and ``lr`` at the epoch;
``DEV`` lines ``DEV/loss`` and ``DEV/f1-score (micro avg)`` at the epoch (a phase-led line);
``momentum`` optional (a constant 0). The test results from the ``Result`` that
``model.evaluate`` returns for the test split (the trainer's final evaluation:
a wrapper of ``SequenceTagger.evaluate`` keeps what it returns): ``F-score (micro)``,
``F-score (macro)``, ``Accuracy`` and the printed report's cells ``<class>/<column>`` from its
``classification_report`` (the ``accuracy`` row's one value as ``accuracy``); supports
optional. ``samples/sec``, ``time (sec)`` in neither map; the training parameters are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

SETTINGS = {"learning_rate": 0.1, "mini_batch_size": 8, "max_epochs": 4, "hidden_size": 32,
            "seed": 3}
# the dev and test sentences also draw from the last names of each pool, never seen in training
PEOPLE = ("Anna Weber", "John Smith", "Maria Garcia", "Li Wei", "Olga Ivanova", "Tom Baker",
          "Sara Cohen", "Ahmed Khan", "Jean Dupont", "Ravi Patel", "Kim Park", "Paul Meyer")
ORGS = ("Siemens", "Acme Corp", "United Nations", "Deutsche Bahn", "Red Cross", "Nokia",
        "World Bank", "Oxfam", "Airbus", "Unicef")
PLACES = ("Berlin", "Paris", "New York", "Lagos", "Tokyo", "Lima", "Oslo", "Cairo", "Quito",
          "Hanoi", "Perth")
SEEN = 0.7  # the share of each pool the training sentences use
TEMPLATES = ("{PER} works for {ORG} in {LOC} .", "{PER} visited {LOC} last week .",
             "{ORG} opened an office in {LOC} .", "Yesterday {PER} met {PER} at {ORG} .",
             "{LOC} is far from {LOC} .", "The report by {ORG} was praised by {PER} .",
             "{PER} moved from {LOC} to {LOC} in May .")


def conll(rng, n, seen_only):
    lines = []
    for _ in range(n):
        for token in rng.choice(TEMPLATES).split():
            if token.startswith("{"):
                kind = token[1:4]
                pool = {"PER": PEOPLE, "ORG": ORGS, "LOC": PLACES}[kind]
                pool = pool[:int(len(pool) * SEEN)] if seen_only else pool
                for i, word in enumerate(rng.choice(pool).split()):
                    lines.append(f"{word} {'B' if i == 0 else 'I'}-{kind}")
            else:
                lines.append(f"{token} O")
        lines.append("")
    return "\n".join(lines) + "\n"


def run() -> None:
    import random
    import tempfile

    import flair
    import torch
    from flair.data import Dictionary
    from flair.datasets import ColumnCorpus
    from flair.embeddings import CharacterEmbeddings, OneHotEmbeddings, StackedEmbeddings
    from flair.models import SequenceTagger
    from flair.trainers import ModelTrainer
    from flair.trainers.plugins import TrainerPlugin

    flair.set_seed(SETTINGS["seed"])
    torch.set_num_threads(1)
    truth = Truth()
    rng = random.Random(SETTINGS["seed"])
    folder = Path(tempfile.mkdtemp(prefix="flair-ner-"))
    for split, n in (("train", 320), ("dev", 60), ("test", 80)):
        (folder / f"{split}.txt").write_text(conll(rng, n, seen_only=split == "train"))
    corpus = ColumnCorpus(folder, {0: "text", 1: "ner"}, train_file="train.txt",
                          dev_file="dev.txt", test_file="test.txt")
    tags = corpus.make_label_dictionary(label_type="ner", add_unk=False)
    chars = Dictionary()  # Flair's default character list is a download: build it from the text
    for text in (PEOPLE, ORGS, PLACES, TEMPLATES):
        for char in sorted(set("".join(text))):
            chars.add_item(char)
    embeddings = StackedEmbeddings([OneHotEmbeddings.from_corpus(corpus, embedding_length=32),
                                    CharacterEmbeddings(path_to_char_dict=chars)])
    tagger = SequenceTagger(hidden_size=SETTINGS["hidden_size"], embeddings=embeddings,
                            tag_dictionary=tags, tag_type="ner", use_crf=True)

    class Recorder(TrainerPlugin):
        """Keeps what the trainer records, to rebuild the logged running loss."""

        def __init__(self):
            super().__init__()
            self.tokens = 0
            self.epoch_loss = self.epoch_tokens = 0.0
            self.batches = self.n_batches = 0
            self.lr = None

        @TrainerPlugin.hook
        def before_training_epoch(self, **kw):
            self.epoch_loss = self.epoch_tokens = 0.0
            self.batches = 0

        @TrainerPlugin.hook
        def before_training_batch(self, batch, total_number_of_batches, **kw):
            self.tokens = sum(len(sentence) for sentence in batch)
            self.n_batches = total_number_of_batches

        @TrainerPlugin.hook
        def metric_recorded(self, record):
            name, value = tuple(record.name.parts), record.value
            if name == ("learning_rate",):
                self.lr = float(value[0])
            elif name == ("optimizer", "momentum"):
                self.momentum = float(value[0])
            elif name == ("train", "batch_loss"):
                self.epoch_loss += float(value) * self.tokens
                self.epoch_tokens += self.tokens
                self.batches += 1
                if self.batches % max(1, int(self.n_batches / 10)) == 0:
                    truth.add(loss=self.epoch_loss / self.epoch_tokens, lr=self.lr)
                    truth.allow(momentum=self.momentum)
            elif name == ("train", "loss"):
                truth.add(record.global_step, loss=float(value), lr=self.lr)
            elif name == ("dev", "loss"):
                truth.add(record.global_step, **{"DEV/loss": float(value)})
            elif name == ("dev", "score"):
                truth.add(record.global_step, **{"DEV/f1-score (micro avg)": float(value)})

    results = []
    evaluate = SequenceTagger.evaluate

    def recording_evaluate(self, *args, **kwargs):
        results.append(evaluate(self, *args, **kwargs))
        return results[-1]

    SequenceTagger.evaluate = recording_evaluate
    trainer = ModelTrainer(tagger, corpus)
    trainer.train(str(folder / "model"), learning_rate=SETTINGS["learning_rate"],
                  mini_batch_size=SETTINGS["mini_batch_size"],
                  max_epochs=SETTINGS["max_epochs"], plugins=[Recorder()],
                  save_final_model=False)
    sys.stdout.flush()
    SequenceTagger.evaluate = evaluate
    report = results[-1].classification_report  # the final evaluation, on the test split
    truth.add(**{"F-score (micro)": report["micro avg"]["f1-score"],
                 "F-score (macro)": report["macro avg"]["f1-score"],
                 "Accuracy": results[-1].scores["accuracy"]})
    accuracy_row = isinstance(report.get("accuracy"), float)  # then "micro avg" is not printed
    for label, cells in report.items():
        if label == "accuracy":
            truth.add(accuracy=cells)
        elif not isinstance(cells, dict) or (accuracy_row and label == "micro avg"):
            continue
        else:
            truth.add(**{f"{label}/{column}": cells[column]
                         for column in ("precision", "recall", "f1-score")})
            truth.allow(**{f"{label}/support": cells["support"]})
    truth.write("a TrainerPlugin receiving Flair's metric_recorded events (batch losses "
                "weighted by the batch's tokens for the running loss, epoch loss, lr, dev "
                "scores at the epoch); the test Result (wrapped evaluate) scores and "
                "classification_report; "
                "training parameters = params",
                libraries=("flair", "torch"),
                params={"learning_rate": SETTINGS["learning_rate"],
                        "mini_batch_size": SETTINGS["mini_batch_size"],
                        "max_epochs": SETTINGS["max_epochs"], "shuffle": True,
                        "hidden_size": SETTINGS["hidden_size"], "seed": SETTINGS["seed"]},
                rel=1e-6, abs_tol=5.1e-5)


if __name__ == "__main__":
    main(__file__, {"flair": run}, root=HELDOUT9)
