"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A CBOW word-embedding model trained on a toy corpus, printing as
Spencer-L/CSCI499_NaturalLanguageforInteractiveAI ``hw2/train.py`` (a course's coding assignment
2): a tqdm bar ``Sentences`` while building (context, target) pairs, ``finished context target
transformation``, the four array shapes, ``print(model)``, then per epoch ``f"Epoch {epoch}"``,
a tqdm bar over the training batches, ``f"train loss : {train_loss} | train acc: {train_acc}"``
(unformatted floats, the accuracy from scikit-learn's ``accuracy_score``), every ``val_every``
epochs a tqdm bar over the validation batches, ``f"val loss : {val_loss} | val acc: {val_acc}"``
and ``print("saving word vec to ", word_vec_file)``, every ``save_every`` epochs
``print("saving model to ", ckpt_file)``. Nothing is written to disk, and the course's
``downstream_validation`` (analogy evaluation, starter code not read) is not run. Here: 400
Markov-chain sentences over a 60-word vocabulary, the file's context of two words each side,
an embedding-bag CBOW with 24 dimensions, SGD lr 0.5, batches of 32, 8 epochs, ``--val_every
2 --save_every 4``. The bars are on stderr and carry no numbers of their own.

Truth: ``train/loss`` and ``train/acc`` (``train loss``, ``train acc``) and ``val/loss`` and
``val/acc`` at the epoch of the ``Epoch N`` header above them (0-based, as printed).
"""

from _toy import markov_sentences
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import os

    import numpy as np
    import torch
    import tqdm
    from sklearn.metrics import accuracy_score
    from torch.utils.data import TensorDataset

    torch.manual_seed(4)
    truth = Truth()

    class args:
        outputs_dir, vocab_size, batch_size = "outputs", 64, 32
        word_vector_fn, num_epochs, val_every, save_every, learning_rate = (
            "learned_word_vectors.txt", 8, 2, 4, 0.5)

    class CBOW_Model(torch.nn.Module):
        def __init__(self, vocab_size, dim=24):
            super().__init__()
            self.emb = torch.nn.Embedding(vocab_size, dim)
            self.out = torch.nn.Linear(dim, vocab_size)

        def forward(self, x):
            return self.out(self.emb(x).mean(1))

    def setup_dataloader(args):
        sentences = markov_sentences(400, 60, seed=4)
        vocab = ["<pad>", "<start>", "<end>", "<unk>"] + [f"w{i}" for i in range(60)]
        vocab_to_index = {w: i for i, w in enumerate(vocab)}
        index_to_vocab = {i: w for w, i in vocab_to_index.items()}
        encoded_sentences = [[1] + [vocab_to_index[w] for w in s.split()] + [2] for s in sentences]
        X, Y = [], []
        for sentence in tqdm.tqdm(encoded_sentences, desc="Sentences"):
            for i in range(2, len(sentence) - 2):
                X.append([sentence[i + 2], sentence[i + 1], sentence[i - 1], sentence[i - 2]])
                label_encoding = np.zeros(args.vocab_size)
                label_encoding[sentence[i]] = 1
                Y.append(label_encoding)
                if sentence[i + 2] == vocab_to_index['<end>']:
                    break
        print("finished context target transformation")
        X, Y = np.array(X), np.array(Y)
        cut_off = int(len(X) * 0.9)
        x_train, y_train = X[:cut_off], Y[:cut_off]
        x_val, y_val = X[cut_off + 1:], Y[cut_off + 1:]
        print(x_train.shape, y_train.shape, x_val.shape, y_val.shape)
        train_loader = torch.utils.data.DataLoader(
            TensorDataset(torch.from_numpy(x_train), torch.from_numpy(y_train)),
            batch_size=args.batch_size, shuffle=True)
        val_loader = torch.utils.data.DataLoader(
            TensorDataset(torch.from_numpy(x_val), torch.from_numpy(y_val)),
            batch_size=args.batch_size, shuffle=True)
        return train_loader, val_loader, index_to_vocab

    def train_epoch(args, model, loader, optimizer, criterion, training=True):
        model.train()
        epoch_loss = 0.0
        pred_labels, target_labels = [], []
        for (inputs, labels) in tqdm.tqdm(loader):
            inputs, labels = inputs.long(), labels.float()
            pred_logits = model(inputs)
            loss = criterion(pred_logits.squeeze(), labels)
            if training:
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            epoch_loss += loss.item()
            pred_labels.extend(pred_logits.argmax(-1).cpu().numpy())
            target_labels.extend(labels.argmax(-1).cpu().numpy())
        acc = accuracy_score(pred_labels, target_labels)
        epoch_loss /= len(loader)
        return epoch_loss, acc

    def validate(args, model, loader, optimizer, criterion):
        model.eval()
        with torch.no_grad():
            return train_epoch(args, model, loader, optimizer, criterion, training=False)

    train_loader, val_loader, i2v = setup_dataloader(args)
    loaders = {"train": train_loader, "val": val_loader}
    model = CBOW_Model(args.vocab_size)
    print(model)
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.learning_rate)
    for epoch in range(args.num_epochs):
        print(f"Epoch {epoch}")
        train_loss, train_acc = train_epoch(args, model, loaders["train"], optimizer, criterion)
        print(f"train loss : {train_loss} | train acc: {train_acc}")
        truth.add(at=epoch, **{"train/loss": train_loss, "train/acc": train_acc})
        if epoch % args.val_every == 0:
            val_loss, val_acc = validate(args, model, loaders["val"], optimizer, criterion)
            print(f"val loss : {val_loss} | val acc: {val_acc}")
            truth.add(at=epoch, **{"val/loss": val_loss, "val/acc": val_acc})
            word_vec_file = os.path.join(args.outputs_dir, args.word_vector_fn)
            print("saving word vec to ", word_vec_file)
        if epoch % args.save_every == 0:
            ckpt_file = os.path.join(args.outputs_dir, "model.ckpt")
            print("saving model to ", ckpt_file)
    truth.write("train_epoch()'s mean batch loss and accuracy_score, as returned and printed",
                libraries=("torch", "scikit-learn", "tqdm"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"cbowhw2": run}, root=HELDOUT59)
