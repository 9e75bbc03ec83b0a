/** The CLI's only contact with the process: output streams, environment, working directory. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour in stylish output). */
  stdoutIsTTY: boolean;
}

/** A note on stderr about one file. Names the file and the reason, never its text. */
export function note(io: Io, path: string, message: string): void {
  io.stderr(`scrubs: ${path}: ${message}\n`);
}

/** Colour when stdout is a terminal and NO_COLOR is unset; FORCE_COLOR forces it (not over NO_COLOR). */
export function useColor(io: Io): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.stdoutIsTTY;
}
