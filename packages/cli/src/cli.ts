// The `cate` bin: runs main() on the process's arguments and streams. (tsup adds the #!/usr/bin/env node line.)
import { processIo } from './io.js';
import { main } from './main.js';

// Piping into a command that stops reading (cate aggregate ... | head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo(), process.env);
