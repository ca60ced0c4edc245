// callgate behind an HTTP API with Fastify: POST /decisions returns the Decision of an attempt,
// with a Gate (reserve) so that concurrent requests for one number never exceed a cap.
// Run: npm run example:http   (listens on PORT, default 3000; Ctrl-C to stop)
import Fastify from 'fastify';
import { createGate, GateError, type Attempt } from 'callgate';

export function buildService() {
  const app = Fastify();
  const gate = createGate({ clock: () => new Date() }); // memory store; use postgresStore in production

  // Check only (no write), or reserve (decide and record atomically) with ?reserve=1.
  app.post<{ Body: Attempt; Querystring: { reserve?: string } }>('/decisions', async (req, reply) => {
    const decision = req.query.reserve === '1' ? await gate.reserve(req.body) : await gate.check(req.body);
    // Unusable input is a deny with input.* reasons: answer 422 so that clients notice.
    const invalid = decision.reasons.some((r) => r.code.startsWith('input.'));
    return reply.code(invalid ? 422 : 200).send(decision);
  });

  // Outcomes, refusals, consents… recorded after the call.
  app.post<{ Params: { to: string }; Body: unknown }>('/recipients/:to/events', async (req, reply) => {
    try {
      const added = await gate.record(req.params.to, req.body as never);
      return reply.code(201).send({ added });
    } catch (err) {
      if (err instanceof GateError) return reply.code(422).send({ error: err.code, problems: err.problems });
      throw err;
    }
  });
  return app;
}

// Started directly (not imported by a test): listen.
if (import.meta.url === `file://${process.argv[1]}`) {
  const app = buildService();
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' });
  console.log(`callgate service on http://127.0.0.1:${process.env.PORT ?? 3000}`);
}
