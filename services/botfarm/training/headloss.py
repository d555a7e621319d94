"""The language-model loss over a (tied) output head, without the [tokens, vocab] logits.

transformers computes ``lm_head(h)`` for every token (1,024 x 49,152 for SmolLM2 at a
1,024-token step), turns the whole tensor to fp32 for the cross-entropy and keeps it for
backward, where log-softmax's and the cast's gradients make two more tensors of that
size: on a CPU, passes over memory that cost as much as the head's matmuls. Here the
rows go through in chunks: a chunk's logits live only while its loss and its gradient
(softmax minus one-hot, divided by the token count) are taken, and the gradient with
respect to ``h`` is computed on the way (``grad @ W``), so backward is one multiplication
by the incoming scalar. The head's weight is frozen (LoRA training): no gradient for it.

The arithmetic is transformers' under bf16 autocast, to rounding: logits from a matmul in
the compute dtype, softmax in fp32, its gradient rounded to the compute dtype before the
matmul back. With ``quantized`` (the head in int8, ``int8.softmax_of_logits``) the logits
are an int8 product, kept in fp32 into the softmax; the gradient's matmul stays bf16.
"""

from __future__ import annotations

import threading

import torch

from botfarm.training import int8

#: Targets with this label are not scored (transformers' convention).
IGNORE_INDEX = -100
#: Rows per chunk: large enough for the head's matmul to run at full speed; a chunk's
#: logits and softmax (512 x 49,152: ~50 MB in bf16, ~100 MB in fp32) are all that exist
#: at once, against the whole step's [1,024 x 49,152] fp32 logits and their gradients.
CHUNK_ROWS = 512


def linear_cross_entropy(h: torch.Tensor, weight: torch.Tensor, target: torch.Tensor,
                         chunk_rows: int = CHUNK_ROWS, quantized: int8.Int8Weight | None = None) -> torch.Tensor:
    """Mean cross-entropy of ``h @ weight.T`` against ``target`` over the tokens whose
    target is not ``IGNORE_INDEX``: ``h`` [n, d] (gradient flows to it), ``weight``
    [vocab, d] (frozen), ``target`` [n] int64. A scalar fp32 tensor."""
    if weight.requires_grad:
        raise ValueError("linear_cross_entropy: the head's weight must be frozen")
    return _LinearCrossEntropy.apply(h, weight, target, chunk_rows, quantized)


class _LinearCrossEntropy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, h, weight, target, chunk_rows, quantized):
        count = (target != IGNORE_INDEX).sum().clamp(min=1).to(torch.float32)
        grad = torch.empty_like(h) if ctx.needs_input_grad[0] else None
        total = torch.zeros((), dtype=torch.float32, device=h.device)
        for start in range(0, h.shape[0], chunk_rows):
            rows = slice(start, start + chunk_rows)
            total += _chunk(h[rows], weight, target[rows], count, grad[rows] if grad is not None else None, quantized)
        ctx.save_for_backward(grad)
        return total / count

    @staticmethod
    def backward(ctx, grad_loss):
        (grad,) = ctx.saved_tensors
        return grad * grad_loss.to(grad.dtype), None, None, None, None


_buffers = threading.local()


def _buffer(name: str, shape: tuple[int, int], dtype: torch.dtype, device: torch.device) -> torch.Tensor:
    """This thread's buffer ``name`` as a [rows, cols] tensor, valid until the next call:
    a chunk's logits and softmax (~50 MB each at 512 rows of SmolLM2's vocabulary in bf16)
    live only within ``_chunk``. A fresh tensor each chunk would be fresh pages from the
    OS each time (glibc maps blocks past 32 MB anew on every allocation): some 25,000 page
    faults a step."""
    size = shape[0] * shape[1]
    buf = getattr(_buffers, name, None)
    if buf is None or buf.numel() < size or buf.dtype != dtype or buf.device != device:
        buf = torch.empty(size, dtype=dtype, device=device)
        setattr(_buffers, name, buf)
    return buf[:size].view(shape)


def _chunk(h: torch.Tensor, weight: torch.Tensor, target: torch.Tensor, count: torch.Tensor,
           grad_out: torch.Tensor | None, quantized: int8.Int8Weight | None) -> torch.Tensor:
    """The summed loss of one chunk of rows; writes d(mean loss)/dh of the rows into
    ``grad_out`` when given."""
    valid = target != IGNORE_INDEX
    safe = target.clamp(min=0).unsqueeze(1)
    # One fused pass: softmax in fp32 over each row, rounded to the compute dtype, as
    # transformers' gradient of the logits is before its matmul back.
    p = _buffer("p", (h.shape[0], weight.shape[0]), h.dtype, h.device)
    if quantized is None:
        logits = _buffer("logits", (h.shape[0], weight.shape[0]), p.dtype, p.device)
        torch._softmax(torch.mm(h, weight.t(), out=logits), -1, False, out=p)
    else:
        int8.softmax_of_logits(h, quantized, out=p)
    p_target = p.gather(1, safe).float()
    # -log p of the target: the row's log-softmax, to the rounding of p (2^-9 relative
    # in bf16, so 0.002 absolute at most in a token's loss, of either sign). A target
    # more than ~87 nats below the row's best underflows p: its loss reads 87, its
    # gradient (p - 1 = -1) is exact.
    loss = -(p_target.squeeze(1).clamp(min=torch.finfo(torch.float32).tiny).log() * valid).sum()
    if grad_out is not None:
        rows = torch.arange(p.shape[0], device=p.device)
        p[rows, safe.squeeze(1)] = (p_target.squeeze(1) - 1).to(p.dtype)
        if not bool(valid.all()):
            p[~valid] = 0
        # The 1 / count inside the matmul (its alpha), so the gradient is rounded once.
        torch.addmm(grad_out, p, weight, beta=0, alpha=1 / float(count), out=grad_out)
    return loss
