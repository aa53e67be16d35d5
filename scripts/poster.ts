// npm run poster: not built yet (see the poster issue).
process.stderr.write('npm run poster: not available yet in this version of miroir.\n');
process.exit(1);
