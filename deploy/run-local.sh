#!/usr/bin/env bash
# Runs the whole system on this machine, with demo data flowing:
#   PostgreSQL  a private server on 127.0.0.1:${ORDERACTORS_PG_PORT:-55432} (data kept in
#               ${ORDERACTORS_LOCAL_DIR:-/tmp/orderactors-local}), unless ConnectionStrings__OrderActors is set
#   silo(s)     ${ORDERACTORS_SILOS:-1} silo(s); health and metrics on http://127.0.0.1:8081/health/ready, /metrics
#   client-api  http://127.0.0.1:8080: console (/console/, sign-in at /login), Orleans dashboard (/dashboard),
#               API (OpenAPI at /openapi/v1.json), seeding demo warehouses, SKUs and orders
# The first run makes an admin password and an API key for the load tool (kept in the state folder, printed below).
# Ctrl+C stops everything it started.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state=${ORDERACTORS_LOCAL_DIR:-/tmp/orderactors-local}
pg_port=${ORDERACTORS_PG_PORT:-55432}
silos=${ORDERACTORS_SILOS:-1}
mkdir -p "$state/logs"

pids=()
started_pg=
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$started_pg" ] && "$root/deploy/postgres.sh" stop "$state/postgres"
  echo "stopped"
}
trap cleanup EXIT INT TERM

if [ -z "${ConnectionStrings__OrderActors:-}" ]; then
  echo "starting PostgreSQL on 127.0.0.1:$pg_port ..."
  ConnectionStrings__OrderActors=$("$root/deploy/postgres.sh" start "$state/postgres" "$pg_port" | tail -n 1)
  export ConnectionStrings__OrderActors
  started_pg=1
fi

echo "building ..."
dotnet build "$root/OrderActors.sln" -c Release -v quiet -nologo >"$state/logs/build.log" 2>&1 \
  || { tail -n 40 "$state/logs/build.log"; exit 1; }

wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  echo "timed out waiting for $1" >&2; return 1
}

# The simulated WMS picks, packs and scans out every demo order through the signed WMS webhook (docs/wms.md);
# each demo warehouse shares a secret with the silos, made once and kept beside the local database.
[ -f "$state/wms.secret" ] || head -c 32 /dev/urandom | base64 | tr -d '\n=' >"$state/wms.secret"
chmod 600 "$state/wms.secret"
wms_secret=$(cat "$state/wms.secret")
export Wms__OmsBaseUrl=http://127.0.0.1:8080/
for wh in BJ1 SH1 GZ1 CD1 WH1; do
  export "Wms__Warehouses__$wh=$wms_secret" "OrderActors__Wms__Warehouses__${wh}__Secret=$wms_secret"
done
# The simulated carriers (SF, ZTO, Yunda) move every waybill on their own and push the scans to the API (docs/carriers.md).
export Simulators__Carriers__Autopilot=true Simulators__Carriers__PushTo=http://127.0.0.1:8080/
# A Taobao open-platform (TOP) simulator: the demo's Taobao orders are sold there and pulled in by the shop's connector.
dotnet run --no-build -c Release --project "$root/tests/OrderActors.Simulators" -- --urls http://127.0.0.1:9100 >"$state/logs/top-simulator.log" 2>&1 &
pids+=($!)
export OrderActors__Channels__Taobao__GatewayUrl=http://127.0.0.1:9100/router/rest
export OrderActors__Channels__Taobao__TokenUrl=http://127.0.0.1:9100/oauth/token
export OrderActors__Channels__Taobao__AppKey=sim-app
export OrderActors__Channels__Taobao__AppSecret=sim-secret   # the simulator's demo app, not a real secret
# The same simulator host speaks JD (JOS), Pinduoduo, Douyin and the web store protocol at their own paths.
sim=http://127.0.0.1:9100
export OrderActors__Channels__Jd__GatewayUrl=$sim/routerjson OrderActors__Channels__Jd__TokenUrl=$sim/oauth2/refresh_token
export OrderActors__Channels__Pinduoduo__GatewayUrl=$sim/api/router
export OrderActors__Channels__Douyin__GatewayUrl=$sim/
export OrderActors__Channels__Web__GatewayUrl=$sim/webstore/api/ OrderActors__Channels__Web__TokenUrl=$sim/webstore/oauth/token
for platform in Jd Pinduoduo Douyin Web; do
  export "OrderActors__Channels__${platform}__AppKey=sim-app" "OrderActors__Channels__${platform}__AppSecret=sim-secret"
done

