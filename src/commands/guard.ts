// Commands never end in a stack trace: an unexpected failure is one plain sentence.
export function guard(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        const msg = e instanceof Error ? e.message : String(e);
        process.stderr.write(`miroir: ${msg}\n`);
        if (process.env.MIROIR_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
        process.exitCode = 2;
      },
    );
}
