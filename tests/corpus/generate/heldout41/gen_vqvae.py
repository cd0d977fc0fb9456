"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch VQ-VAE loop printing as 02hyc/VQ-VAE ``trainer.py``: per epoch a tqdm
bar described ``Epoch 1/8 - Training`` with the postfix ``loss=0.123`` (set every batch; the bar
is kept), then ``Epoch 1/8 - Validation Loss: 0.0456``. Here: a small convolutional VQ-VAE
(a 32-entry codebook of 8-dimensional codes, straight-through gradients, the original's loss:
reconstruction + codebook + 0.25 commitment) on sklearn's 8x8 digits, Adam, batches of 64, 8
epochs (the original: CelebA, 10 epochs, with wandb logging, left out).

Truth: ``val/Loss`` (``Validation Loss``) at the printed epoch; the bar's ``loss`` as
``train/loss`` (its description names the phase, after the epoch counter): each bar's last
state (kept) is a point without step, its earlier states are optional.
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    X, _ = digit_images(seed=23)
    X = X * 2 - 1
    train_dataset, val_dataset = X[:1280], X[1280:1600]

    class VQVAE(nn.Module):
        def __init__(self, num_embeddings=32, embedding_dim=8):
            super().__init__()
            self.encoder = nn.Sequential(nn.Conv2d(1, 16, 4, 2, 1), nn.ReLU(),
                                         nn.Conv2d(16, embedding_dim, 3, 1, 1))
            self.codebook = nn.Embedding(num_embeddings, embedding_dim)
            self.codebook.weight.data.uniform_(-1 / num_embeddings, 1 / num_embeddings)
            self.decoder = nn.Sequential(nn.ConvTranspose2d(embedding_dim, 16, 4, 2, 1),
                                         nn.ReLU(), nn.Conv2d(16, 1, 3, 1, 1), nn.Tanh())

        def forward(self, x):
            encoder_output = self.encoder(x)
            flat = encoder_output.permute(0, 2, 3, 1).reshape(-1, encoder_output.shape[1])
            idx = torch.cdist(flat, self.codebook.weight).argmin(1)
            ori_quantized = self.codebook(idx).view(encoder_output.shape[0], 4, 4, -1) \
                .permute(0, 3, 1, 2)
            quantized = encoder_output + (ori_quantized - encoder_output).detach()
            return encoder_output, quantized, ori_quantized, self.decoder(quantized)

    def custom_loss_function(inp, output, ori_quantized, encoder_output):
        reconstruction_loss = torch.mean((output - inp) ** 2)
        quantized_loss = torch.mean((ori_quantized.detach() - encoder_output) ** 2)
        commitment_loss = torch.mean((encoder_output.detach() - ori_quantized) ** 2)
        return reconstruction_loss + quantized_loss + 0.25 * commitment_loss

    torch.manual_seed(23)
    vqvae_model = VQVAE()
    optimizer = torch.optim.Adam(vqvae_model.parameters(), lr=2e-3)
    num_epochs, best_loss, truth = 8, float('inf'), Truth()
    for epoch in range(num_epochs):
        vqvae_model.train()
        order = torch.randperm(len(train_dataset), generator=torch.Generator().manual_seed(epoch))
        train_dataloader = [train_dataset[order[i:i + 64]] for i in range(0, 1280, 64)]
        states = []
        with tqdm(train_dataloader, desc=f"Epoch {epoch+1}/{num_epochs} - Training") as pbar:
            for data in pbar:
                optimizer.zero_grad()
                encoder_output, quantized, ori_quantized, output = vqvae_model(data)
                loss = custom_loss_function(data, output, ori_quantized, encoder_output)
                loss.backward()
                optimizer.step()
                pbar.set_postfix(loss=loss.item())
                states.append(loss.item())
        truth.add(**{"train/loss": states[-1]})
        for v in states[:-1]:
            truth.allow(**{"train/loss": v})
        vqvae_model.eval()
        val_loss, num_batches = 0, 5
        with torch.no_grad():
            for i in range(0, 320, 64):
                data = val_dataset[i:i + 64]
                encoder_output, quantized, ori_quantized, output = vqvae_model(data)
                val_loss += custom_loss_function(data, output, quantized, encoder_output).item()
        if val_loss < best_loss:
            best_loss = val_loss
        val_loss /= num_batches
        print(f"Epoch {epoch+1}/{num_epochs} - Validation Loss: {val_loss:.4f}")
        truth.add(at=epoch + 1, **{"val/Loss": val_loss})
    truth.write("the script's batch losses and validation means", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"vqvae": run}, root=HELDOUT41)
