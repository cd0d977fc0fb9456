"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

Hugging Face Transformers as its example scripts (``run_glue.py``) report: a `Trainer` on a
tiny BERT built from a config (no download) and random token ids, with ``log_level="info"``
and no progress bars (``disable_tqdm=True``), then ``trainer.log_metrics`` for each split:

* on stderr, the Trainer's info log: ``***** Running training *****``, ``  Num examples =
  48``, ``  Num Epochs = 3``, ``  Instantaneous batch size per device = 8``, ``  Total
  optimization steps = 18``, ``  Number of trainable parameters = 10,146``, later ``*****
  Running Evaluation *****``, ``  Num examples = 16``, ``  Batch size = 8`` (and its other
  info lines);
* on stdout, the `PrinterCallback`'s dicts: the final training log
  ``{'train_runtime': 0.4521, 'train_samples_per_second': 212.3, ..., 'train_loss': 0.6935,
  'epoch': 2.0}``, the evaluation's ``{'eval_loss': 0.6901, 'eval_accuracy': 0.5625, ...}``;
* the metric sections of `log_metrics`:

      ***** eval metrics *****
        epoch                   =        2.0
        eval_accuracy           =     0.5625
        eval_loss               =     0.6901
        eval_runtime            = 0:00:00.02
        eval_samples_per_second =    712.345

  for ``train``, ``eval`` and ``test`` (`trainer.predict`'s metrics).

Truth: the metrics dicts the Trainer returned (`train_result.metrics`, `evaluate()`,
`predict().metrics`) and `trainer.state.log_history` for the printed dicts, under their keys:
``train_loss``, ``eval_loss``, ``eval_accuracy``, ``test_loss``, ``test_accuracy`` (no step
judged); ``epoch``, the runtimes, samples/steps per second are optional (step, times, rates;
``total_flos`` as ``10GF`` in neither map). The info log's configuration (``Num Epochs``,
``Instantaneous batch size per device``, ``Gradient Accumulation steps``, ``Batch size``) is
params; its counts (examples, update steps per epoch, optimization steps, trainable parameters,
total batch size)
optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

METRICS = ("train_loss", "eval_loss", "eval_accuracy", "test_loss", "test_accuracy")
NOT_PRINTED = ("step", "total_flos")


def add(truth: Truth, metrics: dict) -> None:
    """One printed dict or block: the metrics as metrics, the rest (epoch, runtimes, rates)
    optional."""
    for key, value in metrics.items():
        if key in NOT_PRINTED:
            continue
        if key in METRICS:
            truth.add(**{key: value})
        else:
            truth.allow(**{key: value})


def train() -> None:
    import shutil
    import tempfile

    import numpy as np
    import torch
    from transformers import (BertConfig, BertForSequenceClassification, Trainer,
                              TrainingArguments, set_seed)

    set_seed(0)
    config = BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=32, num_labels=2)
    model = BertForSequenceClassification(config)
    generator = torch.Generator().manual_seed(0)

    class Tokens(torch.utils.data.Dataset):
        def __init__(self, n: int):
            self.ids = torch.randint(0, config.vocab_size, (n, 12), generator=generator)
            self.labels = (self.ids[:, 0] >= config.vocab_size // 2).long()

        def __len__(self):
            return len(self.labels)

        def __getitem__(self, i):
            return {"input_ids": self.ids[i], "attention_mask": torch.ones(12, dtype=torch.long),
                    "labels": self.labels[i]}

    def accuracy(prediction):
        return {"accuracy": float(np.mean(prediction.predictions.argmax(-1)
                                          == prediction.label_ids))}

    truth = Truth()
    # a fixed output directory, so that the info log's paths read the same on every capture
    out = Path(tempfile.gettempdir()) / "corpus-hf-log-metrics"
    shutil.rmtree(out, ignore_errors=True)
    args = TrainingArguments(output_dir=str(out), num_train_epochs=3,
                             per_device_train_batch_size=8, per_device_eval_batch_size=8,
                             learning_rate=3e-3, logging_strategy="no", save_strategy="no",
                             eval_strategy="no", report_to="none", seed=0, use_cpu=True,
                             log_level="info", disable_tqdm=True)
    train_set, eval_set, test_set = Tokens(48), Tokens(16), Tokens(16)
    trainer = Trainer(model=model, args=args, train_dataset=train_set, eval_dataset=eval_set,
                      compute_metrics=accuracy)
    try:
        result = trainer.train()
        trainer.log_metrics("train", result.metrics)
        eval_metrics = trainer.evaluate()
        trainer.log_metrics("eval", eval_metrics)
        test_metrics = trainer.predict(test_set).metrics
        trainer.log_metrics("test", test_metrics)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    for entry in trainer.state.log_history:  # the dicts PrinterCallback printed
        add(truth, entry)
    for metrics in (result.metrics, eval_metrics, test_metrics):  # the log_metrics blocks
        add(truth, metrics)
    truth.allow(**{"Num examples": len(train_set),
                   "Num update steps per epoch": len(trainer.get_train_dataloader()),
                   "Total optimization steps":
                   trainer.state.max_steps, "Number of trainable parameters":
                   model.num_parameters(only_trainable=True),
                   "Total train batch size (w. parallel, distributed & accumulation)": 8,
                   "Total train batch size": 8})  # the same without its parenthesis
    truth.allow(**{"Num examples": len(eval_set)})
    truth.allow(**{"Num examples": len(test_set)})
    params = {"Num Epochs": args.num_train_epochs,
              "Instantaneous batch size per device": args.per_device_train_batch_size,
              "Gradient Accumulation steps": args.gradient_accumulation_steps,
              "Batch size": args.per_device_eval_batch_size}
    truth.write("the Trainer's returned metrics dicts and state.log_history, under their keys; "
                "epoch, runtimes and rates optional; the info log's settings are params, its "
                "counts optional", libraries=("transformers", "torch", "accelerate"),
                params=params, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"hf-log-metrics": train}, heldout=True)
