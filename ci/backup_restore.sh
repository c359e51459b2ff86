#!/usr/bin/env bash
# Backup during writes, then restore and check, on PostgreSQL (pg_dump/pg_restore) as operators would run it:
# a seed writes into the source database while `parcours backup` copies it; `parcours restore` loads the copy into
# a new database and checks every table's count and the audit chain's head against the manifest; `parcours audit
# verify` walks the restored chain. Usage: ci/backup_restore.sh BINARY POSTGRES_BASE_URL WORKDIR
# (POSTGRES_BASE_URL without database name, e.g. postgres://postgres@127.0.0.1:55432).
set -euo pipefail
binary=$1 base=$2 work=$3
source_url="$base/parcours_backup_source?sslmode=disable"
target_url="$base/parcours_backup_target?sslmode=disable"
psql "$base/postgres?sslmode=disable" -qc 'DROP DATABASE IF EXISTS parcours_backup_source' \
  -c 'DROP DATABASE IF EXISTS parcours_backup_target' -c 'CREATE DATABASE parcours_backup_source' \
  -c 'CREATE DATABASE parcours_backup_target'
[ -f "$work/backup-audit.key" ] || "$binary" audit key --file "$work/backup-audit.key"
export PARCOURS_AUDIT_KEY_FILE="$work/backup-audit.key"
"$binary" migrate --database "$source_url" >/dev/null
# A first organisation and administrator: the audit chain has events before the copy.
"$binary" init --database "$source_url" --organisation "DGEF" --email admin@exemple.gouv.fr --name "Camille Martin" \
  >/dev/null

"$binary" seed --scale departement --database "$source_url" >"$work/backup-seed.log" 2>&1 &
seed_pid=$!
# Back up while the seed writes (it writes for tens of seconds): wait until it has written some households.
for _ in $(seq 1 120); do
  n=$(psql "$source_url" -tAc 'SELECT COUNT(*) FROM households' 2>/dev/null || echo 0)
  [ "${n:-0}" -gt 0 ] && break
  sleep 0.5
done
"$binary" backup --database "$source_url" --output "$work/parcours.pgdump"
still_writing=no
if kill -0 "$seed_pid" 2>/dev/null; then still_writing=yes; fi
wait "$seed_pid" || { cat "$work/backup-seed.log"; exit 1; }
echo "the seed was still writing when the backup ended: $still_writing"

"$binary" restore "$work/parcours.pgdump" --database "$target_url"
"$binary" audit verify --database "$target_url"
head=$(psql "$target_url" -tAc 'SELECT COUNT(*) FROM audit_events')
[ "$head" -gt 0 ] || { echo "the restored audit chain is empty"; exit 1; }
# An altered backup is refused.
cp "$work/parcours.pgdump" "$work/altered.pgdump"
cp "$work/parcours.pgdump.manifest.json" "$work/altered.pgdump.manifest.json"
printf 'x' >>"$work/altered.pgdump"
psql "$base/postgres?sslmode=disable" -qc 'DROP DATABASE parcours_backup_target' -c 'CREATE DATABASE parcours_backup_target'
if "$binary" restore "$work/altered.pgdump" --database "$target_url" 2>"$work/altered.err"; then
  echo "an altered backup was restored"; exit 1
fi
grep -q "SHA-256" "$work/altered.err" || { cat "$work/altered.err"; exit 1; }
echo "backup and restore: consistent copy during writes, restored and checked on PostgreSQL"
