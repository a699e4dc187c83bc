import * as xtermModule from '@xterm/headless';

// The package is CommonJS: under Node's ES-module loader its exports arrive as the default export.
const xterm = ((xtermModule as unknown as { default?: typeof xtermModule }).default ?? xtermModule) as typeof xtermModule;

export interface RenderedLine {
  readonly text: string;
  /** The terminal had to continue the previous line here because it was too long. */
  readonly wrapped: boolean;
}

/**
 * Plays raw terminal output into a headless xterm of the given size and returns all lines, scrollback
 * included. `resizes` ([offset in raw, new columns]) resize it at those points, as the real one was.
 */
export async function renderTerminal(raw: string, cols: number, rows: number, resizes: readonly [number, number][] = []): Promise<RenderedLine[]> {
  const terminal = new xterm.Terminal({ cols, rows, scrollback: 10_000, allowProposedApi: true });
  let from = 0;
  for (const [at, width] of resizes) {
    await new Promise<void>((resolve) => terminal.write(raw.slice(from, at), resolve));
    terminal.resize(width, rows);
    from = at;
  }
  await new Promise<void>((resolve) => terminal.write(raw.slice(from), resolve));
  const buffer = terminal.buffer.active;
  const lines: RenderedLine[] = [];
  for (let index = 0; index < buffer.length; index += 1) {
    const line = buffer.getLine(index);
    if (line) lines.push({ text: line.translateToString(true), wrapped: line.isWrapped });
  }
  terminal.dispose();
  return lines;
}

/** A headless xterm that is fed a growing output bit by bit, for looking at the screen many times during a run. */
export function liveTerminal(cols: number, rows: number): { lines(raw: string): Promise<RenderedLine[]>; dispose(): void } {
  const terminal = new xterm.Terminal({ cols, rows, scrollback: 10_000, allowProposedApi: true });
  let fed = 0;
  return {
    async lines(raw) {
      await new Promise<void>((resolve) => terminal.write(raw.slice(fed), resolve));
      fed = raw.length;
      const buffer = terminal.buffer.active;
      const lines: RenderedLine[] = [];
      for (let index = 0; index < buffer.length; index += 1) {
        const line = buffer.getLine(index);
        if (line) lines.push({ text: line.translateToString(true), wrapped: line.isWrapped });
      }
      return lines;
    },
    dispose: () => terminal.dispose(),
  };
}
