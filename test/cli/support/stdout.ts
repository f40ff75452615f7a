import { expect, vi } from 'vitest';

/** Runs a command's `run` with stdout captured: its exit code and what it printed. */
export async function withStdout(run: () => Promise<number>): Promise<{ code: number; text: string }> {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const code = await run();
    return { code, text: write.mock.calls.map(([chunk]) => String(chunk)).join('') };
  } finally {
    write.mockRestore();
  }
}

/** `--help` prints the usage line, then a line for each flag, and exits 0. */
export async function expectHelp(run: (args: string[]) => Promise<number>, usage: string, flags: string[]) {
  const { code, text } = await withStdout(() => run(['--help']));
  expect(code).toBe(0);
  expect(text.startsWith(`${usage}\n`)).toBe(true);
  for (const flag of flags) expect(text).toContain(`\n  ${flag} `);
}
