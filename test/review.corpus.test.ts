import { accuracyTable, CORPUS_ROOT, evaluateCorpus } from '../bench/review-accuracy';

// The accuracy targets of `npm run bench:review`, kept as a regression guard on the development corpus.
describe('the labelled review corpus', () => {
  test('every rule finds at least 95% of its vulnerable cases and flags at most 10% of its safe ones', async () => {
    const rows = accuracyTable(await evaluateCorpus(CORPUS_ROOT));
    const belowTarget = rows.filter((row) => row.truePositiveRate < 0.95 || row.falsePositiveRate > 0.1);
    expect(belowTarget).toEqual([]);
    expect(rows.map((row) => row.ruleId)).toHaveLength(16);
  });
});
