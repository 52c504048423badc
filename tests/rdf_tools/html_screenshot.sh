#!/bin/sh
# Shows a page of `trame export --format html` in headless Chromium and checks it draws a graph:
#   tests/rdf_tools/html_screenshot.sh HTML_FILE PNG_FILE
# Chromium (Debian's `chromium`, run with --no-sandbox so it works as root) screenshots the page
# at 1280x800 after 5 s of virtual time, so the cose layout has run. Then the PNG is decoded with
# Python's standard library (zlib + struct) and the left 70% of the window, where the graph is
# drawn (the side panel is on the right), must have at least 1% of pixels unlike the background.
# The page's console must show no uncaught error and no Content-Security-Policy refusal.
# Prints "html: PNG WxH, N% drawn". Exit 0 pass, 1 fail, 77 when chromium is missing.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 HTML_FILE PNG_FILE" >&2; exit 2; }
html=$1
png=$2
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "html: chromium absent, skipped"; exit 77; }
[ -s "$html" ] || { echo "html: $html missing or empty" >&2; exit 1; }

profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
url="file://$(realpath "$html")"
rm -f "$png"
status=0
timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --window-size=1280,800 --virtual-time-budget=5000 \
    --enable-logging=stderr --v=0 --screenshot="$png" "$url" >"$log" 2>&1 || status=$?
if [ ! -s "$png" ]; then
    echo "html: chromium wrote no screenshot (exit $status)" >&2
    tail -n 20 "$log" >&2
    exit 1
fi
if grep -E 'Uncaught|Refused to' "$log" >&2; then
    echo "html: the page logged errors (above)" >&2
    exit 1
fi

python3 - "$png" <<'EOF'
import struct, sys, zlib
from collections import Counter

path = sys.argv[1]
with open(path, "rb") as f:
    data = f.read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"html: {path} is not a PNG")
pos, chunks = 8, {}
idat = bytearray()
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IDAT":
        idat += body
    else:
        chunks.setdefault(kind, body)
    pos += 12 + length
width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
if depth != 8 or channels is None or interlace:
    sys.exit(f"html: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
raw = zlib.decompress(bytes(idat))
stride = width * channels
previous = bytearray(stride)
rows = []
for y in range(height):
    start = y * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    if kind == 1:
        for i in range(channels, stride):
            line[i] = (line[i] + line[i - channels]) & 255
    elif kind == 2:
        line = bytearray((a + b) & 255 for a, b in zip(line, previous))
    elif kind == 3:
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
    elif kind == 4:
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    elif kind != 0:
        sys.exit(f"html: bad PNG filter {kind}")
    rows.append(bytes(line))
    previous = line

colours = min(channels, 3)
graph_width = width * 7 // 10  # the side panel takes the right of the window
pixels = Counter()
for line in rows:
    for x in range(graph_width):
        pixels[line[x * channels:x * channels + colours]] += 1
background, _ = pixels.most_common(1)[0]
drawn = sum(n for colour, n in pixels.items()
            if max(abs(a - b) for a, b in zip(colour, background)) > 24)
share = 100.0 * drawn / (graph_width * height)
print(f"html: PNG {width}x{height}, {share:.1f}% drawn ({len(pixels)} colours)")
if share < 1.0:
    sys.exit("html: the graph area is blank")
EOF
