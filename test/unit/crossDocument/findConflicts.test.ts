import { strict as assert } from 'node:assert';
import { boundsOf, findConflicts, findDeadlineConflicts, findFigureConflicts, relationOf } from '../../../src/core/crossDocument/findConflicts';
import { matchCommitments } from '../../../src/core/crossDocument/matchCommitments';
import { measuredQuantityOf } from '../../../src/core/crossDocument/measuredQuantity';
import { commitment, figure, withDeadline } from './crossDocumentFixtures';

describe('deadline conflicts across documents', () => {
  it('reports one commitment given two different due days, naming both sides', () => {
    const a = commitment('dawn.txt', 'Pakistan', 'complete the gas pipeline in six months', withDeadline('in six months', '2022-08-26'));
    const b = commitment('tribune.txt', 'Pakistan', 'finish the gas pipeline by the end of the year', withDeadline('by the end of the year', '2022-12-31'));
    const conflicts = findDeadlineConflicts(matchCommitments([a, b]).clusters);
    assert.equal(conflicts.length, 1);
    const [conflict] = conflicts;
    assert.equal(conflict.kind, 'deadline');
    assert.deepEqual(conflict.sides.map((side) => side.value), ['2022-08-26', '2022-12-31']);
    assert.deepEqual(conflict.members.map((member) => [member.documentKey, member.annotationId]), [['dawn.txt', a.annotation.id], ['tribune.txt', b.annotation.id]]);
    assert.match(conflict.message, /2022-08-26 in dawn\.txt \("in six months"\) vs 2022-12-31 in tribune\.txt \("by the end of the year"\)/);
  });

  it('does not report the same day in other words', () => {
    const a = commitment('a.txt', 'Pakistan', 'complete the gas pipeline in six months', withDeadline('in six months', '2022-08-26'));
    const b = commitment('b.txt', 'Pakistan', 'complete the gas pipeline by 26 August', withDeadline('by 26 August', '2022-08-26'));
    assert.deepEqual(findDeadlineConflicts(matchCommitments([a, b]).clusters), []);
  });

  it('does not report a day inside the other document\'s range, nor overlapping ranges', () => {
    const a = commitment('a.txt', 'Pakistan', 'complete the gas pipeline in 2022', withDeadline('in 2022', { earliest: '2022-01-01', latest: '2022-12-31' }));
    const b = commitment('b.txt', 'Pakistan', 'complete the gas pipeline by August', withDeadline('by August', '2022-08-31'));
    const c = commitment('c.txt', 'Pakistan', 'complete the gas pipeline in the second half of 2022', withDeadline('in the second half of 2022', { earliest: '2022-07-01', latest: '2022-12-31' }));
    assert.deepEqual(findDeadlineConflicts(matchCommitments([a, b, c]).clusters), []);
  });

  it('reports ranges that do not meet', () => {
    const a = commitment('a.txt', 'Pakistan', 'complete the gas pipeline in 2022', withDeadline('in 2022', { earliest: '2022-01-01', latest: '2022-12-31' }));
    const b = commitment('b.txt', 'Pakistan', 'complete the gas pipeline in 2023', withDeadline('in 2023', { earliest: '2023-01-01', latest: '2023-12-31' }));
    const [conflict] = findDeadlineConflicts(matchCommitments([a, b]).clusters);
    assert.deepEqual(conflict.sides.map((side) => side.value), ['2022-01-01 – 2022-12-31', '2023-01-01 – 2023-12-31']);
  });

  it('leaves out members without a resolved date and different commitments', () => {
    const a = commitment('a.txt', 'Pakistan', 'complete the gas pipeline soon', { deadline: { text: 'soon' } });
    const b = commitment('b.txt', 'Pakistan', 'complete the gas pipeline by August', withDeadline('by August', '2022-08-31'));
    const c = commitment('c.txt', 'Pakistan', 'build a refinery by 2030', withDeadline('by 2030', '2030-12-31'));
    assert.deepEqual(findDeadlineConflicts(matchCommitments([a, b, c]).clusters), []);
  });
});

describe('what a figure measures', () => {
  it('reads the noun after the figure, or before it across linking words', () => {
    assert.equal(measuredQuantityOf(figure('a.txt', 'Russia will finance the $3bn pipeline.', '$3bn', 3e9, 'USD'))?.head, 'pipelin');
    assert.equal(measuredQuantityOf(figure('a.txt', 'The pipeline will cost $2.5bn, officials said.', '$2.5bn', 2.5e9, 'USD'))?.head, 'pipelin');
    assert.equal(measuredQuantityOf(figure('a.txt', 'The cost of the pipeline is estimated at $2bn.', '$2bn', 2e9, 'USD'))?.head, 'pipelin');
    assert.equal(measuredQuantityOf(figure('a.txt', 'Turnout was almost 70% of the electorate.', 'almost 70%', 70, '%'))?.head, 'electorat');
  });

  it('reads a count\'s counted noun as what it counts', () => {
    assert.deepEqual(measuredQuantityOf(figure('a.txt', 'More than 100 Russian companies will join.', 'More than 100 Russian companies', 100, 'Russian companies'))?.words, ['russian', 'compani']);
  });

  it('does not guess when a verb of its own stands before the figure', () => {
    assert.equal(measuredQuantityOf(figure('a.txt', 'Russia will invest $2bn, the minister said.', '$2bn', 2e9, 'USD')), undefined);
  });

  it('leaves durations to the deadlines', () => {
    assert.equal(measuredQuantityOf(figure('a.txt', 'Construction will take 18 months.', '18 months', 18, 'month')), undefined);
  });
});

