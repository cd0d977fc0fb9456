"""A hand-written PyTorch loop printing the way people print from PyTorch: a ``config ...``
line first (``config epochs=6 batch_size=32 lr=0.003 seed=0``), a tensor printed as it is
(``step 4: loss tensor(0.6815, grad_fn=<NllLossBackward0>)``, ``val acc: tensor(0.8125)``), an
epoch prefix ``[ep 01/06] train_loss=0.6512 val_loss=0.6633 lr=3.00e-03``, per-phase lines led
by the phase (``  train | loss 0.6512 | acc 0.6250``, ``  valid | loss ...``) and a closing
``RESULT auc=0.9321``.

Truth: the values of the model's own tensors (``.item()``) and of scikit-learn's
`roc_auc_score`, as printed; the phase lines' as ``train/loss``, ``val/acc`` (the judge takes
``valid`` and ``val`` as one phase; ``val acc`` and ``val/acc`` are one name); the scheduled
``lr`` from the optimizer. Steps: the ``step N:`` of the loss lines, the epoch of ``[ep 01/06]``
(as printed, 1-based), the step keys themselves optional. Params: the ``config`` line's values,
none of which is a metric (its ``lr`` is not a point of the ``lr`` series).
"""

from _capture import Truth, main

CONFIG = {"epochs": 6, "batch_size": 32, "lr": 0.003, "seed": 0}
LOG_EVERY = 4


def train() -> None:
    import torch
    from sklearn.metrics import roc_auc_score

    torch.manual_seed(CONFIG["seed"])
    print("config " + " ".join(f"{k}={v}" for k, v in CONFIG.items()))
    x = torch.randn(448, 8)
    y = (x[:, 0] - x[:, 2] + 0.5 * torch.randn(448) > 0).long()
    x_train, y_train, x_val, y_val = x[:320], y[:320], x[320:], y[320:]
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Tanh(), torch.nn.Linear(16, 2))
    optimizer = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    loss_fn = torch.nn.CrossEntropyLoss()
    truth = Truth()
    step, epochs = 0, CONFIG["epochs"]
    for epoch in range(1, epochs + 1):
        lr = optimizer.param_groups[0]["lr"]
        model.train()
        for i in range(0, len(x_train), CONFIG["batch_size"]):
            loss = loss_fn(model(x_train[i:i + CONFIG["batch_size"]]),
                           y_train[i:i + CONFIG["batch_size"]])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1
            if step % LOG_EVERY == 0:
                print(f"step {step}: loss", loss)
                truth.add(step, loss=loss.item())
                truth.allow(step=step)
        scheduler.step()
        model.eval()
        with torch.no_grad():
            train_logits, val_logits = model(x_train), model(x_val)
            train_loss, val_loss = loss_fn(train_logits, y_train), loss_fn(val_logits, y_val)
            train_acc = (train_logits.argmax(1) == y_train).float().mean()
            val_acc = (val_logits.argmax(1) == y_val).float().mean()
        print(f"[ep {epoch:02d}/{epochs:02d}] train_loss={train_loss:.4f} "
              f"val_loss={val_loss:.4f} lr={lr:.2e}")
        truth.add(epoch, train_loss=train_loss.item(), val_loss=val_loss.item(), lr=lr)
        truth.allow(ep=epoch)
        print(f"  train | loss {train_loss:.4f} | acc {train_acc:.4f}")
        truth.add(**{"train/loss": train_loss.item(), "train/acc": train_acc.item()})
        print(f"  valid | loss {val_loss:.4f} | acc {val_acc:.4f}")
        truth.add(**{"val/loss": val_loss.item(), "val/acc": val_acc.item()})
        print("val acc:", val_acc)
        truth.add(**{"val acc": val_acc.item()})
    with torch.no_grad():
        scores = torch.softmax(model(x_val), 1)[:, 1]
    auc = roc_auc_score(y_val.numpy(), scores.numpy())
    print(f"RESULT auc={auc:.4f}")
    truth.add(auc=auc)
    truth.write("the model's tensors (.item()), the optimizer's lr and roc_auc_score, as "
                "printed; step = 'step N:' or the epoch of '[ep NN/NN]'; params = the config "
                "line", libraries=("torch", "scikit-learn"), params=CONFIG, rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"plain-torch": train})
