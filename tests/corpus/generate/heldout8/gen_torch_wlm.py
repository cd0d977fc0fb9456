"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

A hand-written PyTorch word-level language model trained in the style of the PyTorch examples'
``word_language_model/main.py`` (a style many research scripts and fairseq-era code copy):
``print(args)`` first, then pipe-separated progress lines every ``log_interval`` batches, a
rule, an end-of-epoch validation line, and a test line between ``=`` rules at the end; the
learning rate is divided by 4 whenever validation does not improve.

The corpus is the docstrings of about forty standard-library modules (no download), tokenised
on whitespace with ``<eos>`` at each line end; the model is a one-layer LSTM trained with
truncated backpropagation and plain SGD with gradient clipping, as in the example.

Truth: the loop's own numbers: the mean training loss over each logging interval (``loss``)
and its exponential (``ppl``), the ``lr`` of that interval, no step (the line states an epoch
and a batch, neither the logged step); the validation loss and perplexity after each epoch
(``valid loss``, ``valid ppl``) at the epoch; ``test loss``/``test ppl`` once. Times
(``ms/batch``, ``time:``) are in neither map; the ``Namespace`` is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main

MODULES = ("argparse", "collections", "csv", "datetime", "decimal", "difflib", "email",
           "fractions", "functools", "heapq", "http", "inspect", "ipaddress", "itertools",
           "json", "logging", "mailbox", "math", "pathlib", "pickle", "pprint", "queue",
           "random", "re", "shlex", "shutil", "socket", "sqlite3", "statistics", "string",
           "subprocess", "tarfile", "tempfile", "textwrap", "threading", "tokenize", "typing",
           "unittest", "urllib", "uuid", "warnings", "zipfile", "asyncio", "enum", "dataclasses",
           "contextlib", "abc", "io", "os", "glob", "fnmatch", "bisect", "calendar", "codecs")


def corpus() -> list[str]:
    import importlib
    import inspect

    words = []
    for name in MODULES:
        module = importlib.import_module(name)
        texts = [module.__doc__ or ""]
        texts += [inspect.getdoc(obj) or "" for _, obj in sorted(vars(module).items())
                  if (inspect.isfunction(obj) or inspect.isclass(obj))
                  and getattr(obj, "__module__", "") == name]
        for text in texts:
            for line in text.splitlines():
                if line.strip():
                    words += line.split() + ["<eos>"]
    return words


