#!/usr/bin/env python3
"""Draws missiondesk.png (256x256) from the shapes of missiondesk.svg, with no image library: jpackage wants a PNG
on Linux. Run again after changing the SVG's shapes: python3 installer/icon.py"""
import os
import struct
import zlib

SIZE = 256
BLUE, WHITE, AMBER, CLEAR = (31, 78, 140, 255), (255, 255, 255, 255), (232, 163, 23, 255), (0, 0, 0, 0)


def inside_rounded(x, y, lo, hi, r):
    cx = min(max(x, lo + r), hi - r)
    cy = min(max(y, lo + r), hi - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y):
    d2 = (x - 128) ** 2 + (y - 128) ** 2
    if 122 <= x < 170 and 122 <= y < 134:
        return AMBER
    if 122 <= x < 134 and 72 <= y < 134:
        return BLUE
    if 66 ** 2 <= d2 <= 74 ** 2:
        return BLUE
    if d2 <= 84 ** 2:
        return WHITE
    return BLUE if inside_rounded(x, y, 8, 248, 48) else CLEAR


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\0" + bytes(c for px in row for c in px) for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "missiondesk.png")
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, [[pixel(x + 0.5, y + 0.5) for x in range(SIZE)] for y in range(SIZE)]))
