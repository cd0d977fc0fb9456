"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A binary classifier printing as dohyeoplim/breathing-phase-classifier ``src/train.py`` with
``src/utils/display.py``: Rich console lines with markup (``🐶 Training started...``, ``⚙️
Epoch {i} Summary``, ``Average Training Loss: {:.4f}``, ``✅ Validation Accuracy: {:.4f}``,
``Probability range: {:.3f}–{:.3f}``, ``✅ Best model saved with accuracy: {:.4f}``, ``⚠️ ⏹️
Early stopping. Best Validation Accuracy: {:.4f}``) and a ``tqdm(iterable, desc="📦 Epoch {i}",
ncols=80, leave=True)`` bar whose postfix is set every batch to ``{"Loss": f"{..:.4f}", "LR":
f"{lr:.6f}"}``. Rich colours only on a terminal, so the pipe capture differs. Here: a small
MLP with the script's label-smoothed, class-weighted BCE, gradient accumulation over 2 batches,
AdamW and ReduceLROnPlateau (without the ``verbose`` argument, gone from current PyTorch) on a
synthetic two-class "breathing" feature set; 4 epochs of 5 batches. The index's version of
``display.py`` has no ``count_parameters``, so nothing is printed for it.

Truth: ``Loss`` (each batch's postfix) at the bar's epoch; ``Average Training Loss`` and
``val/Accuracy`` (``Validation Accuracy``) at the epoch of the ``Summary`` line above. ``LR``
(postfix), the probability range and the best-so-far accuracy are optional.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from rich.console import Console
    from tqdm import tqdm

    console = Console()
    torch.manual_seed(21)
    g = torch.Generator().manual_seed(21)
    n = 200
    labels = (torch.rand(n, generator=g) < 0.4).float()
    feats = torch.randn(n, 12, generator=g) + labels[:, None] * 0.8
    tr_x, tr_y, va_x, va_y = feats[:160], labels[:160], feats[160:], labels[160:]
    pos_weight = torch.tensor((tr_y == 0).sum().item() / max((tr_y == 1).sum().item(), 1))
    model = nn.Sequential(nn.Linear(12, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-3)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='max', factor=0.5,
                                                           patience=3, min_lr=1e-6)

    def criterion(logits, targets):
        targets = targets * (1.0 - 0.05) + 0.5 * 0.05
        return F.binary_cross_entropy_with_logits(logits, targets, pos_weight=pos_weight)

    truth = Truth()
    console.print("[bold cyan]🐶 Training started...[/bold cyan]")
    best_validation_accuracy, patience, patience_counter, min_delta = 0.0, 7, 0, 0.001
    accumulation_steps = 2
    for epoch_index in range(1, 5):
        model.train()
        total_loss = 0.0
        optimizer.zero_grad()
        perm = torch.randperm(160, generator=g)
        loader = [(tr_x[perm[i:i + 32]], tr_y[perm[i:i + 32]]) for i in range(0, 160, 32)]
        progress = tqdm(loader, desc=f"📦 Epoch {epoch_index}", ncols=80, leave=True)
        for batch_idx, (features, y) in enumerate(progress):
            outputs = model(features).squeeze()
            loss = criterion(outputs, y) / accumulation_steps
            loss.backward()
            if (batch_idx + 1) % accumulation_steps == 0:
                torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
                optimizer.step()
                optimizer.zero_grad()
            total_loss += loss.item() * accumulation_steps
            current_lr = optimizer.param_groups[0]['lr']
            progress.set_postfix({"Loss": f"{loss.item() * accumulation_steps:.4f}",
                                  "LR": f"{current_lr:.6f}"})
            truth.add(at=epoch_index, Loss=loss.item() * accumulation_steps)
            truth.allow(LR=current_lr)
        if (batch_idx + 1) % accumulation_steps != 0:
            optimizer.step()
            optimizer.zero_grad()
        average_loss = total_loss / len(loader)
        console.print(f"[bold blue]⚙️ Epoch {epoch_index} Summary[/bold blue]")
        console.print(f"[green]Average Training Loss:[/green] {average_loss:.4f}")
        model.eval()
        with torch.no_grad():
            probs = torch.sigmoid(model(va_x).squeeze())
            accuracy = ((probs > 0.5).float() == va_y).float().mean().item()
        min_prob, max_prob = probs.min().item(), probs.max().item()
        console.print(f"[bold green]✅ Validation Accuracy:[/bold green] {accuracy:.4f}")
        console.print(f"[dim]Probability range: {min_prob:.3f}–{max_prob:.3f}[/dim]")
        truth.add(at=epoch_index, **{"Average Training Loss": average_loss, "val/Accuracy": accuracy})
        truth.allow(**{"Probability range": min_prob})
        truth.allow(**{"Probability range": max_prob})
        scheduler.step(accuracy)
        if accuracy > best_validation_accuracy + min_delta:
            best_validation_accuracy = accuracy
            console.print(f"[bold green]✅ Best model saved with accuracy: {best_validation_accuracy:.4f}[/bold green]")
            truth.allow(**{"Best model saved with accuracy": best_validation_accuracy})
            patience_counter = 0
        else:
            patience_counter += 1
            if patience_counter >= patience:
                console.print(f"[bold yellow]⚠️ ⏹️ Early stopping. Best Validation Accuracy: {best_validation_accuracy:.4f}[/bold yellow]")
                break
    truth.write("the script's batch losses (bar postfix), epoch mean loss and validation accuracy",
                libraries=("torch", "tqdm", "rich"), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dohyeop": run}, root=HELDOUT56)
