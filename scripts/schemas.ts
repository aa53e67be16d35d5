import '../src/commands/schemas.ts';
