// Official Socket.IO v4 JavaScript client against the simulator (same steps as shared/tools/interop-client.js):
// connect over WebSocket, authenticate, wait until buys are allowed, buy 0.01 and expect playerUpdate with a
// position BEFORE {"success":true}, then send a bad order and expect {"success":false,"error","message"}.
// usage: node interop-client.js URL  -> prints one JSON line, exit 0 when every step held
const { io } = require('socket.io-client');
const socket = io(process.argv[2], { transports: ['websocket'], reconnection: false });
const result = { connected: false, playerUpdates: 0, buyAck: null, positionBeforeAck: null, badAck: null };
let buying = false;
const done = (ok, why) => { result.ok = ok; result.why = why; console.log(JSON.stringify(result)); process.exit(ok ? 0 : 1); };
setTimeout(() => done(false, 'timeout'), 60000);
const last = (argv) => argv[argv.length - 1];
socket.on('connect', () => { result.connected = true; socket.emit('authenticate', { token: 'interop-check' }); });
socket.on('connect_error', (e) => done(false, 'connect_error ' + e.message));
socket.on('playerUpdate', (...argv) => {
  result.playerUpdates++;
  if (buying && Number(last(argv).positionQty) > 0 && result.positionBeforeAck === null) result.positionBeforeAck = true;
});
socket.on('gameStateUpdate', (...argv) => {
  const p = last(argv);
  const canBuy = p.allowPreRoundBuys === true || (p.active === true && p.rugged === false);
  if (buying || !canBuy || result.playerUpdates === 0) return;
  buying = true;
  socket.timeout(10000).emit('buyOrder', { amount: 0.01 }, (err, ack) => {
    if (err) return done(false, 'buy ack timeout');
    result.buyAck = ack;
    if (result.positionBeforeAck === null) result.positionBeforeAck = false;
    socket.timeout(10000).emit('buyOrder', { amount: -1 }, (err2, bad) => {
      if (err2) return done(false, 'bad-order ack timeout');
      result.badAck = bad;
      const okBuy = ack && ack.success === true;
      const okBad = bad && bad.success === false && typeof bad.error === 'string' && typeof bad.message === 'string';
      done(okBuy && okBad && result.positionBeforeAck === true, okBuy && okBad ? 'all steps held' : 'a step failed');
    });
  });
});
