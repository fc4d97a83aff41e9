// Test peer for WebSocketFeedAckTest: the official Socket.IO v4 server answering like rugs.fun does.
// usage: node ack-server.js EXPECTED_TOKEN   Prints "listening PORT".
// - 'authenticate' {token}: replies with the event 'authResult' {ok: token matched} (never echoes the token)
// - 'buyOrder' with an ack: acks [{success:true, echo: <payload>}]; 'badOrder' acks a rugs.fun-style failure
// - 'sellOrder': emits 'playerUpdate', acks, then emits 'gameStateUpdate' (the wire order of a real order)
// - 'floodOrder' {count} with an ack: emits 'before' count times, acks, emits 'after' count times (wire order)
const http = require('http');
const { Server } = require('socket.io');
const expected = process.argv[2];
const server = http.createServer();
const io = new Server(server, { maxHttpBufferSize: 4e6 });
io.on('connection', (socket) => {
  socket.on('authenticate', (p) => socket.emit('authResult', { ok: !!p && p.token === expected }));
  socket.on('buyOrder', (p, cb) => cb({ success: true, echo: p }));
  // like the real server: the account update before the ack, the next tick right after it
  socket.on('sellOrder', (p, cb) => {
    socket.emit('playerUpdate', { cash: 1 });
    cb({ success: true });
    socket.emit('gameStateUpdate', { tickCount: 2 });
  });
  socket.on('floodOrder', (p, cb) => {
    for (let i = 0; i < p.count; i++) socket.emit('before', { i });
    cb({ success: true });
    for (let i = 0; i < p.count; i++) socket.emit('after', { i });
  });
  socket.on('badOrder', (p, cb) => cb({ success: false, error: 'INSUFFICIENT_BALANCE', message: 'Not enough SOL' }));
});
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
