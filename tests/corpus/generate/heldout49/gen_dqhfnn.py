"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A classifier loop printing as 14091811/cifar10-dq-hfnn-reproduction ``train_cifar10.py`` (its
``RunLogger`` prints each message and tees it to a file): ``RunDir=...``, ``Experiment=... | Seed=...
| Device=cpu | Config=...``, per epoch ``f"Ep{epoch}: TrLoss={..:.4f} TrAcc={..*100:.2f}% |
VLoss={..:.4f} VAcc={..*100:.2f}% VP=..% VR=..% VS=..% VF1=..% | "`` + (the quantum and pooling
parts, empty here) + ``f" | Time={..:.1f}s"`` + ``" (Best)"`` when the validation accuracy improves,
and at the end ``json.dumps(result, indent=2)`` of the best epoch, the best validation accuracy and
the test metrics, including the test confusion matrix (one number per line). Here: a small MLP on
sklearn's digits (for the hybrid quantum-classical network on CIFAR-10), SGD with momentum and a
MultiStep schedule, 4 epochs of batches of 128; the test metrics from the best epoch's weights.

Truth: ``TrLoss``, ``TrAcc``, ``VLoss``, ``VAcc``, ``VP``, ``VR``, ``VS``, ``VF1`` (percentages as printed) at
the ``Ep`` number; the JSON result's ``best_validation_accuracy`` and ``test_loss``, ``test_accuracy``,
``test_macro_precision``, ``test_macro_recall``, ``test_macro_f1``, ``test_macro_specificity`` (fractions,
full precision) without a step. Optional: ``best_epoch``. The confusion matrix's counts are no
metric (no truth).
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import copy
    import json
    import time

    import torch

    Xtr, ytr, Xva, yva, Xte, yte = digits(seed=97)
    K = 10
    cfg = {"run_name": "dq_hfnn_cifar10", "seed": 97, "epochs": 4, "batch_size": 128,
           "learning_rate": 0.05, "momentum": 0.9, "weight_decay": 5e-4, "milestones": [3], "gamma": 0.1}
    print(f"RunDir=runs/dq_hfnn_cifar10_seed{cfg['seed']}")
    print(f"Experiment=dq_hfnn_cifar10 | Seed={cfg['seed']} | Device=cpu | Config=configs/cifar10.json")
    model = mlp(hidden=24, seed=97)
    optim = torch.optim.SGD(model.parameters(), lr=cfg["learning_rate"], momentum=cfg["momentum"],
                            weight_decay=cfg["weight_decay"])
    scheduler = torch.optim.lr_scheduler.MultiStepLR(optim, cfg["milestones"], cfg["gamma"])
    loss_fn = torch.nn.CrossEntropyLoss()
    truth = Truth()

    def evaluate(X, y):
        model.eval()
        with torch.no_grad():
            logits = model(X)
            loss = loss_fn(logits, y).item()
            pred = logits.argmax(1)
        conf = torch.bincount(y * K + pred, minlength=K * K).reshape(K, K)
        total = conf.sum().float(); tp = conf.diag().float()
        precision = tp / conf.sum(0).clamp_min(1)
        recall = tp / conf.sum(1).clamp_min(1)
        f1 = 2 * precision * recall / (precision + recall).clamp_min(1e-12)
        spec = (total - conf.sum(0).float() - conf.sum(1).float() + tp) / (total - conf.sum(1).float()).clamp_min(1)
        return {"loss": loss, "accuracy": (tp.sum() / total).item(), "macro_precision": precision.mean().item(),
                "macro_recall": recall.mean().item(), "macro_f1": f1.mean().item(),
                "macro_specificity": spec.mean().item(), "confusion_matrix": conf.tolist()}

    best, best_state, best_epoch = -1.0, None, None
    for epoch in range(1, cfg["epochs"] + 1):
        t0 = time.perf_counter()
        model.train()
        loss_sum = correct = total = 0
        for x, y in batches(Xtr, ytr, cfg["batch_size"], epoch):
            optim.zero_grad(set_to_none=True)
            logits = model(x)
            loss = loss_fn(logits, y)
            loss.backward(); optim.step()
            loss_sum += loss.item() * y.numel(); correct += (logits.argmax(1) == y).sum().item(); total += y.numel()
        vm = evaluate(Xva, yva)
        scheduler.step()
        is_best = vm["accuracy"] > best
        print(f"Ep{epoch}: TrLoss={loss_sum / total:.4f} TrAcc={correct / total * 100:.2f}% | "
              f"VLoss={vm['loss']:.4f} VAcc={vm['accuracy'] * 100:.2f}% "
              f"VP={vm['macro_precision'] * 100:.2f}% VR={vm['macro_recall'] * 100:.2f}% "
              f"VS={vm['macro_specificity'] * 100:.2f}% VF1={vm['macro_f1'] * 100:.2f}% | "
              + "" + f" | Time={time.perf_counter() - t0:.1f}s" + (" (Best)" if is_best else ""), flush=True)
        truth.add(at=epoch, TrLoss=loss_sum / total, TrAcc=correct / total * 100, VLoss=vm['loss'],
                  VAcc=vm['accuracy'] * 100, VP=vm['macro_precision'] * 100, VR=vm['macro_recall'] * 100,
                  VS=vm['macro_specificity'] * 100, VF1=vm['macro_f1'] * 100)
        if is_best:
            best, best_state, best_epoch = vm["accuracy"], copy.deepcopy(model.state_dict()), epoch
    model.load_state_dict(best_state)
    tm = evaluate(Xte, yte)
    result = {"best_epoch": best_epoch, "best_validation_accuracy": best, **{f"test_{k}": v for k, v in tm.items()}}
    print(json.dumps(result, indent=2), flush=True)
    truth.add(best_validation_accuracy=best, **{f"test_{k}": v for k, v in tm.items() if k != "confusion_matrix"})
    truth.allow(best_epoch=best_epoch)
    truth.write("the script's epoch metrics and JSON result", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dqhfnn": run}, root=HELDOUT49)
