import '../src/commands/screenshots.ts';
