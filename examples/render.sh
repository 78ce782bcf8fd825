#!/usr/bin/env bash
# Renders every HTML page in a folder (letters, the proces-verbaal) to PDF with
# headless Chromium, as a person would print them on A4, and prints the page
# count of each. Without Chromium it says so and does nothing.
#   bash examples/render.sh FOLDER
set -euo pipefail
dir="${1:?usage: examples/render.sh FOLDER}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    echo "skipped rendering to PDF: chromium is not installed (Debian: apt-get install -y chromium poppler-utils)"
    exit 0
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for html in "$dir"/*.html; do
    pdf="${html%.html}.pdf"
    # No network, no first-run dialogs, no header or footer of the browser's own:
    # the page numbers are the document's (@page in its style).
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
        --no-pdf-header-footer --user-data-dir="$profile" --print-to-pdf="$pdf" "file://$(realpath "$html")" \
        >/dev/null 2>&1
    if command -v pdfinfo >/dev/null; then
        pages="$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
        size="$(pdfinfo "$pdf" | sed -n 's/^Page size: *.*(\(.*\))/\1/p')"
        echo "rendered $pdf: $pages page(s), ${size:-unknown size}"
    else
        echo "rendered $pdf"
    fi
done
