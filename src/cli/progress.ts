import cliProgress from 'cli-progress';
import type { Progress } from '../db/prepare';

/** A progress bar on a terminal; plain lines when output goes to a file or CI. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress & { stop(): void } {
  const tty = stream.isTTY && !process.env.CI;
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  return {
    step(label) {
      bar?.stop();
      bar = undefined;
      stream.write(`balai: ${label}\n`);
    },
    progress(done, total) {
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { stream, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar.update(done);
      } else if (done === total || Date.now() - lastLine > 2_000) {
        lastLine = Date.now();
        stream.write(`balai:   ${done}/${total}\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
