import { strict as assert } from 'node:assert';
import { actorGroupKey, layOutCommitments, matchesFilterWords, type ViewEntry } from '../../src/core/commitmentsView/commitmentGroups';
import { deadlinePhrase, readableAction, withPassiveSubject } from '../../src/core/commitmentsView/commitmentLabel';
import type { Annotation } from '../../src/core/model';
import type { MergedAnnotation } from '../../src/core/sidecar/mergeAnnotations';

const TODAY = '2025-01-10';
let nextId = 1;

function commitment(fields: Partial<Annotation> & { documentKey?: string; start?: number; orphaned?: boolean; origin?: 'sidecar' | 'suggestion' }): ViewEntry<string> {
  const { documentKey = 'file:///w/seeds/a.txt', start = 0, orphaned = false, origin = 'suggestion', ...annotationFields } = fields;
  const annotation = { id: `c${nextId++}`, kind: 'commitment', review: 'suggested', anchor: { exact: annotationFields.action ?? 'x', prefix: '', suffix: '', start, end: start + 1 }, ...annotationFields };
  const item = { annotation, origin, anchorState: orphaned ? 'orphaned' : 'exact', start: orphaned ? undefined : start, end: orphaned ? undefined : start + 1 } as unknown as MergedAnnotation;
  return { document: documentKey, documentKey, documentLabel: documentKey.replace('file:///w/', ''), item };
}

const noClusters = () => undefined;

describe('the Commitments view layout', () => {
  describe('actor groups', () => {
    it('puts spellings of one actor in one group', () => {
      const entries = [commitment({ actor: 'The Ministry of Energy', action: 'publish tariffs' }), commitment({ actor: 'ministry of energy', action: 'cut losses' }), commitment({ actor: "Ministry of Energy's", action: 'hire engineers' })];
      const layout = layOutCommitments(entries, { grouping: 'actor', filter: '', today: TODAY, clusterOf: noClusters });
      assert.equal(layout.groups.length, 1);
      assert.equal(layout.groups[0].label, 'The Ministry of Energy');
      assert.equal(layout.groups[0].units.length, 3);
    });

    it('keys actors without an article, a possessive or case', () => {
      assert.equal(actorGroupKey('The  Port Authority’s'), 'port authority');
      assert.equal(actorGroupKey('A council'), 'council');
      assert.equal(actorGroupKey('the residents\''), 'residents');
      assert.equal(actorGroupKey(undefined), '');
    });

    it('lists commitments without an actor last', () => {
      const layout = layOutCommitments([commitment({ action: 'reopen the bridge' }), commitment({ actor: 'Zeta Rail', action: 'run night trains' })], { grouping: 'actor', filter: '', today: TODAY, clusterOf: noClusters });
      assert.deepEqual(
        layout.groups.map((group) => group.key),
        ['zeta rail', ''],
      );
    });
  });

  it('orders status groups as the statuses go, not alphabetically', () => {
    const layout = layOutCommitments([commitment({ status: 'kept', action: 'a' }), commitment({ status: 'open', action: 'b' }), commitment({ status: 'in-progress', action: 'c' })], { grouping: 'status', filter: '', today: TODAY, clusterOf: noClusters });
    assert.deepEqual(
      layout.groups.map((group) => group.key),
      ['open', 'in-progress', 'kept'],
    );
  });

  it('keeps only commitments holding every filter word, in any case', () => {
    const entries = [commitment({ actor: 'Harbour board', action: 'dredge the channel' }), commitment({ actor: 'Council', action: 'open a library' })];
    const layout = layOutCommitments(entries, { grouping: 'document', filter: 'HARBOUR dredge', today: TODAY, clusterOf: noClusters });
    assert.equal(layout.groups[0].units.length, 1);
    assert.ok(matchesFilterWords('Deadline conflict over the channel', 'channel conflict'));
  });

  it('puts orphans and rejected sidecar annotations in their own lists', () => {
    const layout = layOutCommitments([commitment({ action: 'lost one', orphaned: true }), commitment({ action: 'refused', review: 'rejected', origin: 'sidecar' }), commitment({ action: 'kept here' })], {
      grouping: 'document',
      filter: '',
      today: TODAY,
      clusterOf: noClusters,
    });
    assert.equal(layout.orphans.length, 1);
    assert.equal(layout.rejected.length, 1);
    assert.equal(layout.groups[0].units.length, 1);
  });

  it('gathers the reports of one commitment into a cluster where its first report is', () => {
    const first = commitment({ actor: 'Pakistan', action: 'finish the pipeline', documentKey: 'file:///w/seeds/a.txt' });
    const second = commitment({ actor: 'Pakistan', action: 'complete the pipeline', documentKey: 'file:///w/seeds/b.txt' });
    const lone = commitment({ actor: 'Pakistan', action: 'buy wheat', documentKey: 'file:///w/seeds/a.txt', start: 50 });
    const cluster = { id: 'k1', members: [1, 2], cluster: 'pipeline' };
    const layout = layOutCommitments([second, lone, first], { grouping: 'actor', filter: '', today: TODAY, clusterOf: (_key, id) => (id === first.item.annotation.id || id === second.item.annotation.id ? cluster : undefined) });
    const units = layout.groups[0].units;
    assert.equal(units.length, 2);
    assert.equal(units[0].type, 'cluster');
    assert.equal(units[0].type === 'cluster' ? units[0].entries.length : 0, 2);
  });

  it('shows a cluster with one report left after filtering as a plain commitment', () => {
    const first = commitment({ actor: 'Pakistan', action: 'finish the pipeline' });
    const second = commitment({ actor: 'Pakistan', action: 'complete the gas line', documentKey: 'file:///w/seeds/b.txt' });
    const cluster = { id: 'k1', members: [1, 2], cluster: 'pipeline' };
    const layout = layOutCommitments([first, second], { grouping: 'document', filter: 'finish', today: TODAY, clusterOf: () => cluster });
    assert.equal(layout.groups[0].units[0].type, 'commitment');
  });
});

