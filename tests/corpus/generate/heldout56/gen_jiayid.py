"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A character RNN printing as JiayiD77/char-rnn ``char_rnn.py``: a block between rules of dashes
(``Preparing training data......``, ``Total number of characters in the text is: {n}``,
``Total number of unique characters is: {v}``, ``The unique characters are: [...]``), then
``Available device: cpu`` and, each epoch, two lines: ``Epoch: {epoch}`` and ``Loss:
{total_loss/n:.5f}``. Here: the script's Embedding -> RNN -> Linear (hidden 128, sequences of
64 from a random start under 200, Adam 1e-3) on a short English text, 10 epochs; the hidden
state is detached between chunks (the script keeps the graph with ``retain_graph=True``).

Truth: ``Loss`` at the epoch printed on the line above. The character counts are optional.
"""

from _toy import TEXT
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(77)
    text = TEXT * 8
    chars = sorted(list(set(text)))
    data_size, vocab_size = len(text), len(chars)
    print("-------------------------------------------------------------------")
    print("Preparing training data......")
    print(f"Total number of characters in the text is: {data_size}")
    print(f"Total number of unique characters is: {vocab_size}")
    print(f"The unique characters are: {chars}")
    print("-------------------------------------------------------------------")
    truth = Truth()
    truth.allow(**{"Total number of characters in the text is": data_size,
                   "Total number of unique characters is": vocab_size})
    c2i = {c: i for i, c in enumerate(chars)}
    data = torch.tensor([c2i[c] for c in text], dtype=torch.long)
    split = int(0.95 * len(data))
    train_data = torch.unsqueeze(data[:split], dim=1)
    hidden_size, seq_len, epochs = 128, 64, 10
    print("Available device: cpu")
    print("-------------------------------------------------------------------")

    class RNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(vocab_size, vocab_size)
            self.rnn = nn.RNN(input_size=vocab_size, hidden_size=hidden_size, num_layers=1)
            self.decoder = nn.Linear(hidden_size, vocab_size)

        def forward(self, x, h):
            out, h = self.rnn(self.embedding(x), h)
            return self.decoder(out), h

    rnn = RNN()
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(params=rnn.parameters(), lr=1e-3)
    for epoch in range(epochs):
        start_idx = int(torch.randint(0, 200, (1,)))
        n = 0
        total_loss = 0
        hidden_state = None
        while True:
            input_seq = train_data[start_idx:start_idx + seq_len]
            target_seq = train_data[start_idx + 1:start_idx + seq_len + 1]
            output_seq, hidden_state = rnn(input_seq, hidden_state)
            hidden_state = hidden_state.detach()
            loss = loss_fn(torch.squeeze(output_seq), torch.squeeze(target_seq))
            total_loss += loss.detach()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            start_idx += seq_len
            n += 1
            if start_idx + seq_len > len(train_data) - 1:
                break
        print(f"Epoch: {epoch}")
        print(f"Loss: {total_loss/n:.5f}")
        truth.add(at=epoch, Loss=(total_loss / n).item())
    truth.write("the script's epoch mean loss", libraries=("torch",), rel=1e-6, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"jiayid": run}, root=HELDOUT56)