def run() -> None:
    import argparse
    import math
    import time

    import torch
    from torch import nn

    parser = argparse.ArgumentParser(description="PyTorch word-level LSTM language model")
    parser.add_argument("--model", default="LSTM")
    parser.add_argument("--emsize", type=int, default=64)
    parser.add_argument("--nhid", type=int, default=96)
    parser.add_argument("--nlayers", type=int, default=1)
    parser.add_argument("--lr", type=float, default=20.0)
    parser.add_argument("--clip", type=float, default=0.25)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch_size", type=int, default=20)
    parser.add_argument("--bptt", type=int, default=25)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1111)
    parser.add_argument("--log-interval", type=int, default=40)
    args = parser.parse_args([])
    print(args, flush=True)
    torch.manual_seed(args.seed)
    truth = Truth()

    words = corpus()
    vocab = {w: i for i, w in enumerate(sorted(set(words)))}
    ids = torch.tensor([vocab[w] for w in words])
    n = len(ids)
    splits = {"train": ids[: int(n * 0.8)], "valid": ids[int(n * 0.8): int(n * 0.9)],
              "test": ids[int(n * 0.9):]}

    def batchify(data, bsz):
        nbatch = data.size(0) // bsz
        return data[: nbatch * bsz].view(bsz, -1).t().contiguous()

    train_data = batchify(splits["train"], args.batch_size)
    val_data, test_data = batchify(splits["valid"], 10), batchify(splits["test"], 10)

    class RNNModel(nn.Module):
        def __init__(self, ntoken):
            super().__init__()
            self.drop = nn.Dropout(args.dropout)
            self.encoder = nn.Embedding(ntoken, args.emsize)
            self.rnn = nn.LSTM(args.emsize, args.nhid, args.nlayers)
            self.decoder = nn.Linear(args.nhid, ntoken)

        def forward(self, x, hidden):
            out, hidden = self.rnn(self.drop(self.encoder(x)), hidden)
            return self.decoder(self.drop(out)).view(-1, self.decoder.out_features), hidden

        def init_hidden(self, bsz):
            zeros = torch.zeros(args.nlayers, bsz, args.nhid)
            return zeros, zeros.clone()

    model = RNNModel(len(vocab))
    criterion = nn.NLLLoss()

    def get_batch(source, i):
        seq_len = min(args.bptt, len(source) - 1 - i)
        return source[i:i + seq_len], source[i + 1:i + 1 + seq_len].reshape(-1)

    def evaluate(data_source):
        model.eval()
        total, hidden = 0.0, model.init_hidden(data_source.size(1))
        with torch.no_grad():
            for i in range(0, data_source.size(0) - 1, args.bptt):
                data, targets = get_batch(data_source, i)
                output, hidden = model(data, hidden)
                total += len(data) * criterion(torch.log_softmax(output, -1), targets).item()
        return total / (len(data_source) - 1)

    lr, best_val_loss = args.lr, None
    for epoch in range(1, args.epochs + 1):
        epoch_start_time = time.time()
        model.train()
        total_loss, start_time = 0.0, time.time()
        hidden = model.init_hidden(args.batch_size)
        n_batches = len(train_data) // args.bptt
        for batch, i in enumerate(range(0, train_data.size(0) - 1, args.bptt)):
            data, targets = get_batch(train_data, i)
            hidden = tuple(h.detach() for h in hidden)
            model.zero_grad()
            output, hidden = model(data, hidden)
            loss = criterion(torch.log_softmax(output, -1), targets)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
            with torch.no_grad():
                for p in model.parameters():
                    p.add_(p.grad, alpha=-lr)
            total_loss += loss.item()
            if batch % args.log_interval == 0 and batch > 0:
                cur_loss = total_loss / args.log_interval
                elapsed = time.time() - start_time
                print("| epoch {:3d} | {:5d}/{:5d} batches | lr {:02.2f} | ms/batch {:5.2f} | "
                      "loss {:5.2f} | ppl {:8.2f}".format(
                          epoch, batch, n_batches, lr, elapsed * 1000 / args.log_interval,
                          cur_loss, math.exp(cur_loss)), flush=True)
                truth.add(lr=lr, loss=cur_loss, ppl=math.exp(cur_loss))
                total_loss, start_time = 0.0, time.time()
        val_loss = evaluate(val_data)
        print("-" * 89)
        print("| end of epoch {:3d} | time: {:5.2f}s | valid loss {:5.2f} | "
              "valid ppl {:8.2f}".format(epoch, time.time() - epoch_start_time, val_loss,
                                         math.exp(val_loss)))
        print("-" * 89, flush=True)
        truth.add(epoch, **{"valid loss": val_loss, "valid ppl": math.exp(val_loss)})
        if best_val_loss is None or val_loss < best_val_loss:
            best_val_loss = val_loss
        else:
            lr /= 4.0
    test_loss = evaluate(test_data)
    print("=" * 89)
    print("| End of training | test loss {:5.2f} | test ppl {:8.2f}".format(
        test_loss, math.exp(test_loss)))
    print("=" * 89, flush=True)
    truth.add(**{"test loss": test_loss, "test ppl": math.exp(test_loss)})
    truth.write("the loop's own numbers: interval mean of the batch losses (loss) and its exp "
                "(ppl), the interval's lr, no step; evaluate() on the validation split after "
                "each epoch at the epoch, and on the test split; the Namespace = params",
                libraries=("torch",), params=vars(args),
                rel=1e-6, abs_tol=5.1e-3)  # printed with 2 decimals


if __name__ == "__main__":
    main(__file__, {"torch-wlm": run}, root=HELDOUT8)
