import '../src/commands/poster.ts';
