// png-js (a dependency of @react-pdf/renderer's pdfkit) ships no types; the little the tests use.
declare module 'png-js' {
  export default class PNG {
    constructor(data: Buffer);
    width: number;
    height: number;
    decode(done: (rgba: Uint8Array) => void): void;
  }
}
