#!/usr/bin/env node
// The npm ocpp-rpc CSMS that bench/bench_load.py measures: strict mode (every call and answer
// checked against the OCPP 2.0.1 schemas), handlers for BootNotification and MeterValues,
// everything else left at ocpp-rpc's defaults (no frame logging).
//
// Usage: node ocpp_rpc_csms.js [--port N]   (N = 0, the default, picks a free port)
// Listens on 127.0.0.1 only. Prints one line, {"event":"listening","port":N,"pid":P,...},
// then serves until SIGTERM or SIGINT. Needs ocpp-rpc on NODE_PATH (bench_load.py installs it
// with `npm ci` from this folder's package-lock.json into .bench-cache/).
'use strict';
const { RPCServer } = require('ocpp-rpc');

function option(name, fallback) {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : fallback;
}

async function main() {
    const server = new RPCServer({ protocols: ['ocpp2.0.1'], strictMode: true });
    server.auth((accept, reject, handshake) => accept({ identity: handshake.identity }));
    server.on('client', (client) => {
        client.handle('BootNotification', () => ({
            currentTime: new Date().toISOString(),
            interval: 300,
            status: 'Accepted',
        }));
        client.handle('MeterValues', () => ({}));
    });

    const http = await server.listen(Number(option('--port', '0')), '127.0.0.1');
    process.stdout.write(JSON.stringify({
        event: 'listening',
        port: http.address().port,
        pid: process.pid,
        node: process.version,
        ocppRpc: require('ocpp-rpc/package.json').version,
    }) + '\n');

    const stop = async () => {
        await server.close({ force: true });
        process.exit(0);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
