"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Fine-tuning a sentence embedder with Sentence Transformers (PyPI ``sentence-transformers`` 6,
on transformers 5 and PyTorch, CPU): no hub is reachable, so the script trains a 200-word
WordPiece tokenizer (``tokenizers``) on its own seeded toy sentences and builds a randomly
initialised two-layer BERT (hidden size 32) from a ``BertConfig``, saved to a temporary folder,
then ``SentenceTransformer(modules=[Transformer(folder), Pooling(32, "mean")])``. It trains
with ``SentenceTransformerTrainer`` and ``CoSENTLoss`` on 128 scored sentence pairs for three
epochs (batch 16, a log every 4 steps, an evaluation every 8 with an
``EmbeddingSimilarityEvaluator`` named ``toy-dev`` on 32 held-out pairs), with Python logging at
INFO on stdout (``%(asctime)s - %(message)s``), as the library's examples set it up. On stdout:
the Trainer's log dicts (``{'loss': '3.675', 'grad_norm': '32.19', 'learning_rate':
'0.0004063', 'epoch': '0.5'}``, the evaluation dicts and the final ``train_runtime`` dict) and
the evaluator's log lines (``Cosine-Similarity:	Pearson: 0.9376	Spearman: 0.8837``); on
stderr the tqdm bar, redrawn. The pipe capture differs (the bar's frames follow the clock).

Truth: ``trainer.state.log_history`` (the Trainer's own record of every dict it printed):
``loss``, ``grad_norm``, ``learning_rate`` and the evaluator's keys as printed, at the epoch
the dict states; ``train_loss``; the evaluator's Pearson and Spearman correlations (the same
values as ``eval_toy-dev_pearson_cosine`` and ``..._spearman_cosine``) also as ``Pearson`` and
``Spearman`` for the log lines (no step: the line states none). Runtimes and throughputs
(``eval_runtime``, ``train_samples_per_second``, ...) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main

WORDS = ("the a cat dog bird runs sleeps eats quickly slowly big small red blue house tree car "
         "river").split()


def run() -> None:
    import logging
    import random
    import tempfile

    import torch
    from datasets import Dataset
    from sentence_transformers import (SentenceTransformer, SentenceTransformerTrainer,
                                       SentenceTransformerTrainingArguments, losses, models)
    from sentence_transformers.evaluation import EmbeddingSimilarityEvaluator
    from tokenizers import Tokenizer, normalizers, pre_tokenizers, trainers
    from tokenizers import models as tmodels
    from transformers import BertConfig, BertModel, BertTokenizerFast

    logging.basicConfig(format="%(asctime)s - %(message)s", datefmt="%Y-%m-%d %H:%M:%S",
                        level=logging.INFO, stream=sys.stdout)
    random.seed(23)
    torch.manual_seed(23)

    def sentence() -> str:
        return " ".join(random.choice(WORDS) for _ in range(random.randint(3, 7)))

    pairs = []
    for _ in range(160):
        s = sentence()
        t = s if random.random() < 0.5 else sentence()
        a, b = set(s.split()), set(t.split())
        pairs.append((s, t, 1.0 if s == t else len(a & b) / len(a | b)))
    folder = Path(tempfile.mkdtemp(prefix="st-"))
    tok = Tokenizer(tmodels.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator([p[0] for p in pairs], trainers.WordPieceTrainer(
        vocab_size=200, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]))
    fast = BertTokenizerFast(tokenizer_object=tok)
    fast.save_pretrained(folder)
    BertModel(BertConfig(vocab_size=fast.vocab_size, hidden_size=32, num_hidden_layers=2,
                         num_attention_heads=2, intermediate_size=64,
                         max_position_embeddings=64)).save_pretrained(folder)
    model = SentenceTransformer(modules=[models.Transformer(str(folder), max_seq_length=32),
                                         models.Pooling(32, "mean")], device="cpu")
    train = Dataset.from_dict({"sentence1": [p[0] for p in pairs[:128]],
                               "sentence2": [p[1] for p in pairs[:128]],
                               "score": [p[2] for p in pairs[:128]]})
    dev = pairs[128:]
    evaluator = EmbeddingSimilarityEvaluator([p[0] for p in dev], [p[1] for p in dev],
                                             [p[2] for p in dev], name="toy-dev")
    args = SentenceTransformerTrainingArguments(
        output_dir=str(folder / "out"), num_train_epochs=3, per_device_train_batch_size=16,
        learning_rate=5e-4, logging_steps=4, eval_strategy="steps", eval_steps=8,
        save_strategy="no", report_to=[], seed=23, use_cpu=True)
    trainer = SentenceTransformerTrainer(model=model, args=args, train_dataset=train,
                                         loss=losses.CoSENTLoss(model), evaluator=evaluator)
    trainer.train()
    sys.stdout.flush()
    truth = Truth()
    for entry in trainer.state.log_history:
        epoch = entry.get("epoch")
        for key, value in entry.items():
            if key in ("epoch", "step", "total_flos"):  # total_flos is logged, not printed
                continue
            if "runtime" in key or "per_second" in key:
                truth.allow(**{key: value})
            elif key == "train_loss":
                truth.add(**{key: value})
            else:
                truth.add(at=epoch, **{key: value})
            if key.endswith("_pearson_cosine"):
                truth.add(Pearson=value)
            elif key.endswith("_spearman_cosine"):
                truth.add(Spearman=value)
    truth.write("sentence-transformers: the Trainer's log_history (the dicts it printed), at "
                "their epochs; the evaluator's correlations also as Pearson and Spearman; "
                "runtimes and throughputs optional",
                libraries=("sentence-transformers", "transformers", "torch"),
                rel=5e-4, abs_tol=5e-9)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"sentence-transformers": run}, root=HELDOUT23)
