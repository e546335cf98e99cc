// Starts the service on PORT (default 3000).
import { createApp } from './app.js';

const app = await createApp();
await app.listen(Number(process.env.PORT ?? 3000));
