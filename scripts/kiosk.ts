import '../src/commands/kiosk.ts';
