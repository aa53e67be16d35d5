import '../src/commands/test.ts';
