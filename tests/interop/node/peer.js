#!/usr/bin/env node
// ocpkit's interop peer on npm `ocpp-rpc`: a CSMS (--role csms) or a charging station (--role cs),
// driven by JSON-line commands on stdin and reporting JSON-line events on stdout.
//
//   node peer.js --role csms --port 0 --protocols ocpp1.6 [--strict ocpp1.6] [--password-hex HEX]
//                [--replies JSON]
//   node peer.js --role cs --url ws://127.0.0.1:PORT --identity CS-1 --protocols ocpp2.0.1
//                [--strict ocpp2.0.1] [--password-hex HEX] [--replies JSON]
//
// --strict lists the subprotocols ocpp-rpc validates in strict mode ("" for none).
// --replies maps an action to the payload this peer answers its calls with; calls of other
// actions are answered NotImplemented.
//
// Commands (stdin, one JSON object a line; `identity` picks the station on a CSMS):
//   {"cmd":"call","ref":1,"action":"Heartbeat","params":{}}  -> {"event":"result","ref":1,...}
//                                                             or {"event":"error","ref":1,...}
//   {"cmd":"raw","text":"[2,\"x\",\"Heartbeat\",{}]"}         sends the text as it is
//   {"cmd":"exit"}                                             (or end of stdin)
// Events (stdout): listening (first line of a CSMS), connected, connect_failed, frame (every
// WebSocket message, in and out), call (a call that reached the handlers), strict_failure,
// bad_message, auth_rejected, closed, result, error, command_failed.
'use strict';
const readline = require('readline');
const { RPCServer, RPCClient, createRPCError } = require('ocpp-rpc');

function options(argv) {
    const out = {};
    for (let i = 0; i < argv.length; i += 2) {
        if (!argv[i].startsWith('--') || i + 1 >= argv.length) {
            throw new Error(`bad argument ${argv[i]}`);
        }
        out[argv[i].slice(2)] = argv[i + 1];
    }
    return out;
}

const opts = options(process.argv.slice(2));
const list = (text) => (text ? text.split(',').filter(Boolean) : []);
const protocols = list(opts.protocols || 'ocpp1.6');
const strict = opts.strict === undefined ? protocols : list(opts.strict);
const password = opts['password-hex'] ? Buffer.from(opts['password-hex'], 'hex') : null;
const replies = JSON.parse(opts.replies || '{}');
const emit = (event) => process.stdout.write(JSON.stringify(event) + '\n');

const stations = new Map(); // identity -> RPCClient (our connection to it, or ours as a station)

function watch(client, identity) {
    client.on('message', ({ message, outbound }) =>
        emit({ event: 'frame', identity, dir: outbound ? 'out' : 'in', text: String(message) }));
    client.on('strictValidationFailure', ({ method, outbound, isCall, error }) =>
        emit({ event: 'strict_failure', identity, action: method, outbound, isCall,
               code: error.rpcErrorCode, message: error.message }));
    client.on('badMessage', ({ error, response }) =>
        emit({ event: 'bad_message', identity, message: error.message, response }));
    client.on('close', ({ code, reason }) =>
        emit({ event: 'closed', identity, code, reason: String(reason || '') }));
    client.handle(({ method, params }) => {
        emit({ event: 'call', identity, action: method, params });
        if (Object.prototype.hasOwnProperty.call(replies, method)) {
            return replies[method];
        }
        throw createRPCError('NotImplemented', `this peer has no reply for ${method}`);
    });
}

function station(identity) {
    const client = identity === undefined && stations.size === 1
        ? [...stations.values()][0]
        : stations.get(identity);
    if (!client) {
        throw new Error(`no station ${identity}`);
    }
    return client;
}

async function run(command) {
    const client = station(command.identity);
    if (command.cmd === 'raw') {
        client.sendRaw(command.text);
        return;
    }
    if (command.cmd !== 'call') {
        throw new Error(`unknown command ${command.cmd}`);
    }
    try {
        const result = await client.call(command.action, command.params, { callTimeoutMs: 10000 });
        emit({ event: 'result', ref: command.ref, action: command.action, result });
    } catch (error) {
        emit({ event: 'error', ref: command.ref, action: command.action,
               code: error.rpcErrorCode || null, description: error.message,
               details: error.details || {} });
    }
}

async function startCsms() {
    const server = new RPCServer({ protocols, strictMode: strict, callTimeoutMs: 10000 });
    server.auth((accept, reject, handshake) => {
        if (password !== null && !(handshake.password && password.equals(handshake.password))) {
            emit({ event: 'auth_rejected', identity: handshake.identity });
            reject(401, 'Unauthorized');
            return;
        }
        accept({});
    });
    server.on('client', (client) => {
        stations.set(client.identity, client);
        watch(client, client.identity);
        emit({ event: 'connected', identity: client.identity, protocol: client.protocol,
               offered: [...client.handshake.protocols] });
    });
    const http = await server.listen(Number(opts.port || 0), '127.0.0.1');
    emit({ event: 'listening', port: http.address().port, protocols, strict,
           node: process.version, ocppRpc: require('ocpp-rpc/package.json').version });
    return () => server.close({ force: true });
}

async function startStation() {
    const client = new RPCClient({
        endpoint: opts.url, identity: opts.identity, protocols, strictMode: strict,
        reconnect: false, callTimeoutMs: 10000, ...(password !== null ? { password } : {}),
    });
    watch(client, opts.identity);
    try {
        await client.connect();
    } catch (error) {
        emit({ event: 'connect_failed', message: error.message,
               status: typeof error.code === 'number' ? error.code : null });
        return () => undefined;
    }
    stations.set(opts.identity, client);
    emit({ event: 'connected', identity: opts.identity, protocol: client.protocol,
           ocppRpc: require('ocpp-rpc/package.json').version });
    return () => client.close({ force: true });
}

async function main() {
    const stop = await (opts.role === 'csms' ? startCsms() : startStation());
    let stopping = false;
    const exit = async () => {
        if (stopping) return;
        stopping = true;
        await stop();
        process.exit(0);
    };
    process.on('SIGTERM', exit);
    const lines = readline.createInterface({ input: process.stdin });
    lines.on('line', (line) => {
        if (!line.trim()) return;
        let command;
        try {
            command = JSON.parse(line);
        } catch (error) {
            emit({ event: 'command_failed', message: `not JSON: ${error.message}` });
            return;
        }
        if (command.cmd === 'exit') {
            exit();
            return;
        }
        run(command).catch((error) =>
            emit({ event: 'command_failed', ref: command.ref, message: error.message }));
    });
    lines.on('close', exit);
}

main().catch((error) => {
    emit({ event: 'command_failed', message: String(error && error.stack) });
    process.exit(1);
});
