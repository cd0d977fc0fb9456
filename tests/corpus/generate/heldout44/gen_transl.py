"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Cheikhfall03/transformer_translation ``train.py``:
``f'Max lenght of sources sentences:{max_len_src}'`` and ``f'Max lenght of target
sentences:{max_len_tgt}'`` printed for every item of the raw dataset (inside its loop, as in the
original), then per epoch a tqdm bar described ``f'Processing epoch{epoch:02d}'`` with
``set_postfix({f'loss':f'{loss.item():6.3f}'})`` each batch, and after each batch
``run_validation`` writing through ``batch_iterator.write`` a rule of 80 dashes and
``f'SOURCE:{...}'``, ``f'TARGET:{...}'``, ``f'PREDICTED:{...}'`` for two validation examples.
Here: a tiny transformer (``nn.Transformer``, d_model 16) learning to reverse 4-token "sentences"
of a made-up vocabulary, 12 training and 4 validation pairs, batch 4, 4 epochs, greedy
decoding.

Truth: the bar's ``loss`` at each postfix state, at the epoch its description states (glued:
``epoch00`` is epoch 0); the sentence lengths optional (counts).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import random

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    random.seed(11)
    torch.manual_seed(11)
    words = "ka lo mi su te ra no vi".split()
    vocab = ["[UNK]", "[PAD]", "[SOS]", "[EOS]"] + words
    tok = {w: i for i, w in enumerate(vocab)}
    pairs = []
    for _ in range(16):
        src = random.sample(words, 4)
        pairs.append((" ".join(src), " ".join(reversed(src))))
    truth = Truth()
    for src, tgt in pairs:
        print(f'Max lenght of sources sentences:{len(src.split())}')
        print(f'Max lenght of target sentences:{len(tgt.split())}')
        truth.allow(**{"Max lenght of sources sentences": len(src.split()),
                       "Max lenght of target sentences": len(tgt.split())})
    train, val = pairs[:12], pairs[12:]
    d = 16
    emb = nn.Embedding(len(vocab), d)
    tf = nn.Transformer(d, nhead=2, num_encoder_layers=1, num_decoder_layers=1,
                        dim_feedforward=32, dropout=0.0, batch_first=True)
    proj = nn.Linear(d, len(vocab))
    params = list(emb.parameters()) + list(tf.parameters()) + list(proj.parameters())
    optimizer = torch.optim.Adam(params, lr=1e-2, eps=1e-9)
    loss_fn = nn.CrossEntropyLoss(ignore_index=tok['[PAD]'], label_smoothing=0.1)
    pos = nn.Parameter(torch.randn(6, d) * 0.1, requires_grad=False)

    def ids(s):
        return [tok[w] for w in s.split()]

    def forward(src, dec):
        mask = nn.Transformer.generate_square_subsequent_mask(dec.size(1))
        out = tf(emb(src) + pos[:src.size(1)], emb(dec) + pos[:dec.size(1)], tgt_mask=mask)
        return proj(out)

    def greedy(src):
        dec = torch.tensor([[tok['[SOS]']]])
        while dec.size(1) < 6:
            nxt = forward(src, dec)[:, -1].argmax(-1)
            dec = torch.cat([dec, nxt[:, None]], 1)
            if nxt.item() == tok['[EOS]']:
                break
        return " ".join(vocab[i] for i in dec[0, 1:].tolist() if i >= 4)

    def run_validation(print_msg, num_examples=2):
        with torch.no_grad():
            for count, (src, tgt) in enumerate(val, 1):
                out = greedy(torch.tensor([ids(src)]))
                print_msg('-' * 80)
                print_msg(f'SOURCE:{src}')
                print_msg(f'TARGET:{tgt}')
                print_msg(f'PREDICTED:{out}')
                if count == num_examples:
                    break

    for epoch in range(4):
        random.shuffle(train)
        batch_list = [train[i:i + 4] for i in range(0, len(train), 4)]
        batch_iterator = tqdm(batch_list, desc=f'Processing epoch{epoch:02d}')
        for batch in batch_iterator:
            src = torch.tensor([ids(s) for s, _ in batch])
            tgt = [ids(t) for _, t in batch]
            dec = torch.tensor([[tok['[SOS]']] + t for t in tgt])
            label = torch.tensor([t + [tok['[EOS]']] for t in tgt])
            logits = forward(src, dec)
            loss = loss_fn(logits.view(-1, len(vocab)), label.view(-1))
            batch_iterator.set_postfix({f'loss': f'{loss.item():6.3f}'})
            truth.add(at=epoch, loss=loss.item())
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            run_validation(lambda msg: batch_iterator.write(msg))
    truth.write("the script's batch losses", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"transl": run}, root=HELDOUT44)
