#!/usr/bin/env python3
"""Writes web/icon-192.png and web/icon-512.png (the app icons) with only the standard library.

A teal rounded square with two pale shoulder-blade arcs and a warm dot: the same drawing as
web/icon.svg, rasterised by hand so no image tool is needed. Re-run after changing the design.
"""
import math
import struct
import zlib
from pathlib import Path

TEAL = (11, 110, 105)
WHITE = (255, 255, 255)
WARM = (255, 210, 122)


def pixel(x, y, size):
    u, v = x / size * 64, y / size * 64
    r = 14
    cx = min(max(u, r), 64 - r)
    cy = min(max(v, r), 64 - r)
    if math.hypot(u - cx, v - cy) > r:
        return (0, 0, 0, 0)
    if math.hypot(u - 32, v - 30) <= 6:
        return WARM + (255,)
    for side in (-1, 1):
        # Arcs like the svg paths: x = 32 + side*(12 + 4*sin(pi*(v-18)/28)), 18 <= v <= 46.
        if 18 <= v <= 46:
            ax = 32 + side * (12 + 4 * math.sin(math.pi * (v - 18) / 28))
            if abs(u - ax) <= 2:
                return WHITE + (255,)
    return TEAL + (255,)


def png(size):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x + 0.5, y + 0.5, size)) for x in range(size))
        for y in range(size)
    )

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    web = Path(__file__).resolve().parent.parent / "web"
    for size in (192, 512):
        (web / f"icon-{size}.png").write_bytes(png(size))
        print(f"wrote web/icon-{size}.png")
