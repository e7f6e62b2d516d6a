#!/usr/bin/env bash
# Scores bulletin-cli extract on the seed releases against the gold annotations in ../shared/eval.
# Fails below the threshold; exits 77 (ctest: skipped) when ../shared is absent.
set -euo pipefail
cli="$1"; shared="$2"; out="$3"; threshold="${4:-0.95}"
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/seeds" ]; then
  echo "skipped: $shared/eval or $shared/seeds is absent"
  exit 77
fi
rm -rf "$out"
"$cli" extract --out "$out" "$shared"/seeds/*.txt
python3 "$shared/eval/score.py" "$shared/eval/gold/seeds" "$out" --errors
python3 - "$shared/eval/score.py" "$shared/eval/gold/seeds" "$out" "$threshold" <<'PY'
import json, subprocess, sys
score, gold, pred, threshold = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
res = json.loads(subprocess.check_output([sys.executable, score, gold, pred, "--json"]))
f1 = res["overall_f1"]
print(f"overall_f1={f1:.4f} (threshold {threshold})")
sys.exit(0 if f1 >= threshold else 1)
PY
