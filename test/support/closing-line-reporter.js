// Prints one closing line that CI can read whatever the runner: `tests: N passed, M failed[, K skipped]`.
// A suite that could not run counts as failed, so a broken file never reads as "0 failed".
// Jest's --forceExit turns process.stdout.write into a no-op before exiting: keep the real one.
const writeToStdout = process.stdout.write.bind(process.stdout);

class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const skippedText = skipped > 0 ? `, ${skipped} skipped` : '';
    const line = `\ntests: ${results.numPassedTests} passed, ${failed} failed${skippedText}\n`;
    // Jest runs its own summary reporter after the configured ones, and --forceExit exits right after
    // it: print once the summary is out, or at exit, whichever comes first.
    const print = () => {
      clearImmediate(afterSummary);
      process.off('exit', print);
      writeToStdout(line);
    };
    const afterSummary = setImmediate(print);
    process.once('exit', print);
  }
}

module.exports = ClosingLineReporter;
