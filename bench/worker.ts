/** Child process of bench/pool.ts: runs the pages it is sent, one at a time, and sends back the outputs. */
import { errorMessage } from '../src/cli/load-page';
import { failedOutputs, runTask, type PageTask } from './systems';

process.on('message', (message: { id: number; task: PageTask }) => {
  runTask(message.task)
    .catch((error: unknown) => failedOutputs(`worker-error: ${errorMessage(error)}`))
    .then((outputs) => {
      if (process.connected) process.send?.({ id: message.id, outputs });
    });
});
// The run ended or was stopped: nothing left to report to.
process.on('disconnect', () => process.exit(0));
