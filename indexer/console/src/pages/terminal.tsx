// An interactive shell in the lease's container: xterm.js in the page, a WebSocket to this indexer's proxy,
// which relays the provider gateway's shell messages (binary: a stream byte then output, or typed input; text:
// resize, exit, error). Loaded only when a renter opens a shell.
import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";
import { useEffect, useRef } from "preact/hooks";

export function Shell({ url, onEnd }: { url: (cols: number, rows: number) => string; onEnd(text: string, failed: boolean): void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const term = new Terminal({ cursorBlink: true, convertEol: false, fontSize: 14, scrollback: 2000 });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(box.current!);
    fit.fit();
    const ws = new WebSocket(url(term.cols, term.rows));
    ws.binaryType = "arraybuffer";
    const enc = new TextEncoder();
    let ended = false;
    const end = (text: string, failed: boolean) => {
      if (ended) return;
      ended = true;
      onEnd(text, failed);
    };
    ws.onmessage = (ev) => {
      if (ev.data instanceof ArrayBuffer) {
        const b = new Uint8Array(ev.data);
        if (b.length > 1) term.write(b.subarray(1)); // stdout or stderr: a terminal has one screen
        return;
      }
      try {
        const m = JSON.parse(String(ev.data)) as { type: string; code?: number; error?: { message?: string } };
        if (m.type === "exit") end(`The shell exited with code ${m.code}.`, false);
        if (m.type === "error") end(`The shell ended: ${m.error?.message ?? "the provider's gateway said no more"}.`, true);
      } catch {
        end("The shell ended: the gateway sent a message this console does not read.", true);
      }
    };
    ws.onclose = () => end("The shell's connection closed.", false);
    ws.onerror = () => end("The shell could not connect through this indexer (is the token still valid?).", true);
    const input = term.onData((d) => ws.readyState === WebSocket.OPEN && ws.send(enc.encode(d)));
    const resize = term.onResize(({ cols, rows }) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify({ type: "resize", size: { cols, rows } })));
    const onWindow = () => fit.fit();
    window.addEventListener("resize", onWindow);
    term.focus();
    return () => {
      window.removeEventListener("resize", onWindow);
      input.dispose();
      resize.dispose();
      ws.close();
      term.dispose();
    };
  }, []);
  return <div class="terminal" ref={box} data-testid="terminal" />;
}
