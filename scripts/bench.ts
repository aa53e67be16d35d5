// npm run bench: not built yet (see the scale-and-speed issue).
process.stderr.write('npm run bench: not available yet in this version of miroir.\n');
process.exit(1);
