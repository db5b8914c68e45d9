#!/usr/bin/env bash
# The README's request timings: first request and median of 20 more, per API request, in ms.
# usage: web/bench-api.sh PORT   (a server: ./annalist serve --db STORE --port PORT)
set -euo pipefail
port=${1:?usage: $0 PORT}
for path in "/api/timeline" "/api/entities/person:u_s_grant" "/api/entities/person:sherman" "/api/network" \
            "/api/documents/1?page=40" "/api/claims"; do
  url="http://127.0.0.1:$port$path"
  first=$(curl -s -o /tmp/annalist-bench-body -w '%{time_total}' "$url")
  size=$(stat -c %s /tmp/annalist-bench-body)
  times=()
  for i in $(seq 20); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$url")"); done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n '10p;11p' | awk '{s+=$1} END {printf "%.0f", s/2*1000}')
  printf '%-36s first %5.0f ms  median %4s ms  %8d bytes\n' "$path" "$(echo "$first*1000" | bc)" "$median" "$size"
done
