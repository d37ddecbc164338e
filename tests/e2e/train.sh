#!/usr/bin/env bash
# Trains BOT for Rasa LINE unless a model for exactly these bot files, config
# and pins is in the cache. Prints the model path on stdout (last line).
# Usage: train.sh LINE BOT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -eq 2 ]] || e2e_die "usage: train.sh LINE BOT"
line=$1 bot=$2
model=$(e2e_model "$line" "$bot")
if [[ -f $model ]]; then
    echo "$model"
    exit 0
fi
e2e_venv_ready "$line" || e2e_die "train: the Rasa $line virtualenv is missing; run setup.sh first"

started=$SECONDS
TRAIN_TIMEOUT=${COACH_E2E_TRAIN_TIMEOUT:-1200}
src=$(e2e_bot_dir "$line" "$bot")
work="$E2E_CACHE/work/$line"
log="$E2E_CACHE/logs/train-$line-$bot.log"
mkdir -p "$work" "$(dirname "$model")" "$E2E_CACHE/logs"
# Train from a copy: Rasa 3.x rewrites a config.yml that lacks assistant_id,
# and nothing here may write into the repository.
copy=$(mktemp -d "$work/train-$bot.XXXXXX")
trap 'rm -rf "$copy"' EXIT
cp -r "$src/domain.yml" "$src/data" "$copy/"
cp "$(e2e_bot_config "$bot")" "$copy/config.yml"

e2e_log "train: Rasa $line $bot (log: $log)" >&2
if ! (cd "$work" && RASA_CACHE_DIRECTORY="$work/.rasa/cache" timeout "$TRAIN_TIMEOUT" \
        "$(e2e_venv "$line")/bin/rasa" train --domain "$copy/domain.yml" --data "$copy/data" \
        --config "$copy/config.yml" --out "$copy/out" --fixed-model-name model \
        </dev/null >"$log" 2>&1); then
    echo "e2e: train: Rasa $line $bot failed; last lines of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
fi
mv "$copy/out/model.tar.gz" "$model.tmp"
mv "$model.tmp" "$model"
# Models of older bot files or pins are never used again.
find "$(dirname "$model")" -name "$bot-*.tar.gz" ! -path "$model" -delete
e2e_log "train: Rasa $line $bot trained in $(e2e_seconds_since $started) s" >&2
echo "$model"
