#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only: color.png (192x192, full colour)
and outline.png (32x32, white on transparent), a speech bubble holding three text lines.
Run again only when the design changes; the PNGs are committed."""
import struct
import zlib
from pathlib import Path

ACCENT = (0x2F, 0x6F, 0x73)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def coverage(inside, x, y, samples=4):
    """Anti-aliasing: the share of sub-pixel samples that fall inside the shape."""
    hits = sum(inside(x + (i + 0.5) / samples, y + (j + 0.5) / samples) for i in range(samples) for j in range(samples))
    return hits / (samples * samples)


def rounded_rect(px, py, left, top, right, bottom, radius):
    cx = min(max(px, left + radius), right - radius)
    cy = min(max(py, top + radius), bottom - radius)
    return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2 and left <= px <= right and top <= py <= bottom


def bubble(s):
    """A speech bubble in a unit square scaled to s, with a tail at the lower left."""
    def inside(px, py):
        u, v = px / s, py / s
        body = rounded_rect(u, v, 0.16, 0.20, 0.84, 0.68, 0.12)
        tail = 0.26 <= u <= 0.44 and 0.66 <= v <= 0.84 and (u - 0.26) <= (0.84 - v) * 1.0
        return body or tail
    return inside


def lines(s):
    def inside(px, py):
        u, v = px / s, py / s
        return any(rounded_rect(u, v, 0.28, top, right, top + 0.05, 0.025)
                   for top, right in ((0.31, 0.72), (0.415, 0.72), (0.52, 0.58)))
    return inside


def color_pixel(x, y):
    size = 192
    bg = coverage(lambda px, py: rounded_rect(px, py, 0, 0, size, size, 36), x, y)
    shape = coverage(bubble(size), x, y)
    text = coverage(lines(size), x, y)
    white = shape * (1 - text)
    rgb = [round(c * (1 - white) + 255 * white) for c in ACCENT]
    return (*rgb, round(255 * max(bg, shape)))


def outline_pixel(x, y):
    size = 32
    inside, text = bubble(size), lines(size)
    def ring(px, py):
        # The bubble's border, about 2 px wide: inside the bubble but not inside a shrunken copy.
        u, v = px / size, py / size
        inner = rounded_rect(u, v, 0.22, 0.26, 0.78, 0.62, 0.08)
        return inside(px, py) and not inner
    alpha = max(coverage(ring, x, y), coverage(text, x, y))
    return (255, 255, 255, round(255 * alpha))


here = Path(__file__).parent
png(here / "color.png", 192, color_pixel)
png(here / "outline.png", 32, outline_pixel)
