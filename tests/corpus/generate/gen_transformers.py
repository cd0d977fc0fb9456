"""Hugging Face Transformers: `Trainer` on a tiny 2-layer BERT built from a config (no download,
``HF_HUB_OFFLINE=1``) and random token ids, logging every 2 steps and evaluating every epoch.

Prints the Trainer's log dicts on stdout as Python dict reprs whose floats are strings with 4
significant digits (``{'loss': '0.6955', 'grad_norm': '0.4022', 'learning_rate': '0.0009167',
'epoch': '0.3333'}``), and its tqdm bars (no postfix) on stderr. Truth: `trainer.state.log_history`,
each entry without ``step`` (the Trainer adds it for the history only) and ``total_flos`` (the
progress callback drops it before printing); names are the log keys. The step is the entry's
``epoch``, printed on the same line.
"""

from _capture import main, write_truth

HIDDEN_FROM_PRINT = ("step", "total_flos")


def train() -> None:
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

    class RandomTokens(torch.utils.data.Dataset):
        def __init__(self, n: int):
            self.ids = torch.randint(0, config.vocab_size, (n, 12), generator=generator)
            self.labels = (self.ids[:, 0] >= config.vocab_size // 2).long()

        def __len__(self):
            return len(self.labels)

        def __getitem__(self, i):
            return {"input_ids": self.ids[i], "attention_mask": torch.ones(12, dtype=torch.long),
                    "labels": self.labels[i]}

    def accuracy(prediction):
        predicted = prediction.predictions.argmax(-1)
        return {"accuracy": float(np.mean(predicted == prediction.label_ids))}

    with tempfile.TemporaryDirectory() as out:
        args = TrainingArguments(output_dir=out, num_train_epochs=2, per_device_train_batch_size=8,
                                 learning_rate=1e-3, logging_steps=2, eval_strategy="epoch",
                                 save_strategy="no", report_to="none", seed=0, use_cpu=True)
        trainer = Trainer(model=model, args=args, train_dataset=RandomTokens(48),
                          eval_dataset=RandomTokens(16), compute_metrics=accuracy)
        trainer.train()

    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    for entry in trainer.state.log_history:
        for name, value in entry.items():
            if name not in HIDDEN_FROM_PRINT:
                metrics.setdefault(name, []).append(value)
                steps.setdefault(name, []).append(entry["epoch"])
    write_truth(metrics, steps=steps, libraries=("transformers", "torch", "accelerate"),
                source="trainer.state.log_history without 'step' and 'total_flos'; names are "
                       "the log keys; step = the entry's epoch")


if __name__ == "__main__":
    main(__file__, {"transformers": train})
