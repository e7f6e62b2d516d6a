#!/usr/bin/env bash
# Exports releases with hostile and awkward titles through bulletin-cli, opens the CSV in LibreOffice Calc
# headless, and checks every cell value survives as text and no cell became a formula.
# Exits 77 (ctest: skipped) when LibreOffice is not installed.
set -euo pipefail
cli="$1"; work="$2"
soffice_bin="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$soffice_bin" ]; then
  echo "skipped: LibreOffice (soffice) is not installed"
  exit 77
fi
rm -rf "$work"; mkdir -p "$work/in" "$work/profile"
write() { printf '%s\n\nThe release body mentions Karachi and the UNODC.\n' "$2" > "$work/in/$1.txt"; }
write formula '=HYPERLINK("http://evil.example","click")'
write plus '+1 555 0100 is the hotline'
write minus '-5 degrees in Islamabad'
write at '@SUM(A1:A9) appears in a headline'
write comma 'Police, Customs and the Courts, together'
write quote 'The "Safe City" project'
write accents 'Zakariyyā meets Ayşe Yılmaz in Malmö'
write emoji 'Launch day 🚀 for the 𝔘𝔑 programme'
write tab "$(printf 'Tab\tinside a headline')"
"$cli" ingest --archive "$work/a.bulletin" "$work/in" > /dev/null
"$cli" export documents --archive "$work/a.bulletin" --columns title,path --sort title --out "$work/export.csv"
# CSV import: comma separator (44), double-quote delimiter (34), UTF-8 (76), from line 1.
"$soffice_bin" -env:UserInstallation="file://$work/profile" --headless --infilter="CSV:44,34,76,1" \
  --convert-to fods --outdir "$work" "$work/export.csv" > "$work/soffice.log" 2>&1
python3 - "$work/export.csv" "$work/export.fods" <<'PY'
import csv, sys, xml.etree.ElementTree as ET
exported, converted = sys.argv[1], sys.argv[2]
with open(exported, encoding="utf-8-sig", newline="") as f:
    expected = [row for row in csv.reader(f)]
ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
tree = ET.parse(converted)
formula = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}formula"
repeat = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}number-columns-repeated"
rows, formulas = [], 0
for row in tree.iter("{%s}table-row" % ns["table"]):
    cells = []
    for cell in row.findall("table:table-cell", ns):
        if formula in cell.attrib:
            formulas += 1
        text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", ns))
        cells.extend([text] * int(cell.attrib.get(repeat, "1")) if text else [text])
    while cells and cells[-1] == "":
        cells.pop()
    if cells:
        rows.append(cells)
problems = []
if formulas:
    problems.append(f"{formulas} cell(s) became formulas")
if len(rows) != len(expected):
    problems.append(f"{len(rows)} rows in Calc, {len(expected)} in the CSV")
for i, (want, got) in enumerate(zip(expected, rows)):
    if want != got:
        problems.append(f"row {i}: CSV {want!r} became {got!r}")
for p in problems:
    print("FAIL:", p)
print(f"{len(expected)} rows compared, {formulas} formulas")
sys.exit(1 if problems else 0)
PY
