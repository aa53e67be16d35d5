import '../src/commands/summary/main.ts';