describe('figure conflicts across documents', () => {
  it('reports the same thing given two values, in both documents', () => {
    const a = figure('dawn.txt', 'The pipeline will cost $2.5bn, officials said.', '$2.5bn', 2.5e9, 'USD');
    const b = figure('tribune.txt', 'Russia will finance the $3bn pipeline.', '$3bn', 3e9, 'USD');
    const conflicts = findFigureConflicts([a, b]);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].kind, 'figure');
    assert.deepEqual(conflicts[0].sides.map((side) => side.value), ['$2.5bn', '$3bn']);
    assert.deepEqual(conflicts[0].members.map((member) => member.documentKey), ['dawn.txt', 'tribune.txt']);
    assert.match(conflicts[0].message, /"pipeline" disagree: \$2\.5bn in dawn\.txt vs \$3bn in tribune\.txt/);
  });

  it('does not report a difference within an approximation', () => {
    const a = figure('a.txt', 'The pipeline will cost about $2.5bn.', 'about $2.5bn', 2.5e9, 'USD', { qualifier: 'about' });
    const b = figure('b.txt', 'The pipeline will cost 2.5 billion dollars.', '2.5 billion dollars', 2.5e9, 'USD');
    const c = figure('c.txt', 'The pipeline will cost $2.7bn.', '$2.7bn', 2.7e9, 'USD');
    assert.deepEqual(findFigureConflicts([a, b]), []);
    assert.deepEqual(findFigureConflicts([a, c]), []);
    // Without "about", $2.5bn and $2.7bn are two different answers.
    assert.equal(findFigureConflicts([b, c]).length, 1);
  });

  it('does not report a value rounded to two figures', () => {
    const a = figure('a.txt', 'The pipeline will cost $2.47bn.', '$2.47bn', 2.47e9, 'USD');
    const b = figure('b.txt', 'The pipeline will cost $2.5bn.', '$2.5bn', 2.5e9, 'USD');
    assert.deepEqual(findFigureConflicts([a, b]), []);
  });

  it('reads a qualifier as a bound', () => {
    const more = figure('a.txt', 'More than 100 Russian companies will join.', 'More than 100 Russian companies', 100, 'Russian companies', { qualifier: 'More than' });
    const some = figure('b.txt', 'Some 150 companies will take part.', '150 companies', 150, 'companies');
    const fewer = figure('c.txt', 'Only 80 companies will take part.', '80 companies', 80, 'companies');
    assert.deepEqual(findFigureConflicts([more, some]), []);
    const [conflict] = findFigureConflicts([more, fewer]);
    assert.deepEqual(conflict.sides.map((side) => side.value), ['80 companies', 'More than 100 Russian companies']);
  });

  it('does not compare different currencies, rates or things', () => {
    const dollars = figure('a.txt', 'The pipeline will cost $2.5bn.', '$2.5bn', 2.5e9, 'USD');
    const rupees = figure('b.txt', 'The pipeline will cost Rs400bn.', 'Rs400bn', 4e11, 'PKR');
    const port = figure('c.txt', 'The port will cost $3bn.', '$3bn', 3e9, 'USD');
    const project = figure('d.txt', 'The $9bn project was approved.', '$9bn', 9e9, 'USD');
    const otherProject = figure('e.txt', 'The project will cost $1bn.', '$1bn', 1e9, 'USD');
    assert.deepEqual(findFigureConflicts([dollars, rupees, port, project, otherProject]), []);
  });

  it('never compares two figures of one document', () => {
    const total = figure('a.txt', 'The pipeline will cost $2.5bn.', '$2.5bn', 2.5e9, 'USD');
    const phase = figure('a.txt', 'The first phase of the pipeline will cost $1bn.', '$1bn', 1e9, 'USD');
    assert.deepEqual(findFigureConflicts([total, phase]), []);
  });
});

describe('qualifiers as bounds', () => {
  it('reads the qualifier tables', () => {
    assert.equal(relationOf('almost'), 'le');
    assert.equal(relationOf('More than'), 'gt');
    assert.equal(relationOf(undefined), 'eq');
    assert.equal(relationOf('give or take'), 'approx');
  });

  it('widens an approximation by ten per cent and a plain value by two', () => {
    assert.deepEqual(boundsOf(100, 'approx').map((n) => Math.round(n)), [90, 110]);
    assert.deepEqual(boundsOf(100, 'eq').map((n) => Math.round(n)), [98, 102]);
    assert.equal(boundsOf(100, 'gt')[1], Infinity);
  });
});

describe('all conflicts at once', () => {
  it('gives deadline conflicts first, then figure conflicts', () => {
    const a = commitment('a.txt', 'Pakistan', 'complete the gas pipeline', withDeadline('in six months', '2022-08-26'));
    const b = commitment('b.txt', 'Pakistan', 'complete the gas pipeline', withDeadline('in 2023', { earliest: '2023-01-01', latest: '2023-12-31' }));
    const figures = [figure('a.txt', 'The pipeline will cost $2.5bn.', '$2.5bn', 2.5e9, 'USD'), figure('b.txt', 'The $3bn pipeline.', '$3bn', 3e9, 'USD')];
    assert.deepEqual(findConflicts({ clusters: matchCommitments([a, b]).clusters, figures }).map((conflict) => conflict.kind), ['deadline', 'figure']);
  });
});