describe('commitment labels', () => {
  it('puts the subject of a passive before its action, so the row says to what it will happen', () => {
    assert.equal(withPassiveSubject('closed by June', 'two depots will be closed by June'), 'two depots closed by June');
    assert.equal(withPassiveSubject('sold to a rival within a year', 'The old mill is to be sold to a rival within a year'), 'old mill sold to a rival within a year');
    assert.equal(withPassiveSubject('rebuilt', 'The footbridge is expected to be rebuilt'), 'footbridge rebuilt');
    assert.equal(withPassiveSubject('paved by May', 'The east road, which floods every winter, is due to be paved by May'), 'east road paved by May');
    assert.equal(readableAction(withPassiveSubject('shut in 2027', 'The Leeds plant will be shut in 2027'), 60, 'in 2027'), 'Leeds plant shut');
    // Nothing to add: the quote starts at the auxiliary, the subject is a pronoun, the verb is active, or "be" is no passive.
    assert.equal(withPassiveSubject('closed by June', 'will be closed by June'), 'closed by June');
    assert.equal(withPassiveSubject('sold next year', 'It will be sold next year'), 'sold next year');
    assert.equal(withPassiveSubject('reopen the quay', 'The port will reopen the quay'), 'reopen the quay');
    assert.equal(withPassiveSubject('able to hire 40 nurses', 'The clinic will be able to hire 40 nurses'), 'able to hire 40 nurses');
  });

  it('drops a leading "that" or "to"', () => {
    assert.equal(readableAction('that the port would reopen the north quay'), 'the port would reopen the north quay');
    assert.equal(readableAction('to  build 500 homes'), 'build 500 homes');
  });

  it('leaves the deadline phrase to the due date and the details beside it', () => {
    assert.equal(readableAction('rebuild the old footbridge within eighteen months', 60, 'within eighteen months'), 'rebuild the old footbridge');
    assert.equal(readableAction('to hand over, by the end of March, the audited accounts', 60, 'by the end of  March'), 'hand over the audited accounts');
    // A phrase that is only part of a word, absent, or all there is, is left alone.
    assert.equal(readableAction('sell the Mayfair offices', 60, 'May'), 'sell the Mayfair offices');
    assert.equal(readableAction('cut fares', 60, 'next spring'), 'cut fares');
    assert.equal(readableAction('within a year', 60, 'within a year'), 'within a year');
    assert.equal(readableAction('finished by next spring', 60, 'by next spring'), 'finished by next spring');
  });

  it('keeps a short action whole', () => {
    assert.equal(readableAction('open a library'), 'open a library');
  });

  it('cuts a long action at a clause boundary', () => {
    const action = 'extend the tram line to the airport and the new stadium, which the transport authority first proposed in 2016 after a long consultation';
    const shown = readableAction(action);
    assert.equal(shown, 'extend the tram line to the airport and the new stadium…');
  });

  it('cuts a long action without clauses between words', () => {
    const shown = readableAction('replace every lead water pipe in the older northern districts of the city before the regulator inspects them again');
    assert.ok(shown.length <= 60, shown);
    assert.ok(shown.endsWith('…'));
    assert.ok(!/\s…$/.test(shown));
    assert.ok('replace every lead water pipe in the older northern districts of the city'.startsWith(shown.slice(0, -1)));
  });

  it('writes a deadline phrase once, capitalised, with no preposition added', () => {
    assert.equal(deadlinePhrase('by June 10'), 'By June 10');
    assert.equal(deadlinePhrase('within two  years'), 'Within two years');
  });
});