export OrderActors__Carriers__Sf__BaseUrl=$sim/std/service OrderActors__Carriers__Sf__AppKey=sim-sf OrderActors__Carriers__Sf__Secret=sim-sf-checkword
export OrderActors__Carriers__Zto__BaseUrl=$sim/zto/ OrderActors__Carriers__Zto__AppKey=sim-zto OrderActors__Carriers__Zto__Secret=sim-zto-secret
export OrderActors__Carriers__Yunda__BaseUrl=$sim/yunda/ OrderActors__Carriers__Yunda__AppKey=sim-yunda OrderActors__Carriers__Yunda__Secret=sim-yunda-secret
export OrderActors__Carriers__SnapshotSalt=sim-snapshot-salt   # the simulator's demo accounts, not real secrets

# Shop tokens are encrypted at rest; the local key is made once and kept beside the local database.
[ -f "$state/token.key" ] || head -c 32 /dev/urandom | base64 >"$state/token.key"
chmod 600 "$state/token.key"
OrderActors__Secrets__TokenKeys__local=$(cat "$state/token.key")
export OrderActors__Secrets__TokenKeys__local

for i in $(seq 0 $((silos - 1))); do
  OrderActors__Silo__SiloPort=$((11111 + i)) OrderActors__Silo__GatewayPort=$((30000 + i)) \
    Urls="http://127.0.0.1:$((8081 + i))" \
    dotnet run --no-build -c Release --project "$root/silo" >"$state/logs/silo$i.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$((8081 + i))/health/ready" 120
  echo "silo $i ready: http://127.0.0.1:$((8081 + i))/health/ready"
done

# Access (docs/security.md): the first admin, created while no user exists, and a key for the load tool.
# Both are made once, kept beside the local database (mode 600) and given to client-api through the environment.
[ -f "$state/admin.password" ] || head -c 18 /dev/urandom | base64 | tr -d '\n=/+' >"$state/admin.password"
[ -f "$state/loadtest.key" ] || printf 'oa_%s' "$(head -c 32 /dev/urandom | base64 | tr -d '\n=/+')" >"$state/loadtest.key"
chmod 600 "$state/admin.password" "$state/loadtest.key"
OrderActors__Auth__BootstrapAdmin__Name=admin
OrderActors__Auth__BootstrapAdmin__Password=$(cat "$state/admin.password")
OrderActors__Auth__ApiKeys__loadtest__Key=$(cat "$state/loadtest.key")
OrderActors__Auth__ApiKeys__loadtest__Scopes=read,orders:write,catalog:write,inventory:write
export OrderActors__Auth__BootstrapAdmin__Name OrderActors__Auth__BootstrapAdmin__Password \
  OrderActors__Auth__ApiKeys__loadtest__Key OrderActors__Auth__ApiKeys__loadtest__Scopes

OrderActors__Demo__Enabled=${ORDERACTORS_DEMO:-true} OrderActors__Demo__MarketplaceSimulatorUrl=http://127.0.0.1:9100 \
  OrderActors__Demo__WmsSimulatorUrl=http://127.0.0.1:9100 \
  dotnet run --no-build -c Release --project "$root/client-api" >"$state/logs/client-api.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:8080/health/live" 120

cat <<INFO

OrderActors is running (logs in $state/logs):
  Console            http://127.0.0.1:8080/login  user admin, password $(cat "$state/admin.password")
                     (the first admin, made while no user existed; create personal users at /console/users)
  Orleans dashboard  http://127.0.0.1:8080/dashboard      grains, silos, calls per second (signed in as operator or admin)
  API                send X-Api-Key: \$(cat $state/loadtest.key)   (scopes read, orders:write, catalog:write, inventory:write)
                     http://127.0.0.1:8080/api/warehouses  demo warehouses
                     http://127.0.0.1:8080/api/inventory/TEA-LONGJING-250G   stock across warehouses
                     http://127.0.0.1:8080/openapi/v1.json the whole API
                     http://127.0.0.1:8080/api/channels/taobao/demo-shop  the Taobao shop's connector (pulls every minute)
  Load tool          ORDERACTORS_API_KEY=\$(cat $state/loadtest.key) dotnet run -c Release --project tests/OrderActors.LoadTest -- --profile steady
  Silo health        http://127.0.0.1:8081/health/ready
  TOP simulator      http://127.0.0.1:9100/sim/top/calls  what the connector asked the simulated Taobao
Demo orders arrive about twice a second; 'tail -f $state/logs/client-api.log' shows them.
Press Ctrl+C to stop.
INFO
wait -n "${pids[@]}"
echo "a process exited; see $state/logs" >&2
exit 1
