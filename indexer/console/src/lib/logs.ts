// The gateway's log stream: frames of an 8-byte header (stream, three zero bytes, big-endian payload length)
// and the payload (oracle/gateway's format, Docker's multiplexed stream). Stream 3 carries a JSON error and
// ends the stream.
export class LogDecoder {
  private buf = new Uint8Array(0);
  private text = new TextDecoder();

  push(chunk: Uint8Array): { lines: { stream: string; text: string }[]; error?: string } {
    const joined = new Uint8Array(this.buf.length + chunk.length);
    joined.set(this.buf);
    joined.set(chunk, this.buf.length);
    this.buf = joined;
    const lines: { stream: string; text: string }[] = [];
    for (;;) {
      if (this.buf.length < 8) break;
      const n = new DataView(this.buf.buffer, this.buf.byteOffset).getUint32(4);
      if (this.buf[1] || this.buf[2] || this.buf[3] || n > 32 << 10) return { lines, error: "the log stream is corrupt" };
      if (this.buf.length < 8 + n) break;
      const stream = this.buf[0];
      const payload = this.text.decode(this.buf.subarray(8, 8 + n));
      this.buf = this.buf.slice(8 + n);
      if (stream === 3) {
        let msg = payload;
        try {
          msg = JSON.parse(payload).message ?? payload;
        } catch {
          /* plain text */
        }
        return { lines, error: msg };
      }
      lines.push({ stream: stream === 2 ? "stderr" : "stdout", text: payload });
    }
    return { lines };
  }
}
