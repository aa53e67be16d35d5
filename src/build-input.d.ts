// The build's input, as src/commands/build/input.ts serves it to the pages.
declare module 'virtual:miroir/input' {
  const input: import('./model.ts').BuildInput;
  export default input;
}
