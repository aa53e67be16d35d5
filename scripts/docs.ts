import '../src/commands/docs.ts';
