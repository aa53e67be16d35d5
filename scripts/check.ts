// npm run check (src/commands/check.ts), with Node's compile cache on before miroir loads.
import { enableCompileCache } from 'node:module';
enableCompileCache();
await import('../src/commands/check.ts');
