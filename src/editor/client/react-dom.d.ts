// react-dom ships no types of its own; react-globals.ts only hands its exports on.
declare module 'react-dom';
declare module 'react-dom/client';
