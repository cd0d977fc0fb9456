"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ChelaLorenchia/Sentiment-Analysis ``train.py``: ``"\\n===
Contoh Statement dan Sequence ===\\n"`` with ``f"Statement: ..."``/``f"Sequence: [...]"`` pairs,
``"\\n=== Model Architecture & Layer Output Shapes ==="`` with the layer shapes, per epoch
``f"Epoch {epoch+1}, Loss: {total_loss/len(train_loader):.4f}"``, ``"Model berhasil disimpan di
'model/model.pth'"``, then ``"\\n======= Evaluasi Model di Data TEST ======="``, scikit-learn's
``classification_report`` for Negative/Neutral/Positive, ``"Confusion Matrix:"`` with the
matrix, and ``print("Accuracy:", accuracy_score(...))``. Here: an embedding + LSTM classifier on
made-up three-class "comments" (token ids drawn with class-dependent frequencies), Adam, 10
epochs of 8 batches of 16, 96 test comments.

Truth: ``Loss`` at the printed epoch; the report as ``Negative/precision``, ``Negative/recall``,
``Negative/f1-score``, ... , ``accuracy``, ``macro avg/...``, ``weighted avg/...`` (supports
optional, under the same row names); ``Accuracy`` (the final unformatted line; the report's
``accuracy`` row is the same name, judged without case: two values).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix,
                                 precision_recall_fscore_support)

    torch.manual_seed(22)
    g = torch.Generator().manual_seed(22)
    MAX_WORDS, MAX_LEN = 50, 12

    def make(n):
        labels = torch.randint(0, 3, (n,), generator=g)
        probs = torch.ones(3, MAX_WORDS)
        for c in range(3):
            probs[c, 5 + c * 10:15 + c * 10] = 4.0
        texts = torch.stack([torch.multinomial(probs[c], MAX_LEN, replacement=True,
                                               generator=g) for c in labels])
        return texts, labels

    train_texts, train_labels = make(128)
    test_texts, test_labels = make(96)
    print("\n=== Contoh Statement dan Sequence ===\n")
    for i in range(3):
        tokens = [t for t in train_texts[i].tolist() if t > 1]
        print(f"Statement: {' '.join('w%d' % t for t in tokens)}")
        print(f"Sequence: {tokens}")
        print()

    class LSTMSentiment(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(MAX_WORDS, 16)
            self.lstm = nn.LSTM(16, 24, batch_first=True)
            self.fc = nn.Linear(24, 3)

        def forward(self, x):
            _, (hidden, _) = self.lstm(self.embedding(x))
            return self.fc(hidden[-1])

    model = LSTMSentiment()
    x = torch.randint(0, MAX_WORDS, (1, MAX_LEN))
    print("\n=== Model Architecture & Layer Output Shapes ===")
    print(f"Input shape: {x.shape}")
    x = model.embedding(x)
    print(f"After Embedding: {x.shape}")
    output, (hidden, cell) = model.lstm(x)
    print(f"After LSTM Output: {output.shape}")
    print(f"LSTM Hidden State: {hidden[-1].shape}")
    print(f"After Dense Layer: {model.fc(hidden[-1]).shape}")
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(10):
        model.train()
        total_loss = 0
        order = torch.randperm(128, generator=g)
        train_loader = [order[i:i + 16] for i in range(0, 128, 16)]
        for j in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(train_texts[j]), train_labels[j])
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        print(f"Epoch {epoch+1}, Loss: {total_loss/len(train_loader):.4f}")
        truth.add(at=epoch + 1, Loss=total_loss / len(train_loader))
    print("Model berhasil disimpan di 'model/model.pth'")
    model.eval()
    with torch.no_grad():
        all_preds = model(test_texts).argmax(1).tolist()
    all_labels = test_labels.tolist()
    names = ['Negative', 'Neutral', 'Positive']
    print("\n======= Evaluasi Model di Data TEST =======")
    print(classification_report(all_labels, all_preds, target_names=names))
    p, r, f, s = precision_recall_fscore_support(all_labels, all_preds)
    for k, name in enumerate(names):
        truth.add(**{f"{name}/precision": p[k], f"{name}/recall": r[k], f"{name}/f1-score": f[k]})
        truth.allow(**{f"{name}/support": s[k]})
    acc = accuracy_score(all_labels, all_preds)
    truth.add(accuracy=acc)
    truth.allow(**{"accuracy/support": len(all_labels)})
    for avg in ("macro", "weighted"):
        p, r, f, _ = precision_recall_fscore_support(all_labels, all_preds, average=avg)
        truth.add(**{f"{avg} avg/precision": p, f"{avg} avg/recall": r,
                     f"{avg} avg/f1-score": f})
        truth.allow(**{f"{avg} avg/support": len(all_labels)})
    print("Confusion Matrix:")
    print(confusion_matrix(all_labels, all_preds))
    print("Accuracy:", acc)
    truth.add(Accuracy=acc)
    truth.write("the script's epoch losses and scikit-learn's test metrics",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"sentiment": run}, root=HELDOUT44)
