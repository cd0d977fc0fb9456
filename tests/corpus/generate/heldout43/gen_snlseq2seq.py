"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written batched GRU encoder-decoder printing as snlpatel001213/snlpatel001213_old.github.io
``_posts/2018-11-18-translation-using-batched-seq2seq.md`` (``train_it`` with ``test=True``):
every so many iterations ``print("Iteration : ", iteration, " _______ ","Loss : ", loss )``
where ``loss`` is a tensor with its ``grad_fn`` (print's separators), then ``testify()``
printing ``- Input : ``, ``- Target : ``, ``- Predicted : `` lines for two random samples.
The original prints every 1000 iterations of 10000; here every 100 of 1500, on a toy
"translation" (reverse a digit sequence and map each digit to a word), batch size 32, RMSprop.

Truth: ``Loss`` at the printed iteration (the tensor's value, four decimals).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import random

    import torch
    import torch.nn as nn

    torch.manual_seed(28)
    random.seed(28)
    words_in = [str(i) for i in range(10)]
    words_out = "zero one two three four five six seven eight nine".split()
    SOS, EOS = 10, 11
    V, L, H = 12, 5, 64
    in_words, out_words = words_in + ["SOS", "EOS"], words_out + ["SOS", "EOS"]

    def random_batch(bs):
        src = torch.randint(0, 10, (bs, L))
        tgt = torch.cat([src.flip(1), torch.full((bs, 1), EOS)], 1)
        return torch.cat([src, torch.full((bs, 1), EOS)], 1), tgt

    emb_e, emb_d = nn.Embedding(V, H), nn.Embedding(V, H)
    enc, dec = nn.GRU(H, H), nn.GRU(H, H)
    out = nn.Sequential(nn.Linear(H, V), nn.LogSoftmax(dim=1))
    params = [*emb_e.parameters(), *emb_d.parameters(), *enc.parameters(), *dec.parameters(),
              *out.parameters()]
    optimizer = torch.optim.RMSprop(params, lr=1e-3, momentum=0.9)
    NLL = nn.NLLLoss()

    def run_batch(inp, tgt, teacher=True):
        bs = inp.shape[0]
        _, h = enc(emb_e(inp.T))
        x = torch.full((bs,), SOS)
        loss, preds = 0, []
        for di in range(tgt.shape[1]):
            o, h = dec(emb_d(x)[None], h)
            logp = out(o[0])
            loss = loss + NLL(logp, tgt[:, di])
            preds.append(logp.argmax(1))
            x = tgt[:, di] if teacher else logp.argmax(1)
        return loss, torch.stack(preds, 1)

    def testify(batch_size=2):
        inp, tgt = random_batch(batch_size)
        with torch.no_grad():
            _, pred = run_batch(inp, tgt, teacher=False)
        for i, t, p in zip(inp, tgt, pred):
            print("- Input : ", " ".join(in_words[int(c)] for c in i))
            print("- Target : ", " ".join(out_words[int(c)] for c in t))
            print("- Predicted : ", " ".join(out_words[int(c)] for c in p))

    truth = Truth()
    for iteration in range(1500):
        inp, tgt = random_batch(32)
        loss, _ = run_batch(inp, tgt)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if iteration % 100 == 0:
            print("Iteration : ", iteration, " _______ ", "Loss : ", loss)
            truth.add(at=iteration, Loss=loss.item())
            testify()
    truth.write("the iteration's summed per-position loss", libraries=("torch",), rel=1e-4,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"snlseq2seq": run}, root=HELDOUT43)
