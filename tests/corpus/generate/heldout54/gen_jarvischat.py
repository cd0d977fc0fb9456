"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A bag-of-words intent classifier printing as Hezy4/JarvisTorch ``train.py``: ``N patterns``,
``N tag: [...]``, ``N unique stemmed words: [...]``, the input and output sizes, every 100 epochs
``f'Epoch [{epoch+1}/{num_epochs}], Loss: {loss.item():.4f}'`` (the last batch's loss),
``f'final loss: {loss.item():.4f}'`` and ``training complete. file saved to data.pth`` (no file
here). The original reads an intents JSON and stems with NLTK; here a small inline intents list,
a crude suffix stemmer, the same 8-unit network, batch 8, 1000 epochs.

Truth: ``Loss`` at the printed epoch, and ``final loss`` (no step; the last epoch's loss again).
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    intents = {"greeting": ["Hi there", "Hello Jarvis", "Good morning", "Hey, how are you?"],
               "goodbye": ["Bye", "See you later", "Goodbye Jarvis", "I am leaving now"],
               "weather": ["What is the weather", "Is it raining today?", "Will it be sunny",
                           "Weather forecast please"],
               "music": ["Play some music", "Play a song", "Turn on the radio", "Next track"],
               "time": ["What time is it?", "Tell me the time", "Current time please"]}
    all_words, tags, xy = [], [], []
    for tag, patterns in intents.items():
        tags.append(tag)
        for pattern in patterns:
            w = pattern.replace("?", " ?").replace(",", " ,").split()
            all_words.extend(w)
            xy.append((w, tag))

    def stem(w):
        w = w.lower()
        for suf in ("ing", "ly", "s"):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                return w[:-len(suf)]
        return w

    ignore_words = ['?', '.', '!', ',']
    all_words = sorted(set(stem(w) for w in all_words if w not in ignore_words))
    tags = sorted(set(tags))
    print(len(xy), "patterns")
    print(len(tags), "tag:", tags)
    print(len(all_words), "unique stemmed words:", all_words)
    X_train = np.array([[1.0 if w in {stem(t) for t in s} else 0.0 for w in all_words]
                        for s, _ in xy], dtype=np.float32)
    y_train = np.array([tags.index(t) for _, t in xy])
    num_epochs, batch_size, learning_rate, hidden_size = 1000, 8, 0.001, 8
    input_size, output_size = len(X_train[0]), len(tags)
    print(input_size, output_size)
    torch.manual_seed(16)
    model = nn.Sequential(nn.Linear(input_size, hidden_size), nn.ReLU(),
                          nn.Linear(hidden_size, hidden_size), nn.ReLU(),
                          nn.Linear(hidden_size, output_size))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    X, Y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(16)
    truth = Truth()
    for epoch in range(num_epochs):
        order = torch.randperm(len(X), generator=g)
        for i in range(0, len(X), batch_size):
            j = order[i:i + batch_size]
            loss = criterion(model(X[j]), Y[j])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        if (epoch + 1) % 100 == 0:
            print(f'Epoch [{epoch+1}/{num_epochs}], Loss: {loss.item():.4f}')
            truth.add(at=epoch + 1, Loss=loss.item())
    print(f'final loss: {loss.item():.4f}')
    truth.add(**{"final loss": loss.item()})
    print('training complete. file saved to data.pth')
    truth.write("the script's batch loss", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"jarvischat": run}, root=HELDOUT54)
