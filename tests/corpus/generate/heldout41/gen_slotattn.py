"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch slot-attention autoencoder printing as
00LukeSkyworker00/slot-attention-pytorch ``train.py``: ``0 cpu`` (rank and device), each
dataset file's name and the dataset's length (bare lines), per epoch a bare tqdm bar over the
batches (no description, no postfix) and then ``Epoch: 0, Loss: 0.0123456789, Time:
0:00:00.123456`` (the mean loss unformatted, the elapsed ``timedelta``). Here: a slot-attention
autoencoder (4 slots, 3 iterations, spatial-broadcast decoder) reconstructing sklearn's 8x8
digits split into three "scene" files, Adam with the original's warm-up and decay schedule,
batches of 16, 12 epochs, single process (the original: DistributedDataParallel over GPUs,
MegaSaM scenes).

Truth: ``Loss`` at the printed epoch. The bars carry no metric.
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import datetime
    import time

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    X, _ = digit_images(seed=22)
    files = {"scene_000": X[:120], "scene_001": X[120:240], "scene_002": X[240:320]}
    rank, device = 0, torch.device("cpu")
    print(rank, device)
    train_set = []
    for file, data in files.items():
        train_set.append(data)
        print(file)
    train_set = torch.cat(train_set)
    print(len(train_set))

    class SlotAttentionAutoEncoder(nn.Module):
        def __init__(self, num_slots=4, iters=3, dim=16):
            super().__init__()
            self.num_slots, self.iters, self.dim = num_slots, iters, dim
            self.enc = nn.Sequential(nn.Conv2d(3, dim, 3, padding=1), nn.ReLU(),
                                     nn.Conv2d(dim, dim, 3, padding=1))
            self.norm_in, self.norm_slot = nn.LayerNorm(dim), nn.LayerNorm(dim)
            self.q, self.k, self.v = (nn.Linear(dim, dim) for _ in range(3))
            self.gru = nn.GRUCell(dim, dim)
            self.slots_mu = nn.Parameter(torch.randn(1, 1, dim))
            self.dec = nn.Sequential(nn.Conv2d(dim + 2, dim, 3, padding=1), nn.ReLU(),
                                     nn.Conv2d(dim, 2, 3, padding=1))
            yy, xx = torch.meshgrid(torch.linspace(-1, 1, 8), torch.linspace(-1, 1, 8),
                                    indexing="ij")
            self.register_buffer("grid", torch.stack([xx, yy]))

        def forward(self, image):
            b = image.shape[0]
            pos = self.grid.expand(b, -1, -1, -1)
            feat = self.enc(torch.cat([image, pos], 1)).flatten(2).transpose(1, 2)
            inputs = self.norm_in(feat)
            k, v = self.k(inputs), self.v(inputs)
            slots = self.slots_mu.expand(b, self.num_slots, -1) \
                + 0.1 * torch.randn(b, self.num_slots, self.dim)
            for _ in range(self.iters):
                q = self.q(self.norm_slot(slots))
                attn = torch.softmax(q @ k.transpose(1, 2) / self.dim ** 0.5, dim=1) + 1e-8
                attn = attn / attn.sum(-1, keepdim=True)
                updates = attn @ v
                slots = self.gru(updates.reshape(-1, self.dim),
                                 slots.reshape(-1, self.dim)).view(b, self.num_slots, self.dim)
            z = slots.reshape(-1, self.dim, 1, 1).expand(-1, -1, 8, 8)
            out = self.dec(torch.cat([z, self.grid.expand(z.shape[0], -1, -1, -1)], 1))
            out = out.view(b, self.num_slots, 2, 8, 8)
            recons, masks = out[:, :, :1], torch.softmax(out[:, :, 1:], dim=1)
            return (recons * masks).sum(1), recons, masks, slots

    torch.manual_seed(22)
    model = SlotAttentionAutoEncoder()
    criterion = nn.MSELoss()
    base_lr, warmup_steps, decay_rate, decay_steps = 0.004, 40, 0.5, 400
    optimizer = torch.optim.Adam(model.parameters(), lr=base_lr)
    start, i, truth = time.time(), 0, Truth()
    for epoch in range(12):
        model.train()
        total_loss = 0
        order = torch.randperm(len(train_set), generator=torch.Generator().manual_seed(epoch))
        train_dataloader = [train_set[order[j:j + 16]] for j in range(0, len(train_set), 16)]
        for image in tqdm(train_dataloader):
            i += 1
            learning_rate = base_lr * (i / warmup_steps) if i < warmup_steps else base_lr
            learning_rate = learning_rate * (decay_rate ** (i / decay_steps))
            optimizer.param_groups[0]['lr'] = learning_rate
            recon_combined, recons, masks, slots = model(image)
            loss = criterion(recon_combined, image)
            total_loss += loss.item()
            del recons, masks, slots
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        total_loss /= len(train_dataloader)
        if rank == 0:
            print("Epoch: {}, Loss: {}, Time: {}".format(
                epoch, total_loss, datetime.timedelta(seconds=time.time() - start)))
            truth.add(at=epoch, Loss=total_loss)
    truth.write("the script's epoch mean reconstruction losses", libraries=("torch", "tqdm"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"slotattn": run}, root=HELDOUT41)
