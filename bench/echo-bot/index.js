// Baseline bot for the load benchmark: what a team would otherwise run. It is the official botbuilder SDK's
// CloudAdapter with no app id (anonymous, as the Emulator and the Agents Playground use it) and an
// ActivityHandler that echoes the text. Node's own http server stands in for restify/express: the adapter only
// needs a parsed body and a response with status/header/send/end, and a thinner server makes this baseline
// faster, not slower, so the comparison does not flatter our bot.
'use strict';

const http = require('node:http');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');

const port = Number(process.env.PORT || process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node index.js PORT (or PORT=... node index.js)');
  process.exit(2);
}
const maxBodyBytes = 256 * 1024;

const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' });
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error && error.message}`);
  await context.sendActivity('The echo bot failed on this turn.');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}
const bot = new EchoBot();

// The minimal slice of express's response API that CloudAdapter.process calls.
function adapterResponse(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; },
    header(name, value) { res.setHeader(name, value); },
    send(body) {
      if (body === undefined || body === null) return;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.write(body);
      } else {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      }
    },
    end() { res.end(); },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > maxBodyBytes) {
      res.statusCode = 413;
      res.end();
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (res.writableEnded) return;
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    adapter
      .process({ body, headers: req.headers, method: req.method }, adapterResponse(res), (context) => bot.run(context))
      .catch((err) => {
        console.error(`process failed: ${err && err.message}`);
        if (!res.writableEnded) {
          res.statusCode = 500;
          res.end();
        }
      });
  });
});

server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`echo bot listening on http://127.0.0.1:${port}/api/messages`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
