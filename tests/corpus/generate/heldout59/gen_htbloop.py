"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A PyTorch classifier trained on numbered batches, printing as trop3n/infosec
``HackTheBox/htb-ai-red-teamer/applications_of_AI_infosec/foundations/pythonlibaries_section/
training_evaluation_ex.py``: every 10th batch ``f'Epoch [{epoch+1}/{epochs}], Batch
[{batch+1}/{num_batches}], Loss: {loss.item():.4f}'`` (the batch loss). The file's
``get_batch`` and model come from elsewhere in the course; here ``get_batch(batch)`` cuts the
``batch``-th slice of 30 rows from sklearn's digits and the model is a small MLP, Adam lr 0.001
as in the file, 40 batches a pass and 4 epochs (the file's 100 and 10, scaled down).

Truth: ``Loss`` at the printed epoch (the ``Batch`` counter restarts each epoch). The file's
``accuracy`` helper is defined but never called there, and prints nothing here.
"""

from _toy import digits, mlp
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    Xtr, ytr, _, _, _, _ = digits(seed=31)
    model = mlp(hidden=32, seed=31)
    truth = Truth()

    def get_batch(batch):
        return Xtr[batch * 30:(batch + 1) * 30], ytr[batch * 30:(batch + 1) * 30]

    optimizer = optim.Adam(model.parameters(), lr=0.001)
    loss_fn = nn.CrossEntropyLoss()
    epochs = 4
    num_batches = 40
    for epoch in range(epochs):
        for batch in range(num_batches):
            x_batch, y_batch = get_batch(batch)
            y_pred = model(x_batch)
            loss = loss_fn(y_pred, y_batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch % 10 == 0:
                print(f'Epoch [{epoch+1}/{epochs}], Batch [{batch+1}/{num_batches}], Loss: {loss.item():.4f}')
                truth.add(at=epoch + 1, Loss=loss.item())
    truth.write("the printed batches' loss.item()", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"htbloop": run}, root=HELDOUT59)
